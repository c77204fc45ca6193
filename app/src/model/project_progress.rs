//! A project's progress: milestones (set by its lead, ticked by its lead and partners), updates
//! (a timeline they write in markdown), and the members who follow it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::event_form::parse_date;
use super::names::PersonName;
use super::validation::{max_len, required};
use super::{Bilingual, ErrorCode, Field, FieldError, MilestoneId, ProjectId, ProjectUpdateId};

/// The longest milestone title, in each language.
pub const MILESTONE_TITLE_MAX: u32 = 200;
/// The longest update (its markdown source).
pub const UPDATE_MAX: u32 = 10_000;
/// The newest updates a project's page shows.
pub const UPDATES_SHOWN: u64 = 20;

/// A milestone as its form sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MilestoneForm {
    pub project: ProjectId,
    #[serde(default)]
    pub title_ja: String,
    #[serde(default)]
    pub title_en: String,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub due_on: String,
}

/// A checked milestone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MilestoneDraft {
    pub title: Bilingual,
    pub due_on: Option<NaiveDate>,
}

impl MilestoneForm {
    /// A title in at least one language (the other falls back to it) and a due date, if any,
    /// that is a date; or every problem beside its field.
    pub fn check(&self) -> Result<MilestoneDraft, Vec<FieldError>> {
        let mut e = Vec::new();
        let (ja, en) = (self.title_ja.trim(), self.title_en.trim());
        if ja.is_empty() && en.is_empty() {
            required(&mut e, Field::TitleJa, ja);
        }
        max_len(&mut e, Field::TitleJa, ja, MILESTONE_TITLE_MAX);
        max_len(&mut e, Field::TitleEn, en, MILESTONE_TITLE_MAX);
        let due = self.due_on.trim();
        let due_on = (!due.is_empty()).then(|| parse_date(due)).flatten();
        if !due.is_empty() && due_on.is_none() {
            e.push(FieldError::new(Field::DueOn, ErrorCode::InvalidDate));
        }
        if e.is_empty() {
            Ok(MilestoneDraft {
                title: Bilingual::new(ja, en),
                due_on,
            })
        } else {
            Err(e)
        }
    }
}

/// An update as its form sends it (markdown).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateForm {
    pub project: ProjectId,
    #[serde(default)]
    pub body: String,
}

impl UpdateForm {
    /// The body, trimmed; or why not.
    pub fn check(&self) -> Result<String, Vec<FieldError>> {
        let body = self.body.trim();
        let mut e = Vec::new();
        required(&mut e, Field::Body, body);
        max_len(&mut e, Field::Body, body, UPDATE_MAX);
        if e.is_empty() {
            Ok(body.to_string())
        } else {
            Err(e)
        }
    }
}

/// Whether a milestone not done by `today` (in Japan) is late.
pub fn is_overdue(due_on: Option<NaiveDate>, done: bool, today: NaiveDate) -> bool {
    !done && due_on.is_some_and(|due| due < today)
}

/// A milestone as a project's page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MilestoneView {
    pub id: MilestoneId,
    pub title: Bilingual,
    /// The due date as Unix seconds (its midnight in Japan), if any.
    pub due_on: Option<i64>,
    pub done_at: Option<DateTime<Utc>>,
    pub overdue: bool,
}

/// An update of a project's timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateView {
    pub id: ProjectUpdateId,
    pub author: PersonName,
    pub organization: Bilingual,
    /// Rendered and sanitized on the server when it was posted.
    pub body_html: String,
    pub created_at: DateTime<Utc>,
}

/// A project's milestones (in order), its newest updates, and whether the viewer follows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub milestones: Vec<MilestoneView>,
    pub updates: Vec<UpdateView>,
    pub following: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn milestone(ja: &str, en: &str, due_on: &str) -> MilestoneForm {
        MilestoneForm {
            project: ProjectId(1),
            title_ja: ja.into(),
            title_en: en.into(),
            due_on: due_on.into(),
        }
    }

    fn fields(r: Result<MilestoneDraft, Vec<FieldError>>) -> Vec<(String, ErrorCode)> {
        r.err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn a_milestone_has_a_title_in_one_language_at_least_and_a_real_date() {
        let draft = milestone(" 現地スタッフ研修の開始 ", "", "2027-04-01").check();
        assert_eq!(
            draft,
            Ok(MilestoneDraft {
                title: Bilingual::new("現地スタッフ研修の開始", ""),
                due_on: NaiveDate::from_ymd_opt(2027, 4, 1),
            })
        );
        assert_eq!(
            milestone("", "Licence granted", "")
                .check()
                .map(|d| d.due_on),
            Ok(None)
        );
        assert_eq!(
            fields(milestone(" ", "", "2027-02-30").check()),
            vec![
                ("title_ja".into(), ErrorCode::Required),
                ("due_on".into(), ErrorCode::InvalidDate),
            ]
        );
        let long = "x".repeat(MILESTONE_TITLE_MAX as usize + 1);
        assert_eq!(
            fields(milestone("", &long, "").check()),
            vec![("title_en".into(), ErrorCode::TooLong(MILESTONE_TITLE_MAX))]
        );
    }

    #[test]
    fn an_update_says_something() {
        let update = |body: &str| UpdateForm {
            project: ProjectId(1),
            body: body.into(),
        };
        assert_eq!(
            update("  **開所しました** ").check(),
            Ok("**開所しました**".into())
        );
        assert!(update(" \n ").check().is_err());
        assert!(
            update(&"あ".repeat(UPDATE_MAX as usize + 1))
                .check()
                .is_err()
        );
    }

    #[test]
    fn only_a_milestone_not_done_after_its_day_is_late() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d);
        let today = day(4).unwrap_or_default();
        assert!(is_overdue(day(3), false, today));
        assert!(
            !is_overdue(day(4), false, today),
            "due today is not late yet"
        );
        assert!(!is_overdue(day(3), true, today), "done");
        assert!(!is_overdue(None, false, today), "no date");
    }
}
