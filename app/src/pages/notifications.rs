//! A member's notifications (unread first, marked read together) and the flags they raised with
//! what became of each.

use leptos::prelude::*;

use crate::api::moderation::list_my_flags;
use crate::api::notification::{MarkNotificationsRead, list_notifications};
use crate::i18n::{fill, format_date_time, joined, term_label, tr, use_i18n};
use crate::model::moderation::MyFlag;
use crate::model::notification::{NotificationList, NotificationView};
use crate::model::vocab::{COUNTRIES, SPECIALTIES};
use crate::routes;
use crate::ui::auth::{RequireUser, use_auth};
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::action_error;
use crate::ui::layout::PageTitle;
use crate::ui::moderation::ReasonText;

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let auth = use_auth();
    let mark_read = ServerAction::<MarkNotificationsRead>::new();
    let notifications = Resource::new(move || mark_read.version().get(), |_| list_notifications());
    let flags = Resource::new(|| (), |_| list_my_flags());
    // The header's unread count follows.
    Effect::new(move |seen: Option<usize>| {
        let version = mark_read.version().get();
        if seen.is_some_and(|seen| seen != version) {
            auth.refresh();
        }
        version
    });
    view! {
        <PageTitle text=|m| m.notification().notifications_title />
        <RequireUser let:_user>
            <ActionError error=action_error(mark_read) />
            <Loaded
                resource=notifications
                view=move |list| view! { <Notifications list mark_read /> }
            />
            <section class="stack" aria-labelledby="my-flags-heading">
                <h2 id="my-flags-heading">{tr(|m| m.notification().my_flags_title)}</h2>
                <Loaded resource=flags view=|flags| view! { <MyFlags flags /> } />
            </section>
        </RequireUser>
    }
}

#[component]
fn Notifications(
    list: NotificationList,
    mark_read: ServerAction<MarkNotificationsRead>,
) -> impl IntoView {
    let NotificationList { unread, items } = list;
    if items.is_empty() {
        return view! { <p class="muted">{tr(|m| m.notification().notifications_empty)}</p> }
            .into_any();
    }
    view! {
        {(unread > 0)
            .then(|| {
                view! {
                    <ActionForm action=mark_read>
                        <button type="submit" class="btn btn-secondary">
                            {tr(|m| m.notification().notifications_mark_read)}
                        </button>
                    </ActionForm>
                }
            })}
        <ul class="stack plain-list" aria-label=tr(|m| m.notification().notifications_title)>
            {items.into_iter().map(|n| view! { <Notification n /> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn Notification(n: NotificationView) -> impl IntoView {
    let i18n = use_i18n();
    let NotificationView {
        kind,
        place,
        event,
        project,
        referral,
        organization,
        actor,
        reason,
        created_at,
        read,
        ..
    } = n;
    let href = place
        .as_ref()
        .map(routes::post_at)
        .or_else(|| event.as_ref().map(|e| routes::event(e.id)))
        .or_else(|| project.as_ref().map(|p| routes::project(p.id)))
        .or_else(|| referral.as_ref().map(|r| routes::referral(r.id)));
    let text = move || {
        let locale = i18n.locale();
        let case;
        let title = match (&place, &event, &project, &referral) {
            (Some(p), ..) => p.thread_title.as_str(),
            (None, Some(e), ..) => e.title.get(locale),
            (None, None, Some(p), _) => p.title.get(locale),
            (None, None, None, Some(r)) => {
                let what = [
                    term_label(SPECIALTIES, &r.specialty, locale),
                    term_label(COUNTRIES, &r.country, locale),
                ];
                let template = i18n.t().notification().notification_case;
                case = fill(&fill(template, r.id), joined(&what, locale));
                case.as_str()
            }
            _ => "",
        };
        let template = i18n.t().notification().text(kind);
        match &organization {
            Some(name) => fill(&fill(template, name.get(locale)), title),
            None => fill(template, title),
        }
    };
    view! {
        <li class=if read {
            "card"
        } else {
            "card unread"
        }>
            {(!read)
                .then(|| {
                    view! {
                        <span class="badge">{tr(|m| m.notification().notifications_unread)}</span>
                    }
                })}
            <p>
                {match href {
                    Some(href) => view! { <a href=href>{text}</a> }.into_any(),
                    None => text.into_any(),
                }}
            </p> {reason.map(|reason| view! { <ReasonText reason /> })}
            <p class="muted small">
                {actor
                    .map(|actor| {
                        view! {
                            {move || actor.display(i18n.locale())}
                            " · "
                        }
                    })} {move || format_date_time(created_at.timestamp(), i18n.locale())}
            </p>
        </li>
    }
}

#[component]
fn MyFlags(flags: Vec<MyFlag>) -> impl IntoView {
    let i18n = use_i18n();
    if flags.is_empty() {
        return view! { <p class="muted">{tr(|m| m.notification().my_flags_empty)}</p> }.into_any();
    }
    view! {
        <ul class="stack plain-list">
            {flags
                .into_iter()
                .map(|f| {
                    let href = routes::post_at(&f.place);
                    let MyFlag { place, reason, note, status, created_at } = f;
                    view! {
                        <li class="card">
                            <p>
                                <a href=href>
                                    {place.thread_title}" · "
                                    {move || fill(i18n.t().post_number, place.number)}
                                </a>
                            </p>
                            <p>
                                {move || i18n.t().flag_reason(reason)}
                                {(!note.is_empty())
                                    .then(|| {
                                        view! {
                                            " — "
                                            <q>{note}</q>
                                        }
                                    })}
                            </p>
                            <p>
                                <strong>
                                    {move || i18n.t().notification().flag_status(status)}
                                </strong>
                                <span class="muted small">
                                    " · "
                                    {move || format_date_time(
                                        created_at.timestamp(),
                                        i18n.locale(),
                                    )}
                                </span>
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
