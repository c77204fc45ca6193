//! Searching the threads: words (Japanese, English or both) and a category, with ranked results
//! whose matches are highlighted. The search lives in the address, so it can be shared and the
//! back button works.

use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

use super::page_in_query;
use crate::api::category::list_categories;
use crate::api::thread::search_posts;
use crate::i18n::{fill, fill_count, format_date_time, tr, use_i18n};
use crate::model::search::Piece;
use crate::model::thread::{PostSearch, PostSearchHit, PostSearchPage};
use crate::model::{AppError, Field};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::Loaded;
use crate::ui::form::{Field, FilterSelect};
use crate::ui::layout::PageTitle;
use crate::ui::pager::Pager;

#[component]
pub fn ThreadSearchPage() -> impl IntoView {
    let query_map = use_query_map();
    let page = page_in_query();
    let query = Memo::new(move |_| {
        let Some(q) = query_map.try_read() else {
            return PostSearch::default();
        };
        PostSearch {
            q: q.get("q").unwrap_or_default(),
            category: q.get("category").and_then(|c| c.parse().ok()),
            page: page.get(),
        }
    });
    let categories = Resource::new(|| (), |_| list_categories());
    let results = Resource::new(move || query.get(), search_posts);
    view! {
        <PageTitle text=|m| m.thread().thread_search_title />
        <RequireUser let:_user>
            <SearchForm query categories results />
            <Loaded resource=results view=move |found| view! { <Results found query /> } />
        </RequireUser>
    }
}

#[component]
fn SearchForm(
    query: Memo<PostSearch>,
    categories: Resource<Result<Vec<crate::model::thread::CategoryView>, AppError>>,
    results: Resource<Result<PostSearchPage, AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // A query too long for the search is refused; the box says why.
    let errors = Signal::derive(move || results.get().and_then(Result::err));
    let selected = move || {
        query
            .get_untracked()
            .category
            .map(|c| c.to_string())
            .unwrap_or_default()
    };
    view! {
        <Form method="GET" action="" attr:class="filters" attr:role="search">
            <Field
                label=|m| m.thread().thread_search_query
                name="q"
                field=Field::Query
                errors
                hint=|m| m.thread().thread_search_hint
                input_type="search"
                value=query.get_untracked().q
            />
            <Loaded
                resource=categories
                view=move |list| {
                    let options = list
                        .iter()
                        .map(|c| (c.id.to_string(), c.name.get(i18n.locale()).to_string()))
                        .collect();
                    view! {
                        <FilterSelect
                            id="category"
                            label=i18n.t().thread().field_category.into()
                            options
                            selected=selected()
                            any=i18n.t().thread().threads_all.into()
                        />
                    }
                }
            />
            <button type="submit" class="btn btn-primary">
                {tr(|m| m.search_submit)}
            </button>
        </Form>
    }
}

#[component]
fn Results(found: PostSearchPage, query: Memo<PostSearch>) -> impl IntoView {
    let i18n = use_i18n();
    if query.with_untracked(|q| q.q.trim().is_empty()) {
        return ().into_any();
    }
    if found.items.is_empty() {
        return view! {
            <p class="empty-state" role="status">
                {tr(|m| m.thread().thread_search_none)}
            </p>
        }
        .into_any();
    }
    let total = found.total;
    let link = move |n: u32| {
        let q = query.get_untracked();
        let mut address = format!(
            "{}?q={}",
            routes::THREAD_SEARCH,
            routes::encode_query_value(&q.q)
        );
        if let Some(c) = q.category {
            address.push_str(&format!("&category={c}"));
        }
        address.push_str(&format!("&page={n}"));
        address
    };
    let more = found.more;
    view! {
        <p class="results-count" role="status">
            {move || {
                let t = i18n.t();
                if more {
                    fill(t.thread().thread_search_results_more, total)
                } else {
                    fill_count(t.thread().thread_search_results, total)
                }
            }}
        </p>
        <ul class="thread-list" aria-label=tr(|m| m.thread().thread_search_results_label)>
            {found.items.into_iter().map(|hit| view! { <Hit hit /> }).collect_view()}
        </ul>
        <Pager current=found.page pages=found.pages link />
    }
    .into_any()
}

#[component]
fn Hit(hit: PostSearchHit) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let PostSearchHit {
        thread_id,
        title,
        category_name,
        number,
        page,
        author,
        created_at,
        snippet,
    } = hit;
    let href = routes::post(thread_id, page, number);
    view! {
        <li class="thread-row">
            <p>
                <a class="thread-title" href=href>
                    <Pieces pieces=title />
                </a>
            </p>
            <p class="small">
                <Pieces pieces=snippet />
            </p>
            <p class="muted small">
                {move || category_name.get(i18n.locale()).to_string()}" · "
                {move || fill(t().post_number, number)}" · "
                {move || author.name.display(i18n.locale())}" · "
                {move || format_date_time(created_at.timestamp(), i18n.locale())}
            </p>
        </li>
    }
}

/// Text with its matches marked.
#[component]
fn Pieces(pieces: Vec<Piece>) -> impl IntoView {
    pieces
        .into_iter()
        .map(|p| {
            if p.matched {
                view! { <mark>{p.text}</mark> }.into_any()
            } else {
                p.text.into_any()
            }
        })
        .collect_view()
}
