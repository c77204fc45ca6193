//! Globalization projects: the list with its filters and its map, a project's page (with
//! staff's review), and the form a project is proposed and edited with. One lazy chunk.

mod edit;
mod join;
mod links;
mod list;
mod map;
mod matching;
mod progress;
mod view;

use leptos::prelude::*;

use crate::i18n::ProjectTexts;
use crate::model::ProjectId;
use crate::routes;

/// The projects' pages: the list, a new project's form, a project, and its form.
#[component]
pub fn ProjectPages() -> impl IntoView {
    super::by_address::<ProjectTexts>(|path| {
        if path == routes::PROJECTS {
            view! { <list::ProjectsPage /> }.into_any()
        } else if path == routes::MATCHING_PROJECTS {
            view! { <matching::MatchingProjectsPage /> }.into_any()
        } else if path == routes::NEW_PROJECT || path.ends_with("/edit") {
            view! { <edit::ProjectFormPage id=super::id_of(path).unwrap_or(ProjectId(0)) /> }
                .into_any()
        } else {
            view! { <view::ProjectPage id=super::id_of(path).unwrap_or(ProjectId(0)) /> }.into_any()
        }
    })
}
