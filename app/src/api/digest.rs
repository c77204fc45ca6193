//! Symposium digests: the published ones members read (and discuss), and staff's writing,
//! previewing and publishing of them.

use leptos::prelude::*;

use crate::model::digest::{DigestForm, DigestPublication, DigestSummary, DigestView};
use crate::model::{AppError, EventId, ThreadId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::digest;
}

/// The digests the caller may read, latest event first (staff see drafts too).
#[server]
pub async fn list_digests() -> Result<Vec<DigestSummary>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::RegisterForEvents).await?;
    digest::list(&state.db, &actor).await
}

/// An event's digest, if the caller may read it.
#[server]
pub async fn get_digest(event_id: EventId) -> Result<DigestView, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::RegisterForEvents).await?;
    digest::view(&state.db, &actor, event_id).await
}

/// Starts the discussion of a published digest (or finds the one started); answers its thread.
#[server]
pub async fn discuss_digest(event_id: EventId) -> Result<ThreadId, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::PostInThreads).await?;
    digest::discuss(&state.db, &actor, event_id).await
}

/// An event's digest as staff edit it.
#[server]
pub async fn get_digest_form(event_id: EventId) -> Result<DigestForm, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ManageEvents).await?;
    digest::form(&state.db, event_id).await
}

/// The digest as the form would show it, without saving it.
#[server]
pub async fn preview_digest(form: DigestForm) -> Result<DigestView, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageEvents).await?;
    digest::preview(&state.db, &actor, &form).await
}

/// Saves an event's digest (a new one as a draft); answers the event.
#[server]
pub async fn save_digest(form: DigestForm) -> Result<EventId, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageEvents).await?;
    digest::save(&state.db, &actor, &form).await?;
    Ok(form.event_id)
}

/// Publishes a digest, or takes it back to a draft.
#[server]
pub async fn publish_digest(change: DigestPublication) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageEvents).await?;
    digest::publish(&state.db, &actor, change).await
}
