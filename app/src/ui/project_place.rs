//! The project a new thread or event is about: a form started from a project's page carries the
//! project in its `project` query; the form shows it and sends it along.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::project::get_project_place;
use crate::i18n::{tr, use_i18n};
use crate::model::project::ProjectPlace;
use crate::model::{AppError, ProjectId};
use crate::routes;
use crate::ui::feedback::Loaded;

/// The project named by the page's `project` query, if any. Create it with the page (not in a
/// view that waits for other data), so the server and the browser render it alike.
pub fn named_project() -> Resource<Result<Option<ProjectPlace>, AppError>> {
    let query = use_query_map();
    let id = move || {
        query
            .try_read()
            .and_then(|q| q.get("project"))
            .and_then(|v| v.parse::<ProjectId>().ok())
    };
    Resource::new(id, |id| async move {
        match id {
            Some(id) => get_project_place(id).await.map(Some),
            None => Ok(None),
        }
    })
}

/// The project a form is about, as a link, with the hidden field `name` that sends it.
#[component]
pub fn ProjectPlaceField(
    place: Resource<Result<Option<ProjectPlace>, AppError>>,
    name: &'static str,
) -> impl IntoView {
    view! {
        <Loaded
            resource=place
            view=move |place| {
                place
                    .map(|p| {
                        view! {
                            <input type="hidden" name=name value=p.id.to_string() />
                            <ProjectPlaceLink place=Some(p) />
                        }
                    })
            }
        />
    }
}

/// The project a thread or an event is about, as its page shows it under the title.
#[component]
pub fn ProjectPlaceLink(place: Option<ProjectPlace>) -> impl IntoView {
    let i18n = use_i18n();
    place.map(|p| {
        view! {
            <div class="project-place">
                <span class="muted">{tr(|m| m.project_place)}</span>
                " "
                <a href=routes::project(p.id)>{move || p.title.get(i18n.locale()).to_string()}</a>
            </div>
        }
    })
}
