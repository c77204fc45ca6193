//! The project list: published projects (or, under "in review", the proposals staff review and
//! a member's own organization's), filtered by direction, country, phase, support sought and
//! organization (one, from its directory page, or any whose name holds the words typed); the map shows where the same selection is.

use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

use super::map::ProjectMap;
use crate::api::project::list_projects;
use crate::i18n::{fill, fill_count, joined, term_label, tr, use_i18n};
use crate::model::project::{ProjectDirection, ProjectPhase, SupportKind};
use crate::model::project_view::{OrganizationChoice, ProjectList, ProjectQuery, ProjectSummary};
use crate::model::vocab::COUNTRIES;
use crate::model::{AppError, Field};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::Loaded;
use crate::ui::form::{Field, FilterSelect, choices};
use crate::ui::layout::PageTitle;
use crate::ui::pager::Pager;

#[component]
pub fn ProjectsPage() -> impl IntoView {
    let query_map = use_query_map();
    let query = Memo::new(move |_| {
        let Some(q) = query_map.try_read() else {
            return ProjectQuery::default();
        };
        ProjectQuery {
            direction: q.get("direction").and_then(|v| ProjectDirection::parse(&v)),
            country: q.get("country").unwrap_or_default(),
            phase: q.get("phase").and_then(|v| ProjectPhase::parse(&v)),
            support: q.get("support").and_then(|v| SupportKind::parse(&v)),
            organization: q.get("organization").and_then(|v| v.parse().ok()),
            org: q.get("org").unwrap_or_default(),
            in_review: q.get("review").is_some_and(|v| v == "true"),
            page: q.get("page").and_then(|v| v.parse().ok()).unwrap_or(1),
        }
    });
    let projects = Resource::new(move || query.get(), list_projects);
    view! {
        <PageTitle text=|m| m.projects_title />
        <RequireUser let:_user>
            <p class="page-lead">{tr(|m| m.project().projects_lead)}</p>
            <p class="cluster">
                <a class="btn btn-primary" href=routes::NEW_PROJECT>
                    {tr(|m| m.project().projects_propose)}
                </a>
                <a class="btn btn-secondary" href=routes::MATCHING_PROJECTS>
                    {tr(|m| m.project().projects_matching)}
                </a>
            </p>
            <Tabs query />
            <Filters query projects />
            <Loaded
                resource=projects
                view=move |list| {
                    view! {
                        <Chosen organization=list.organization.clone() query />
                        <Projects list query />
                    }
                }
            />
        </RequireUser>
    }
}

/// "Published" and "In review", the current one marked.
#[component]
fn Tabs(query: Memo<ProjectQuery>) -> impl IntoView {
    let tab = move |in_review: bool| {
        view! {
            <a
                class="btn btn-secondary"
                href=routes::projects(
                    &ProjectQuery {
                        in_review,
                        ..Default::default()
                    },
                )
                aria-current=move || (query.with(|q| q.in_review) == in_review).then_some("page")
            >
                {if in_review {
                    tr(|m| m.project().projects_in_review)()
                } else {
                    tr(|m| m.project().projects_published)()
                }}
            </a>
        }
    };
    view! {
        <nav class="cluster" aria-label=tr(|m| m.projects_title)>
            {tab(false)}
            {tab(true)}
        </nav>
    }
}

#[component]
fn Filters(
    query: Memo<ProjectQuery>,
    projects: Resource<Result<ProjectList, AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // A search too long is refused; the box says why, and keeps what was typed.
    let errors = Signal::derive(move || projects.get().and_then(Result::err));
    move || {
        let t = i18n.t();
        let p = t.project();
        let q = query.get();
        let countries = crate::ui::form::partner_country_choices(i18n.locale());
        view! {
            <Form method="GET" action="" attr:class="filters">
                {q.in_review.then(|| view! { <input type="hidden" name="review" value="true" /> })}
                {q
                    .organization
                    .map(|o| {
                        view! { <input type="hidden" name="organization" value=o.to_string() /> }
                    })}
                <FilterSelect
                    id="direction"
                    label=p.project_direction.into()
                    options=choices(
                        ProjectDirection::ALL,
                        |d| d.as_str(),
                        |m, d| m.project().direction(d),
                        t,
                    )
                    selected=q.direction.map(|d| d.as_str().to_string()).unwrap_or_default()
                    any=p.projects_any.into()
                />
                <FilterSelect
                    id="country"
                    label=p.project_country.into()
                    options=countries
                    selected=q.country.clone()
                    any=p.projects_all_countries.into()
                />
                <FilterSelect
                    id="phase"
                    label=p.project_phase.into()
                    options=choices(
                        ProjectPhase::ALL,
                        |x| x.as_str(),
                        |m, x| m.project().phase(x),
                        t,
                    )
                    selected=q.phase.map(|x| x.as_str().to_string()).unwrap_or_default()
                    any=p.projects_any.into()
                />
                <FilterSelect
                    id="support"
                    label=p.project_support.into()
                    options=choices(
                        SupportKind::ALL,
                        |s| s.as_str(),
                        |m, s| m.project().support(s),
                        t,
                    )
                    selected=q.support.map(|s| s.as_str().to_string()).unwrap_or_default()
                    any=p.projects_any.into()
                />
                <Field
                    label=|m| m.project().project_organization
                    name="org"
                    field=Field::Query
                    errors
                    input_type="search"
                    hint=|m| m.project().projects_org_hint
                    value=q.org.clone()
                />
                <button type="submit" class="btn btn-primary">
                    {p.projects_filter}
                </button>
            </Form>
        }
    }
}

/// The organization the list is narrowed to (from its directory page), and a way back to all.
#[component]
fn Chosen(organization: Option<OrganizationChoice>, query: Memo<ProjectQuery>) -> impl IntoView {
    let i18n = use_i18n();
    organization.map(|o| {
        let all = routes::projects(&ProjectQuery {
            organization: None,
            page: 1,
            ..query.get_untracked()
        });
        view! {
            <p class="cluster">
                <span>
                    {move || fill(
                        i18n.t().project().projects_of_organization,
                        o.name.get(i18n.locale()),
                    )}
                </span>
                <a class="btn btn-secondary" href=all>
                    {tr(|m| m.project().projects_all_organizations)}
                </a>
            </p>
        }
    })
}

#[component]
fn Projects(list: ProjectList, query: Memo<ProjectQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let total = list.total;
    let heading = move || {
        let p = i18n.t().project();
        if query.with(|q| q.in_review) {
            p.projects_in_review
        } else {
            p.projects_published
        }
    };
    view! {
        <ProjectMap countries=list.countries query=query.get_untracked() />
        <section class="stack" aria-labelledby="projects-heading">
            <h2 id="projects-heading">{heading}</h2>
            <p role="status" class="muted small">
                {move || fill_count(i18n.t().project().projects_count, total)}
            </p>
            {if list.items.is_empty() {
                view! { <p class="empty-state">{tr(|m| m.project().projects_empty)}</p> }.into_any()
            } else {
                view! {
                    <ul class="stack plain-list">
                        {list
                            .items
                            .into_iter()
                            .map(|project| view! { <ProjectCard project /> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <Pager
                current=list.page
                pages=list.pages
                link=move |n| routes::projects(
                    &ProjectQuery {
                        page: n,
                        ..query.get_untracked()
                    },
                )
            />
        </section>
    }
}

/// A project in a list; `children` say more (why it matches).
#[component]
pub(super) fn ProjectCard(
    project: ProjectSummary,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().project();
    let ProjectSummary {
        id,
        direction,
        phase,
        status,
        title,
        summary,
        country,
        region,
        lead,
        support,
        backed,
    } = project;
    view! {
        <li class="card stack">
            <h3>
                <a href=routes::project(id)>{move || title.get(i18n.locale()).to_string()}</a>
            </h3>
            <super::view::Badges direction phase status backed />
            <p>{move || summary.get(i18n.locale()).to_string()}</p>
            <p class="muted small">
                {move || term_label(COUNTRIES, &country, i18n.locale())}
                {(!region.is_empty()).then(|| format!(" · {region}"))} " · "
                {move || lead.get(i18n.locale()).to_string()}
            </p>
            {(!support.is_empty())
                .then(|| {
                    view! {
                        <p class="small">
                            {move || t().project_support} ": "
                            {move || {
                                joined(
                                    support.iter().map(|s| t().support(*s).to_string()),
                                    i18n.locale(),
                                )
                            }}
                        </p>
                    }
                })}
            {children.map(|c| c())}
        </li>
    }
}
