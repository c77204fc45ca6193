//! One's own profile: names, language, time zone and password.

use serde::{Deserialize, Serialize};

use super::Field;
use super::names::PersonName;
use super::validation::{choice, new_password};
use super::{FieldError, Locale};

/// The editable part of one's own profile.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileForm {
    pub name: PersonName,
    pub locale: String,
    pub time_zone: String,
}

impl ProfileForm {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut e = self.name.trimmed().validate();
        choice(&mut e, Field::Locale, Locale::parse(&self.locale).is_some());
        choice(&mut e, Field::TimeZone, is_time_zone(&self.time_zone));
        e
    }
}

/// An IANA zone name such as `Asia/Tokyo` or `UTC`; checked by shape, since the browser
/// supplies the list.
pub fn is_time_zone(tz: &str) -> bool {
    tz == "UTC"
        || (tz.len() <= 64
            && tz.contains('/')
            && tz
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+')))
}

/// Checks the new password of a password change.
pub fn validate_password_change(new: &str, confirm: &str) -> Vec<FieldError> {
    let mut e = Vec::new();
    new_password(
        &mut e,
        (Field::NewPassword, Field::NewPasswordConfirm),
        new,
        confirm,
    );
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ErrorCode;

    #[test]
    fn time_zones() {
        assert!(is_time_zone("Asia/Tokyo"));
        assert!(is_time_zone("America/Argentina/Buenos_Aires"));
        assert!(!is_time_zone("Tokyo"));
        assert!(!is_time_zone("Asia/Tokyo; drop"));
    }

    #[test]
    fn password_change_checks_length() {
        let e = validate_password_change("short", "short");
        assert_eq!(e[0].code, ErrorCode::TooShort(12));
    }
}
