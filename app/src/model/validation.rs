//! Small field checks that forms share; each pushes a `FieldError` and never stops early,
//! so a form shows every problem at once.

use super::{ErrorCode, Field, FieldError};

pub const PASSWORD_MIN: u32 = 12;
pub const PASSWORD_MAX: u32 = 128;

pub fn required(errors: &mut Vec<FieldError>, field: Field, value: &str) {
    if value.trim().is_empty() {
        errors.push(FieldError::new(field, ErrorCode::Required));
    }
}

pub fn max_len(errors: &mut Vec<FieldError>, field: Field, value: &str, max: u32) {
    if value.chars().count() > max as usize {
        errors.push(FieldError::new(field, ErrorCode::TooLong(max)));
    }
}

/// A reason staff give the people a decision concerns (cancelling an event, declining a
/// registration): required, at most `max` characters, reported under `reason`.
pub fn reason_given(value: &str, max: u32) -> Vec<FieldError> {
    let mut errors = Vec::new();
    required(&mut errors, Field::Reason, value);
    max_len(&mut errors, Field::Reason, value, max);
    errors
}

/// Characters a reader does not see: controls (NUL, line breaks in a one-line field), soft
/// hyphens, zero-width characters, text-direction marks, overrides and isolates, the BOM.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}'
            | '\u{17B5}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}')
}

/// A one-line name: at most `max` characters, every one of them visible.
pub fn name_text(errors: &mut Vec<FieldError>, field: Field, value: &str, max: u32) {
    max_len(errors, field, value, max);
    if value.chars().any(is_invisible) {
        errors.push(FieldError::new(field, ErrorCode::InvisibleCharacters));
    }
}

/// Whether a name claims to be the Forum's secretariat (case, spaces and full-width letters
/// aside).
pub fn is_reserved_name(value: &str) -> bool {
    let folded: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    ["medicalexcellencejapan", "mej事務局", "mejsecretariat"]
        .iter()
        .any(|reserved| folded.contains(reserved))
}

/// A name that must not claim to be the Forum's secretariat.
pub fn not_reserved(errors: &mut Vec<FieldError>, field: Field, value: &str) {
    if is_reserved_name(value) {
        errors.push(FieldError::new(field, ErrorCode::ReservedName));
    }
}

/// A practical e-mail check: one `@`, a non-empty local part, a dotted domain, no spaces.
pub fn email(errors: &mut Vec<FieldError>, field: Field, value: &str) {
    if value.trim().is_empty() {
        errors.push(FieldError::new(field, ErrorCode::Required));
        return;
    }
    max_len(errors, field, value, 254);
    let ok = match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.chars().any(char::is_whitespace)
        }
        None => false,
    };
    if !ok {
        errors.push(FieldError::new(field, ErrorCode::InvalidEmail));
    }
}

/// An optional http(s) address.
pub fn optional_url(errors: &mut Vec<FieldError>, field: Field, value: &str) {
    if value.is_empty() {
        return;
    }
    max_len(errors, field, value, 300);
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    let ok = rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.') && !host.chars().any(char::is_whitespace)
    });
    if !ok {
        errors.push(FieldError::new(field, ErrorCode::InvalidUrl));
    }
}

/// A new password and its confirmation (`fields`: the password's, then the confirmation's).
pub fn new_password(
    errors: &mut Vec<FieldError>,
    (field, confirm_field): (Field, Field),
    password: &str,
    confirm: &str,
) {
    let len = password.chars().count();
    if len < PASSWORD_MIN as usize {
        errors.push(FieldError::new(field, ErrorCode::TooShort(PASSWORD_MIN)));
    } else if len > PASSWORD_MAX as usize {
        errors.push(FieldError::new(field, ErrorCode::TooLong(PASSWORD_MAX)));
    }
    if password != confirm {
        errors.push(FieldError::new(confirm_field, ErrorCode::PasswordMismatch));
    }
}

/// A value that must be one of a closed set of codes.
pub fn choice(errors: &mut Vec<FieldError>, field: Field, ok: bool) {
    if !ok {
        errors.push(FieldError::new(field, ErrorCode::InvalidChoice));
    }
}

/// The e-mail as stored and compared: trimmed and lowercased.
pub fn normalize_email(value: &str) -> String {
    value.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(f: impl FnOnce(&mut Vec<FieldError>)) -> Vec<ErrorCode> {
        let mut e = Vec::new();
        f(&mut e);
        e.into_iter().map(|e| e.code).collect()
    }

    #[test]
    fn emails() {
        assert!(run(|e| email(e, Field::Email, "a.b@example.jp")).is_empty());
        assert_eq!(
            run(|e| email(e, Field::Email, "")),
            vec![ErrorCode::Required]
        );
        for bad in ["ab", "a@b", "a@@b.jp", "a b@c.jp", "@c.jp", "a@.jp"] {
            assert_eq!(
                run(|e| email(e, Field::Email, bad)),
                vec![ErrorCode::InvalidEmail],
                "{bad}"
            );
        }
    }

    #[test]
    fn urls() {
        assert!(run(|e| optional_url(e, Field::Website, "")).is_empty());
        assert!(run(|e| optional_url(e, Field::Website, "https://sakura.example/en")).is_empty());
        assert_eq!(
            run(|e| optional_url(e, Field::Website, "sakura.example")),
            vec![ErrorCode::InvalidUrl]
        );
        assert_eq!(
            run(|e| optional_url(e, Field::Website, "https://localhost")),
            vec![ErrorCode::InvalidUrl]
        );
    }

    #[test]
    fn passwords() {
        assert!(
            run(|e| new_password(
                e,
                (Field::Password, Field::PasswordConfirm),
                "long enough pw",
                "long enough pw"
            ))
            .is_empty()
        );
        assert_eq!(
            run(|e| new_password(
                e,
                (Field::Password, Field::PasswordConfirm),
                "short",
                "other"
            )),
            vec![
                ErrorCode::TooShort(PASSWORD_MIN),
                ErrorCode::PasswordMismatch
            ]
        );
    }

    #[test]
    fn names_are_visible_and_not_the_secretariat() {
        for hidden in [
            "田中\u{0}",
            "Ana\u{202E}evil",
            "a\u{200B}b",
            "x\u{FEFF}",
            "line\nbreak",
        ] {
            assert_eq!(
                run(|e| name_text(e, Field::FamilyName, hidden, 60)),
                [ErrorCode::InvisibleCharacters],
                "{hidden:?}"
            );
        }
        assert!(run(|e| name_text(e, Field::FamilyName, "山田 Yamada-O'Neil", 60)).is_empty());
        for claim in [
            "MEJ Secretariat",
            "ＭＥＪ事務局",
            "medical excellence japan 事務局",
        ] {
            assert_eq!(
                run(|e| not_reserved(e, Field::OrgNameEn, claim)),
                [ErrorCode::ReservedName],
                "{claim}"
            );
        }
        assert!(run(|e| not_reserved(e, Field::OrgNameEn, "Sakura General Hospital")).is_empty());
    }

    #[test]
    fn lengths_count_characters_not_bytes() {
        assert!(run(|e| max_len(e, Field::NameJa, "病院病院", 4)).is_empty());
        assert_eq!(
            run(|e| max_len(e, Field::NameJa, "病院病院病", 4)),
            vec![ErrorCode::TooLong(4)]
        );
    }
}
