//! The labels of the moderation vocabulary every page may show: flag reasons and reason
//! templates (the moderators' actions are the thread pages', `thread`).

use super::Messages;
use crate::model::moderation::{FlagReason, ReasonTemplate};

impl Messages {
    pub fn flag_reason(&self, r: FlagReason) -> &'static str {
        match r {
            FlagReason::OffTopic => self.flag_reason_off_topic,
            FlagReason::Inappropriate => self.flag_reason_inappropriate,
            FlagReason::PatientInfo => self.flag_reason_patient_info,
            FlagReason::Spam => self.flag_reason_spam,
            FlagReason::Other => self.flag_reason_other,
        }
    }

    pub fn reason_template(&self, t: ReasonTemplate) -> &'static str {
        match t {
            ReasonTemplate::OffTopic => self.reason_off_topic,
            ReasonTemplate::PatientInfo => self.reason_patient_info,
            ReasonTemplate::Inappropriate => self.reason_inappropriate,
            ReasonTemplate::Spam => self.reason_spam,
            ReasonTemplate::NoProblem => self.reason_no_problem,
            ReasonTemplate::Resolved => self.reason_resolved,
            ReasonTemplate::Important => self.reason_important,
        }
    }
}
