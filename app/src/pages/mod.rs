//! Route-level pages, one file (or folder) each. Pages loaded on demand are reached only
//! through their routes in `lazy`.

mod admin;
mod auth;
mod confirm_application;
mod dashboard;
mod directory;
mod events;
mod invitation;
mod landing;
mod lazy;
mod login_code;
mod membership;
mod moderation;
mod not_found;
mod notifications;
mod organization;
mod password_reset;
mod profile;
mod projects;
mod referrals;
mod sessions;
mod threads;
mod two_factor;

pub use auth::LoginPage;
pub use landing::LandingPage;
pub use lazy::*;
pub use not_found::NotFoundPage;

/// The page an area chooses by its address (projects, referrals and digests share one route
/// between pages, which keeps the main module small), shown once the area's strings are here.
/// The choice follows the address: a move within the route builds the page anew. It is made
/// outside the `<Transition>` that waits for the strings: a closure inside it is called again by
/// each of the transition's passes on the server (finding resources, resolving, rendering),
/// which built the page and fetched its data three times per request.
fn by_address<T: crate::i18n::texts::AreaTexts>(
    choose: fn(&str) -> leptos::prelude::AnyView,
) -> impl leptos::prelude::IntoView {
    use leptos::prelude::{Get, IntoAny, untrack};
    let path = leptos_router::hooks::use_location().pathname;
    move || {
        let path = path.get();
        untrack(|| {
            crate::i18n::texts::with_texts::<T, _>(|| choose(path.trim_end_matches('/'))).into_any()
        })
    }
}

/// The id in an address `/area/:id…` (its second segment), if it is one. The areas whose pages
/// share a route (projects, referrals) give it to the page they choose, made anew whenever the
/// address changes: a move within one route keeps the params it had.
fn id_of<T: std::str::FromStr>(path: &str) -> Option<T> {
    path.split('/').nth(2)?.parse().ok()
}

/// The `:id` of the page's address (`/threads/:id`, `/events/:id`), or `fallback` when it is not
/// one (the page then shows "not found" from the server's answer).
fn id_in_path<T>(fallback: T) -> leptos::prelude::Memo<T>
where
    T: std::str::FromStr + Clone + PartialEq + Send + Sync + 'static,
{
    use leptos::prelude::{Memo, Read};
    let params = leptos_router::hooks::use_params_map();
    Memo::new(move |_| {
        params
            .try_read()
            .and_then(|p| p.get("id"))
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| fallback.clone())
    })
}
