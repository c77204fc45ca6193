//! Staff's list of an event's registrants: who, from which organization, where each stands and
//! what they answered; filtered by status and found by any form of the name (kanji, kana,
//! romanized) or e-mail, which is how the door finds a person at check-in. And the decisions
//! staff take on one registration, with the statuses each applies to.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::code_enum::code_enum;
use super::event_answers::{Answers, Question};
use super::names::PersonName;
use super::registration::RegistrationStatus;
use super::{Bilingual, EventId, RegistrationId};

/// Registrants shown on one page of the list.
pub const REGISTRANTS_PER_PAGE: u64 = 50;
/// The longest reason staff may give for declining.
pub const DECLINE_REASON_MAX: u32 = 1000;

/// Which registrants to list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrantQuery {
    pub event: EventId,
    pub status: Option<RegistrationStatus>,
    /// Words that must all appear in the name (any form), the organization's name or the e-mail.
    pub q: String,
    /// From 1.
    pub page: u32,
}

impl RegistrantQuery {
    /// Everyone registered for `event`, first page.
    pub fn of(event: EventId) -> Self {
        RegistrantQuery {
            event,
            status: None,
            q: String::new(),
            page: 1,
        }
    }
}

/// One registrant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registrant {
    pub id: RegistrationId,
    pub name: PersonName,
    pub email: String,
    pub organization: Bilingual,
    pub status: RegistrationStatus,
    /// The place on the waiting list (1: next for a seat).
    pub position: Option<u32>,
    pub answers: Answers,
    /// Why staff declined the registration.
    pub reason: Option<String>,
    pub registered_at: DateTime<Utc>,
    pub checked_in_at: Option<DateTime<Utc>>,
}

/// How many registrations an event has in one status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCount {
    pub status: RegistrationStatus,
    pub count: u64,
}

/// A page of the list, with the event's questions (to read the answers) and its counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrantList {
    pub event: EventId,
    pub title: Bilingual,
    pub capacity: u32,
    pub questions: Vec<Question>,
    /// Every status, in the order of `RegistrationStatus::ALL`, with its count.
    pub counts: Vec<StatusCount>,
    /// How many registrants match the query.
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub items: Vec<Registrant>,
}

code_enum!(
    /// What staff decide on one registration:
    /// - `Approve`: a pending registration is placed as if it had needed no approval (a seat,
    ///   or the waiting list when the event is full);
    /// - `Decline`: a pending or waiting registration is refused, with a reason the registrant
    ///   reads;
    /// - `Seat`: a waiting registrant gets a seat now, before the others and beyond the
    ///   capacity if need be (staff's exception to the order: a speaker's colleague, a
    ///   minister's aide);
    /// - `CheckIn`: a confirmed registrant arrived; `UndoCheckIn` takes back a check-in tapped
    ///   by mistake.
    Decision {
        Approve => "approve",
        Decline => "decline",
        Seat => "seat",
        CheckIn => "check_in",
        UndoCheckIn => "undo_check_in",
    }
);

impl Decision {
    /// Whether the decision applies to a registration in `status`.
    pub fn applies_to(self, status: RegistrationStatus) -> bool {
        use RegistrationStatus::*;
        match self {
            Decision::Approve => status == Pending,
            Decision::Decline => matches!(status, Pending | Waitlisted),
            Decision::Seat => status == Waitlisted,
            Decision::CheckIn => status == Confirmed,
            Decision::UndoCheckIn => status == Attended,
        }
    }

    /// The status a registration takes, except for `Approve` (which the seats decide).
    pub fn result(self) -> Option<RegistrationStatus> {
        use RegistrationStatus::*;
        match self {
            Decision::Approve => None,
            Decision::Decline => Some(Declined),
            Decision::Seat | Decision::UndoCheckIn => Some(Confirmed),
            Decision::CheckIn => Some(Attended),
        }
    }

    /// The decisions offered for a registration in `status`, in the order they are shown.
    pub fn offered(status: RegistrationStatus) -> impl Iterator<Item = Decision> {
        Decision::ALL
            .iter()
            .copied()
            .filter(move |d| d.applies_to(status))
    }
}

/// A decision on one registration, as the form sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrantDecision {
    pub id: RegistrationId,
    pub decision: Decision,
    /// Required for `Decline`; ignored otherwise.
    #[serde(default)]
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use RegistrationStatus::*;

    #[test]
    fn each_decision_applies_to_its_statuses_only() {
        let offered = |s| Decision::offered(s).collect::<Vec<_>>();
        assert_eq!(offered(Pending), [Decision::Approve, Decision::Decline]);
        assert_eq!(offered(Waitlisted), [Decision::Decline, Decision::Seat]);
        assert_eq!(offered(Confirmed), [Decision::CheckIn]);
        assert_eq!(offered(Attended), [Decision::UndoCheckIn]);
        assert!(offered(Cancelled).is_empty());
        assert!(offered(Declined).is_empty());
    }

    #[test]
    fn a_decision_leads_to_a_status_that_can_be_decided_again_or_is_final() {
        for d in Decision::ALL {
            if let Some(s) = d.result() {
                assert!(!d.applies_to(s), "{d} would apply to its own result");
            }
        }
        assert_eq!(Decision::CheckIn.result(), Some(Attended));
        assert_eq!(Decision::UndoCheckIn.result(), Some(Confirmed));
    }
}
