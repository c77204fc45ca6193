//! The frame of every page: skip link, header with navigation, language switch and account
//! menu, and footer.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};

use crate::api::auth::{Logout, SetLocale};
use crate::i18n::{Messages, fill, sync_document_lang, tr, use_i18n};
use crate::model::Locale;
use crate::model::auth::CurrentUser;
use crate::model::permissions::{Action, allows};
use crate::routes;
use crate::ui::auth::use_auth;

/// The page's `<title>` and its `<h1>`, from one string.
#[component]
pub fn PageTitle(text: fn(&'static Messages) -> &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <leptos_meta::Title text=title_text(move || text(i18n.t()).to_string()) />
        <h1>{move || text(i18n.t())}</h1>
    }
}

/// A `<title>` text. The server writes the head after rendering the page, when the page's signals
/// may already be disposed (reading one then panicked, and the response never ended), so there
/// the text is taken once, now; in the browser it follows the language.
pub fn title_text(text: impl Fn() -> String + Send + Sync + 'static) -> TextProp {
    #[cfg(feature = "ssr")]
    {
        TextProp::from(text())
    }
    #[cfg(not(feature = "ssr"))]
    {
        TextProp::from(text)
    }
}

/// The page's meta description, for search results, in the reader's language (public pages).
#[component]
pub fn PageDescription(text: fn(&'static Messages) -> &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! { <leptos_meta::Meta name="description" content=move || text(i18n.t()) /> }
}

#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main">
            {move || i18n.t().skip_link}
        </a>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{move || i18n.t().footer_text}</p>
        </footer>
    }
}

/// A navigation link that marks itself as the current page.
#[component]
fn NavLink(href: &'static str, text: fn(&'static Messages) -> &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let current = move || {
        let path = location.pathname.get();
        (path == href || (href != routes::HOME && path.starts_with(&format!("{href}/"))))
            .then_some("page")
    };
    view! {
        <li>
            <a href=href aria-current=current>
                {move || text(i18n.t())}
            </a>
        </li>
    }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let auth = use_auth();
    view! {
        <header class="site-header">
            <a class="brand" href=routes::HOME>
                <span class="brand-name">{tr(|m| m.brand_name)}</span>
                <span class="brand-sub">{tr(|m| m.brand_sub)}</span>
            </a>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let user = auth.header_user.await.ok().flatten();
                    view! {
                        <MainNav user=user.clone() />
                        <HeaderTools user />
                    }
                })}
            </Transition>
        </header>
    }
}

#[component]
fn MainNav(user: Option<CurrentUser>) -> impl IntoView {
    let i18n = use_i18n();
    let Some(user) = user else {
        return view! {
            <nav class="main-nav" aria-label=move || i18n.t().nav_label>
                <ul>
                    <NavLink href=routes::HOME text=|m| m.nav_home />
                    <NavLink href=routes::APPLY text=|m| m.nav_apply />
                </ul>
            </nav>
        }
        .into_any();
    };
    let org_admin = allows(user.role, Action::ManageOwnOrganization);
    let staff = allows(user.role, Action::ReviewApplications);
    let moderator = allows(user.role, Action::ModeratePosts);
    view! {
        <nav class="main-nav" aria-label=move || i18n.t().nav_label>
            <ul>
                <NavLink href=routes::DASHBOARD text=|m| m.nav_dashboard />
                <NavLink href=routes::PROJECTS text=|m| m.nav_projects />
                <NavLink href=routes::REFERRALS text=|m| m.nav_referrals />
                <NavLink href=routes::THREADS text=|m| m.nav_threads />
                <NavLink href=routes::EVENTS text=|m| m.nav_events />
                <NavLink href=routes::DIRECTORY text=|m| m.nav_directory />
                {org_admin
                    .then(|| {
                        view! { <NavLink href=routes::ORGANIZATION text=|m| m.nav_organization /> }
                    })}
                {moderator
                    .then(|| {
                        view! { <NavLink href=routes::MODERATION text=|m| m.nav_moderation /> }
                    })}
                {staff.then(|| view! { <NavLink href=routes::ADMIN text=|m| m.nav_admin /> })}
            </ul>
        </nav>
    }
    .into_any()
}

#[component]
fn HeaderTools(user: Option<CurrentUser>) -> impl IntoView {
    view! {
        <div class="header-tools">
            <LanguageSwitch />
            {match user {
                Some(user) => view! { <UserMenu user /> }.into_any(),
                None => {
                    view! {
                        <a class="btn btn-primary btn-small" href=routes::LOGIN>
                            {tr(|m| m.nav_login)}
                        </a>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// Switches the interface language at once; the choice is remembered by the server.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let set_locale = ServerAction::<SetLocale>::new();
    let choose = move |locale: Locale| {
        i18n.locale.set(locale);
        sync_document_lang(locale);
        set_locale.dispatch(SetLocale { locale });
    };
    let button = move |locale: Locale, text: &'static str| {
        view! {
            <button
                type="button"
                lang=locale.as_str()
                aria-pressed=move || if i18n.locale() == locale { "true" } else { "false" }
                on:click=move |_| choose(locale)
            >
                {text}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=move || i18n.t().language_label>
            {button(Locale::Ja, "日本語")}
            {button(Locale::En, "English")}
        </div>
    }
}

#[component]
fn UserMenu(user: CurrentUser) -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let logout = ServerAction::<Logout>::new();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(())) = logout.value().get() {
            auth.refresh();
            navigate(routes::HOME, Default::default());
        }
    });
    let name = user.name.clone();
    let unread = user.unread_notifications;
    let notifications_label = move || {
        if unread > 0 {
            fill(i18n.t().nav_notifications_unread_label, unread)
        } else {
            i18n.t().nav_notifications.to_string()
        }
    };
    view! {
        <div class="user-menu" role="group" aria-label=tr(|m| m.account_menu)>
            <a href=routes::NOTIFICATIONS aria-label=notifications_label>
                {tr(|m| m.nav_notifications)}
                {(unread > 0).then(|| view! { <span class="count-badge">{unread}</span> })}
            </a>
            <a href=routes::PROFILE>{move || name.display(i18n.locale())}</a>
            <ActionForm action=logout>
                <button type="submit" class="btn-link">
                    {tr(|m| m.nav_logout)}
                </button>
            </ActionForm>
        </div>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use leptos::prelude::*;

    /// The server reads a title after the page's owner (and its signals) may be gone: the text
    /// must not depend on them any more.
    #[test]
    fn server_titles_outlive_the_page() {
        let owner = Owner::new();
        let title = owner.with(|| {
            let locale = RwSignal::new("ja");
            super::title_text(move || locale.get().to_string())
        });
        owner.cleanup();
        drop(owner);
        assert_eq!(title.get(), "ja");
    }
}
