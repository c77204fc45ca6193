//! Events: the list and pages every member reads, and staff's changes to them.

use leptos::prelude::*;

use crate::model::event_form::{EventForm, OrganizationChoice};
use crate::model::event_view::{EventList, EventNews, EventQuery, EventView, StatusChange};
use crate::model::{AppError, EventId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::{event, event_edit};
}

/// The events the caller may see, upcoming or past, by kind and format, a page at a time.
#[server]
pub async fn list_events(query: EventQuery) -> Result<EventList, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::RegisterForEvents).await?;
    event::list(&state.db, &actor, &query).await
}

/// The dashboard's events panel: the caller's upcoming registrations, the next events open to
/// them, and (for staff) registrations awaiting approval.
#[server]
pub async fn get_event_news() -> Result<EventNews, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::RegisterForEvents).await?;
    event::news(&state.db, &actor).await
}

/// One event's page, if the caller may see the event.
#[server]
pub async fn get_event(id: EventId) -> Result<EventView, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::RegisterForEvents).await?;
    event::view(&state.db, &actor, id).await
}

/// An event as staff edit it.
#[server]
pub async fn get_event_form(id: EventId) -> Result<EventForm, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ManageEvents).await?;
    event_edit::form(&state.db, id).await
}

/// The organizations staff can invite to an event.
#[server]
pub async fn list_organization_choices() -> Result<Vec<OrganizationChoice>, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ManageEvents).await?;
    event_edit::organization_choices(&state.db).await
}

/// Creates an event (a draft) or saves an existing one; answers its id.
#[server]
pub async fn save_event(form: EventForm) -> Result<EventId, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageEvents).await?;
    event_edit::save(&state.db, state.mailer(), &actor, &form).await
}

/// Publishes, closes, reopens, finishes or cancels an event (cancelling tells every
/// registrant the reason).
#[server]
pub async fn change_event_status(change: StatusChange) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ManageEvents).await?;
    event_edit::change_status(&state.db, state.mailer(), &change).await
}
