//! Notifications: rows that tell a member something happened to them (their post was hidden,
//! their flag was decided, …). Each row is kept until read; a live channel or a mail digest can
//! follow the same rows by their increasing ids.

use serde::{Deserialize, Serialize};

use super::code_enum::code_enum;
use super::ids::NotificationId;
use super::moderation::{PostPlace, Reason};

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
    }
);

/// A notification as its reader sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationView {
    pub id: NotificationId,
    pub kind: NotificationKind,
    pub place: Option<PostPlace>,
    pub reason: Option<Reason>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub read: bool,
}

/// The reader's notifications, unread first, newest first within each.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationList {
    pub unread: u64,
    pub items: Vec<NotificationView>,
}
