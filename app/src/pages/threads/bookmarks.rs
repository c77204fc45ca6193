//! "My bookmarks": the posts the reader bookmarked, newest first, each with its thread, author
//! and the start of its text.

use leptos::prelude::*;

use crate::api::post::list_bookmarks;
use crate::i18n::{fill, format_date_time, tr, use_i18n};
use crate::model::post::BookmarkView;
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::Loaded;
use crate::ui::layout::PageTitle;

#[component]
pub fn BookmarksPage() -> impl IntoView {
    let bookmarks = Resource::new(|| (), |_| list_bookmarks());
    view! {
        <PageTitle text=|m| m.thread().bookmarks_title />
        <RequireUser let:_user>
            <Loaded resource=bookmarks view=|items| view! { <Bookmarks items /> } />
            <p>
                <a href=routes::THREADS>{tr(|m| m.thread().thread_back)}</a>
            </p>
        </RequireUser>
    }
}

#[component]
fn Bookmarks(items: Vec<BookmarkView>) -> impl IntoView {
    let i18n = use_i18n();
    if items.is_empty() {
        return view! { <p class="muted">{tr(|m| m.thread().bookmarks_empty)}</p> }.into_any();
    }
    view! {
        <ul class="stack plain-list" aria-label=tr(|m| m.thread().bookmarks_title)>
            {items
                .into_iter()
                .map(|b| {
                    let href = routes::post_at(&b.place);
                    let BookmarkView { place, author, excerpt, bookmarked_at } = b;
                    view! {
                        <li class="card">
                            <p>
                                <a href=href>
                                    {place.thread_title}" · "
                                    {move || fill(i18n.t().post_number, place.number)}
                                </a>
                            </p>
                            <p>{excerpt}</p>
                            <p class="muted small">
                                {move || author.display(i18n.locale())}" · "
                                {move || format_date_time(bookmarked_at.timestamp(), i18n.locale())}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
