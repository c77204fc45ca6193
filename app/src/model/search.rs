//! Folding text for search: full-width and half-width forms, case, and katakana versus hiragana
//! all compare equal, so "ｻｸﾗ", "サクラ" and "さくら" find the same hospital.

use unicode_normalization::UnicodeNormalization;

use super::{ErrorCode, Field, FieldError};

/// The longest search query, in characters, and the most words in one.
pub const QUERY_MAX_CHARS: u32 = 200;
pub const QUERY_MAX_WORDS: u32 = 10;

/// A search query within bounds: every word is a `LIKE` condition, so the size is capped.
pub fn check_query(field: Field, query: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if query.chars().count() > QUERY_MAX_CHARS as usize {
        errors.push(FieldError::new(field, ErrorCode::TooLong(QUERY_MAX_CHARS)));
    } else if query.split_whitespace().count() > QUERY_MAX_WORDS as usize {
        errors.push(FieldError::new(
            field,
            ErrorCode::TooManyWords(QUERY_MAX_WORDS),
        ));
    }
    errors
}

/// The canonical search form of `text`: NFKC, lowercase, katakana turned into hiragana,
/// runs of white space collapsed to one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    for c in text.nfkc().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        out.push(katakana_to_hiragana(c));
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn katakana_to_hiragana(c: char) -> char {
    // ァ (U+30A1) .. ヶ (U+30F6) map one-to-one onto ぁ (U+3041) .. ゖ (U+3096).
    if ('\u{30A1}'..='\u{30F6}').contains(&c) {
        char::from_u32(c as u32 - 0x60).unwrap_or(c)
    } else {
        c
    }
}

/// Joins the searchable parts of a record into one folded haystack.
pub fn haystack<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let joined: Vec<String> = parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(fold)
        .collect();
    joined.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_capped() {
        assert!(check_query(Field::Query, "病院 東京 がん").is_empty());
        let long = "あ".repeat(201);
        assert_eq!(
            check_query(Field::Query, &long)[0].code,
            ErrorCode::TooLong(200)
        );
        let many = "a ".repeat(11);
        assert_eq!(
            check_query(Field::Query, &many)[0].code,
            ErrorCode::TooManyWords(10)
        );
    }

    #[test]
    fn width_case_and_kana_fold_together() {
        assert_eq!(fold("ｻｸﾗ"), fold("さくら"));
        assert_eq!(fold("サクラ病院"), "さくら病院");
        assert_eq!(fold("ＴＯＫＹＯ  Clinic"), "tokyo clinic");
        assert_eq!(fold(" Ｈospital "), "hospital");
    }

    #[test]
    fn haystack_skips_empty_parts() {
        assert_eq!(haystack(["さくら", "", "Sakura"]), "さくら sakura");
    }
}
