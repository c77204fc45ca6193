//! The admin area for staff: membership applications and accounts.

mod account;
mod membership;
pub mod security_log;

use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::AppError;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::ErrorAlert;
use crate::ui::layout::PageTitle;

/// The admin area's data and actions, created by the route's `data()` (outside any
/// `<Suspense>`: see `membership::ApplicationsData`).
#[derive(Clone, Copy)]
pub struct AdminData {
    applications: membership::ApplicationsData,
    accounts: account::AccountsData,
}

/// Starts loading the admin area.
pub fn load_admin() -> AdminData {
    AdminData {
        applications: membership::ApplicationsData::load(),
        accounts: account::AccountsData::load(),
    }
}

#[component]
pub fn AdminPage() -> impl IntoView {
    let AdminData {
        applications,
        accounts,
    } = load_admin();
    view! {
        <PageTitle text=|m| m.admin().admin_title />
        <RequireUser let:user>
            <AdminArea user applications accounts />
        </RequireUser>
    }
}

#[component]
fn AdminArea(
    user: crate::model::auth::CurrentUser,
    applications: membership::ApplicationsData,
    accounts: account::AccountsData,
) -> impl IntoView {
    // The server answers 403 (and refuses every admin function) to non-staff; this says why.
    if crate::routes::may_open(crate::routes::ADMIN, user.role) {
        let admin = crate::routes::may_open(crate::routes::SECURITY_LOG, user.role);
        view! {
            {admin
                .then(|| {
                    view! {
                        <p>
                            <a href=crate::routes::SECURITY_LOG>
                                {tr(|m| m.admin().security_log_link)}
                            </a>
                        </p>
                    }
                })}
            <membership::Applications data=applications />
            <account::Accounts me=user.person() data=accounts />
        }
        .into_any()
    } else {
        view! { <ErrorAlert error=AppError::Forbidden /> }.into_any()
    }
}
