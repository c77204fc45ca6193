//! Where one is logged in: a section of the profile page listing one's sessions, each with the
//! button that ends it, and one that ends all but this browser's.

use leptos::prelude::*;

use crate::api::session::{EndOtherSessions, EndSession, list_sessions};
use crate::i18n::{fill, format_date_time, tr, use_i18n};
use crate::model::AppError;
use crate::model::session::{SessionSummary, device_label};
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::action_error;

/// The sessions and the actions on them, created by the page outside any `<Suspense>`.
#[derive(Clone, Copy)]
pub struct SessionsData {
    end: ServerAction<EndSession>,
    end_others: ServerAction<EndOtherSessions>,
    sessions: Resource<Result<Vec<SessionSummary>, AppError>>,
}

impl SessionsData {
    pub fn load() -> Self {
        let end = ServerAction::<EndSession>::new();
        let end_others = ServerAction::<EndOtherSessions>::new();
        let sessions = Resource::new(
            move || (end.version().get(), end_others.version().get()),
            |_| list_sessions(),
        );
        Self {
            end,
            end_others,
            sessions,
        }
    }
}

#[component]
pub fn SessionsSection(data: SessionsData) -> impl IntoView {
    let i18n = use_i18n();
    let SessionsData {
        end,
        end_others,
        sessions,
    } = data;
    let end_error = action_error(end);
    let others_error = action_error(end_others);
    let ended = move || {
        end_others
            .value()
            .get()
            .and_then(Result::ok)
            .map(|n| fill(i18n.t().account().sessions_ended, n))
    };
    view! {
        <section class="stack" aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">{tr(|m| m.account().sessions_section)}</h2>
            <p class="muted">{tr(|m| m.account().sessions_intro)}</p>
            <ActionError error=end_error />
            <ActionError error=others_error />
            {move || {
                ended()
                    .map(|text| {
                        view! {
                            <div class="alert alert-success" role="status">
                                {text}
                            </div>
                        }
                    })
            }}
            <Loaded
                resource=sessions
                view={move |rows: Vec<SessionSummary>| {
                    view! {
                        <ul class="stack">
                            {rows
                                .into_iter()
                                .map(|session| view! { <SessionRow session end /> })
                                .collect_view()}
                        </ul>
                    }
                }}
            />
            <ActionForm action=end_others>
                <button type="submit" class="btn btn-secondary">
                    {tr(|m| m.account().sessions_end_others)}
                </button>
            </ActionForm>
        </section>
    }
}

/// One session: the device, when it logged in and was last active, and its end button (this
/// browser's own session is marked instead; logging out ends it).
#[component]
fn SessionRow(session: SessionSummary, end: ServerAction<EndSession>) -> impl IntoView {
    let i18n = use_i18n();
    let label = device_label(&session.device);
    let device = move || {
        label
            .clone()
            .unwrap_or_else(|| i18n.t().account().session_unknown_device.into())
    };
    let named = device.clone();
    let SessionSummary {
        key,
        signed_in_at,
        last_seen_at,
        current,
        ..
    } = session;
    view! {
        <li class="cluster">
            <strong>{device.clone()}</strong>
            {current
                .then(|| {
                    view! {
                        <span class="badge badge-active">
                            {tr(|m| m.account().session_this_device)}
                        </span>
                    }
                })}
            <span class="muted small">
                {tr(|m| m.account().session_signed_in)}": "
                {move || format_date_time(signed_in_at, i18n.locale())}
            </span>
            <span class="muted small">
                {tr(|m| m.account().session_last_seen)}": "
                {move || format_date_time(last_seen_at, i18n.locale())}
            </span>
            {(!current)
                .then(|| {
                    view! {
                        <ActionForm action=end>
                            <input type="hidden" name="key" value=key.clone() />
                            <button
                                type="submit"
                                class="btn btn-secondary btn-small"
                                aria-label=move || fill(
                                    i18n.t().account().session_end_named,
                                    named(),
                                )
                            >
                                {tr(|m| m.account().session_end)}
                            </button>
                        </ActionForm>
                    }
                })}
        </li>
    }
}
