//! Every path of the app in one place, so links are never spelled by hand.

use crate::model::OrganizationId;

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

pub fn organization_profile(id: OrganizationId) -> String {
    format!("{DIRECTORY}/{id}")
}

/// The login page, coming back to `path` afterwards.
pub fn login_returning_to(path: &str) -> String {
    match safe_return_path(path) {
        Some(path) if path != HOME => format!("{LOGIN}?next={}", encode_query_value(path)),
        _ => LOGIN.to_string(),
    }
}

/// `next` if it is a path on this site (`/…`), never another site (`//host`, `/\host`,
/// `https://…`) or a script; `None` otherwise.
pub fn safe_return_path(next: &str) -> Option<&str> {
    let on_site = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control);
    on_site.then_some(next)
}

/// Percent-encodes what would end or confuse a query value.
fn encode_query_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn return_paths_stay_on_this_site() {
        assert_eq!(safe_return_path("/directory/3"), Some("/directory/3"));
        assert_eq!(
            safe_return_path("/directory?q=a&page=2"),
            Some("/directory?q=a&page=2")
        );
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "",
            "/a\nb",
        ] {
            assert_eq!(safe_return_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn login_link_carries_the_return_path() {
        assert_eq!(login_returning_to("/profile"), "/login?next=/profile");
        assert_eq!(
            login_returning_to("/directory?q=a&page=2"),
            "/login?next=/directory%3Fq%3Da%26page%3D2"
        );
        assert_eq!(login_returning_to("/"), "/login");
        assert_eq!(login_returning_to("//evil.example"), "/login");
    }
}
