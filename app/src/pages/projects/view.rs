//! A project's page: what it is and where, its phase and the support it seeks, the
//! organizations taking part; for its proposers, staff's reason when a proposal was returned;
//! for staff, the review (publish, or return with a reason) and the Forum's backing; requests
//! to join (see `join`); milestones, updates and following (see `progress`); the threads and
//! events about it (see `links`).

use leptos::prelude::*;

use crate::api::project::{BackProject, ReviewProject, get_project};
use crate::i18n::{joined, term_label, tr, use_i18n};
use crate::model::project::{ProjectDirection, ProjectPhase, ProjectStatus};
use crate::model::project_view::{ParticipantView, ProjectView};
use crate::model::vocab::{COUNTRIES, LANGUAGES, SPECIALTIES};
use crate::model::{Field, ProjectId};
use crate::routes;
use crate::ui::action_button::ActionButton;
use crate::ui::auth::RequireUser;
use crate::ui::facts::{Fact, Facts};
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::{Field, action_error, count_successes};
use crate::ui::layout::title_text;
use leptos_meta::Title;

#[component]
pub fn ProjectPage(id: ProjectId) -> impl IntoView {
    let changed = RwSignal::new(0u32);
    let project = Resource::new(move || (id, changed.get()), |(id, _)| get_project(id));
    let helpers = super::matching::helpers_of(id);
    view! {
        <RequireUser let:_user>
            <Loaded
                resource=project
                view=move |project| view! { <Project project helpers changed /> }
            />
        </RequireUser>
        <p>
            <a href=routes::PROJECTS>{tr(|m| m.project().project_to_list)}</a>
        </p>
    }
}

/// A project's direction, phase, review and backing as badges.
#[component]
pub(super) fn Badges(
    direction: ProjectDirection,
    phase: ProjectPhase,
    status: ProjectStatus,
    backed: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().project();
    view! {
        <p class="cluster">
            <span class="badge">{move || t().direction(direction)}</span>
            <span class="badge">{move || t().phase(phase)}</span>
            {(status != ProjectStatus::Published)
                .then(|| {
                    view! { <span class="badge badge-pending">{move || t().status(status)}</span> }
                })}
            {backed
                .then(|| {
                    view! { <span class="badge badge-active">{move || t().project_backed}</span> }
                })}
        </p>
    }
}

#[component]
fn Project(
    project: ProjectView,
    helpers: super::matching::HelpersResource,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = move || i18n.locale();
    let s = project.summary.clone();
    let title = s.title.clone();
    let codes = |list: &'static [crate::model::vocab::Term], codes: Vec<String>| {
        move || {
            joined(
                codes.iter().map(|c| term_label(list, c, i18n.locale())),
                i18n.locale(),
            )
        }
    };
    let support = s.support.clone();
    let facts: Vec<Fact> = vec![
        (|m| m.project().project_country, {
            let (country, region) = (s.country.clone(), s.region.clone());
            Box::new(move || {
                let name = term_label(COUNTRIES, &country, i18n.locale());
                if region.is_empty() {
                    name
                } else {
                    format!("{name} · {region}")
                }
            })
        }),
        (|m| m.project().project_lead, {
            let lead = s.lead.clone();
            Box::new(move || lead.get(i18n.locale()).to_string())
        }),
        (|m| m.project().project_partners, {
            let partners = project.partners.clone();
            Box::new(move || partners.clone())
        }),
        (
            |m| m.project().project_support,
            Box::new(move || {
                let t = i18n.t().project();
                joined(
                    support.iter().map(|k| t.support(*k).to_string()),
                    i18n.locale(),
                )
            }),
        ),
        (
            |m| m.project().project_specialties,
            Box::new(codes(SPECIALTIES, project.specialties.clone())),
        ),
        (
            |m| m.project().project_languages,
            Box::new(codes(LANGUAGES, project.languages.clone())),
        ),
    ];
    view! {
        <Title text=title_text({
            let title = title.clone();
            move || title.get(locale()).to_string()
        }) />
        <h1>{move || title.get(locale()).to_string()}</h1>
        <div class="stack">
            <Badges direction=s.direction phase=s.phase status=s.status backed=s.backed />
            <div>
                <super::progress::FollowButton
                    id=s.id
                    following=project.progress.following
                    changed
                />
            </div>
            {project.return_reason.clone().map(|reason| view! { <Returned reason /> })}
            <p>{move || s.summary.get(locale()).to_string()}</p>
            <Facts facts />
            <Participants participants=project.participants.clone() />
            <super::join::Requests requests=project.requests.clone() changed />
            <super::join::JoinPanel
                project=s.id
                mine=project.mine.clone()
                may_join=project.rights.join
                changed
            />
            {(!s.support.is_empty()).then(|| view! { <super::matching::Helpers helpers /> })}
            <super::progress::ProjectProgress
                id=s.id
                progress=project.progress.clone()
                rights=project.rights
                changed
            />
            <super::links::ProjectLinks
                id=s.id
                threads=project.threads.clone()
                events=project.events.clone()
                rights=project.rights
            />
            {project
                .rights
                .edit
                .then(|| {
                    view! {
                        <p>
                            <a class="btn btn-secondary" href=routes::edit_project(s.id)>
                                {tr(|m| m.project().project_edit)}
                            </a>
                        </p>
                    }
                })}
            {project
                .rights
                .review
                .then(|| view! { <ReviewPanel id=s.id status=s.status backed=s.backed changed /> })}
        </div>
    }
}

/// Staff's reason for returning the proposal, for its proposers.
#[component]
fn Returned(reason: String) -> impl IntoView {
    view! {
        <div class="alert alert-info" role="note">
            <p>
                <strong>{tr(|m| m.project().project_returned_heading)}</strong>
            </p>
            <p class="reason">{reason}</p>
            <p>{tr(|m| m.project().project_returned_hint)}</p>
        </div>
    }
}

#[component]
fn Participants(participants: Vec<ParticipantView>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="stack" aria-labelledby="project-participants-heading">
            <h2 id="project-participants-heading">{tr(|m| m.project().project_participants)}</h2>
            <ul class="plain-list stack">
                {participants
                    .into_iter()
                    .map(|p| {
                        view! {
                            <li>
                                <a href=routes::organization_profile(
                                    p.organization_id,
                                )>{move || p.organization.get(i18n.locale()).to_string()}</a>
                                " "
                                <span class="badge">{move || i18n.t().project().role(p.role)}</span>
                                {(!p.contribution.is_empty())
                                    .then(|| view! { <p class="muted small">{p.contribution}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// Staff's review of a proposal (publish it, or return it with a reason) and the Forum's mark.
#[component]
fn ReviewPanel(
    id: ProjectId,
    status: ProjectStatus,
    backed: bool,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let give_back = ServerAction::<ReviewProject>::new();
    let errors = action_error(give_back);
    count_successes(give_back, changed);
    view! {
        <section class="stack card" aria-labelledby="project-review-heading">
            <h2 id="project-review-heading">{tr(|m| m.project().project_review_heading)}</h2>
            {(status == ProjectStatus::Proposed)
                .then(|| {
                    view! {
                        <div class="cluster">
                            <ActionButton
                                action={ServerAction::<ReviewProject>::new()}
                                fields=vec![
                                    ("review[id]", id.to_string()),
                                    ("review[publish]", "true".to_string()),
                                ]
                                text=|m| m.project().project_publish
                                class="btn btn-primary"
                                changed
                            />
                        </div>
                        <ActionForm action=give_back attr:class="stack">
                            <ActionError error=errors />
                            <input type="hidden" name="review[id]" value=id.to_string() />
                            <input type="hidden" name="review[publish]" value="false" />
                            <Field
                                label=|m| m.project().project_return_reason
                                name="review[reason]"
                                field=Field::Reason
                                errors
                                rows=3
                                required=true
                            />
                            <button type="submit" class="btn btn-secondary">
                                {tr(|m| m.project().project_return)}
                            </button>
                        </ActionForm>
                    }
                })}
            <div>
                <ActionButton
                    action={ServerAction::<BackProject>::new()}
                    fields=vec![("id", id.to_string()), ("backed", (!backed).to_string())]
                    text=if backed {
                        |m| m.project().project_unback
                    } else {
                        |m| m.project().project_back
                    }
                    class="btn btn-secondary"
                    changed
                />
            </div>
        </section>
    }
}
