//! Notifications: rows that tell a member something happened to them (their post was hidden,
//! their flag was decided, …). Each row is kept until read; a live channel or a mail digest can
//! follow the same rows by their increasing ids.

use serde::{Deserialize, Serialize};

use super::code_enum::code_enum;
use super::ids::NotificationId;
use super::moderation::{PostPlace, Reason};
use super::names::PersonName;

/// The newest notifications a page lists.
pub const NOTIFICATIONS_SHOWN: u64 = 50;

code_enum!(
    /// What a notification tells.
    NotificationKind {
        PostApproved => "post_approved",
        PostRejected => "post_rejected",
        PostHidden => "post_hidden",
        PostRestored => "post_restored",
        FlagUpheld => "flag_upheld",
        FlagDismissed => "flag_dismissed",
        Reply => "reply",
        Mention => "mention",
        AnswerAccepted => "answer_accepted",
        PostEdited => "post_edited",
        Silenced => "silenced",
        SilenceLifted => "silence_lifted",
        RegistrationPromoted => "registration_promoted",
        EventCancelled => "event_cancelled",
        RegistrationApproved => "registration_approved",
        RegistrationDeclined => "registration_declined",
        ProjectJoinRequested => "project_join_requested",
        ProjectJoinAccepted => "project_join_accepted",
        ProjectJoinDeclined => "project_join_declined",
        ProjectPublished => "project_published",
        ProjectReturned => "project_returned",
        ProjectUpdated => "project_updated",
        MilestoneDone => "milestone_done",
        ReferralReceived => "referral_received",
        ReferralAnswered => "referral_answered",
        ReferralInfoAdded => "referral_info_added",
        ReferralChosen => "referral_chosen",
        ReferralClosed => "referral_closed",
        ReferralWithdrawn => "referral_withdrawn",
    }
);

impl NotificationKind {
    /// Tells of something another member wrote (so it names them).
    pub fn names_writer(self) -> bool {
        matches!(self, Self::Reply | Self::Mention)
    }
}

/// A notification as its reader sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationView {
    pub id: NotificationId,
    pub kind: NotificationKind,
    pub place: Option<PostPlace>,
    /// The event it concerns (a registration's promotion, a cancellation).
    pub event: Option<EventPlace>,
    /// The project it concerns (a request to join, its decision, a review).
    pub project: Option<super::project::ProjectPlace>,
    /// The inbound case it concerns.
    pub referral: Option<super::referral::ReferralPlace>,
    /// The organization it names (the one asking to join a project, the institution that
    /// answered a case).
    pub organization: Option<super::Bilingual>,
    /// Who wrote the post, for a reply or a mention.
    pub actor: Option<PersonName>,
    pub reason: Option<Reason>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub read: bool,
}

/// The event a notification concerns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPlace {
    pub id: super::EventId,
    pub title: super::Bilingual,
}

/// The reader's notifications, unread first, newest first within each.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationList {
    pub unread: u64,
    pub items: Vec<NotificationView>,
}
