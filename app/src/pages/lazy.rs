//! Pages loaded on demand: each becomes its own WASM chunk (with `cargo leptos build --split`),
//! so the first download holds only the shell and the common pages.

use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};

/// Declares a lazily loaded route whose view is the given page component.
macro_rules! lazy_page {
    ($route:ident, $page:path) => {
        pub struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(_this: Self) -> AnyView {
                $page().into_any()
            }
        }
    };
}

lazy_page!(AdminRoute, super::admin::AdminPage);
lazy_page!(ApplyRoute, super::apply::ApplyPage);
lazy_page!(InvitationRoute, super::invitation::AcceptInvitationPage);
lazy_page!(
    MyOrganizationRoute,
    super::my_organization::MyOrganizationPage
);
lazy_page!(OrganizationRoute, super::directory::OrganizationPage);
lazy_page!(ProfileRoute, super::profile::ProfilePage);
lazy_page!(
    ForgotPasswordRoute,
    super::password_reset::ForgotPasswordPage
);
lazy_page!(ResetPasswordRoute, super::password_reset::ResetPasswordPage);
