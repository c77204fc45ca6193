//! The capability match on the members' side: the projects that need what the reader's
//! organization does, and on a project's page the organizations that could help it; each with
//! what matched (specialties practised, working languages shared).

use leptos::prelude::*;

use super::list::ProjectCard;
use crate::api::project::{list_matching_projects, list_project_helpers};
use crate::i18n::{joined, term_label, tr, use_i18n};
use crate::model::ProjectId;
use crate::model::project_match::{Helper, ProjectMatch};
use crate::model::vocab::{LANGUAGES, SPECIALTIES};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::badges::RecognitionBadges;
use crate::ui::feedback::Loaded;
use crate::ui::layout::PageTitle;

#[component]
pub fn MatchingProjectsPage() -> impl IntoView {
    let matches = Resource::new(|| (), |_| list_matching_projects());
    view! {
        <PageTitle text=|m| m.project().projects_matching />
        <RequireUser let:_user>
            <p class="page-lead">{tr(|m| m.project().matching_lead)}</p>
            <Loaded resource=matches view=|list| view! { <Matches list /> } />
        </RequireUser>
        <p>
            <a href=routes::PROJECTS>{tr(|m| m.project().project_to_list)}</a>
        </p>
    }
}

#[component]
fn Matches(list: Vec<ProjectMatch>) -> impl IntoView {
    if list.is_empty() {
        return view! { <p class="muted">{tr(|m| m.project().matching_none)}</p> }.into_any();
    }
    view! {
        <ul class="stack plain-list" aria-label=tr(|m| m.project().projects_matching)>
            {list
                .into_iter()
                .map(|m| {
                    let ProjectMatch { project, specialties, languages, .. } = m;
                    view! {
                        <ProjectCard project>
                            <Why specialties languages />
                        </ProjectCard>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// What matched: the specialties and the working languages, named in the reader's language.
#[component]
fn Why(specialties: Vec<String>, languages: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="small">
            {move || {
                let locale = i18n.locale();
                let p = i18n.t().project();
                let mut why = format!(
                    "{}: {}",
                    p.matching_specialties,
                    joined(specialties.iter().map(|c| term_label(SPECIALTIES, c, locale)), locale),
                );
                if !languages.is_empty() {
                    why.push_str(
                        &format!(
                            " · {}: {}",
                            p.matching_languages,
                            joined(
                                languages.iter().map(|c| term_label(LANGUAGES, c, locale)),
                                locale,
                            ),
                        ),
                    );
                }
                why
            }}
        </p>
    }
}

/// The organizations that could help the project at `id`, as the page's resource (created with
/// the project's own, so that both hydrate in the order the server sent them).
pub(super) fn helpers_of(id: ProjectId) -> HelpersResource {
    Resource::new(move || id, list_project_helpers)
}

pub(super) type HelpersResource = Resource<Result<Vec<Helper>, crate::model::AppError>>;

/// On a project's page: the organizations that could help it, best first.
#[component]
pub(super) fn Helpers(helpers: HelpersResource) -> impl IntoView {
    view! {
        <section class="stack" aria-labelledby="project-helpers-heading">
            <h2 id="project-helpers-heading">{tr(|m| m.project().project_helpers)}</h2>
            <p class="muted small">{tr(|m| m.project().project_helpers_hint)}</p>
            <Loaded resource=helpers view=|helpers| view! { <HelperList helpers /> } />
        </section>
    }
}

#[component]
fn HelperList(helpers: Vec<Helper>) -> impl IntoView {
    let i18n = use_i18n();
    if helpers.is_empty() {
        return view! { <p class="muted">{tr(|m| m.project().project_helpers_none)}</p> }
            .into_any();
    }
    view! {
        <ul class="plain-list stack">
            {helpers
                .into_iter()
                .map(|h| {
                    let Helper { organization_id, name, specialties, languages, jih, .. } = h;
                    view! {
                        <li>
                            <a href=routes::organization_profile(
                                organization_id,
                            )>{move || name.get(i18n.locale()).to_string()}</a>
                            " "
                            <RecognitionBadges jih amtac=false />
                            <Why specialties languages />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
