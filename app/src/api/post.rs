//! One post: its source for editing, edits, deletion by its author, the edit history (staff),
//! the accepted answer, bookmarks.

use leptos::prelude::*;

use crate::model::post::{BookmarkView, EditPostForm, PostHistory, PostSource};
use crate::model::{AppError, PostId, ThreadId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::{bookmark, post};
}

/// The markdown of a post the caller may edit, and its count of edits.
#[server]
pub async fn get_post_source(post_id: PostId) -> Result<PostSource, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::PostInThreads).await?;
    post::source(&state.db, &actor.person(), post_id).await
}

/// Edits a post: one's own, or (staff) anyone's with a reason.
#[server]
pub async fn edit_post(form: EditPostForm) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::PostInThreads).await?;
    post::edit(&state.db, &actor.person(), &form).await
}

/// Deletes one's own post (it stays in place, marked deleted).
#[server]
pub async fn delete_post(post_id: PostId) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::PostInThreads).await?;
    post::delete(&state.db, &actor.person(), post_id).await
}

/// A post's earlier texts (staff).
#[server]
pub async fn get_post_history(post_id: PostId) -> Result<PostHistory, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ModeratePosts).await?;
    post::history(&state.db, post_id).await
}

/// Marks a reply as the thread's accepted answer, or (no post) unmarks it.
#[server]
pub async fn accept_answer(thread_id: ThreadId, post_id: Option<PostId>) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::PostInThreads).await?;
    post::accept(&state.db, &actor.person(), thread_id, post_id).await
}

/// Bookmarks a post (`on`), or takes the bookmark off.
#[server]
pub async fn bookmark_post(post_id: PostId, on: bool) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReadThreads).await?;
    bookmark::set(&state.db, &actor.person(), post_id, on).await
}

/// The caller's bookmarks, newest first.
#[server]
pub async fn list_bookmarks() -> Result<Vec<BookmarkView>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReadThreads).await?;
    bookmark::list(&state.db, actor.id()).await
}
