//! The interface languages, and choosing one from the browser's `Accept-Language`.

use super::code_enum::code_enum;

code_enum!(
    Locale { Ja => "ja", En => "en" }
);

impl Locale {
    /// The best supported locale for an `Accept-Language` header; Japanese when nothing matches.
    pub fn from_accept_language(header: &str) -> Locale {
        let mut best: Option<(f32, Locale)> = None;
        for part in header.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = pieces
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|v| v.parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            if let Some(locale) = Locale::parse(primary)
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, locale));
            }
        }
        best.map(|(_, l)| l).unwrap_or(Locale::Ja)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_highest_quality_supported() {
        assert_eq!(
            Locale::from_accept_language("en-US,en;q=0.9,ja;q=0.8"),
            Locale::En
        );
        assert_eq!(
            Locale::from_accept_language("fr-FR, ja;q=0.5, en;q=0.3"),
            Locale::Ja
        );
        assert_eq!(Locale::from_accept_language("de"), Locale::Ja);
        assert_eq!(Locale::from_accept_language(""), Locale::Ja);
        assert_eq!(Locale::parse("fr"), None);
    }
}
