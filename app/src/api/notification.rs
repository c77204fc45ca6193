//! One's own notifications: the list and marking them read.

use leptos::prelude::*;

use crate::model::AppError;
use crate::model::notification::NotificationList;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::notification;
}

/// The caller's notifications, unread first.
#[server]
pub async fn list_notifications() -> Result<NotificationList, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReadNotifications).await?;
    notification::list(&state.db, actor.id()).await
}

/// Marks all of the caller's notifications read.
#[server]
pub async fn mark_notifications_read() -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReadNotifications).await?;
    notification::mark_all_read(&state.db, actor.id()).await
}
