//! The labels of the moderation vocabulary: flag reasons and states, moderator actions, reason
//! templates, notifications.

use super::Messages;
use crate::model::moderation::{FlagReason, FlagStatus, ModAction, ReasonTemplate};
use crate::model::notification::NotificationKind;

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

    pub fn flag_status(&self, s: FlagStatus) -> &'static str {
        match s {
            FlagStatus::Open => self.flag_status_open,
            FlagStatus::Upheld => self.flag_status_upheld,
            FlagStatus::Dismissed => self.flag_status_dismissed,
        }
    }

    pub fn mod_action(&self, a: ModAction) -> &'static str {
        match a {
            ModAction::Approve => self.mod_action_approve,
            ModAction::Reject => self.mod_action_reject,
            ModAction::Hide => self.mod_action_hide,
            ModAction::Restore => self.mod_action_restore,
            ModAction::Dismiss => self.mod_action_dismiss,
            ModAction::Lock => self.mod_action_lock,
            ModAction::Unlock => self.mod_action_unlock,
            ModAction::Pin => self.mod_action_pin,
            ModAction::Unpin => self.mod_action_unpin,
            ModAction::Edit => self.mod_action_edit,
            ModAction::Silence => self.mod_action_silence,
            ModAction::Unsilence => self.mod_action_unsilence,
            ModAction::Move => self.mod_action_move,
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

    /// What a notification says, with `{}` for the thread's (event's, project's) title; a
    /// request to join names the organization first.
    pub fn notification(&self, k: NotificationKind) -> &'static str {
        match k {
            NotificationKind::PostApproved => self.notification_post_approved,
            NotificationKind::PostRejected => self.notification_post_rejected,
            NotificationKind::PostHidden => self.notification_post_hidden,
            NotificationKind::PostRestored => self.notification_post_restored,
            NotificationKind::FlagUpheld => self.notification_flag_upheld,
            NotificationKind::FlagDismissed => self.notification_flag_dismissed,
            NotificationKind::Reply => self.notification_reply,
            NotificationKind::Mention => self.notification_mention,
            NotificationKind::AnswerAccepted => self.notification_answer_accepted,
            NotificationKind::PostEdited => self.notification_post_edited,
            NotificationKind::Silenced => self.notification_silenced,
            NotificationKind::SilenceLifted => self.notification_silence_lifted,
            NotificationKind::RegistrationPromoted => self.notification_registration_promoted,
            NotificationKind::EventCancelled => self.notification_event_cancelled,
            NotificationKind::RegistrationApproved => self.notification_registration_approved,
            NotificationKind::RegistrationDeclined => self.notification_registration_declined,
            NotificationKind::ProjectJoinRequested => self.notification_project_join_requested,
            NotificationKind::ProjectJoinAccepted => self.notification_project_join_accepted,
            NotificationKind::ProjectJoinDeclined => self.notification_project_join_declined,
            NotificationKind::ProjectPublished => self.notification_project_published,
            NotificationKind::ProjectReturned => self.notification_project_returned,
            NotificationKind::ProjectUpdated => self.notification_project_updated,
            NotificationKind::MilestoneDone => self.notification_milestone_done,
        }
    }
}
