//! The member's calendar feed, under "My registrations": make a private address for calendar
//! apps, make a new one (the old stops working), or stop it. The address is shown once, when
//! it is made: only its SHA-256 is kept.

use leptos::prelude::*;

use crate::api::calendar::{RenewCalendarFeed, StopCalendarFeed, get_calendar_feed};
use crate::i18n::{fill, tr, use_i18n};
use crate::model::calendar::CalendarFeed;
use crate::ui::action_button::ActionButton;
use crate::ui::feedback::Loaded;

#[component]
pub fn CalendarFeedPanel() -> impl IntoView {
    let changed = RwSignal::new(0u32);
    let feed = Resource::new(move || changed.get(), |_| get_calendar_feed());
    let renew = ServerAction::<RenewCalendarFeed>::new();
    let stop = ServerAction::<StopCalendarFeed>::new();
    // A stopped feed's address is no use any more: it leaves the screen.
    Effect::new(move |_| {
        if stop.version().get() > 0 {
            renew.value().set(None);
        }
    });
    let address = move || {
        renew
            .value()
            .get()
            .and_then(Result::ok)
            .and_then(|f| f.address)
    };
    view! {
        <section class="card stack" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">{tr(|m| m.event().calendar_heading)}</h2>
            <p>{tr(|m| m.event().calendar_lead)}</p>
            {move || {
                address()
                    .map(|address| {
                        view! {
                            <div class="field">
                                <label for="calendar-address">
                                    {tr(|m| m.event().calendar_address)}
                                </label>
                                <input
                                    id="calendar-address"
                                    type="text"
                                    readonly=true
                                    value=address
                                    aria-describedby="calendar-address-note"
                                />
                                <p id="calendar-address-note" class="muted small">
                                    {tr(|m| m.event().calendar_address_once)}
                                </p>
                            </div>
                        }
                    })
            }}
            <Loaded
                resource=feed
                view=move |CalendarFeed { since, .. }| {
                    view! { <FeedState since=since.map(|w| w.event) renew stop changed /> }
                }
            />
        </section>
    }
}

/// Whether there is a feed, with the buttons that apply.
#[component]
fn FeedState(
    since: Option<crate::model::Bilingual>,
    renew: ServerAction<RenewCalendarFeed>,
    stop: ServerAction<StopCalendarFeed>,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    match since {
        Some(since) => view! {
            <p role="status">
                {move || fill(i18n.t().event().calendar_active, since.get(i18n.locale()))}
            </p>
            <div class="cluster">
                <ActionButton
                    action=renew
                    fields=vec![]
                    text=|m| m.event().calendar_renew
                    class="btn btn-secondary"
                    changed
                />
                <ActionButton
                    action=stop
                    fields=vec![]
                    text=|m| m.event().calendar_stop
                    class="btn btn-secondary"
                    changed
                />
            </div>
        }
        .into_any(),
        None => view! {
            <p role="status">{tr(|m| m.event().calendar_none)}</p>
            <div>
                <ActionButton
                    action=renew
                    fields=vec![]
                    text=|m| m.event().calendar_create
                    class="btn btn-primary"
                    changed
                />
            </div>
        }
        .into_any(),
    }
}
