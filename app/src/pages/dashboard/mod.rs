//! The member's home after login: their upcoming registrations and the events open to them
//! (for staff, registrations awaiting approval), what is new in the threads they follow and who
//! mentioned them (for staff, the review queue's size); later work adds projects.

mod events;

use leptos::prelude::*;

use self::events::EventPanels;
use crate::api::thread::get_thread_news;
use crate::i18n::EventTexts;
use crate::i18n::texts::with_texts;
use crate::i18n::{fill, tr, use_i18n};
use crate::model::thread::{FollowedThread, Mention, ThreadNews};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::Loaded;
use crate::ui::layout::PageTitle;

#[component]
pub fn DashboardPage() -> impl IntoView {
    view! {
        <PageTitle text=|m| m.dashboard_title />
        <RequireUser let:user>
            <Welcome user />
        </RequireUser>
    }
}

#[component]
fn Welcome(user: crate::model::auth::CurrentUser) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let org = move || user.organization_name.get(i18n.locale()).to_string();
    view! {
        <p class="page-lead">
            {move || fill(t().dashboard_welcome, user.name.display(i18n.locale()))}
        </p>
        <p class="muted">{org}</p>
        {user
            .review_queue
            .map(|n| {
                view! {
                    <section class="card" aria-labelledby="review-queue-heading">
                        <h2 id="review-queue-heading">{tr(|m| m.moderation_queue_label)}</h2>
                        <p>
                            <a href=crate::routes::MODERATION>
                                {move || fill(t().moderation_queue_count, n)}
                            </a>
                        </p>
                    </section>
                }
            })}
        {with_texts::<EventTexts, _>(|| view! { <EventPanels /> })}
        <ThreadNewsPanels />
        <p class="empty-state">{tr(|m| m.dashboard_empty)}</p>
    }
}

#[component]
fn ThreadNewsPanels() -> impl IntoView {
    let news = Resource::new(|| (), |_| get_thread_news());
    view! {
        <Loaded
            resource=news
            view=|ThreadNews { followed, mentions }| {
                view! {
                    <div class="panels">
                        <Panel
                            id="followed-heading"
                            heading=|m| m.dashboard_followed_heading
                            empty=|m| m.dashboard_followed_empty
                            items=followed.into_iter().map(followed_thread).collect()
                        />
                        <Panel
                            id="mentions-heading"
                            heading=|m| m.dashboard_mentions_heading
                            empty=|m| m.dashboard_mentions_empty
                            items=mentions.into_iter().map(mention_of_me).collect()
                        />
                    </div>
                }
            }
        />
    }
}

/// A titled card with its list, or a note when the list is empty.
#[component]
fn Panel(
    id: &'static str,
    heading: crate::ui::form::Text,
    empty: crate::ui::form::Text,
    items: Vec<AnyView>,
) -> impl IntoView {
    let list = if items.is_empty() {
        view! { <p class="muted">{tr(empty)}</p> }.into_any()
    } else {
        view! { <ul class="plain-list stack">{items}</ul> }.into_any()
    };
    view! {
        <section class="card stack" aria-labelledby=id>
            <h2 id=id>{tr(heading)}</h2>
            {list}
        </section>
    }
}

/// A followed thread with its count of unread replies.
fn followed_thread(t: FollowedThread) -> AnyView {
    let i18n = use_i18n();
    let unread = t.unread;
    view! {
        <li>
            <a href=routes::thread(t.id, 1)>{t.title}</a>
            " "
            <span class="badge badge-active">{move || fill(i18n.t().thread_unread, unread)}</span>
        </li>
    }
    .into_any()
}

/// A mention: the thread, at the post, and who wrote it.
fn mention_of_me(m: Mention) -> AnyView {
    let i18n = use_i18n();
    let href = routes::post_at(&m.place);
    let by = m.by;
    view! {
        <li>
            <a href=href>{m.place.thread_title}</a>
            <span class="muted small">" · "{move || by.display(i18n.locale())}</span>
        </li>
    }
    .into_any()
}
