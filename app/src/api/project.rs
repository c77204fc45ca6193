//! Globalization projects: the list and pages members read, proposing and editing one, staff's
//! review, requests to join with the lead's decision, progress (milestones, updates, follows),
//! and the project a thread or an event names.

use leptos::prelude::*;

use crate::model::project::ProjectPlace;
use crate::model::project_form::{ProjectForm, Review};
use crate::model::project_join::{JoinDecision, JoinRequest};
use crate::model::project_match::{Helper, ProjectMatch};
use crate::model::project_progress::{MilestoneForm, UpdateForm};
use crate::model::project_view::{ProjectList, ProjectQuery, ProjectView};
use crate::model::{AppError, MilestoneId, ProjectId, ProjectUpdateId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::{
        project, project_join, project_link, project_match, project_progress,
    };
}

/// The projects the caller may see that match the filters, a page at a time, with where they
/// are (for the map).
#[server]
pub async fn list_projects(query: ProjectQuery) -> Result<ProjectList, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::TakePartInProjects).await?;
    project::list(&state.db, &actor.person(), &query).await
}

/// One project's page, if the caller may see it.
#[server]
pub async fn get_project(id: ProjectId) -> Result<ProjectView, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::TakePartInProjects).await?;
    project::view(&state.db, &actor.person(), id).await
}

/// The title of a project a thread or an event may name (a published one), for the form that
/// starts one from the project's page.
#[server]
pub async fn get_project_place(id: ProjectId) -> Result<ProjectPlace, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::TakePartInProjects).await?;
    project_link::place(&state.db, id).await
}

/// A project as its form shows it, for its lead's people and staff.
#[server]
pub async fn get_project_form(id: ProjectId) -> Result<ProjectForm, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::TakePartInProjects).await?;
    project::form(&state.db, &actor.person(), id).await
}

/// Proposes a project led by the caller's organization, or saves one the caller may edit
/// (a returned proposal is proposed again); answers its id.
#[server]
pub async fn save_project(form: ProjectForm) -> Result<ProjectId, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::TakePartInProjects).await?;
    project::save(&state.db, &actor.person(), &form).await
}

/// Publishes a proposed project, or returns it to its proposers with a reason.
#[server]
pub async fn review_project(review: Review) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ReviewProjects).await?;
    project::review(&state.db, &review).await
}

/// Marks a project as backed by the Forum, or takes the mark away.
#[server]
pub async fn back_project(id: ProjectId, backed: bool) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ReviewProjects).await?;
    project::back(&state.db, id, backed).await
}

/// The caller's organization asks to join a published project, saying what it brings.
#[server]
pub async fn request_to_join_project(request: JoinRequest) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::TakePartInProjects).await?;
    project_join::request(&state.db, &actor.person(), &request).await
}

/// The project's lead (or staff) accepts a request to join, or declines it with a reason.
#[server]
pub async fn decide_join_request(decision: JoinDecision) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::TakePartInProjects).await?;
    project_join::decide(&state.db, &actor.person(), &decision).await
}

/// The project's lead (or staff) adds a milestone; answers its id.
#[server]
pub async fn add_milestone(form: MilestoneForm) -> Result<MilestoneId, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::TakePartInProjects).await?;
    project_progress::add_milestone(&state.db, &actor.person(), &form).await
}

/// The project's lead or a partner marks a milestone done, or not done again.
#[server]
pub async fn tick_milestone(id: MilestoneId, done: bool) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::TakePartInProjects).await?;
    project_progress::tick(&state.db, &actor.person(), id, done).await
}

/// The project's lead or a partner posts an update (markdown); answers its id.
#[server]
pub async fn post_project_update(form: UpdateForm) -> Result<ProjectUpdateId, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::TakePartInProjects).await?;
    project_progress::post_update(&state.db, &actor.person(), &form).await
}

/// The caller follows a project they may see (told of its updates and milestones), or stops.
#[server]
pub async fn follow_project(id: ProjectId, follow: bool) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::TakePartInProjects).await?;
    project_progress::set_following(&state.db, &actor.person(), id, follow).await
}

/// The organizations that could help a project the caller may see, best first.
#[server]
pub async fn list_project_helpers(id: ProjectId) -> Result<Vec<Helper>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::TakePartInProjects).await?;
    project_match::helpers(
        &state.db,
        &state.organization_match_index,
        &actor.person(),
        id,
    )
    .await
}

/// The published projects that need what the caller's organization does, best first.
#[server]
pub async fn list_matching_projects() -> Result<Vec<ProjectMatch>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::TakePartInProjects).await?;
    project_match::needing(&state.db, &state.project_match_index, &actor.person()).await
}
