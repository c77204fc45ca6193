//! The dashboard's events panel: the member's upcoming registrations (with their standing and
//! place on the waiting list), the next events open for registration, and for staff the
//! registrations awaiting approval. Its strings are the events' key set.

use leptos::prelude::*;

use super::Panel;
use crate::api::event::get_event_news;
use crate::i18n::{fill, tr, use_i18n};
use crate::model::event_view::{EventNews, EventQuery, EventSummary, PendingApprovals};
use crate::model::registrant::RegistrantQuery;
use crate::model::registration::RegistrationStatus;
use crate::pages::events::WhenText;
use crate::routes;
use crate::ui::feedback::Loaded;

#[component]
pub fn EventPanels() -> impl IntoView {
    let news = Resource::new(|| (), |_| get_event_news());
    view! {
        <Loaded
            resource=news
            view=|EventNews { mine, open, pending }| {
                let all_mine = routes::events(
                    &EventQuery {
                        mine: true,
                        ..Default::default()
                    },
                );
                view! {
                    <div class="panels">
                        <Panel
                            id="my-events-heading"
                            heading=|m| m.event().dashboard_my_events
                            empty=|m| m.event().dashboard_my_events_empty
                            items=mine.into_iter().map(|e| event_line(e, true)).collect()
                        />
                        <Panel
                            id="open-events-heading"
                            heading=|m| m.event().dashboard_open_events
                            empty=|m| m.event().dashboard_open_events_empty
                            items=open.into_iter().map(|e| event_line(e, false)).collect()
                        />
                        {(!pending.is_empty())
                            .then(|| {
                                view! {
                                    <Panel
                                        id="pending-heading"
                                        heading=|m| m.event().dashboard_pending
                                        empty=|m| m.event().dashboard_pending
                                        items=pending.into_iter().map(pending_line).collect()
                                    />
                                }
                            })}
                    </div>
                    <p>
                        <a href=all_mine>{tr(|m| m.event().dashboard_my_events_all)}</a>
                    </p>
                }
            }
        />
    }
}

/// An event: its title, when, and (for the member's own) where their registration stands.
fn event_line(e: EventSummary, standing: bool) -> AnyView {
    let i18n = use_i18n();
    let EventSummary {
        id,
        title,
        when,
        mine,
        ..
    } = e;
    let standing = mine.filter(|_| standing).map(|mine| {
        let text = move || i18n.t().event().standing(mine, true);
        let class = if mine.status.holds_seat() {
            "badge badge-active"
        } else {
            "badge"
        };
        view! { <span class=class>{text}</span> }
    });
    view! {
        <li>
            <a href=routes::event(id)>{move || title.get(i18n.locale()).to_string()}</a>
            " "
            {standing}
            <WhenText when />
        </li>
    }
    .into_any()
}

/// An event with registrations awaiting approval, linked to its list of them.
fn pending_line(p: PendingApprovals) -> AnyView {
    let i18n = use_i18n();
    let href = routes::registrants(&RegistrantQuery {
        status: Some(RegistrationStatus::Pending),
        ..RegistrantQuery::of(p.id)
    });
    let (title, count) = (p.title, p.count);
    view! {
        <li>
            <a href=href>{move || title.get(i18n.locale()).to_string()}</a>
            " "
            <span class="badge">
                {move || fill(i18n.t().event().dashboard_pending_count, count)}
            </span>
        </li>
    }
    .into_any()
}
