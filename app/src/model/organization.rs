//! An organization's own public profile, as its administrators edit it, and the recognitions
//! (JIH, AMTAC) that MEJ staff record.

use serde::{Deserialize, Serialize};

use super::Field;
use super::FieldError;
use super::code_enum::code_enum;
use super::ids::{OrganizationId, UserId};
use super::names::PersonName;
use super::permissions::Person;
use super::validation::{choice, max_len, name_text, optional_url, required};
use super::vocab::{LANGUAGES, PREFECTURES, SPECIALTIES, Term, find};
use super::{Role, UserStatus};

code_enum!(
    /// An organization's membership state; `Rejected` keeps the record of a declined application.
    OrgStatus { Pending => "pending", Active => "active", Suspended => "suspended", Rejected => "rejected" }
);

code_enum!(
    OrgKind {
        Hospital => "hospital",
        Clinic => "clinic",
        Association => "association",
        Society => "society",
        Company => "company",
        Government => "government",
        Other => "other",
    }
);

pub const NAME_MAX: u32 = 120;
pub const DESCRIPTION_MAX: u32 = 2000;

/// The editable part of an organization's directory profile. Kind and country come from the
/// membership application and are changed by MEJ staff only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrgProfileForm {
    pub name_ja: String,
    pub name_en: String,
    pub website: String,
    /// A prefecture code for organizations in Japan; empty for none.
    pub prefecture: String,
    /// Specialty codes (checkboxes: absent when none is ticked).
    pub specialties: Vec<String>,
    /// Language codes the organization works in.
    pub languages: Vec<String>,
    pub description_ja: String,
    pub description_en: String,
}

impl OrgProfileForm {
    /// Every problem at once; `country` is the organization's, since prefectures are Japan's.
    pub fn validate(&self, country: &str) -> Vec<FieldError> {
        let mut e = Vec::new();
        if self.name_ja.trim().is_empty() && self.name_en.trim().is_empty() {
            required(&mut e, Field::NameJa, "");
        }
        name_text(&mut e, Field::NameJa, &self.name_ja, NAME_MAX);
        name_text(&mut e, Field::NameEn, &self.name_en, NAME_MAX);
        optional_url(&mut e, Field::Website, self.website.trim());
        if !self.prefecture.is_empty() {
            let known = find(PREFECTURES, &self.prefecture).is_some();
            choice(&mut e, Field::Prefecture, known && country == "JP");
        }
        codes(&mut e, Field::Specialties, &self.specialties, SPECIALTIES);
        codes(&mut e, Field::Languages, &self.languages, LANGUAGES);
        max_len(
            &mut e,
            Field::DescriptionJa,
            &self.description_ja,
            DESCRIPTION_MAX,
        );
        max_len(
            &mut e,
            Field::DescriptionEn,
            &self.description_en,
            DESCRIPTION_MAX,
        );
        e
    }

    /// The values as stored: trimmed, codes deduplicated in vocabulary order.
    pub fn normalized(&self) -> OrgProfileForm {
        OrgProfileForm {
            name_ja: self.name_ja.trim().to_string(),
            name_en: self.name_en.trim().to_string(),
            website: self.website.trim().to_string(),
            prefecture: self.prefecture.clone(),
            specialties: in_vocab_order(&self.specialties, SPECIALTIES),
            languages: in_vocab_order(&self.languages, LANGUAGES),
            description_ja: self.description_ja.trim().to_string(),
            description_en: self.description_en.trim().to_string(),
        }
    }
}

pub(crate) fn codes(
    e: &mut Vec<FieldError>,
    field: Field,
    values: &[String],
    list: &'static [Term],
) {
    choice(e, field, values.iter().all(|c| find(list, c).is_some()));
}

pub(crate) fn in_vocab_order(values: &[String], list: &'static [Term]) -> Vec<String> {
    list.iter()
        .filter(|t| values.iter().any(|v| v == t.code))
        .map(|t| t.code.to_string())
        .collect()
}

/// What an organization admin sees of their organization's profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnOrganization {
    pub id: OrganizationId,
    pub country: String,
    pub profile: OrgProfileForm,
}

/// The recognitions staff record; unticked checkboxes are absent from the form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Recognitions {
    /// Recommended by Japan International Hospitals (JIH).
    pub jih: bool,
    /// Accredited by AMTAC (medical travel companies).
    pub amtac: bool,
}

/// A colleague in one's own organization.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgMember {
    pub id: UserId,
    pub organization_id: OrganizationId,
    pub email: String,
    pub name: PersonName,
    pub role: Role,
    pub status: UserStatus,
}

impl OrgMember {
    pub fn person(&self) -> Person {
        Person {
            id: self.id,
            role: self.role,
            organization_id: self.organization_id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ErrorCode;

    fn valid() -> OrgProfileForm {
        OrgProfileForm {
            name_ja: "さくら国際病院".into(),
            name_en: "Sakura International Hospital".into(),
            website: "https://sakura.example".into(),
            prefecture: "13".into(),
            specialties: vec!["oncology".into()],
            languages: vec!["ja".into(), "en".into()],
            description_ja: "がん治療".into(),
            description_en: "Cancer care".into(),
        }
    }

    fn codes_of(f: &OrgProfileForm, country: &str) -> Vec<(String, ErrorCode)> {
        f.validate(country)
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn a_complete_profile_is_valid() {
        assert_eq!(codes_of(&valid(), "JP"), vec![]);
    }

    #[test]
    fn every_problem_is_reported_per_field() {
        let f = OrgProfileForm {
            name_ja: " ".into(),
            name_en: String::new(),
            website: "sakura.example".into(),
            specialties: vec!["oncology".into(), "astrology".into()],
            languages: vec!["xx".into()],
            description_en: "a".repeat(DESCRIPTION_MAX as usize + 1),
            ..valid()
        };
        assert_eq!(
            codes_of(&f, "JP"),
            vec![
                (Field::NameJa.key().into(), ErrorCode::Required),
                (Field::Website.key().into(), ErrorCode::InvalidUrl),
                (Field::Specialties.key().into(), ErrorCode::InvalidChoice),
                (Field::Languages.key().into(), ErrorCode::InvalidChoice),
                (
                    Field::DescriptionEn.key().into(),
                    ErrorCode::TooLong(DESCRIPTION_MAX)
                ),
            ]
        );
    }

    #[test]
    fn prefectures_are_for_organizations_in_japan() {
        assert_eq!(
            codes_of(&valid(), "VN"),
            vec![(Field::Prefecture.key().into(), ErrorCode::InvalidChoice)]
        );
        let none = OrgProfileForm {
            prefecture: String::new(),
            ..valid()
        };
        assert_eq!(codes_of(&none, "VN"), vec![]);
    }

    #[test]
    fn normalizing_trims_and_orders_codes() {
        let f = OrgProfileForm {
            name_en: "  Sakura  ".into(),
            languages: vec!["en".into(), "ja".into(), "en".into()],
            ..valid()
        };
        let n = f.normalized();
        assert_eq!(n.name_en, "Sakura");
        assert_eq!(n.languages, ["ja", "en"]);
    }
}
