//! Staff's list of an event's registrants, and their decisions on one registration.

use leptos::prelude::*;

use crate::model::AppError;
use crate::model::registrant::{RegistrantDecision, RegistrantList, RegistrantQuery};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::registrant;
}

/// An event's registrants by status and name, a page at a time, with their answers.
#[server]
pub async fn list_registrants(query: RegistrantQuery) -> Result<RegistrantList, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ManageEvents).await?;
    registrant::list(&state.db, &query).await
}

/// Approves, declines, seats or checks in one registration (see `model::registrant::Decision`).
#[server]
pub async fn decide_registration(decision: RegistrantDecision) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ManageEvents).await?;
    registrant::decide(&state.db, state.mailer(), &decision).await
}
