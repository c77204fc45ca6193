//! The labels of the events' vocabulary: kinds, formats, statuses, answer types, and why
//! registration is not open.

use super::Messages;
use crate::model::event::{Closed, EventFormat, EventKind, EventStatus, QuestionKind};

impl Messages {
    pub fn event_kind(&self, k: EventKind) -> &'static str {
        match k {
            EventKind::Symposium => self.event_kind_symposium,
            EventKind::GovernmentMeeting => self.event_kind_government_meeting,
            EventKind::DelegationMeeting => self.event_kind_delegation_meeting,
            EventKind::JointEvent => self.event_kind_joint_event,
            EventKind::Committee => self.event_kind_committee,
            EventKind::MemberProgram => self.event_kind_member_program,
        }
    }

    pub fn event_format(&self, f: EventFormat) -> &'static str {
        match f {
            EventFormat::InPerson => self.event_format_in_person,
            EventFormat::Online => self.event_format_online,
            EventFormat::Hybrid => self.event_format_hybrid,
        }
    }

    pub fn event_status(&self, s: EventStatus) -> &'static str {
        match s {
            EventStatus::Draft => self.event_status_draft,
            EventStatus::Published => self.event_status_published,
            EventStatus::RegistrationClosed => self.event_status_registration_closed,
            EventStatus::Finished => self.event_status_finished,
            EventStatus::Cancelled => self.event_status_cancelled,
        }
    }

    pub fn question_kind(&self, k: QuestionKind) -> &'static str {
        match k {
            QuestionKind::Text => self.event_question_text,
            QuestionKind::Single => self.event_question_single,
            QuestionKind::Multiple => self.event_question_multiple,
        }
    }

    /// Why an event takes no registration now.
    pub fn registration_closed(&self, c: Closed) -> &'static str {
        match c {
            Closed::NotYetOpen => self.err_registration_not_open,
            Closed::Ended => self.err_registration_ended,
            Closed::EventCancelled => self.err_event_cancelled,
        }
    }
}
