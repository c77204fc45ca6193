//! An event's page: what, when (in the event's zone and the reader's), where, the programme,
//! seats and who may register; the reader's registration or the form to register; for staff,
//! the way to edit the event and move it along its life.

use leptos::prelude::*;
use leptos_meta::Title;

use super::WhenText;
use super::digest::DigestLinkLine;
use super::register::Registration;
use super::status::StatusActions;
use crate::api::event::get_event;
use crate::i18n::{fill, fill_count, joined, tr, use_i18n};
use crate::model::EventId;
use crate::model::event::{EventFormat, EventVisibility};
use crate::model::event_view::{EventView, SessionView};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::Loaded;
use crate::ui::layout::title_text;
use crate::ui::project_place::ProjectPlaceLink;

#[component]
pub fn EventPage() -> impl IntoView {
    let id = crate::pages::id_in_path(EventId(0));
    // Counts the changes made here (a registration, a cancellation, a new status): each
    // reloads the event.
    let changed = RwSignal::new(0u32);
    let event = Resource::new(move || (id.get(), changed.get()), |(id, _)| get_event(id));
    view! {
        <RequireUser let:_me>
            <Loaded resource=event view=move |event| view! { <Event event changed /> } />
        </RequireUser>
        <p>
            <a href=routes::EVENTS>{tr(|m| m.event().event_back)}</a>
        </p>
    }
}

#[component]
fn Event(event: EventView, changed: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let s = event.summary.clone();
    let title = s.title.clone();
    let page_title = title.clone();
    let description = event.description_html.clone();
    let venue = s.venue.clone();
    let online = s.format != EventFormat::InPerson;
    let in_person = s.format != EventFormat::Online;
    let (capacity, limit) = (event.capacity, event.organization_limit);
    let seats_left = s.seats_left;
    let who = match event.visibility {
        EventVisibility::Members => tr(|m| m.event().event_for_members),
        EventVisibility::Invited => tr(|m| m.event().event_for_invited),
    };
    view! {
        <Title text=title_text(move || page_title.get(i18n.locale()).to_string()) />
        <h1>{move || title.get(i18n.locale()).to_string()}</h1>
        <ProjectPlaceLink place=event.project.clone() />
        <p class="cluster">
            <span class="badge">{move || t().event().event_kind(s.kind)}</span>
            <span class="badge">{move || t().event().event_format(s.format)}</span>
            <span class="badge">{move || t().event().event_status(s.status)}</span>
        </p>
        {event
            .cancel_reason
            .clone()
            .map(|reason| {
                view! {
                    <div class="alert alert-info" role="note">
                        <p>{tr(|m| m.event().err_event_cancelled)}</p>
                        <p>{tr(|m| m.event().event_cancel_reason)}": "{reason}</p>
                    </div>
                }
            })}
        <dl class="facts">
            <dt>{tr(|m| m.event().event_when)}</dt>
            <dd>
                <WhenText when=s.when.clone() />
                <p>
                    <a href=routes::event_calendar(s.id) download="">
                        {tr(|m| m.event().calendar_event_file)}
                    </a>
                </p>
            </dd>
            {in_person
                .then(|| {
                    view! {
                        <dt>{tr(|m| m.event().event_venue)}</dt>
                        <dd>
                            <p>{move || venue.get(i18n.locale()).to_string()}</p>
                            <p class="muted small">{event.address.clone()}</p>
                        </dd>
                    }
                })}
            {online
                .then(|| {
                    let url = event.online_url.clone();
                    view! {
                        <dt>{tr(|m| m.event().event_online)}</dt>
                        <dd>
                            {match url {
                                Some(url) => {
                                    let href = url.clone();
                                    view! {
                                        <a href=href rel="noopener noreferrer">
                                            {url}
                                        </a>
                                    }
                                        .into_any()
                                }
                                None => tr(|m| m.event().event_online_hidden).into_any(),
                            }}
                        </dd>
                    }
                })}
            <dt>{tr(|m| m.event().event_who)}</dt>
            <dd>
                <p>{who}</p>
                {(!event.invited.is_empty())
                    .then(|| {
                        let names = event.invited.clone();
                        view! {
                            <p class="muted small">
                                {tr(|m| m.event().event_invited_list)}": "
                                {move || {
                                    let locale = i18n.locale();
                                    joined(names.iter().map(|n| n.get(locale)), locale)
                                }}
                            </p>
                        }
                    })}
                <p class="muted small">
                    {move || fill_count(t().event().event_seats, capacity)}" · "
                    {move || {
                        if seats_left > 0 {
                            fill_count(t().event().event_seats_left, seats_left)
                        } else {
                            t().event().event_full.to_string()
                        }
                    }}
                    {limit
                        .map(|l| {
                            view! {
                                " · "
                                {move || fill(t().event().event_org_limit, l)}
                            }
                        })}
                </p>
                {event
                    .requires_approval
                    .then(|| view! { <p>{tr(|m| m.event().event_approval)}</p> })}
            </dd>
            {event
                .opens
                .clone()
                .map(|when| {
                    view! {
                        <dt>{tr(|m| m.event().event_opens)}</dt>
                        <dd>
                            <WhenText when />
                        </dd>
                    }
                })}
            {event
                .closes
                .clone()
                .map(|when| {
                    view! {
                        <dt>{tr(|m| m.event().event_closes)}</dt>
                        <dd>
                            <WhenText when />
                        </dd>
                    }
                })}
        </dl>
        <DigestLinkLine id=s.id link=event.digest />
        <Registration event=event.clone() changed />
        {event
            .can_manage
            .then(|| {
                view! { <StatusActions id=s.id status=s.status changed /> }
            })}
        <section class="stack" aria-labelledby="event-details-heading">
            <h2 id="event-details-heading">{tr(|m| m.event().event_details)}</h2>
            <div
                class="post-body"
                inner_html=move || description.get(i18n.locale()).to_string()
            ></div>
        </section>
        <Programme sessions=event.sessions.clone() heading_id="event-programme-heading" />
    }
}

/// The programme of an event (its sessions with times and speakers), on the event's page and on
/// its digest; nothing when it has no sessions.
#[component]
pub(super) fn Programme(sessions: Vec<SessionView>, heading_id: &'static str) -> impl IntoView {
    (!sessions.is_empty()).then(|| {
        view! {
            <section class="stack" aria-labelledby=heading_id>
                <h2 id=heading_id>{tr(|m| m.event().event_programme)}</h2>
                <ol class="stack plain-list">
                    {sessions
                        .into_iter()
                        .map(|session| view! { <Session session /> })
                        .collect_view()}
                </ol>
            </section>
        }
    })
}

#[component]
fn Session(session: SessionView) -> impl IntoView {
    let i18n = use_i18n();
    let SessionView {
        time,
        title,
        speakers,
    } = session;
    view! {
        <li class="card">
            <p class="muted small">{move || time.get(i18n.locale()).to_string()}</p>
            <h3>{move || title.get(i18n.locale()).to_string()}</h3>
            {(!speakers.is_empty())
                .then(|| {
                    view! {
                        <ul>
                            {speakers.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                        </ul>
                    }
                })}
        </li>
    }
}
