//! The searchable list of active member organizations.

use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

use super::{org_location, org_name};
use crate::api::directory::search_directory;
use crate::i18n::{fill_count, term_label, tr, use_i18n};
use crate::model::directory::{DirectoryPage as Page, DirectoryQuery};
use crate::model::vocab::{COUNTRIES, SPECIALTIES};
use crate::model::{AppError, Field, OrgKind};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::badges::RecognitionBadges;
use crate::ui::feedback::Loaded;
use crate::ui::form::{Field, FilterSelect, vocab_options};
use crate::ui::layout::PageTitle;
use crate::ui::pager::Pager;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    // The search is created here, outside any `<Suspense>` (see `ApplicationsData`).
    let query_map = use_query_map();
    // `try_read`: a request cancelled mid-render disposes the route's query (see `route_token`).
    let query = Memo::new(move |_| {
        let Some(q) = query_map.try_read() else {
            return DirectoryQuery::default();
        };
        let get = |k: &str| q.get(k).unwrap_or_default();
        DirectoryQuery {
            q: get("q"),
            kind: get("kind"),
            country: get("country"),
            specialty: get("specialty"),
            badge: get("badge"),
            page: get("page").parse().unwrap_or(1),
        }
    });
    let results = Resource::new(move || query.get(), search_directory);
    view! {
        <PageTitle text=|m| m.directory_title />
        <RequireUser let:_user>
            <DirectorySearch query results />
        </RequireUser>
    }
}

#[component]
fn DirectorySearch(
    query: Memo<DirectoryQuery>,
    results: Resource<Result<Page, AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    // A query too long for the search is refused; the box says why.
    let search_errors = Signal::derive(move || results.get().and_then(Result::err));
    let filters = move || {
        let q = query.get();
        let m = t();
        let kinds = OrgKind::ALL
            .iter()
            .map(|k| (k.as_str().to_string(), m.org_kind(*k).to_string()))
            .collect();
        let badges = vec![
            ("jih".to_string(), m.badge_jih_long.to_string()),
            ("amtac".to_string(), m.badge_amtac_long.to_string()),
        ];
        view! {
            <Form method="GET" action="" attr:class="filters" attr:role="search">
                <Field
                    label=|m| m.search_label
                    name="q"
                    field=Field::Query
                    errors=search_errors
                    input_type="search"
                    value=q.q.clone()
                />
                <FilterSelect
                    id="kind"
                    label=m.kind_label.into()
                    options=kinds
                    selected=q.kind.clone()
                    any=m.any_option.into()
                />
                <FilterSelect
                    id="country"
                    label=m.country.into()
                    options=vocab_options(COUNTRIES).get()
                    selected=q.country.clone()
                    any=m.any_option.into()
                />
                <FilterSelect
                    id="specialty"
                    label=m.specialty_label.into()
                    options=vocab_options(SPECIALTIES).get()
                    selected=q.specialty.clone()
                    any=m.any_option.into()
                />
                <FilterSelect
                    id="badge"
                    label=m.badge_label.into()
                    options=badges
                    selected=q.badge.clone()
                    any=m.any_option.into()
                />
                <button type="submit" class="btn btn-primary">
                    {m.search_submit}
                </button>
            </Form>
        }
    };
    view! {
        <p class="page-lead">{tr(|m| m.directory_lead)}</p>
        {filters}
        <Loaded resource=results view={move |page| view! { <Results page query /> }} />
    }
}

#[component]
fn Results(page: Page, query: Memo<DirectoryQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    if page.items.is_empty() {
        return view! {
            <p class="empty-state" role="status">
                {tr(|m| m.no_results)}
            </p>
        }
        .into_any();
    }
    let total = page.total;
    let link = move |n: u32| {
        let q = query.get_untracked();
        let params: Vec<String> = [
            ("q", q.q),
            ("kind", q.kind),
            ("country", q.country),
            ("specialty", q.specialty),
            ("badge", q.badge),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", urlencode(&v)))
        .chain(std::iter::once(format!("page={n}")))
        .collect();
        format!("{}?{}", routes::DIRECTORY, params.join("&"))
    };
    let (current, pages) = (page.page, page.pages);
    view! {
        <p class="results-count" role="status">
            {move || fill_count(t().results_count, total)}
        </p>
        <ul class="card-grid" role="list">
            {page
                .items
                .into_iter()
                .map(|o| {
                    let href = routes::organization_profile(o.id);
                    let o2 = o.clone();
                    let o3 = o.clone();
                    let o4 = o.clone();
                    let specialties = o.specialties.clone();
                    view! {
                        <li class="card">
                            <h2>
                                <a href=href>{move || org_name(&o2, i18n.locale())}</a>
                            </h2>
                            <p class="muted small">
                                {move || t().org_kind(o3.kind)}" · "
                                {move || org_location(&o4, i18n.locale())}
                            </p>
                            <p class="cluster">
                                <RecognitionBadges jih=o.jih amtac=o.amtac />
                            </p>
                            <p class="small">
                                {move || {
                                    specialties
                                        .iter()
                                        .map(|s| term_label(SPECIALTIES, s, i18n.locale()))
                                        .collect::<Vec<_>>()
                                        .join(" / ")
                                }}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <Pager current pages link />
    }
    .into_any()
}

/// Percent-encodes a query value.
fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
