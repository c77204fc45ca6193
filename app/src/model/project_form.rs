//! A project as its proposers write it: the form, its checks (every problem at once, beside its
//! field), and the milestones written one a line.

use serde::{Deserialize, Serialize};

use super::organization::{codes, in_vocab_order};
use super::project::{ProjectDirection, ProjectPhase, SupportKind, partner_countries};
use super::validation::{choice, max_len, required};
use super::vocab::{LANGUAGES, SPECIALTIES};
use super::{Field, FieldError, ProjectId};

pub const TITLE_MAX: u32 = 200;
pub const SUMMARY_MAX: u32 = 2000;
pub const REGION_MAX: u32 = 100;
pub const PARTNERS_MAX: u32 = 500;
pub const REASON_MAX: u32 = 1000;
pub const CONTRIBUTION_MAX: u32 = 1000;

/// A project's description, new (`id` empty) or edited.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectForm {
    pub id: Option<ProjectId>,
    pub direction: String,
    pub title_ja: String,
    pub title_en: String,
    pub summary_ja: String,
    pub summary_en: String,
    /// The partner country's code (for inbound projects: where the patients come from).
    pub country: String,
    pub region: String,
    pub partners: String,
    pub phase: String,
    /// Codes of `SupportKind` (checkboxes: absent when none is ticked).
    pub support: Vec<String>,
    /// Specialty codes sought as expertise.
    pub specialties: Vec<String>,
    /// The project's working languages.
    pub languages: Vec<String>,
}

/// A form that passed its checks, with its codes parsed and in the vocabularies' order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectDraft {
    pub direction: ProjectDirection,
    pub title_ja: String,
    pub title_en: String,
    pub summary_ja: String,
    pub summary_en: String,
    pub country: String,
    pub region: String,
    pub partners: String,
    pub phase: ProjectPhase,
    pub support: Vec<SupportKind>,
    pub specialties: Vec<String>,
    pub languages: Vec<String>,
}

impl ProjectForm {
    /// Every problem at once, or the draft to save.
    pub fn check(&self) -> Result<ProjectDraft, Vec<FieldError>> {
        let mut e = Vec::new();
        let direction = ProjectDirection::parse(&self.direction);
        choice(&mut e, Field::Direction, direction.is_some());
        for (field, text, max) in [
            (Field::TitleJa, &self.title_ja, TITLE_MAX),
            (Field::TitleEn, &self.title_en, TITLE_MAX),
            (Field::SummaryJa, &self.summary_ja, SUMMARY_MAX),
            (Field::SummaryEn, &self.summary_en, SUMMARY_MAX),
        ] {
            required(&mut e, field, text.trim());
            max_len(&mut e, field, text.trim(), max);
        }
        let country = self.country.trim();
        if country.is_empty() {
            required(&mut e, Field::Country, country);
        } else {
            choice(
                &mut e,
                Field::Country,
                partner_countries().any(|c| c.code == country),
            );
        }
        max_len(&mut e, Field::Region, self.region.trim(), REGION_MAX);
        max_len(&mut e, Field::Partners, self.partners.trim(), PARTNERS_MAX);
        let phase = ProjectPhase::parse(&self.phase);
        choice(&mut e, Field::Phase, phase.is_some());
        let support: Option<Vec<SupportKind>> =
            self.support.iter().map(|c| SupportKind::parse(c)).collect();
        choice(&mut e, Field::Support, support.is_some());
        codes(&mut e, Field::Specialties, &self.specialties, SPECIALTIES);
        codes(&mut e, Field::Languages, &self.languages, LANGUAGES);
        match (direction, phase, support) {
            (Some(direction), Some(phase), Some(support)) if e.is_empty() => Ok(ProjectDraft {
                direction,
                title_ja: self.title_ja.trim().to_string(),
                title_en: self.title_en.trim().to_string(),
                summary_ja: self.summary_ja.trim().to_string(),
                summary_en: self.summary_en.trim().to_string(),
                country: country.to_string(),
                region: self.region.trim().to_string(),
                partners: self.partners.trim().to_string(),
                phase,
                support: SupportKind::ALL
                    .iter()
                    .copied()
                    .filter(|k| support.contains(k))
                    .collect(),
                specialties: in_vocab_order(&self.specialties, SPECIALTIES),
                languages: in_vocab_order(&self.languages, LANGUAGES),
            }),
            _ => Err(e),
        }
    }
}

/// Staff's review of a proposed project: publish it, or return it with a reason its proposers
/// read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub id: ProjectId,
    pub publish: bool,
    #[serde(default)]
    pub reason: String,
}

impl Review {
    /// A return needs a reason; a publication none.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        if self.publish {
            return Ok(());
        }
        let e = super::validation::reason_given(&self.reason, REASON_MAX);
        if e.is_empty() { Ok(()) } else { Err(e) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ErrorCode;

    fn codes_of(errors: &[FieldError]) -> Vec<(String, ErrorCode)> {
        errors.iter().map(|e| (e.field.clone(), e.code)).collect()
    }

    fn valid() -> ProjectForm {
        ProjectForm {
            id: None,
            direction: "outbound".into(),
            title_ja: "ベトナム・ハノイにおける日本式健診センターの設立".into(),
            title_en: "A Japanese-style health-check center in Hanoi".into(),
            summary_ja: "現地の病院と協力して健診センターを開設する。".into(),
            summary_en: "Opening a health-check center with a local hospital.".into(),
            country: "VN".into(),
            region: "Hanoi".into(),
            partners: "Bach Mai Hospital; Ministry of Health of Vietnam".into(),
            phase: "feasibility".into(),
            support: vec!["funding".into(), "expertise".into()],
            specialties: vec!["endoscopy".into(), "health_checkup".into()],
            languages: vec!["vi".into(), "en".into()],
        }
    }

    #[test]
    fn a_complete_form_becomes_a_draft_in_vocabulary_order() {
        let draft = valid().check().expect("valid");
        assert_eq!(draft.direction, ProjectDirection::Outbound);
        assert_eq!(draft.phase, ProjectPhase::Feasibility);
        assert_eq!(
            draft.support,
            vec![SupportKind::Expertise, SupportKind::Funding]
        );
        assert_eq!(draft.specialties, vec!["endoscopy", "health_checkup"]);
        assert_eq!(draft.languages, vec!["en", "vi"]);
    }

    #[test]
    fn every_problem_is_named_beside_its_field() {
        let form = ProjectForm {
            direction: "sideways".into(),
            title_ja: " ".into(),
            title_en: "x".repeat(201),
            country: "JP".into(),
            phase: "".into(),
            support: vec!["money".into()],
            specialties: vec!["alchemy".into()],
            ..valid()
        };
        let errors = form.check().expect_err("invalid");
        let fields: Vec<String> = codes_of(&errors).into_iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            vec![
                "direction",
                "title_ja",
                "title_en",
                "country",
                "phase",
                "support",
                "specialties"
            ]
        );
        let missing = ProjectForm {
            country: " ".into(),
            ..valid()
        };
        assert_eq!(
            codes_of(&missing.check().expect_err("no country")),
            vec![("country".to_string(), ErrorCode::Required)]
        );
    }

    #[test]
    fn a_return_needs_a_reason() {
        let review = |publish: bool, reason: &str| Review {
            id: ProjectId(1),
            publish,
            reason: reason.into(),
        };
        assert!(review(true, "").check().is_ok());
        assert!(review(false, " ").check().is_err());
        assert!(
            review(false, "Please name the partner hospital.")
                .check()
                .is_ok()
        );
    }
}
