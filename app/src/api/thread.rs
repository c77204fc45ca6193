//! Knowledge-sharing threads: lists, thread pages, starting a thread, replying and
//! the preview of a post.

use leptos::prelude::*;

use crate::model::post::FollowChange;
use crate::model::thread::{
    NewThreadForm, PostSearch, PostSearchPage, ReplyForm, ReplyOutcome, ThreadList, ThreadNews,
    ThreadQuery, ThreadView,
};
use crate::model::{AppError, ThreadId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::{follow, thread, thread_search};
}

#[server]
pub async fn list_threads(query: ThreadQuery) -> Result<ThreadList, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReadThreads).await?;
    thread::list(&state.db, actor.id(), &query).await
}

#[server]
pub async fn get_thread(id: ThreadId, page: u32) -> Result<ThreadView, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReadThreads).await?;
    thread::view(&state.db, &actor.person(), actor.silence(), id, page).await
}

/// Posts matching the words, best first (Japanese and English, two-character words too).
#[server]
pub async fn search_posts(query: PostSearch) -> Result<PostSearchPage, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ReadThreads).await?;
    thread_search::search(&state.db, &query).await
}

/// Starts a thread; answers its id.
#[server]
pub async fn start_thread(form: NewThreadForm) -> Result<ThreadId, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::PostInThreads).await?;
    thread::start(&state.db, &actor.person(), &form).await
}

/// Replies in a thread; answers the page the reply is on and whether it waits for approval.
#[server]
pub async fn reply_to_thread(form: ReplyForm) -> Result<ReplyOutcome, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::PostInThreads).await?;
    thread::reply(&state.db, &actor.person(), &form).await
}

/// Follows a thread (its replies are notified), or stops following it.
#[server]
pub async fn follow_thread(change: FollowChange) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReadThreads).await?;
    follow::change(&state.db, &actor.person(), change).await
}

/// What is new for the caller in the threads (the dashboard's panel).
#[server]
pub async fn get_thread_news() -> Result<ThreadNews, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReadThreads).await?;
    follow::news(&state.db, actor.id()).await
}

/// The HTML a post with this markdown would show, rendered as the post will be.
#[server]
pub async fn preview_post(body: String) -> Result<String, AppError> {
    use self::ssr::*;
    require(Action::PostInThreads).await?;
    thread::preview(&body)
}
