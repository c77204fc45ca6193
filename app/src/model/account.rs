//! Accounts and membership: who is logged in, applications, invitations and profile edits.

use serde::{Deserialize, Serialize};

use super::names::PersonName;
use super::validation::{self, choice, email, max_len, new_password, optional_url, required};
use super::vocab::{COUNTRIES, find};
use super::{FieldError, Locale, OrgKind, Role, UserStatus};

/// The logged-in user, as every page sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i32,
    pub email: String,
    pub name: PersonName,
    pub role: Role,
    pub locale: Locale,
    pub time_zone: String,
    pub organization_id: i32,
    pub organization_name_ja: String,
    pub organization_name_en: String,
}

/// A membership application: the organization and the person applying for it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationForm {
    pub org_kind: String,
    pub org_name_ja: String,
    pub org_name_en: String,
    pub country: String,
    pub website: String,
    pub email: String,
    pub name: PersonName,
    pub password: String,
    pub password_confirm: String,
    pub locale: String,
}

impl ApplicationForm {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut e = Vec::new();
        choice(&mut e, "org_kind", OrgKind::parse(&self.org_kind).is_some());
        // An organization needs at least one name; Japanese members give both.
        if self.org_name_ja.trim().is_empty() && self.org_name_en.trim().is_empty() {
            required(&mut e, "org_name_ja", "");
        }
        max_len(&mut e, "org_name_ja", &self.org_name_ja, 120);
        max_len(&mut e, "org_name_en", &self.org_name_en, 120);
        choice(&mut e, "country", find(COUNTRIES, &self.country).is_some());
        optional_url(&mut e, "website", self.website.trim());
        email(&mut e, "email", self.email.trim());
        e.extend(self.name.trimmed().validate());
        new_password(&mut e, "password", &self.password, &self.password_confirm);
        e
    }
}

/// A membership application as staff review it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationSummary {
    pub id: i32,
    pub org_kind: OrgKind,
    pub org_name_ja: String,
    pub org_name_en: String,
    pub country: String,
    pub website: String,
    pub applicant_name: PersonName,
    pub applicant_email: String,
    /// Unix seconds (timestamps cross the wire as numbers: no date parser in the WASM).
    pub submitted_at: i64,
}

/// A pending invitation, as the organization admin sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationSummary {
    pub id: i32,
    pub email: String,
    pub role: Role,
    /// Unix seconds.
    pub expires_at: i64,
    /// The full link; present only right after creation (only a hash is stored).
    pub link: Option<String>,
}

/// What the invitation page shows before the invitee creates an account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationInfo {
    pub email: String,
    pub organization_name_ja: String,
    pub organization_name_en: String,
}

/// The account an invitee creates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptInvitationForm {
    pub token: String,
    pub name: PersonName,
    pub password: String,
    pub password_confirm: String,
    pub locale: String,
}

impl AcceptInvitationForm {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut e = self.name.trimmed().validate();
        new_password(&mut e, "password", &self.password, &self.password_confirm);
        e
    }
}

/// A colleague in one's own organization.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgMember {
    pub id: i32,
    pub email: String,
    pub name: PersonName,
    pub role: Role,
    pub status: UserStatus,
}

/// An account as staff see it in the admin area.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub id: i32,
    pub email: String,
    pub name: PersonName,
    pub role: Role,
    pub status: UserStatus,
    pub organization_name_ja: String,
    pub organization_name_en: String,
}

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
        choice(&mut e, "locale", Locale::parse(&self.locale).is_some());
        choice(&mut e, "time_zone", is_time_zone(&self.time_zone));
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
    new_password(&mut e, "new_password", new, confirm);
    e
}

pub use validation::normalize_email;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ErrorCode;

    fn valid_application() -> ApplicationForm {
        ApplicationForm {
            org_kind: "hospital".into(),
            org_name_ja: "さくら国際病院".into(),
            org_name_en: "Sakura International Hospital".into(),
            country: "JP".into(),
            website: "https://sakura.example".into(),
            email: "yamada@sakura.example".into(),
            name: PersonName {
                family_name: "山田".into(),
                given_name: "花子".into(),
                family_name_kana: "やまだ".into(),
                given_name_kana: "はなこ".into(),
                romanized_name: "YAMADA Hanako".into(),
            },
            password: "correct horse battery".into(),
            password_confirm: "correct horse battery".into(),
            locale: "ja".into(),
        }
    }

    #[test]
    fn a_complete_application_is_valid() {
        assert_eq!(valid_application().validate(), vec![]);
    }

    #[test]
    fn every_bad_field_is_reported() {
        let mut a = valid_application();
        a.org_kind = "pharmacy".into();
        a.country = "XX".into();
        a.email = "not-an-email".into();
        a.password_confirm = "different".into();
        let fields: Vec<String> = a.validate().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["org_kind", "country", "email", "password_confirm"]);
    }

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
        assert_eq!(e[0].code, ErrorCode::TooShort(10));
    }
}
