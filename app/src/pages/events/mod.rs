//! Events: the list (upcoming and past), an event's page with registration, and the form staff
//! create and edit events with. Each is a lazy route.

mod calendar;
mod digest;
mod digest_edit;
mod edit;
mod list;
mod register;
mod registrants;
mod rows;
mod status;
mod view;

pub use digest::DigestPages;
pub use edit::{EditEventPage, NewEventPage};
pub use list::EventsPage;
pub use registrants::RegistrantsPage;
pub use view::EventPage;

use leptos::prelude::*;

use crate::i18n::{Messages, tr, use_i18n};
use crate::model::event_view::{MyRegistration, When};

/// The same pairs, following the interface language (for a select).
fn options<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    code: fn(T) -> &'static str,
    label: fn(&'static Messages, T) -> &'static str,
) -> Signal<Vec<(String, String)>> {
    let i18n = use_i18n();
    Signal::derive(move || crate::ui::form::choices(all, code, label, i18n.t()))
}

/// A date written out in the event's zone, and under it in the reader's when that differs.
#[component]
pub(crate) fn WhenText(when: When) -> impl IntoView {
    let i18n = use_i18n();
    let When { event, viewer } = when;
    view! {
        <p>{move || event.get(i18n.locale()).to_string()}</p>
        {viewer
            .map(|v| {
                view! {
                    <p class="muted small">
                        {tr(|m| m.event().event_your_time)}": "
                        {move || v.get(i18n.locale()).to_string()}
                    </p>
                }
            })}
    }
}

/// Where the reader's registration stands: confirmed, waiting (at which place) or awaiting
/// approval.
#[component]
fn MyStatus(mine: MyRegistration) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || i18n.t().event().standing(mine, false);
    let class = if mine.status.holds_seat() {
        "alert alert-success"
    } else {
        "alert alert-info"
    };
    view! {
        <p class=class role="status">
            {text}
        </p>
    }
}
