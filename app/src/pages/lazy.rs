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
                crate::ui::hydrated::page_pending();
                $route($load())
            }

            fn view(this: Self) -> AnyView {
                Effect::new(|_| crate::ui::hydrated::page_hydrated());
                view! { <$page data=this.0/> }.into_any()
            }
        }
    };
    // A page of an area with a key set of its own (`i18n::texts`): rendered once its strings
    // are here.
    ($route:ident, $page:path, texts = $texts:ty) => {
        lazy_page!(@view $route, crate::i18n::texts::with_texts::<$texts, _>($page).into_any());
    };
    ($route:ident, $page:path) => {
        lazy_page!(@view $route, $page().into_any());
    };
    (@view $route:ident, $view:expr) => {
        pub struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                crate::ui::hydrated::page_pending();
                $route
            }

            fn view(_this: Self) -> AnyView {
                Effect::new(|_| crate::ui::hydrated::page_hydrated());
                $view
            }
        }
    };
}

// The admin area, one's own organization and profile create their data in the page (inside
// their chunk): started in `data()`, their types would join the main bundle (+20 KB brotli,
// over its budget).
lazy_page!(
    AdminRoute,
    super::admin::AdminPage,
    texts = crate::i18n::AdminTexts
);
lazy_page!(
    SecurityLogRoute,
    super::admin::security_log::SecurityLogPage,
    texts = crate::i18n::AdminTexts
);
lazy_page!(ApplyRoute, super::membership::ApplyPage);
lazy_page!(
    LoginCodeRoute,
    super::login_code::LoginCodePage,
    texts = crate::i18n::AccountTexts
);
lazy_page!(
    TwoFactorRoute,
    super::two_factor::TwoFactorPage,
    texts = crate::i18n::AccountTexts
);
lazy_page!(
    ConfirmApplicationRoute,
    super::confirm_application::ConfirmApplicationPage
);
use super::directory::{OrganizationPage, ProfileData, load_profile};
use super::invitation::{AcceptInvitationPage, InvitationData, load_invitation};
use super::password_reset::{ResetLinkData, ResetPasswordPage, load_reset_link};

lazy_page!(InvitationRoute, AcceptInvitationPage, load = load_invitation => InvitationData);
lazy_page!(MyOrganizationRoute, super::organization::MyOrganizationPage);
lazy_page!(OrganizationRoute, OrganizationPage, load = load_profile => ProfileData);
lazy_page!(
    ProfileRoute,
    super::profile::ProfilePage,
    texts = crate::i18n::AccountTexts
);
lazy_page!(
    ForgotPasswordRoute,
    super::password_reset::ForgotPasswordPage
);
lazy_page!(ResetPasswordRoute, ResetPasswordPage, load = load_reset_link => ResetLinkData);
lazy_page!(DirectoryRoute, super::directory::DirectoryPage);
lazy_page!(DashboardRoute, super::dashboard::DashboardPage);
lazy_page!(
    ThreadsRoute,
    super::threads::ThreadsPage,
    texts = crate::i18n::ThreadTexts
);
lazy_page!(
    ThreadRoute,
    super::threads::ThreadPage,
    texts = crate::i18n::ThreadTexts
);
lazy_page!(
    NewThreadRoute,
    super::threads::NewThreadPage,
    texts = crate::i18n::ThreadTexts
);
lazy_page!(
    ThreadSearchRoute,
    super::threads::ThreadSearchPage,
    texts = crate::i18n::ThreadTexts
);
lazy_page!(
    BookmarksRoute,
    super::threads::BookmarksPage,
    texts = crate::i18n::ThreadTexts
);
lazy_page!(
    CategoriesRoute,
    super::threads::CategoriesPage,
    texts = crate::i18n::ThreadTexts
);
// The projects' pages are one chunk, as the digests' are. These areas wait for their strings
// inside the page they choose by address (`by_address`), not here: see there why.
lazy_page!(ProjectRoute, super::projects::ProjectPages);
lazy_page!(ReferralRoute, super::referrals::ReferralPages);
// Its title and description are rendered before its strings arrive (see the page).
lazy_page!(LandingRoute, super::landing::LandingPage);
lazy_page!(
    NotificationsRoute,
    super::notifications::NotificationsPage,
    texts = crate::i18n::NotificationTexts
);
// The moderation pages share the thread pages' strings (the post tools are on both).
lazy_page!(
    ModerationRoute,
    super::moderation::ModerationPage,
    texts = crate::i18n::ThreadTexts
);
lazy_page!(
    ModerationLogRoute,
    super::moderation::ModerationLogPage,
    texts = crate::i18n::ThreadTexts
);
lazy_page!(
    EventsRoute,
    super::events::EventsPage,
    texts = crate::i18n::EventTexts
);
lazy_page!(
    EventRoute,
    super::events::EventPage,
    texts = crate::i18n::EventTexts
);
lazy_page!(
    NewEventRoute,
    super::events::NewEventPage,
    texts = crate::i18n::EventTexts
);
lazy_page!(
    EditEventRoute,
    super::events::EditEventPage,
    texts = crate::i18n::EventTexts
);
// The digests' three pages are one chunk: a route costs the main module more than the pages.
// Its strings are waited for in `by_address`, as the projects' are.
lazy_page!(DigestRoute, super::events::DigestPages);
lazy_page!(
    RegistrantsRoute,
    super::events::RegistrantsPage,
    texts = crate::i18n::EventTexts
);
