//! Every path of the app in one place, so links are never spelled by hand.

pub const HOME: &str = "/";
pub const LOGIN: &str = "/login";
pub const FORGOT_PASSWORD: &str = "/password/forgot";
pub const APPLY: &str = "/apply";
pub const DASHBOARD: &str = "/dashboard";
pub const PROJECTS: &str = "/projects";
pub const THREADS: &str = "/threads";
pub const EVENTS: &str = "/events";
pub const DIRECTORY: &str = "/directory";
pub const PROFILE: &str = "/profile";
pub const ORGANIZATION: &str = "/organization";
pub const ADMIN: &str = "/admin";

pub fn organization_profile(id: i32) -> String {
    format!("{DIRECTORY}/{id}")
}
