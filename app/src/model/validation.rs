//! Small field checks that forms share; each pushes a `FieldError` and never stops early,
//! so a form shows every problem at once.

use super::{ErrorCode, Field, FieldError};

pub const PASSWORD_MIN: u32 = 10;
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
    fn lengths_count_characters_not_bytes() {
        assert!(run(|e| max_len(e, Field::NameJa, "病院病院", 4)).is_empty());
        assert_eq!(
            run(|e| max_len(e, Field::NameJa, "病院病院病", 4)),
            vec![ErrorCode::TooLong(4)]
        );
    }
}
