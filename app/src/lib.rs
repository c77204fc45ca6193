//! The MEJ Forum members' platform: shell, app and router. Everything else lives in the
//! modules below.

pub mod api;
pub mod i18n;
pub mod model;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod server;
pub mod ui;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{Lazy, path};

use crate::i18n::{I18n, initial_locale, use_i18n};
use crate::pages::*;
use crate::ui::auth::provide_auth;
use crate::ui::layout::{SiteFooter, SiteHeader, SkipLink};

/// The document's title. leptos_meta 0.8.7 writes the title into the server-rendered `<title>`
/// unescaped (an organization named `</title><meta http-equiv="refresh" …>` would redirect its
/// readers), so the server escapes it here; the browser sets it as text, unescaped.
#[cfg(feature = "ssr")]
fn document_title(title: &str, brand: &str) -> String {
    html_escape::encode_text(&format!("{title} | {brand}")).into_owned()
}

#[cfg(not(feature = "ssr"))]
fn document_title(title: &str, brand: &str) -> String {
    format!("{title} | {brand}")
}

/// Adds the brand to each page's title. The server takes the brand once, now (see
/// `ui::layout::title_text`); the browser follows the language.
fn title_formatter(
    brand: impl Fn() -> &'static str + Send + Sync + 'static,
) -> impl Fn(String) -> String + Send + Sync + 'static {
    #[cfg(feature = "ssr")]
    let brand = {
        let now = brand();
        move || now
    };
    move |title: String| document_title(&title, brand())
}

/// The HTML document around the app, rendered on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = initial_locale();
    #[cfg(feature = "ssr")]
    server_csp_header();
    view! {
        <!DOCTYPE html>
        <html lang=locale.as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// A Content-Security-Policy that allows only our own scripts, the inline bootstrap carrying
/// this response's nonce, and WebAssembly.
#[cfg(feature = "ssr")]
fn server_csp_header() {
    use leptos::nonce::use_nonce;
    let nonce = use_nonce()
        .map(|n| format!(" 'nonce-{n}'"))
        .unwrap_or_default();
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{nonce}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    );
    if let (Some(opts), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&policy),
    ) {
        opts.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(I18n::new(initial_locale()));
    provide_auth();
    // Marks the page as interactive (see `ui::hydrated`).
    Effect::new(|_| crate::ui::hydrated::shell_hydrated());
    let i18n = use_i18n();
    let t = move || i18n.t();

    view! {
        <leptos_meta::Stylesheet id="leptos" href="/pkg/mej.css" />
        <Title formatter=title_formatter(move || t().brand_name) />
        <Router>
            <SkipLink />
            <SiteHeader />
            <main id="main" class="page" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view={Lazy::<LandingRoute>::new()} />
                    <Route path=path!("/login") view=LoginPage />
                    <Route path=path!("/login/code") view={Lazy::<LoginCodeRoute>::new()} />
                    <Route path=path!("/apply") view={Lazy::<ApplyRoute>::new()} />
                    <Route
                        path=path!("/apply/confirm/:token")
                        view={Lazy::<ConfirmApplicationRoute>::new()}
                    />
                    <Route
                        path=path!("/invitations/:token")
                        view={Lazy::<InvitationRoute>::new()}
                    />

                    <Route
                        path=path!("/password/forgot")
                        view={Lazy::<ForgotPasswordRoute>::new()}
                    />
                    <Route
                        path=path!("/password/reset/:token")
                        view={Lazy::<ResetPasswordRoute>::new()}
                    />

                    <Route path=path!("/dashboard") view={Lazy::<DashboardRoute>::new()} />
                    // One route per shape: `/projects/new` and `/projects/matching` are matched
                    // as `:id` and told apart by the pages (each route costs the main module).
                    <Route path=path!("/projects") view={Lazy::<ProjectRoute>::new()} />
                    <Route path=path!("/projects/:id") view={Lazy::<ProjectRoute>::new()} />
                    <Route path=path!("/projects/:id/edit") view={Lazy::<ProjectRoute>::new()} />
                    <Route path=path!("/referrals") view={Lazy::<ReferralRoute>::new()} />
                    <Route path=path!("/referrals/:id") view={Lazy::<ReferralRoute>::new()} />
                    <Route path=path!("/threads") view={Lazy::<ThreadsRoute>::new()} />
                    <Route path=path!("/threads/new") view={Lazy::<NewThreadRoute>::new()} />
                    <Route path=path!("/threads/search") view={Lazy::<ThreadSearchRoute>::new()} />
                    <Route path=path!("/threads/bookmarks") view={Lazy::<BookmarksRoute>::new()} />
                    <Route
                        path=path!("/threads/categories")
                        view={Lazy::<CategoriesRoute>::new()}
                    />
                    <Route path=path!("/threads/:id") view={Lazy::<ThreadRoute>::new()} />
                    <Route path=path!("/events") view={Lazy::<EventsRoute>::new()} />
                    <Route path=path!("/events/new") view={Lazy::<NewEventRoute>::new()} />
                    <Route path=path!("/events/digests") view={Lazy::<DigestRoute>::new()} />
                    <Route path=path!("/events/:id") view={Lazy::<EventRoute>::new()} />
                    <Route path=path!("/events/:id/edit") view={Lazy::<EditEventRoute>::new()} />
                    <Route path=path!("/events/:id/digest") view={Lazy::<DigestRoute>::new()} />
                    <Route
                        path=path!("/events/:id/digest/edit")
                        view={Lazy::<DigestRoute>::new()}
                    />
                    <Route
                        path=path!("/events/:id/registrants")
                        view={Lazy::<RegistrantsRoute>::new()}
                    />
                    <Route path=path!("/directory") view={Lazy::<DirectoryRoute>::new()} />
                    <Route path=path!("/directory/:id") view={Lazy::<OrganizationRoute>::new()} />

                    <Route path=path!("/profile") view={Lazy::<ProfileRoute>::new()} />
                    <Route path=path!("/profile/two-step") view={Lazy::<TwoFactorRoute>::new()} />

                    <Route path=path!("/organization") view={Lazy::<MyOrganizationRoute>::new()} />

                    <Route path=path!("/notifications") view={Lazy::<NotificationsRoute>::new()} />
                    <Route path=path!("/moderation") view={Lazy::<ModerationRoute>::new()} />
                    <Route path=path!("/moderation/log") view={Lazy::<ModerationLogRoute>::new()} />

                    <Route path=path!("/admin") view={Lazy::<AdminRoute>::new()} />
                    <Route path=path!("/admin/security") view={Lazy::<SecurityLogRoute>::new()} />

                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    #[test]
    fn server_rendered_titles_are_escaped() {
        let title = super::document_title(r#"</title><meta http-equiv="refresh">"#, "MEJ");
        assert!(!title.contains('<'), "{title}");
        assert!(title.starts_with("&lt;/title&gt;&lt;meta"), "{title}");
        assert!(title.ends_with(" | MEJ"));
    }
}
