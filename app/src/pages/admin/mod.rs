//! The admin area for staff: membership applications and accounts.

mod accounts;
mod applications;

use leptos::prelude::*;

use crate::ui::auth::RequireUser;
use crate::ui::feedback::ErrorAlert;
use crate::ui::layout::PageTitle;

#[component]
pub fn AdminPage() -> impl IntoView {
    view! {
        <PageTitle text=|m| m.admin_title/>
        <RequireUser let:user>
            <AdminArea user/>
        </RequireUser>
    }
}

#[component]
fn AdminArea(user: crate::model::account::CurrentUser) -> impl IntoView {
    // The server refuses every admin function to non-staff; this only spares a useless screen.
    if user.role.is_staff() {
        view! { <applications::Applications/> <accounts::Accounts admin=user.role == crate::model::Role::Admin me=user.id/> }.into_any()
    } else {
        view! { <ErrorAlert error=crate::model::AppError::Forbidden/> }.into_any()
    }
}
