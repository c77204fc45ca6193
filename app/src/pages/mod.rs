//! Route-level pages, one file (or folder) each. Pages loaded on demand are reached only
//! through their routes in `lazy`.

mod admin;
mod areas;
mod auth;
mod confirm_application;
mod dashboard;
mod directory;
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
mod sessions;
mod threads;
mod two_factor;

pub use areas::{EventsPage, ProjectsPage};
pub use auth::LoginPage;
pub use landing::LandingPage;
pub use lazy::*;
pub use not_found::NotFoundPage;
