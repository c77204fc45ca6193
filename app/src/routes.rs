//! Every path of the app in one place, so links are never spelled by hand.

use crate::model::OrganizationId;

pub const HOME: &str = "/";
pub const LOGIN: &str = "/login";
/// The second step of a login: the code from the authenticator app.
pub const LOGIN_CODE: &str = "/login/code";
pub const FORGOT_PASSWORD: &str = "/password/forgot";
pub const APPLY: &str = "/apply";
pub const DASHBOARD: &str = "/dashboard";
pub const PROJECTS: &str = "/projects";
pub const THREADS: &str = "/threads";
pub const EVENTS: &str = "/events";
pub const DIRECTORY: &str = "/directory";
pub const PROFILE: &str = "/profile";
pub const TWO_FACTOR: &str = "/profile/two-step";
pub const ORGANIZATION: &str = "/organization";
pub const ADMIN: &str = "/admin";
pub const SECURITY_LOG: &str = "/admin/security";

/// Pages reached through a mailed link: the path's last segment is the link's secret token.
pub const RESET_LINK: &str = "/password/reset/";
pub const INVITATION_LINK: &str = "/invitations/";
pub const CONFIRM_APPLICATION_LINK: &str = "/apply/confirm/";

/// The page where a new password is chosen through a reset link.
pub fn reset_link(token: &str) -> String {
    format!("{RESET_LINK}{token}")
}

/// The page where an applicant confirms their e-mail address.
pub fn confirm_application_link(token: &str) -> String {
    format!("{CONFIRM_APPLICATION_LINK}{token}")
}

/// The page where an invitee accepts an invitation.
pub fn invitation_link(token: &str) -> String {
    format!("{INVITATION_LINK}{token}")
}

/// `path` as a log may show it: a mailed link's token is replaced, since whoever reads the log
/// could otherwise use the link.
pub fn loggable_path(path: &str) -> std::borrow::Cow<'_, str> {
    for prefix in [RESET_LINK, INVITATION_LINK, CONFIRM_APPLICATION_LINK] {
        if path.starts_with(prefix) && path.len() > prefix.len() {
            return format!("{prefix}[token]").into();
        }
    }
    path.into()
}

pub fn organization_profile(id: OrganizationId) -> String {
    format!("{DIRECTORY}/{id}")
}

/// The login page, coming back to `path` afterwards.
pub fn login_returning_to(path: &str) -> String {
    returning_to(LOGIN, path)
}

/// The code step of a login that goes on to `path` afterwards.
pub fn login_code_returning_to(path: &str) -> String {
    returning_to(LOGIN_CODE, path)
}

fn returning_to(page: &str, path: &str) -> String {
    match safe_return_path(path) {
        Some(path) if path != HOME => format!("{page}?next={}", encode_query_value(path)),
        _ => page.to_string(),
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
    fn link_tokens_stay_out_of_logs() {
        let token = "a".repeat(64);
        assert_eq!(
            loggable_path(&reset_link(&token)),
            "/password/reset/[token]"
        );
        assert_eq!(
            loggable_path(&invitation_link(&token)),
            "/invitations/[token]"
        );
        assert_eq!(loggable_path("/directory/3"), "/directory/3");
        assert_eq!(loggable_path(RESET_LINK), RESET_LINK);
    }

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
