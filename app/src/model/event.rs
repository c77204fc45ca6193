//! Events as members and staff see them: their kinds and formats, the life of an event (draft →
//! published → registration closed → finished, or cancelled), who may see one, and when its
//! registration is open.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::code_enum::code_enum;
use super::permissions::{Action, Person, allows};

code_enum!(
    /// What kind of gathering an event is.
    EventKind {
        Symposium => "symposium",
        GovernmentMeeting => "government_meeting",
        DelegationMeeting => "delegation_meeting",
        JointEvent => "joint_event",
        Committee => "committee",
        MemberProgram => "member_program",
    }
);

code_enum!(
    /// Where participants take part.
    EventFormat {
        InPerson => "in_person",
        Online => "online",
        Hybrid => "hybrid",
    }
);

code_enum!(
    /// The life of an event. Only a published event takes registrations (within its window).
    EventStatus {
        Draft => "draft",
        Published => "published",
        RegistrationClosed => "registration_closed",
        Finished => "finished",
        Cancelled => "cancelled",
    }
);

code_enum!(
    /// Who sees an event and may register: every member, or the invited organizations' people.
    EventVisibility {
        Members => "members",
        Invited => "invited",
    }
);

code_enum!(
    /// How a registration question is answered: free text, one choice, or several.
    QuestionKind {
        Text => "text",
        Single => "single",
        Multiple => "multiple",
    }
);

impl EventStatus {
    /// The moves staff may make: forward along draft → published → registration closed →
    /// finished (reopening a closed registration too), or cancelling an event that has not
    /// finished. A cancelled or finished event stays so.
    pub fn may_become(self, next: EventStatus) -> bool {
        use EventStatus::*;
        matches!(
            (self, next),
            (Draft, Published)
                | (Published, RegistrationClosed)
                | (RegistrationClosed, Published)
                | (Published | RegistrationClosed, Finished)
                | (Draft | Published | RegistrationClosed, Cancelled)
        )
    }

    /// Members see the event (staff also see drafts).
    pub fn is_public(self) -> bool {
        self != EventStatus::Draft
    }
}

/// Whether `viewer` sees an event: staff see every event, drafts too; members see the others
/// when they are open to all members or `invited` (their organization is).
pub fn may_see(
    viewer: &Person,
    status: EventStatus,
    visibility: EventVisibility,
    invited: bool,
) -> bool {
    allows(viewer.role, Action::ManageEvents)
        || (status.is_public() && (visibility == EventVisibility::Members || invited))
}

/// Why a registration is not taken now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Closed {
    NotYetOpen,
    Ended,
    EventCancelled,
}

/// Whether a published event takes registrations at `now`: from `opens_at` (if set) until
/// `closes_at` (if set), never after the event has started.
pub fn registration_open(
    status: EventStatus,
    opens_at: Option<DateTime<Utc>>,
    closes_at: Option<DateTime<Utc>>,
    starts_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), Closed> {
    match status {
        EventStatus::Cancelled => Err(Closed::EventCancelled),
        EventStatus::Draft => Err(Closed::NotYetOpen),
        EventStatus::RegistrationClosed | EventStatus::Finished => Err(Closed::Ended),
        EventStatus::Published if opens_at.is_some_and(|t| now < t) => Err(Closed::NotYetOpen),
        EventStatus::Published if closes_at.is_some_and(|t| now >= t) || now >= starts_at => {
            Err(Closed::Ended)
        }
        EventStatus::Published => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
    }

    #[test]
    fn events_move_forward_or_are_cancelled() {
        use EventStatus::*;
        assert!(Draft.may_become(Published));
        assert!(Published.may_become(RegistrationClosed));
        assert!(RegistrationClosed.may_become(Published));
        assert!(Published.may_become(Finished));
        assert!(Published.may_become(Cancelled));
        assert!(!Draft.may_become(Finished));
        assert!(!Finished.may_become(Cancelled));
        assert!(!Cancelled.may_become(Published));
        assert!(!Published.may_become(Draft));
        for s in EventStatus::ALL {
            assert!(!s.may_become(*s), "{s} to itself");
        }
    }

    #[test]
    fn members_see_published_events_open_to_them() {
        use crate::model::{OrganizationId, Role, UserId};
        let as_role = |role| Person {
            id: UserId(1),
            role,
            organization_id: OrganizationId(1),
        };
        let member = as_role(Role::Member);
        let staff = as_role(Role::Staff);
        let (members, invited) = (EventVisibility::Members, EventVisibility::Invited);
        assert!(may_see(&member, EventStatus::Published, members, false));
        assert!(may_see(&member, EventStatus::Finished, members, false));
        assert!(!may_see(&member, EventStatus::Draft, members, false));
        assert!(!may_see(&member, EventStatus::Published, invited, false));
        assert!(may_see(&member, EventStatus::Published, invited, true));
        assert!(may_see(&staff, EventStatus::Draft, invited, false));
    }

    #[test]
    fn registration_follows_the_window_and_the_status() {
        let start = at(24, 5);
        let open =
            |status, opens, closes, now| registration_open(status, opens, closes, start, now);
        let p = EventStatus::Published;
        assert_eq!(open(p, None, None, at(20, 0)), Ok(()));
        assert_eq!(open(p, Some(at(10, 0)), Some(at(22, 0)), at(10, 0)), Ok(()));
        assert_eq!(
            open(p, Some(at(10, 0)), None, at(9, 23)),
            Err(Closed::NotYetOpen)
        );
        assert_eq!(
            open(p, None, Some(at(22, 0)), at(22, 0)),
            Err(Closed::Ended)
        );
        // Never once the event has begun, even without a closing time.
        assert_eq!(open(p, None, None, at(24, 5)), Err(Closed::Ended));
        assert_eq!(
            open(EventStatus::Cancelled, None, None, at(20, 0)),
            Err(Closed::EventCancelled)
        );
        assert_eq!(
            open(EventStatus::RegistrationClosed, None, None, at(20, 0)),
            Err(Closed::Ended)
        );
        assert_eq!(
            open(EventStatus::Draft, None, None, at(20, 0)),
            Err(Closed::NotYetOpen)
        );
    }
}
