//! Inbound referrals: an anonymized case (a patient whose treatment is difficult at home) that
//! a member or staff submits, routed to the institutions whose directory profile matches; each
//! answers, the submitter chooses one and the case closes. The rules: the case form's checks
//! (with the identifier check: nothing in it may name the patient), which institutions a case
//! reaches, and who may see a case and do what with it.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::code_enum::code_enum;
use super::event_form::parse_date;
use super::identifiers::find_identifiers;
use super::permissions::{Action, Person, allows};
use super::project::partner_countries;
use super::validation::{choice, max_len, required};
use super::vocab::{LANGUAGES, SPECIALTIES};
use super::{ErrorCode, Field, FieldError, OrganizationId, ReferralId};

/// The longest case summary, and the longest note (an answer's, or information added).
pub const SUMMARY_MAX: u32 = 4000;
pub const NOTE_MAX: u32 = 2000;
/// The most languages a case lists.
pub const LANGUAGES_MAX: u32 = 5;

code_enum!(
    /// Where a case stands: waiting for answers and the submitter's choice, closed with an
    /// institution chosen, or withdrawn by its submitter.
    ReferralStatus {
        Open => "open",
        Chosen => "chosen",
        Withdrawn => "withdrawn",
    }
);

code_enum!(
    /// How soon the patient needs treatment.
    Urgency {
        Routine => "routine",
        Soon => "soon",
        Urgent => "urgent",
    }
);

code_enum!(
    /// A matched institution's answer: none yet, can accept (with a note and an earliest
    /// date), cannot accept, or needs more information (its note asks what).
    AnswerStatus {
        Awaiting => "awaiting",
        CanAccept => "can_accept",
        CannotAccept => "cannot_accept",
        NeedsInfo => "needs_info",
    }
);

impl AnswerStatus {
    /// The answers an institution can give (all but "none yet").
    pub const GIVEN: [AnswerStatus; 3] = [
        AnswerStatus::CanAccept,
        AnswerStatus::CannotAccept,
        AnswerStatus::NeedsInfo,
    ];
}

code_enum!(
    /// A step in a case's history.
    ReferralStep {
        Submitted => "submitted",
        Answered => "answered",
        InfoAdded => "info_added",
        Chosen => "chosen",
        Withdrawn => "withdrawn",
    }
);

/// A case named elsewhere (a notification): its number, the specialty it needs and where the
/// patient is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralPlace {
    pub id: ReferralId,
    pub specialty: String,
    pub country: String,
}

/// A case as its form sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReferralForm {
    /// A specialty code (`vocab::SPECIALTIES`).
    pub specialty: String,
    /// The condition, without anything that identifies the patient.
    pub summary: String,
    /// The patient's language codes.
    pub languages: Vec<String>,
    /// The patient's country (any but Japan).
    pub country: String,
    pub urgency: String,
    /// The desired period, `YYYY-MM-DD` each, either may be empty.
    pub earliest: String,
    pub latest: String,
    /// Someone travels with the patient.
    pub accompanied: bool,
}

/// A checked case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferralDraft {
    pub specialty: String,
    pub summary: String,
    pub languages: Vec<String>,
    pub country: String,
    pub urgency: Urgency,
    pub earliest: Option<NaiveDate>,
    pub latest: Option<NaiveDate>,
    pub accompanied: bool,
}

/// A free text that may not identify the patient: one error for each kind of identifier found.
pub fn anonymous_text(e: &mut Vec<FieldError>, field: Field, text: &str, max: u32) {
    max_len(e, field, text, max);
    for found in find_identifiers(text) {
        e.push(FieldError::new(field, ErrorCode::Identifies(found)));
    }
}

/// An optional date field: `None` when empty, an error when not a date.
fn optional_date(e: &mut Vec<FieldError>, field: Field, value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    let date = (!value.is_empty()).then(|| parse_date(value)).flatten();
    if !value.is_empty() && date.is_none() {
        e.push(FieldError::new(field, ErrorCode::InvalidDate));
    }
    date
}

impl ReferralForm {
    /// The case, trimmed, or every problem beside its field.
    pub fn check(&self) -> Result<ReferralDraft, Vec<FieldError>> {
        let mut e = Vec::new();
        let specialty = self.specialty.trim();
        choice(
            &mut e,
            Field::Specialty,
            SPECIALTIES.iter().any(|s| s.code == specialty),
        );
        let summary = self.summary.trim();
        required(&mut e, Field::Summary, summary);
        anonymous_text(&mut e, Field::Summary, summary, SUMMARY_MAX);
        let languages: Vec<String> = self
            .languages
            .iter()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if languages.is_empty() {
            e.push(FieldError::new(Field::Languages, ErrorCode::TooFew(1)));
        } else if languages.len() > LANGUAGES_MAX as usize {
            e.push(FieldError::new(
                Field::Languages,
                ErrorCode::TooMany(LANGUAGES_MAX),
            ));
        }
        choice(
            &mut e,
            Field::Languages,
            languages
                .iter()
                .all(|l| LANGUAGES.iter().any(|t| t.code == l)),
        );
        let country = self.country.trim();
        choice(
            &mut e,
            Field::Country,
            partner_countries().any(|c| c.code == country),
        );
        let urgency = Urgency::parse(self.urgency.trim());
        choice(&mut e, Field::Urgency, urgency.is_some());
        let earliest = optional_date(&mut e, Field::Earliest, &self.earliest);
        let latest = optional_date(&mut e, Field::Latest, &self.latest);
        if let (Some(from), Some(to)) = (earliest, latest)
            && to < from
        {
            e.push(FieldError::new(Field::Latest, ErrorCode::NotAfterStart));
        }
        match urgency {
            Some(urgency) if e.is_empty() => Ok(ReferralDraft {
                specialty: specialty.to_string(),
                summary: summary.to_string(),
                languages,
                country: country.to_string(),
                urgency,
                earliest,
                latest,
                accompanied: self.accompanied,
            }),
            _ => Err(e),
        }
    }
}

/// What an institution offers international patients: whether it accepts them at all, in
/// which specialties (its organization admins set both), and the languages of its directory
/// profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Acceptance {
    pub organization_id: OrganizationId,
    pub accepts: bool,
    pub specialties: BTreeSet<String>,
    pub languages: BTreeSet<String>,
}

/// Whether a case reaches an institution: it accepts international patients in the case's
/// specialty and works in one of the patient's languages.
pub fn reaches(specialty: &str, languages: &[String], a: &Acceptance) -> bool {
    a.accepts
        && a.specialties.contains(specialty)
        && languages.iter().any(|l| a.languages.contains(l))
}

/// A viewer's part in a case: of the organization that submitted it, or of one it reached.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CasePart {
    pub submitter: bool,
    pub matched: bool,
}

/// Whether `viewer` may see a case: its submitter's organization, the institutions it reached,
/// and staff. Anyone else is told it does not exist.
pub fn may_see(viewer: &Person, part: CasePart) -> bool {
    allows(viewer.role, Action::ReviewReferrals) || part.submitter || part.matched
}

/// Whether a matched institution may answer (or change its answer): while the case is open.
pub fn may_answer(status: ReferralStatus, part: CasePart) -> bool {
    status == ReferralStatus::Open && part.matched
}

/// Whether the submitter's organization may act on its case (choose, add information,
/// withdraw): while it is open.
pub fn may_decide(status: ReferralStatus, part: CasePart) -> bool {
    status == ReferralStatus::Open && part.submitter
}

/// Whether an answer can be chosen: an institution that can accept.
pub fn may_be_chosen(answer: AnswerStatus) -> bool {
    answer == AnswerStatus::CanAccept
}

/// A matched institution's answer as its form sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    pub referral: ReferralId,
    /// `can_accept`, `cannot_accept` or `needs_info`.
    pub status: String,
    /// What the institution says (what it asks, for `needs_info`).
    pub note: String,
    /// The earliest date it could receive the patient (`can_accept` only).
    pub earliest: String,
}

impl AnswerForm {
    /// The answer, its note and earliest date; a note is needed to ask for information, and
    /// an earliest date to accept.
    pub fn check(&self) -> Result<(AnswerStatus, String, Option<NaiveDate>), Vec<FieldError>> {
        let mut e = Vec::new();
        let status = AnswerStatus::parse(&self.status).filter(|s| AnswerStatus::GIVEN.contains(s));
        choice(&mut e, Field::Status, status.is_some());
        let note = self.note.trim();
        anonymous_text(&mut e, Field::Note, note, NOTE_MAX);
        if status == Some(AnswerStatus::NeedsInfo) {
            required(&mut e, Field::Note, note);
        }
        let earliest = optional_date(&mut e, Field::Earliest, &self.earliest);
        if status == Some(AnswerStatus::CanAccept) && earliest.is_none() && e.is_empty() {
            e.push(FieldError::new(Field::Earliest, ErrorCode::Required));
        }
        match status {
            Some(status) if e.is_empty() => Ok((
                status,
                note.to_string(),
                earliest.filter(|_| status == AnswerStatus::CanAccept),
            )),
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::identifiers::Identifier;
    use crate::model::{Role, UserId};

    fn form() -> ReferralForm {
        ReferralForm {
            specialty: "oncology".into(),
            summary: "54歳男性。2025年11月に肝細胞癌と診断。".into(),
            languages: vec!["vi".into(), "en".into()],
            country: "VN".into(),
            urgency: "soon".into(),
            earliest: "2027-01-10".into(),
            latest: "2027-03-31".into(),
            accompanied: true,
        }
    }

    fn fields(e: Vec<FieldError>) -> Vec<(String, ErrorCode)> {
        e.into_iter().map(|f| (f.field, f.code)).collect()
    }

    #[test]
    fn a_complete_anonymous_case_passes() {
        let draft = form().check().expect("valid");
        assert_eq!(draft.languages, ["en", "vi"]);
        assert_eq!(draft.urgency, Urgency::Soon);
    }

    #[test]
    fn each_problem_is_named_beside_its_field() {
        let bad = ReferralForm {
            specialty: "astrology".into(),
            summary: "Mr. Nguyen, DOB 1970-05-06, passport C1234567".into(),
            languages: vec![],
            country: "JP".into(),
            urgency: "tomorrow".into(),
            earliest: "2027-03-01".into(),
            latest: "2027-02-01".into(),
            accompanied: false,
        };
        let got = fields(bad.check().expect_err("invalid"));
        let key = |f: Field| f.key().to_string();
        assert_eq!(
            got,
            vec![
                (key(Field::Specialty), ErrorCode::InvalidChoice),
                (key(Field::Summary), ErrorCode::Identifies(Identifier::Name)),
                (key(Field::Summary), ErrorCode::Identifies(Identifier::Date)),
                (
                    key(Field::Summary),
                    ErrorCode::Identifies(Identifier::Passport)
                ),
                (key(Field::Languages), ErrorCode::TooFew(1)),
                (key(Field::Country), ErrorCode::InvalidChoice),
                (key(Field::Urgency), ErrorCode::InvalidChoice),
                (key(Field::Latest), ErrorCode::NotAfterStart),
            ]
        );
    }

    fn acceptance(accepts: bool, specialties: &[&str], languages: &[&str]) -> Acceptance {
        Acceptance {
            organization_id: OrganizationId(3),
            accepts,
            specialties: specialties.iter().map(|s| s.to_string()).collect(),
            languages: languages.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn a_case_reaches_institutions_that_accept_its_specialty_in_a_shared_language() {
        let langs = vec!["vi".to_string(), "en".to_string()];
        assert!(reaches(
            "oncology",
            &langs,
            &acceptance(true, &["oncology"], &["ja", "en"])
        ));
        assert!(!reaches(
            "oncology",
            &langs,
            &acceptance(false, &["oncology"], &["en"])
        ));
        assert!(!reaches(
            "oncology",
            &langs,
            &acceptance(true, &["cardiology"], &["en"])
        ));
        assert!(!reaches(
            "oncology",
            &langs,
            &acceptance(true, &["oncology"], &["ja", "zh"])
        ));
    }

    #[test]
    fn only_the_submitter_matched_institutions_and_staff_see_a_case() {
        let person = |role| Person {
            id: UserId(1),
            role,
            organization_id: OrganizationId(2),
        };
        let none = CasePart::default();
        assert!(!may_see(&person(Role::Member), none));
        assert!(!may_see(&person(Role::OrgAdmin), none));
        assert!(may_see(&person(Role::Staff), none));
        let matched = CasePart {
            matched: true,
            ..none
        };
        assert!(may_see(&person(Role::Member), matched));
        assert!(may_answer(ReferralStatus::Open, matched));
        assert!(!may_answer(ReferralStatus::Chosen, matched));
        assert!(!may_decide(ReferralStatus::Open, matched));
        let submitter = CasePart {
            submitter: true,
            ..none
        };
        assert!(may_decide(ReferralStatus::Open, submitter));
        assert!(!may_decide(ReferralStatus::Withdrawn, submitter));
        assert!(may_be_chosen(AnswerStatus::CanAccept));
        assert!(!may_be_chosen(AnswerStatus::NeedsInfo));
    }

    #[test]
    fn an_answer_needs_a_date_to_accept_and_a_note_to_ask() {
        let answer = |status: &str, note: &str, earliest: &str| AnswerForm {
            referral: ReferralId(1),
            status: status.into(),
            note: note.into(),
            earliest: earliest.into(),
        };
        let accept = answer("can_accept", "Dr. on duty", "2027-01-20").check();
        // "Dr." is no identifier of the patient; the note still cannot name them.
        assert!(accept.is_ok(), "{accept:?}");
        let missing = fields(answer("can_accept", "", "").check().expect_err("no date"));
        assert_eq!(
            missing,
            vec![(Field::Earliest.key().into(), ErrorCode::Required)]
        );
        let ask = fields(answer("needs_info", " ", "").check().expect_err("no note"));
        assert_eq!(ask, vec![(Field::Note.key().into(), ErrorCode::Required)]);
        let (status, _, earliest) = answer("cannot_accept", "", "2027-01-20")
            .check()
            .expect("valid");
        assert_eq!((status, earliest), (AnswerStatus::CannotAccept, None));
        assert!(answer("awaiting", "", "").check().is_err());
    }
}
