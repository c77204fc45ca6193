//! Membership applications: what an applying organization submits and what staff review.

use serde::{Deserialize, Serialize};

use super::Field;
use super::code_enum::code_enum;
use super::ids::ApplicationId;
use super::names::PersonName;
use super::validation::{
    choice, email, name_text, new_password, not_reserved, optional_url, required,
};
use super::vocab::{COUNTRIES, find};
use super::{Bilingual, FieldError, OrgKind};

code_enum!(
    /// Where an application stands: waiting for staff, or decided.
    ApplicationStatus { Pending => "pending", Approved => "approved", Rejected => "rejected" }
);

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
        choice(
            &mut e,
            Field::OrgKind,
            OrgKind::parse(&self.org_kind).is_some(),
        );
        // An organization needs at least one name; Japanese members give both.
        if self.org_name_ja.trim().is_empty() && self.org_name_en.trim().is_empty() {
            required(&mut e, Field::OrgNameJa, "");
        }
        for (field, name) in [
            (Field::OrgNameJa, &self.org_name_ja),
            (Field::OrgNameEn, &self.org_name_en),
        ] {
            name_text(&mut e, field, name, 120);
            not_reserved(&mut e, field, name);
        }
        choice(
            &mut e,
            Field::Country,
            find(COUNTRIES, &self.country).is_some(),
        );
        optional_url(&mut e, Field::Website, self.website.trim());
        email(&mut e, Field::Email, self.email.trim());
        e.extend(self.name.trimmed().validate());
        new_password(
            &mut e,
            (Field::Password, Field::PasswordConfirm),
            &self.password,
            &self.password_confirm,
        );
        e
    }
}

/// A membership application as staff review it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationSummary {
    pub id: ApplicationId,
    pub org_kind: OrgKind,
    pub org_name: Bilingual,
    pub country: String,
    pub website: String,
    pub applicant_name: PersonName,
    pub applicant_email: String,
    /// Unix seconds (timestamps cross the wire as numbers: no date parser in the WASM).
    pub submitted_at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            fields,
            [
                Field::OrgKind.key(),
                Field::Country.key(),
                Field::Email.key(),
                Field::PasswordConfirm.key()
            ]
        );
    }
}
