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
        <p class="empty-state">{tr(|m| m.dashboard_empty)}</p>
    }
}
