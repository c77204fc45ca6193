//! Route-level pages, one file (or folder) each. Pages loaded on demand are reached only
//! through their routes in `lazy`.

mod admin;
mod apply;
mod areas;
mod dashboard;
mod directory;
mod invitation;
mod landing;
mod lazy;
mod login;
mod my_organization;
mod not_found;
mod password_reset;
mod profile;

pub use areas::{EventsPage, ProjectsPage, ThreadsPage};
pub use dashboard::DashboardPage;
pub use directory::DirectoryPage;
pub use landing::LandingPage;
pub use lazy::*;
pub use login::LoginPage;
pub use not_found::NotFoundPage;
