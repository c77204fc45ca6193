//! A project's progress on its page: following it, its milestones (added by its lead, ticked by
//! its lead and partners) and its updates (posted by them in markdown, newest first).

use leptos::prelude::*;

use crate::api::project::{AddMilestone, FollowProject, PostProjectUpdate, TickMilestone};
use crate::i18n::{fill, format_date, format_date_time, tr, use_i18n};
use crate::model::project_progress::{MilestoneView, Progress, UpdateView};
use crate::model::project_view::ProjectRights;
use crate::model::{Field, ProjectId};
use crate::ui::action_button::ActionButton;
use crate::ui::feedback::ActionError;
use crate::ui::form::{Field, action_error, count_successes};

/// Follows the project or stops following it (a toggle: pressed while following).
#[component]
pub(super) fn FollowButton(
    id: ProjectId,
    following: bool,
    changed: RwSignal<u32>,
) -> impl IntoView {
    view! {
        <ActionButton
            action={ServerAction::<FollowProject>::new()}
            fields=vec![("id", id.to_string()), ("follow", (!following).to_string())]
            text=|m| m.project().project_follow
            title=|m| m.project().project_follow_hint
            pressed=following
            class="btn btn-secondary"
            changed
        />
    }
}

/// The milestones and the updates, with the forms of those who may add to them.
#[component]
pub(super) fn ProjectProgress(
    id: ProjectId,
    progress: Progress,
    rights: ProjectRights,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let Progress {
        milestones,
        updates,
        ..
    } = progress;
    view! {
        <section class="stack" aria-labelledby="project-milestones-heading">
            <h2 id="project-milestones-heading">{tr(|m| m.project().project_milestones)}</h2>
            {if milestones.is_empty() {
                view! { <p class="muted">{tr(|m| m.project().project_milestones_empty)}</p> }
                    .into_any()
            } else {
                view! {
                    <ol class="plain-list stack">
                        {milestones
                            .into_iter()
                            .map(|m| view! { <Milestone m may_tick=rights.post changed /> })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
            {rights.edit.then(|| view! { <MilestoneForm id changed /> })}
        </section>
        <section class="stack" aria-labelledby="project-updates-heading">
            <h2 id="project-updates-heading">{tr(|m| m.project().project_updates)}</h2>
            {rights.post.then(|| view! { <UpdateForm id changed /> })}
            {if updates.is_empty() {
                view! { <p class="muted">{tr(|m| m.project().project_updates_empty)}</p> }
                    .into_any()
            } else {
                view! {
                    <ul class="plain-list stack">
                        {updates.into_iter().map(|u| view! { <Update u /> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}

#[component]
fn Milestone(m: MilestoneView, may_tick: bool, changed: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().project();
    let done = m.done_at.is_some();
    let title = m.title.clone();
    let name = Signal::derive(move || title.get(i18n.locale()).to_string());
    view! {
        <li class="milestone">
            <span class=if done {
                "badge badge-active"
            } else {
                "badge"
            }>
                {move || if done { t().project_milestone_done } else { t().project_milestone_open }}
            </span>
            " "
            <strong>{name}</strong>
            {m
                .due_on
                .map(|due| {
                    view! {
                        <span class="muted small">
                            " · "
                            {move || fill(
                                t().project_milestone_due,
                                format_date(due, i18n.locale()),
                            )}
                        </span>
                    }
                })}
            {m
                .overdue
                .then(|| {
                    view! {
                        " "
                        <span class="badge badge-pending">
                            {move || t().project_milestone_late}
                        </span>
                    }
                })}
            {may_tick
                .then(|| {
                    view! {
                        " "
                        <ActionButton
                            action={ServerAction::<TickMilestone>::new()}
                            fields=vec![("id", m.id.to_string()), ("done", (!done).to_string())]
                            text=if done {
                                |m| m.project().project_milestone_reopen
                            } else {
                                |m| m.project().project_milestone_tick
                            }
                            label=Signal::derive(move || {
                                let p = i18n.t().project();
                                let verb = if done {
                                    p.project_milestone_reopen
                                } else {
                                    p.project_milestone_tick
                                };
                                format!("{verb}: {}", name.get())
                            })
                            changed
                        />
                    }
                })}
        </li>
    }
}

/// The lead adds a milestone: a title in one language at least, and a due date if known.
#[component]
fn MilestoneForm(id: ProjectId, changed: RwSignal<u32>) -> impl IntoView {
    let add = ServerAction::<AddMilestone>::new();
    let errors = action_error(add);
    count_successes(add, changed);
    view! {
        <details>
            <summary>{tr(|m| m.project().project_milestone_add)}</summary>
            <ActionForm action=add attr:class="stack">
                <ActionError error=errors />
                <input type="hidden" name="form[project]" value=id.to_string() />
                <Field
                    label=|m| m.project().project_milestone_title_ja
                    name="form[title_ja]"
                    field=Field::TitleJa
                    errors
                    scope="milestone"
                />
                <Field
                    label=|m| m.project().project_milestone_title_en
                    name="form[title_en]"
                    field=Field::TitleEn
                    errors
                    scope="milestone"
                />
                <Field
                    label=|m| m.project().project_milestone_due_label
                    name="form[due_on]"
                    field=Field::DueOn
                    errors
                    input_type="date"
                    scope="milestone"
                />
                <p>
                    <button type="submit" class="btn btn-primary">
                        {tr(|m| m.project().project_milestone_add)}
                    </button>
                </p>
            </ActionForm>
        </details>
    }
}

/// The lead or a partner posts an update (markdown).
#[component]
fn UpdateForm(id: ProjectId, changed: RwSignal<u32>) -> impl IntoView {
    let post = ServerAction::<PostProjectUpdate>::new();
    let errors = action_error(post);
    count_successes(post, changed);
    view! {
        <ActionForm action=post attr:class="stack">
            <ActionError error=errors />
            <input type="hidden" name="form[project]" value=id.to_string() />
            <Field
                label=|m| m.project().project_update_body
                name="form[body]"
                field=Field::Body
                errors
                rows=5
                required=true
                hint=|m| m.project().project_update_hint
            />
            <p>
                <button type="submit" class="btn btn-primary">
                    {tr(|m| m.project().project_update_post)}
                </button>
            </p>
        </ActionForm>
    }
}

#[component]
fn Update(u: UpdateView) -> impl IntoView {
    let i18n = use_i18n();
    let UpdateView {
        author,
        organization,
        body_html,
        created_at,
        ..
    } = u;
    view! {
        <li class="card stack">
            <p class="muted small">
                {move || author.display(i18n.locale())} " · "
                {move || organization.get(i18n.locale()).to_string()} " · "
                {move || format_date_time(created_at.timestamp(), i18n.locale())}
            </p>
            <div class="post-body" inner_html=body_html></div>
        </li>
    }
}
