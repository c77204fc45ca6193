//! The member areas that later work fills (projects): for now each says what it will hold.

use leptos::prelude::*;

use crate::i18n::{Messages, use_i18n};
use crate::ui::auth::RequireUser;
use crate::ui::layout::PageTitle;

type Text = fn(&'static Messages) -> &'static str;

#[component]
fn UpcomingArea(title: Text, text: Text) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=title />
        <RequireUser let:_user>
            <p class="empty-state">{move || text(i18n.t())}</p>
        </RequireUser>
    }
}

#[component]
pub fn ProjectsPage() -> impl IntoView {
    view! { <UpcomingArea title=|m| m.projects_title text=|m| m.projects_text /> }
}
