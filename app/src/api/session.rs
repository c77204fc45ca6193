//! One's own sessions: where one is logged in; ending one or all the others.

use leptos::prelude::*;

use crate::model::AppError;
use crate::model::session::SessionSummary;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::{current_session_key, require};
    pub use crate::server::service::session;
}

#[server]
pub async fn list_sessions() -> Result<Vec<SessionSummary>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::EditOwnProfile).await?;
    session::list(&state.db, actor.id(), &current_session_key().await?).await
}

/// Ends one of one's sessions (logging that browser out). Ending one's own is logging out.
#[server]
pub async fn end_session(key: String) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::EditOwnProfile).await?;
    session::end(&state.db, &actor, &key).await
}

/// Ends every session but this browser's.
#[server]
pub async fn end_other_sessions() -> Result<u64, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::EditOwnProfile).await?;
    session::end_others_of(&state.db, &actor, &current_session_key().await?).await
}
