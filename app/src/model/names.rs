//! Person names the Japanese way: family name first, kanji with a kana reading, and a romanized
//! form for international readers.

use serde::{Deserialize, Serialize};

use super::Field;
use super::{ErrorCode, FieldError, Locale};
use crate::model::validation::{name_text, not_reserved, required};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName {
    pub family_name: String,
    pub given_name: String,
    pub family_name_kana: String,
    pub given_name_kana: String,
    /// Family name first, e.g. "YAMADA Taro".
    pub romanized_name: String,
}

impl PersonName {
    /// The name as a reader of `locale` expects it: kanji in Japanese, romanized in English
    /// when there is a romanized form.
    pub fn display(&self, locale: Locale) -> String {
        match locale {
            Locale::En if !self.romanized_name.is_empty() => self.romanized_name.clone(),
            _ => format!("{} {}", self.family_name, self.given_name)
                .trim()
                .to_string(),
        }
    }

    /// The kana reading, when given, for furigana.
    pub fn reading(&self) -> Option<String> {
        let r = format!("{} {}", self.family_name_kana, self.given_name_kana)
            .trim()
            .to_string();
        (!r.is_empty()).then_some(r)
    }

    /// Trims every part.
    pub fn trimmed(&self) -> Self {
        Self {
            family_name: self.family_name.trim().to_string(),
            given_name: self.given_name.trim().to_string(),
            family_name_kana: self.family_name_kana.trim().to_string(),
            given_name_kana: self.given_name_kana.trim().to_string(),
            romanized_name: self.romanized_name.trim().to_string(),
        }
    }

    /// Field errors: family and given names are required; a name written in kanji needs its
    /// kana reading; readings are kana only; the romanized form is Latin script.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        required(&mut errors, Field::FamilyName, &self.family_name);
        required(&mut errors, Field::GivenName, &self.given_name);
        for (field, value) in [
            (Field::FamilyName, &self.family_name),
            (Field::GivenName, &self.given_name),
            (Field::FamilyNameKana, &self.family_name_kana),
            (Field::GivenNameKana, &self.given_name_kana),
            (Field::RomanizedName, &self.romanized_name),
        ] {
            name_text(&mut errors, field, value, 60);
            not_reserved(&mut errors, field, value);
        }
        for (field, value, source) in [
            (
                Field::FamilyNameKana,
                &self.family_name_kana,
                &self.family_name,
            ),
            (
                Field::GivenNameKana,
                &self.given_name_kana,
                &self.given_name,
            ),
        ] {
            if !value.is_empty() && !is_kana(value) {
                errors.push(FieldError::new(field, ErrorCode::KanaOnly));
            } else if value.is_empty() && has_kanji(source) {
                errors.push(FieldError::new(field, ErrorCode::KanaRequired));
            }
        }
        if !self.romanized_name.is_empty() && !is_latin(&self.romanized_name) {
            errors.push(FieldError::new(Field::RomanizedName, ErrorCode::LatinOnly));
        }
        errors
    }
}

/// Hiragana, katakana (full or half width), the long-vowel mark, middle dot and spaces.
pub fn is_kana(s: &str) -> bool {
    s.chars().all(|c| {
        matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}' | '\u{FF66}'..='\u{FF9F}')
            || c.is_whitespace()
    })
}

/// CJK ideographs (kanji), which need a reading.
pub fn has_kanji(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々'))
}

/// Latin letters (with accents), spaces and the punctuation names use.
pub fn is_latin(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_ascii_alphabetic()
            || matches!(c, ' ' | '-' | '\'' | '.' | ',')
            || ('\u{00C0}'..='\u{024F}').contains(&c)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(f: &str, g: &str, fk: &str, gk: &str, r: &str) -> PersonName {
        PersonName {
            family_name: f.into(),
            given_name: g.into(),
            family_name_kana: fk.into(),
            given_name_kana: gk.into(),
            romanized_name: r.into(),
        }
    }

    #[test]
    fn kanji_needs_kana_reading() {
        let errs = name("山田", "太郎", "", "たろう", "").validate();
        assert_eq!(
            errs,
            vec![FieldError::new(
                Field::FamilyNameKana,
                ErrorCode::KanaRequired
            )]
        );
        assert!(
            name("山田", "太郎", "やまだ", "タロウ", "YAMADA Taro")
                .validate()
                .is_empty()
        );
    }

    #[test]
    fn international_names_need_no_kana() {
        assert!(
            name("Nguyen", "Van An", "", "", "NGUYEN Van An")
                .validate()
                .is_empty()
        );
    }

    #[test]
    fn readings_and_romanization_are_checked() {
        let errs = name("山田", "太郎", "yamada", "たろう", "山田").validate();
        assert!(errs.contains(&FieldError::new(Field::FamilyNameKana, ErrorCode::KanaOnly)));
        assert!(errs.contains(&FieldError::new(Field::RomanizedName, ErrorCode::LatinOnly)));
        let errs = name("", "", "", "", "").validate();
        assert_eq!(errs.len(), 2);
    }

    #[test]
    fn display_follows_locale() {
        let n = name("山田", "太郎", "やまだ", "たろう", "YAMADA Taro");
        assert_eq!(n.display(Locale::Ja), "山田 太郎");
        assert_eq!(n.display(Locale::En), "YAMADA Taro");
        assert_eq!(n.reading().as_deref(), Some("やまだ たろう"));
    }
}
