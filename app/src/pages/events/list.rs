//! The event list: upcoming events (soonest first) or past ones (latest first), filtered by kind
//! and format, each with its date in the event's zone (and the reader's), its place, seats left
//! and the reader's own registration.

use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

use super::calendar::CalendarFeedPanel;
use super::{MyStatus, WhenText};
use crate::api::event::list_events;
use crate::i18n::{fill_count, tr, use_i18n};
use crate::model::event::{EventFormat, EventKind};
use crate::model::event_view::{EventList, EventQuery, EventSummary};
use crate::model::permissions::{Action, allows};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::choices::Checkbox;
use crate::ui::feedback::Loaded;
use crate::ui::form::FilterSelect;
use crate::ui::form::choices;
use crate::ui::layout::PageTitle;
use crate::ui::pager::Pager;

#[component]
pub fn EventsPage() -> impl IntoView {
    let query_map = use_query_map();
    let query = Memo::new(move |_| {
        let Some(q) = query_map.try_read() else {
            return EventQuery::default();
        };
        EventQuery {
            past: q.get("past").is_some_and(|v| v == "true"),
            mine: q.get("mine").is_some_and(|v| v == "true"),
            kind: q.get("kind").and_then(|v| EventKind::parse(&v)),
            format: q.get("format").and_then(|v| EventFormat::parse(&v)),
            page: q.get("page").and_then(|v| v.parse().ok()).unwrap_or(1),
        }
    });
    let events = Resource::new(move || query.get(), list_events);
    let i18n = use_i18n();
    view! {
        <PageTitle text=|m| m.events_title />
        <RequireUser let:user>
            <p class="page-lead">{tr(|m| m.event().events_lead)}</p>
            <p class="cluster">
                {allows(user.role, Action::ManageEvents)
                    .then(|| {
                        view! {
                            <a class="btn btn-primary" href=routes::NEW_EVENT>
                                {tr(|m| m.event().events_new)}
                            </a>
                        }
                    })} <a href=routes::DIGESTS>{tr(|m| m.event().digests_title)}</a>
            </p>
            <Tabs query />
            <Filters query />
            <section class="stack" aria-labelledby="events-heading">
                <h2 id="events-heading">{move || query.with(heading)(i18n.t())}</h2>
                <Loaded resource=events view=move |list| view! { <Events list query /> } />
            </section>
            {move || query.with(|q| q.mine).then(|| view! { <CalendarFeedPanel /> })}
        </RequireUser>
    }
}

/// The list's heading: upcoming or past events, or the viewer's own registrations.
fn heading(q: &EventQuery) -> crate::ui::form::Text {
    match (q.mine, q.past) {
        (false, false) => |m| m.event().events_upcoming,
        (false, true) => |m| m.event().events_past,
        (true, false) => |m| m.event().events_mine_upcoming,
        (true, true) => |m| m.event().events_mine_past,
    }
}

/// "Upcoming" and "Past" (of all events, or of the viewer's own), the current one marked.
#[component]
fn Tabs(query: Memo<EventQuery>) -> impl IntoView {
    let link = move |past: bool| {
        view! {
            <a
                class="btn btn-secondary"
                href=move || {
                    routes::events(
                        &EventQuery {
                            past,
                            mine: query.with(|q| q.mine),
                            ..Default::default()
                        },
                    )
                }
                aria-current=move || (query.with(|q| q.past) == past).then_some("page")
            >
                {if past {
                    tr(|m| m.event().events_past)()
                } else {
                    tr(|m| m.event().events_upcoming)()
                }}
            </a>
        }
    };
    view! {
        <nav class="cluster" aria-label=tr(|m| m.events_title)>
            {link(false)}
            {link(true)}
        </nav>
    }
}

#[component]
fn Filters(query: Memo<EventQuery>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let t = i18n.t();
        let q = query.get();
        let kinds = choices(
            EventKind::ALL,
            |k| k.as_str(),
            |m, k| m.event().event_kind(k),
            t,
        );
        let formats = choices(
            EventFormat::ALL,
            |f| f.as_str(),
            |m, f| m.event().event_format(f),
            t,
        );
        view! {
            <Form method="GET" action="" attr:class="filters">
                {q.past.then(|| view! { <input type="hidden" name="past" value="true" /> })}
                <Checkbox label=|m| m.event().events_mine_only name="mine" checked=q.mine />
                <FilterSelect
                    id="kind"
                    label=t.event().event_kind_label.into()
                    options=kinds
                    selected=q.kind.map(|k| k.as_str().to_string()).unwrap_or_default()
                    any=t.any_option.into()
                />
                <FilterSelect
                    id="format"
                    label=t.event().event_format_label.into()
                    options=formats
                    selected=q.format.map(|f| f.as_str().to_string()).unwrap_or_default()
                    any=t.any_option.into()
                />
                <button type="submit" class="btn btn-primary">
                    {t.event().events_filter}
                </button>
            </Form>
        }
    }
}

#[component]
fn Events(list: EventList, query: Memo<EventQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let total = list.total;
    view! {
        <p role="status" class="muted small">
            {move || fill_count(i18n.t().event().events_count, total)}
        </p>
        {if list.items.is_empty() {
            view! { <p class="empty-state">{tr(|m| m.event().events_empty)}</p> }.into_any()
        } else {
            view! {
                <ul class="stack plain-list">
                    {list
                        .items
                        .into_iter()
                        .map(|event| view! { <EventCard event /> })
                        .collect_view()}
                </ul>
            }
                .into_any()
        }}
        <Pager
            current=list.page
            pages=list.pages
            link=move |n| routes::events(
                &EventQuery {
                    page: n,
                    ..query.get_untracked()
                },
            )
        />
    }
}

#[component]
fn EventCard(event: EventSummary) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let EventSummary {
        id,
        kind,
        format,
        status,
        title,
        when,
        venue,
        seats_left,
        closed,
        mine,
    } = event;
    view! {
        <li class="card stack">
            <h3>
                <a href=routes::event(id)>{move || title.get(i18n.locale()).to_string()}</a>
            </h3>
            <p class="cluster">
                <span class="badge">{move || t().event().event_kind(kind)}</span>
                <span class="badge">{move || t().event().event_format(format)}</span>
                <span class="badge">{move || t().event().event_status(status)}</span>
            </p>
            <WhenText when />
            <p class="muted small">
                {move || venue.get(i18n.locale()).to_string()}
                {closed
                    .is_none()
                    .then(|| {
                        view! {
                            " · "
                            {move || {
                                if seats_left > 0 {
                                    fill_count(t().event().event_seats_left, seats_left)
                                } else {
                                    t().event().event_full.to_string()
                                }
                            }}
                        }
                    })}
            </p>
            {mine.map(|mine| view! { <MyStatus mine /> })}
        </li>
    }
}
