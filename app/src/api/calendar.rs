//! A member's calendar feed: whether they have one, a new secret address, stopping it.

use leptos::prelude::*;

use crate::model::AppError;
use crate::model::calendar::CalendarFeed;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::calendar;
}

/// Whether the caller has a calendar feed, and since when.
#[server]
pub async fn get_calendar_feed() -> Result<CalendarFeed, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::RegisterForEvents).await?;
    calendar::status(&state.db, &actor.user).await
}

/// Makes a new secret address for the caller's feed (the old one stops working) and answers
/// it, this once.
#[server]
pub async fn renew_calendar_feed() -> Result<CalendarFeed, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::RegisterForEvents).await?;
    calendar::renew(&state.db, &actor.user, state.site()).await
}

/// Stops the caller's feed: its address answers 404 from now on.
#[server]
pub async fn stop_calendar_feed() -> Result<CalendarFeed, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::RegisterForEvents).await?;
    calendar::stop(&state.db, actor.id()).await
}
