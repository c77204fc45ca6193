//! Registering for events and cancelling: members for themselves, an organization's admin for
//! colleagues, staff for anybody.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::model::registration::Placement;
use crate::model::{AppError, EventId, RegistrationId, UserId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::registration;
}

/// Registers the caller (or `person`, a colleague the caller may register) for an event with
/// their `answers` to its questions (`answers[q12]`, `answers[q13_0]`: see
/// `model::event_answers`); answers where the registration went: a seat, the waiting list
/// (with the position), or staff's approval.
#[server]
pub async fn register_for_event(
    event_id: EventId,
    #[server(default)] person: Option<UserId>,
    #[server(default)] answers: BTreeMap<String, String>,
) -> Result<Placement, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::RegisterForEvents).await?;
    let subject = person.unwrap_or(actor.id());
    registration::register(&state, &actor.user, subject, event_id, answers).await
}

/// Cancels a registration (one's own, a colleague's as their organization's admin, anyone's as
/// staff); a freed seat goes to the first on the waiting list.
#[server]
pub async fn cancel_registration(id: RegistrationId) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::RegisterForEvents).await?;
    registration::cancel(&state.db, state.mailer(), &actor.person(), id).await
}
