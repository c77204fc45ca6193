//! Knowledge-sharing threads: the list (all or one category's), a thread's page with its reply
//! form, the form that starts a thread, search and the reader's bookmarks. Each is a lazy route.

mod bookmarks;
mod categories;
mod flag;
mod list;
mod new;
mod post;
mod post_forms;
mod search;
mod view;

pub use bookmarks::BookmarksPage;
pub use categories::CategoriesPage;
pub use list::ThreadsPage;
pub use new::NewThreadPage;
pub use search::ThreadSearchPage;
pub use view::ThreadPage;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The `page` of the current address (1 without one). `try_read`: a request cancelled
/// mid-render disposes the route's query (see `route_token`).
fn page_in_query() -> Memo<u32> {
    let query = use_query_map();
    Memo::new(move |_| {
        query
            .try_read()
            .and_then(|q| q.get("page"))
            .and_then(|p| p.parse().ok())
            .unwrap_or(1)
    })
}
