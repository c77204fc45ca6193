//! One's own sessions: where one is logged in, to see and end them.

use serde::{Deserialize, Serialize};

/// A session of the member, as their profile lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSummary {
    /// Names the session for ending it: the hash under which it is stored, which cannot be
    /// used as a session.
    pub key: String,
    /// The browser's description of itself (`User-Agent`).
    pub device: String,
    /// Unix seconds.
    pub signed_in_at: i64,
    /// Unix seconds of the last recorded activity.
    pub last_seen_at: i64,
    /// The session of this very browser.
    pub current: bool,
}

/// A short name for a browser from its `User-Agent`: "Chrome on Windows", "Safari on iPhone".
/// `None` when it says nothing recognizable.
pub fn device_label(user_agent: &str) -> Option<String> {
    let ua = user_agent;
    let browser = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Chromium/", "Chromium"),
        ("Safari/", "Safari"),
    ]
    .into_iter()
    .find(|(mark, _)| ua.contains(mark))
    .map(|(_, name)| name);
    let system = [
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Android", "Android"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(mark, _)| ua.contains(mark))
    .map(|(_, name)| name);
    match (browser, system) {
        (Some(b), Some(s)) => Some(format!("{b} / {s}")),
        (Some(one), None) | (None, Some(one)) => Some(one.to_string()),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::device_label;

    #[test]
    fn browsers_are_named_briefly() {
        let chrome_win = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
        assert_eq!(
            device_label(chrome_win).as_deref(),
            Some("Chrome / Windows")
        );
        let safari_iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
        assert_eq!(
            device_label(safari_iphone).as_deref(),
            Some("Safari / iPhone")
        );
        let edge = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
        assert_eq!(device_label(edge).as_deref(), Some("Edge / macOS"));
        assert_eq!(device_label("curl/8.5.0"), None);
        assert_eq!(device_label(""), None);
    }
}
