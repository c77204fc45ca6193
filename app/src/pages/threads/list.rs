//! The thread list: categories beside the threads, pinned first, then by latest activity, with
//! each thread's replies, last post and what is new since the reader last looked.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::page_in_query;
use crate::api::category::list_categories;
use crate::api::thread::list_threads;
use crate::i18n::{fill, fill_count, format_date_time, tr, use_i18n};
use crate::model::CategoryId;
use crate::model::permissions::{Action, allows};
use crate::model::thread::{CategoryView, ThreadList, ThreadQuery, ThreadSummary};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::Loaded;
use crate::ui::layout::PageTitle;
use crate::ui::pager::Pager;

#[component]
pub fn ThreadsPage() -> impl IntoView {
    let query_map = use_query_map();
    let page = page_in_query();
    let query = Memo::new(move |_| ThreadQuery {
        category: query_map
            .try_read()
            .and_then(|q| q.get("category"))
            .and_then(|c| c.parse().ok()),
        page: page.get(),
    });
    let categories = Resource::new(|| (), |_| list_categories());
    let threads = Resource::new(move || query.get(), list_threads);
    view! {
        <PageTitle text=|m| m.thread().threads_title />
        <RequireUser let:user>
            <p class="page-lead">{tr(|m| m.thread().threads_lead)}</p>
            <p class="cluster">
                <a class="btn btn-primary" href=routes::NEW_THREAD>
                    {tr(|m| m.thread().threads_start)}
                </a>
                <a class="btn btn-secondary" href=routes::THREAD_SEARCH>
                    {tr(|m| m.thread().thread_search_link)}
                </a>
                <a class="btn btn-secondary" href=routes::BOOKMARKS>
                    {tr(|m| m.thread().bookmarks_title)}
                </a>
                {allows(user.role, Action::ManageCategories)
                    .then(|| {
                        view! {
                            <a class="btn btn-secondary" href=routes::CATEGORIES>
                                {tr(|m| m.thread().categories_manage)}
                            </a>
                        }
                    })}
            </p>
            <div class="threads-layout">
                <nav class="category-nav" aria-labelledby="categories-heading">
                    <h2 id="categories-heading">{tr(|m| m.thread().threads_categories)}</h2>
                    <Loaded
                        resource=categories
                        view=move |list| view! { <CategoryLinks list current=query /> }
                    />
                </nav>
                <section class="stack" aria-labelledby="threads-heading">
                    <Loaded resource=threads view=|list| view! { <Threads list /> } />
                </section>
            </div>
        </RequireUser>
    }
}

/// "All threads" and each category, the current one marked.
#[component]
fn CategoryLinks(list: Vec<CategoryView>, current: Memo<ThreadQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let is_current = move |c: Option<CategoryId>| {
        if current.with(|q| q.category == c) {
            Some("page")
        } else {
            None
        }
    };
    view! {
        <ul>
            <li>
                <a href=routes::THREADS aria-current=move || is_current(None)>
                    {tr(|m| m.thread().threads_all)}
                </a>
            </li>
            {list
                .into_iter()
                .map(|c| {
                    let name = c.name.clone();
                    view! {
                        <li>
                            <a
                                href=routes::threads(Some(c.id), 1)
                                aria-current=move || is_current(Some(c.id))
                            >
                                {move || name.get(i18n.locale()).to_string()}
                            </a>
                            " "
                            <span class="muted small">"("{c.thread_count}")"</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The heading (the category's name and description, or "All threads") and one page of threads.
#[component]
fn Threads(list: ThreadList) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let heading = list.category.clone();
    let category = list.category.as_ref().map(|c| c.id);
    let description = list.category.as_ref().map(|c| c.description.clone());
    let total = list.total;
    view! {
        <h2 id="threads-heading">
            {move || match &heading {
                Some(c) => c.name.get(i18n.locale()).to_string(),
                None => t().thread().threads_all.to_string(),
            }}
        </h2>
        {description
            .map(|d| view! { <p class="muted">{move || d.get(i18n.locale()).to_string()}</p> })}
        <p class="muted small">{move || fill_count(t().thread().threads_count, total)}</p>
        {if list.items.is_empty() {
            view! { <p class="empty-state">{tr(|m| m.thread().threads_empty)}</p> }.into_any()
        } else {
            view! {
                <ul class="thread-list" aria-label=tr(|m| m.thread().thread_list_label)>
                    {list
                        .items
                        .into_iter()
                        .map(|thread| view! { <ThreadRow thread /> })
                        .collect_view()}
                </ul>
                <Pager
                    current=list.page
                    pages=list.pages
                    link=move |n| routes::threads(category, n)
                />
            }
                .into_any()
        }}
    }
}

#[component]
fn ThreadRow(thread: ThreadSummary) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let ThreadSummary {
        id,
        title,
        category_name,
        author,
        replies,
        last_post_at,
        last_poster,
        pinned,
        locked,
        awaiting_approval,
        answered,
        unread,
        ..
    } = thread;
    view! {
        <li class="thread-row">
            <p class="cluster">
                <a class="thread-title" href=routes::thread(id, 1)>
                    {title}
                </a>
                {pinned
                    .then(|| {
                        view! { <span class="badge">{tr(|m| m.thread().thread_pinned)}</span> }
                    })}
                {locked
                    .then(|| {
                        view! { <span class="badge">{tr(|m| m.thread().thread_locked)}</span> }
                    })}
                {answered
                    .then(|| {
                        view! { <span class="badge">{tr(|m| m.thread().thread_answered)}</span> }
                    })}
                {awaiting_approval
                    .then(|| {
                        view! {
                            <span class="badge">{tr(|m| m.thread().thread_awaiting_approval)}</span>
                        }
                    })}
                {(unread > 0)
                    .then(|| {
                        view! {
                            <span class="badge badge-active">
                                {move || fill(t().thread_unread, unread)}
                            </span>
                        }
                    })}
            </p>
            <p class="muted small">
                {move || category_name.get(i18n.locale()).to_string()}" · "
                {tr(|m| m.thread().thread_started_by)}": "{move || author.display(i18n.locale())}
                " · " {move || fill_count(t().thread().thread_replies, replies)}" · "
                {tr(|m| m.thread().thread_last_post)} ": "
                {move || format_date_time(last_post_at.timestamp(), i18n.locale())}" ("
                {move || last_poster.display(i18n.locale())}")"
            </p>
        </li>
    }
}
