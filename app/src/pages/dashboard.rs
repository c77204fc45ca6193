//! The member's home after login; later work adds projects, threads and registrations.

use leptos::prelude::*;

use crate::i18n::{fill, tr, use_i18n};
use crate::ui::auth::RequireUser;
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
        <p class="empty-state">{tr(|m| m.dashboard_empty)}</p>
    }
}
