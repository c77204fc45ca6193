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
