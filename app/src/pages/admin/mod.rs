//! The admin area for staff: membership applications and accounts.

mod account;
mod membership;

use leptos::prelude::*;

use crate::model::AppError;
use crate::model::permissions::{Action, allows};
use crate::ui::auth::RequireUser;
use crate::ui::feedback::or_error;
use crate::ui::layout::PageTitle;

#[component]
pub fn AdminPage() -> impl IntoView {
    view! {
        <PageTitle text=|m| m.admin_title />
        <RequireUser let:user>
            <AdminArea user />
        </RequireUser>
    }
}

#[component]
fn AdminArea(user: crate::model::auth::CurrentUser) -> impl IntoView {
    // The server refuses every admin function to non-staff; this only spares a useless screen.
    if allows(user.role, Action::ReviewApplications) {
        view! {
            <membership::Applications />
            <account::Accounts me=user.person() />
        }
        .into_any()
    } else {
        or_error(Err::<(), _>(AppError::Forbidden), |()| ())
    }
}
