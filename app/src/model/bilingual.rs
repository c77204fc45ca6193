//! A text written in Japanese and in English, as the Forum's names and descriptions are.

use serde::{Deserialize, Serialize};

use super::Locale;

/// Both language versions of one text; either may be empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bilingual {
    pub ja: String,
    pub en: String,
}

impl Bilingual {
    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            ja: ja.into(),
            en: en.into(),
        }
    }

    /// The text in `locale`, or in the other language when that one is missing.
    pub fn get(&self, locale: Locale) -> &str {
        let (first, second) = match locale {
            Locale::Ja => (&self.ja, &self.en),
            Locale::En => (&self.en, &self.ja),
        };
        if first.is_empty() { second } else { first }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_the_other_language() {
        let both = Bilingual::new("さくら病院", "Sakura Hospital");
        assert_eq!(both.get(Locale::Ja), "さくら病院");
        assert_eq!(both.get(Locale::En), "Sakura Hospital");
        let ja_only = Bilingual::new("さくら病院", "");
        assert_eq!(ja_only.get(Locale::En), "さくら病院");
        assert_eq!(Bilingual::new("", "Sakura").get(Locale::Ja), "Sakura");
    }
}
