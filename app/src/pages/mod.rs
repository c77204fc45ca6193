//! Route-level pages, one file (or folder) each.

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
mod profile;

pub use admin::AdminPage;
pub use apply::ApplyPage;
pub use areas::{EventsPage, ProjectsPage, ThreadsPage};
pub use dashboard::DashboardPage;
pub use directory::{DirectoryPage, OrganizationPage};
pub use invitation::AcceptInvitationPage;
pub use landing::LandingPage;
pub use lazy::*;
pub use login::LoginPage;
pub use my_organization::MyOrganizationPage;
pub use not_found::NotFoundPage;
pub use profile::ProfilePage;
