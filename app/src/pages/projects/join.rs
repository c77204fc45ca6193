//! Joining a project: an organization's request (the part it asks for and what it brings) and
//! where it stands; the lead's list of requests with accept, and decline with a reason.

use leptos::prelude::*;

use crate::api::project::{DecideJoinRequest, RequestToJoinProject};
use crate::i18n::{tr, use_i18n};
use crate::model::project::{ParticipantRole, ParticipantStatus};
use crate::model::project_view::ParticipantView;
use crate::model::{Field, ProjectId};
use crate::ui::action_button::ActionButton;
use crate::ui::feedback::ActionError;
use crate::ui::form::{Field, SelectField, action_error, choices, count_successes};
use crate::ui::reason_form::ReasonForm;

/// The viewer's organization's request: where it stands, and the form to ask (again).
#[component]
pub(super) fn JoinPanel(
    project: ProjectId,
    mine: Option<ParticipantView>,
    may_join: bool,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let state = mine.and_then(|p| match p.status {
        ParticipantStatus::Requested => Some(
            view! {
                <p class="alert alert-info" role="status">
                    {tr(|m| m.project().project_join_pending)}
                </p>
            }
            .into_any(),
        ),
        ParticipantStatus::Declined => Some(
            view! {
                <div class="alert alert-info" role="note">
                    <p>{tr(|m| m.project().project_join_declined)}</p>
                    <p class="reason">{p.reason.unwrap_or_default()}</p>
                </div>
            }
            .into_any(),
        ),
        ParticipantStatus::Active => None,
    });
    view! {
        {state}
        {may_join.then(|| view! { <JoinForm project changed /> })}
    }
}

#[component]
fn JoinForm(project: ProjectId, changed: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let ask = ServerAction::<RequestToJoinProject>::new();
    let errors = action_error(ask);
    count_successes(ask, changed);
    let roles = Signal::derive(move || {
        choices(
            &[ParticipantRole::Partner, ParticipantRole::Observer],
            |r| r.as_str(),
            |m, r| m.project().role(r),
            i18n.t(),
        )
    });
    view! {
        <section class="stack card" aria-labelledby="project-join-heading">
            <h2 id="project-join-heading">{tr(|m| m.project().project_join_heading)}</h2>
            <p class="muted">{tr(|m| m.project().project_join_hint)}</p>
            <ActionForm action=ask attr:class="stack">
                <ActionError error=errors />
                <input type="hidden" name="request[project]" value=project.to_string() />
                <SelectField
                    label=|m| m.project().project_join_role
                    name="request[role]"
                    field=Field::Role
                    errors
                    options=roles
                    selected=ParticipantRole::Partner.as_str()
                    required=true
                />
                <Field
                    label=|m| m.project().project_join_contribution
                    name="request[contribution]"
                    field=Field::Contribution
                    errors
                    rows=4
                    required=true
                />
                <p>
                    <button type="submit" class="btn btn-primary">
                        {tr(|m| m.project().project_join_send)}
                    </button>
                </p>
            </ActionForm>
        </section>
    }
}

/// Requests waiting for the lead's decision, oldest first.
#[component]
pub(super) fn Requests(requests: Vec<ParticipantView>, changed: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    (!requests.is_empty()).then(|| {
        view! {
            <section class="stack" aria-labelledby="project-requests-heading">
                <h2 id="project-requests-heading">{tr(|m| m.project().project_requests)}</h2>
                <ul class="plain-list stack">
                    {requests
                        .into_iter()
                        .map(|r| {
                            let name = r.organization.clone();
                            let name = Signal::derive(move || {
                                name.get(i18n.locale()).to_string()
                            });
                            view! {
                                <li class="card stack">
                                    <p>
                                        <strong>{name}</strong>
                                        " "
                                        <span class="badge">
                                            {move || i18n.t().project().role(r.role)}
                                        </span>
                                    </p>
                                    <p class="reason">{r.contribution.clone()}</p>
                                    <div>
                                        <ActionButton
                                            action={ServerAction::<DecideJoinRequest>::new()}
                                            fields=vec![
                                                ("decision[participant]", r.id.to_string()),
                                                ("decision[accept]", "true".to_string()),
                                            ]
                                            text=|m| m.project().project_accept
                                            label=Signal::derive(move || {
                                                format!(
                                                    "{}: {}",
                                                    i18n.t().project().project_accept,
                                                    name.get(),
                                                )
                                            })
                                            class="btn btn-primary"
                                            changed
                                        />
                                    </div>
                                    <DeclineForm id=r.id name changed />
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// Declining, behind a disclosure: the reason is required and the requester reads it.
#[component]
fn DeclineForm(
    id: crate::model::ParticipantId,
    name: Signal<String>,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ReasonForm
            action={ServerAction::<DecideJoinRequest>::new()}
            fields=vec![
                ("decision[participant]", id.to_string()),
                ("decision[accept]", "false".to_string()),
            ]
            reason_name="decision[reason]"
            summary=Signal::derive(move || {
                format!("{}: {}", i18n.t().project().project_decline, name.get())
            })
            label=|m| m.project().project_decline_reason
            submit=|m| m.project().project_decline
            id=format!("decline-{id}")
            changed
        />
    }
}
