//! Staff's list of an event's registrants: counts by status, a filter and a search by any form
//! of the name (what the door uses at check-in, on a phone), each registrant with their answers
//! and the decisions that apply (approve, decline with a reason, give a seat, check in), and
//! the CSV export.

use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

use crate::api::registrant::{DecideRegistration, list_registrants};
use crate::i18n::{fill, fill_count, format_date_time, tr, use_i18n};
use crate::model::EventId;
use crate::model::event_answers::answer_text;
use crate::model::registrant::{Decision, Registrant, RegistrantList, RegistrantQuery};
use crate::model::registration::RegistrationStatus;
use crate::routes;
use crate::ui::action_button::ActionButton;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::Loaded;
use crate::ui::form::{FilterSelect, choices};
use crate::ui::layout::PageTitle;
use crate::ui::pager::Pager;
use crate::ui::reason_form::ReasonForm;

#[component]
pub fn RegistrantsPage() -> impl IntoView {
    let id = crate::pages::id_in_path(EventId(0));
    let query_map = use_query_map();
    let query = Memo::new(move |_| {
        let event = id.get();
        let Some(q) = query_map.try_read() else {
            return RegistrantQuery::of(event);
        };
        RegistrantQuery {
            event,
            status: q.get("status").and_then(|s| RegistrationStatus::parse(&s)),
            q: q.get("q").unwrap_or_default(),
            page: q.get("page").and_then(|v| v.parse().ok()).unwrap_or(1),
        }
    });
    let changed = RwSignal::new(0u32);
    let list = Resource::new(
        move || (query.get(), changed.get()),
        |(query, _)| list_registrants(query),
    );
    view! {
        <PageTitle text=|m| m.event().registrants_title />
        <RequireUser let:_user>
            <p class="page-lead">{tr(|m| m.event().registrants_lead)}</p>
            <Search query />
            <Loaded resource=list view=move |list| view! { <Registrants list query changed /> } />
        </RequireUser>
    }
}

/// The status filter and the search box: a GET form, so a search is a link.
#[component]
fn Search(query: Memo<RegistrantQuery>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let t = i18n.t();
        let q = query.get();
        let statuses = choices(
            RegistrationStatus::ALL,
            |s| s.as_str(),
            |m, s| m.event().registration_status(s),
            t,
        );
        view! {
            <Form method="GET" action="" attr:class="filters" attr:role="search">
                <div class="field">
                    <label for="registrant-search">{t.event().registrants_search}</label>
                    <input id="registrant-search" name="q" type="search" value=q.q.clone() />
                </div>
                <FilterSelect
                    id="status"
                    label=t.event().registrants_status_filter.into()
                    options=statuses
                    selected=q.status.map(|s| s.as_str().to_string()).unwrap_or_default()
                    any=t.any_option.into()
                />
                <button type="submit" class="btn btn-primary">
                    {t.event().registrants_find}
                </button>
            </Form>
        }
    }
}

#[component]
fn Registrants(
    list: RegistrantList,
    query: Memo<RegistrantQuery>,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let RegistrantList {
        event,
        title,
        capacity,
        questions,
        counts,
        total,
        page,
        pages,
        items,
    } = list;
    let questions = StoredValue::new(questions);
    view! {
        <p class="cluster">
            <a href=routes::event(event)>{move || title.get(i18n.locale()).to_string()}</a>
            <span class="muted">{move || fill_count(i18n.t().event().event_seats, capacity)}</span>
            <a class="btn btn-secondary" href=routes::registrants_csv(event) download="">
                {tr(|m| m.event().registrants_csv)}
            </a>
        </p>
        <ul class="cluster plain-list" aria-label=tr(|m| m.event().registrant_status)>
            {counts
                .into_iter()
                .map(|c| {
                    view! {
                        <li class="badge">
                            {move || i18n.t().event().registration_status(c.status)}": "{c.count}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p role="status" class="muted small">
            {move || fill(i18n.t().event().registrants_count, total)}
        </p>
        {if items.is_empty() {
            view! { <p class="empty-state">{tr(|m| m.event().registrants_empty)}</p> }.into_any()
        } else {
            view! {
                <ul class="stack plain-list">
                    {items
                        .into_iter()
                        .map(|r| view! { <RegistrantCard r questions changed /> })
                        .collect_view()}
                </ul>
            }
                .into_any()
        }}
        <Pager
            current=page
            pages
            link=move |n| routes::registrants(
                &RegistrantQuery {
                    page: n,
                    ..query.get_untracked()
                },
            )
        />
    }
}

/// One registrant: who, where they stand, what they answered, and staff's decisions.
#[component]
fn RegistrantCard(
    r: Registrant,
    questions: StoredValue<Vec<crate::model::event_answers::Question>>,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let heading = format!("registrant-{}", r.id);
    let labelled_by = heading.clone();
    let name = r.name.clone();
    let display = move || name.display(i18n.locale());
    let reading = r.name.reading().map(|kana| format!("{kana} · "));
    let status = r.status;
    let position = r.position;
    let answers = questions.with_value(|qs| {
        qs.iter()
            .filter_map(|q| Some((q.clone(), r.answers.get(&q.id)?.clone())))
            .collect::<Vec<_>>()
    });
    let organization = r.organization.clone();
    view! {
        <li class="card stack registrant">
            <article aria-labelledby=labelled_by class="stack">
                <h3 id=heading>{display.clone()}</h3>
                <p class="muted small">{reading}{r.email.clone()}</p>
                <p>{move || organization.get(i18n.locale()).to_string()}</p>
                <p class="cluster">
                    <span class="badge">{move || t().event().registration_status(status)}</span>
                    {position
                        .map(|p| {
                            view! {
                                <span>{move || fill(t().event().registrants_position, p)}</span>
                            }
                        })}
                    {r
                        .checked_in_at
                        .map(|at| {
                            view! {
                                <span>
                                    {move || {
                                        fill(
                                            t().event().registrants_checked_in,
                                            format_date_time(at.timestamp(), i18n.locale()),
                                        )
                                    }}
                                </span>
                            }
                        })}
                </p>
                {(!answers.is_empty())
                    .then(|| {
                        view! {
                            <dl class="answers" aria-label=tr(|m| m.event().registrants_answers)>
                                {answers
                                    .into_iter()
                                    .map(|(q, a)| {
                                        let label = q.label.clone();
                                        view! {
                                            <dt>{move || label.get(i18n.locale()).to_string()}</dt>
                                            <dd>{move || answer_text(&q, &a, i18n.locale())}</dd>
                                        }
                                    })
                                    .collect_view()}
                            </dl>
                        }
                    })}
                {r.reason.clone().map(|reason| view! { <p class="muted">{reason}</p> })}
                <Decisions id=r.id status name=Signal::derive(display) changed />
            </article>
        </li>
    }
}

/// The decisions that apply to one registration: a button each, and declining with a reason.
#[component]
fn Decisions(
    id: crate::model::RegistrationId,
    status: RegistrationStatus,
    name: Signal<String>,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let buttons = Decision::offered(status)
        .filter(|d| *d != Decision::Decline)
        .map(|decision| {
            let label = Signal::derive(move || {
                format!("{}: {}", i18n.t().event().decision(decision), name.get())
            });
            view! {
                <ActionButton
                    action={ServerAction::<DecideRegistration>::new()}
                    fields=vec![
                        ("decision[id]", id.to_string()),
                        ("decision[decision]", decision.as_str().to_string()),
                    ]
                    text=decision_text(decision)
                    label
                    class="btn btn-secondary"
                    changed
                />
            }
        })
        .collect_view();
    let declinable = Decision::Decline.applies_to(status);
    view! {
        <div class="cluster">{buttons}</div>
        {(status == RegistrationStatus::Waitlisted)
            .then(|| {
                view! { <p class="muted small">{tr(|m| m.event().registrants_seat_hint)}</p> }
            })}
        {declinable.then(|| view! { <DeclineForm id name changed /> })}
    }
}

fn decision_text(d: Decision) -> crate::ui::form::Text {
    match d {
        Decision::Approve => |m| m.event().decision_approve,
        Decision::Decline => |m| m.event().decision_decline,
        Decision::Seat => |m| m.event().decision_seat,
        Decision::CheckIn => |m| m.event().decision_check_in,
        Decision::UndoCheckIn => |m| m.event().decision_undo_check_in,
    }
}

/// Declining, behind a disclosure: the reason is required and the registrant reads it.
#[component]
fn DeclineForm(
    id: crate::model::RegistrationId,
    name: Signal<String>,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ReasonForm
            action={ServerAction::<DecideRegistration>::new()}
            fields=vec![
                ("decision[id]", id.to_string()),
                ("decision[decision]", Decision::Decline.as_str().to_string()),
            ]
            reason_name="decision[reason]"
            summary=Signal::derive(move || {
                format!("{}: {}", i18n.t().event().decision_decline, name.get())
            })
            label=|m| m.event().registrants_decline_reason
            submit=|m| m.event().decision_decline
            id=format!("decline-{id}")
            changed
        />
    }
}
