//! Two-step verification: after the password, a six-digit code from an authenticator app
//! (time-based, RFC 6238), or one of ten single-use recovery codes for a lost phone. Required
//! for the people who run the Forum (staff and admins), optional for members.

use serde::{Deserialize, Serialize};

use super::Role;
use super::auth::CurrentUser;

/// Digits in an authenticator app's code.
pub const APP_CODE_DIGITS: usize = 6;
/// Seconds one app code stands for.
pub const STEP_SECS: u64 = 30;
/// Recovery codes given at a time.
pub const RECOVERY_CODE_COUNT: usize = 10;
/// Minutes between the password and the code before one has to start again.
pub const PENDING_LOGIN_MINUTES: i64 = 5;

/// Whether people in `role` must use two-step verification.
pub fn required_for(role: Role) -> bool {
    role.is_staff()
}

/// A code as typed, without the spaces and hyphens people add while copying, in lower case.
pub fn normalize_code(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Whether a normalized code has the shape of an app code (else it is taken as a recovery code).
pub fn is_app_code(code: &str) -> bool {
    code.len() == APP_CODE_DIGITS && code.bytes().all(|b| b.is_ascii_digit())
}

/// One's own two-step verification, as the settings page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorStatus {
    pub enabled: bool,
    /// The role requires it: it cannot be turned off.
    pub required: bool,
    pub recovery_codes_left: u32,
}

/// What an authenticator app needs to start producing codes: shown once, while setting up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorSetup {
    /// The key in base32, in groups of four, for typing into the app by hand.
    pub secret: String,
    /// The same as an `otpauth://` link (what the QR code holds).
    pub uri: String,
    /// The QR code as an SVG drawing, made on the server from `uri`.
    pub qr_svg: String,
}

/// Where a correct password leaves the user: logged in, or asked for the second step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginStep {
    SignedIn(Box<CurrentUser>),
    CodeNeeded,
}

/// Groups a base32 key in fours for reading aloud or typing.
pub fn group_secret(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_typed() {
        assert_eq!(normalize_code(" 123 456 "), "123456");
        assert!(is_app_code(&normalize_code("123-456")));
        assert!(!is_app_code("12345"));
        assert!(!is_app_code("12345a"));
        assert_eq!(normalize_code("AB12C-D34EF"), "ab12cd34ef");
        assert!(!is_app_code(&normalize_code("AB12C-D34EF")));
    }

    #[test]
    fn required_for_those_who_run_the_forum() {
        assert!(required_for(Role::Admin) && required_for(Role::Staff));
        assert!(!required_for(Role::Member) && !required_for(Role::OrgAdmin));
    }

    #[test]
    fn secrets_are_grouped_in_fours() {
        assert_eq!(group_secret("ABCDEFGHIJ"), "ABCD EFGH IJ");
    }
}
