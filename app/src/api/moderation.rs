//! Moderation: flagging a post and one's own flags; for staff the review queue, claims,
//! actions on posts and threads, and the moderation log.

use leptos::prelude::*;

use crate::model::moderation::{FlagForm, LogPage, LogQuery, ModerationForm, MyFlag, QueueItem};
use crate::model::{AppError, PostId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::moderation;
}

/// Flags a post for the moderators.
#[server]
pub async fn flag_post(form: FlagForm) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::FlagPosts).await?;
    moderation::flag(&state.db, actor.id(), &form).await
}

/// The flags the caller raised, and what became of them.
#[server]
pub async fn list_my_flags() -> Result<Vec<MyFlag>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::FlagPosts).await?;
    moderation::my_flags(&state.db, actor.id()).await
}

/// The review queue.
#[server]
pub async fn get_review_queue() -> Result<Vec<QueueItem>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ModeratePosts).await?;
    moderation::queue(&state.db, actor.id()).await
}

/// Claims a queue item so that no other moderator acts on it meanwhile.
#[server]
pub async fn claim_post(post_id: PostId) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ModeratePosts).await?;
    moderation::claim(&state.db, actor.id(), post_id).await
}

/// Hides, restores or dismisses flags on a post, or locks, unlocks, pins or unpins a thread,
/// with a reason.
#[server]
pub async fn moderate(form: ModerationForm) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ModeratePosts).await?;
    moderation::act(&state.db, actor.id(), &form).await
}

/// One page of the moderation log.
#[server]
pub async fn get_moderation_log(query: LogQuery) -> Result<LogPage, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ViewModerationLog).await?;
    moderation::log(&state.db, &query).await
}
