//! The site's public address, from which every absolute link (in mails, calendars) is made.

/// The site's address, e.g. `https://forum.example.jp`, without a final slash.
#[derive(Clone, Copy, Debug)]
pub struct Site<'a>(&'a str);

impl<'a> Site<'a> {
    pub fn new(address: &'a str) -> Self {
        Self(address.trim_end_matches('/'))
    }

    /// The absolute address of a path of the site (`/events/3` → `https://…/events/3`).
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    /// The site's host (and port), e.g. for calendar entries' ids.
    pub fn host(&self) -> &'a str {
        let rest = self.0.split_once("://").map_or(self.0, |(_, rest)| rest);
        rest.split('/').next().unwrap_or(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::Site;

    #[test]
    fn links_and_host_ignore_a_final_slash_and_the_scheme() {
        let site = Site::new("https://forum.example.jp:8443/");
        assert_eq!(
            site.link("/events/3"),
            "https://forum.example.jp:8443/events/3"
        );
        assert_eq!(site.host(), "forum.example.jp:8443");
        assert_eq!(Site::new("http://127.0.0.1:3000").host(), "127.0.0.1:3000");
    }
}
