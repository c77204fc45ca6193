//! Pages loaded on demand: each becomes its own WASM chunk (with `cargo leptos build --split`),
//! so the first download holds only the shell and the common pages.

use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};

/// Declares a lazily loaded route whose view is the given page component. With `load`, the
/// route starts the page's data request in `data()`, while its WASM chunk is still downloading
/// (no waterfall), and hands it to the page as its `data` prop.
macro_rules! lazy_page {
    ($route:ident, $page:ident, load = $load:path => $data:ty) => {
        pub struct $route($data);

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route($load())
            }

            fn view(this: Self) -> AnyView {
                view! { <$page data=this.0/> }.into_any()
            }
        }
    };
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

use super::admin::{AdminData, AdminPage, load_admin};
use super::organization::{MyOrganizationPage, OrganizationData, load_my_organization};
use super::profile::{ProfilePage, ProfileUserData, load_own_profile};

lazy_page!(AdminRoute, AdminPage, load = load_admin => AdminData);
lazy_page!(ApplyRoute, super::membership::ApplyPage);
use super::directory::{OrganizationPage, ProfileData, load_profile};
use super::invitation::{AcceptInvitationPage, InvitationData, load_invitation};
use super::password_reset::{ResetLinkData, ResetPasswordPage, load_reset_link};

lazy_page!(InvitationRoute, AcceptInvitationPage, load = load_invitation => InvitationData);
lazy_page!(MyOrganizationRoute, MyOrganizationPage, load = load_my_organization => OrganizationData);
lazy_page!(OrganizationRoute, OrganizationPage, load = load_profile => ProfileData);
lazy_page!(ProfileRoute, ProfilePage, load = load_own_profile => ProfileUserData);
lazy_page!(
    ForgotPasswordRoute,
    super::password_reset::ForgotPasswordPage
);
lazy_page!(ResetPasswordRoute, ResetPasswordPage, load = load_reset_link => ResetLinkData);
