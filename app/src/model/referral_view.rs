//! Inbound referrals as pages show them: the list of cases (those one's organization submitted,
//! those that reached it; every case for staff), one case with its answers side by side and its
//! history, and the forms that act on a case or set what an institution accepts.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::names::PersonName;
use super::referral::{AnswerStatus, ReferralStatus, ReferralStep, Urgency};
use super::validation::choice;
use super::vocab::SPECIALTIES;
use super::{
    Bilingual, ErrorCode, Field, FieldError, OrganizationId, ReferralAnswerId, ReferralId,
};

/// Cases a list shows at most (newest first).
pub const REFERRALS_SHOWN: u64 = 100;

/// How the viewer's organization stands to a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseSide {
    /// It submitted the case.
    Submitted,
    /// The case reached it, with its answer so far.
    Received(AnswerStatus),
    /// Staff following every case.
    Secretariat,
}

/// One line of the case list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralSummary {
    pub id: ReferralId,
    pub status: ReferralStatus,
    pub specialty: String,
    pub country: String,
    pub languages: Vec<String>,
    pub urgency: Urgency,
    pub side: CaseSide,
    /// Institutions it reached, and how many of them can accept.
    pub matched: u32,
    pub can_accept: u32,
    pub created_at: DateTime<Utc>,
}

/// A matched institution's answer, as the submitter (side by side with the others), staff and
/// the institution itself see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerView {
    pub id: ReferralAnswerId,
    pub organization_id: OrganizationId,
    pub organization: Bilingual,
    /// Recommended as a Japan International Hospital.
    pub jih: bool,
    pub status: AnswerStatus,
    pub note: String,
    pub earliest: Option<NaiveDate>,
    pub answered_at: Option<DateTime<Utc>>,
    /// The submitter chose it.
    pub chosen: bool,
}

/// A step in a case's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepView {
    pub step: ReferralStep,
    /// The institution that answered or was chosen.
    pub organization: Option<Bilingual>,
    /// The answer given, for an answer.
    pub answer: Option<AnswerStatus>,
    pub actor: PersonName,
    pub note: String,
    pub at: DateTime<Utc>,
}

/// What the viewer may do with a case (the server decides; the page only shows).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralRights {
    /// Answer it, or change the answer (a matched institution, while it is open).
    pub answer: bool,
    /// Choose an institution, add information, withdraw (its submitter's organization, while
    /// it is open).
    pub decide: bool,
}

/// One case's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralView {
    pub summary: ReferralSummary,
    /// The condition, as submitted (anonymized).
    pub text: String,
    pub earliest: Option<NaiveDate>,
    pub latest: Option<NaiveDate>,
    pub accompanied: bool,
    /// Every answer, best first, for the submitter and staff (a matched institution does not
    /// see the others').
    pub answers: Vec<AnswerView>,
    /// The viewer's institution's answer, when the case reached it.
    pub own_answer: Option<AnswerView>,
    /// Oldest first; a matched institution does not see the others' answers.
    pub history: Vec<StepView>,
    pub rights: ReferralRights,
}

/// The submitter's choice of an institution that can accept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub answer: ReferralAnswerId,
}

/// Information the submitter adds (what an institution asked), or why they withdraw the case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseNote {
    pub referral: ReferralId,
    pub note: String,
}

/// What an institution accepts, as its organization admins set it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AcceptanceForm {
    pub accepts: bool,
    /// Specialty codes.
    pub specialties: Vec<String>,
}

impl AcceptanceForm {
    /// The specialties, known and each once; an institution that accepts names at least one.
    pub fn check(&self) -> Result<Vec<String>, Vec<FieldError>> {
        let specialties: Vec<String> = self
            .specialties
            .iter()
            .map(|s| s.trim().to_string())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut e = Vec::new();
        choice(
            &mut e,
            Field::Specialties,
            specialties
                .iter()
                .all(|s| SPECIALTIES.iter().any(|t| t.code == s)),
        );
        if self.accepts && specialties.is_empty() {
            e.push(FieldError::new(Field::Specialties, ErrorCode::TooFew(1)));
        }
        if e.is_empty() {
            Ok(specialties)
        } else {
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_institution_that_accepts_names_known_specialties() {
        let form = |accepts, specialties: &[&str]| AcceptanceForm {
            accepts,
            specialties: specialties.iter().map(|s| s.to_string()).collect(),
        };
        assert_eq!(
            form(true, &["oncology", "cardiology", "oncology"]).check(),
            Ok(vec!["cardiology".to_string(), "oncology".to_string()])
        );
        assert_eq!(form(false, &[]).check(), Ok(vec![]));
        let codes = |r: Result<Vec<String>, Vec<FieldError>>| {
            r.expect_err("invalid")
                .into_iter()
                .map(|e| e.code)
                .collect::<Vec<_>>()
        };
        assert_eq!(codes(form(true, &[]).check()), vec![ErrorCode::TooFew(1)]);
        assert_eq!(
            codes(form(false, &["astrology"]).check()),
            vec![ErrorCode::InvalidChoice]
        );
    }
}
