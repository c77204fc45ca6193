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

/// A piece of a search result's text: `matched` pieces are shown highlighted.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Piece {
    pub text: String,
    pub matched: bool,
}

/// The part of `text` around its first match of any of `terms` (words as `fold` writes them),
/// about `width` characters, cut into matched and unmatched pieces. Matching folds `text` the
/// same way, so "ＪＣＩ" in a post is found by "jci" and highlighted as written.
pub fn highlight(text: &str, terms: &[&str], width: usize) -> Vec<Piece> {
    let original: Vec<char> = text.chars().collect();
    // Each folded character remembers which original character it came from.
    let mut folded = Vec::with_capacity(original.len());
    for (i, c) in original.iter().enumerate() {
        for f in std::iter::once(*c).nfkc().flat_map(char::to_lowercase) {
            folded.push((katakana_to_hiragana(f), i));
        }
    }
    let mut hit = vec![false; original.len()];
    for term in terms.iter().map(|t| t.chars().collect::<Vec<_>>()) {
        if term.is_empty() || term.len() > folded.len() {
            continue;
        }
        for start in 0..=folded.len() - term.len() {
            let window = &folded[start..start + term.len()];
            if window.iter().map(|(c, _)| c).eq(term.iter()) {
                for (_, i) in window {
                    hit[*i] = true;
                }
            }
        }
    }
    let first = hit.iter().position(|h| *h).unwrap_or(0);
    let begin = first.saturating_sub(width / 3);
    let end = (begin + width).min(original.len());
    let mut pieces: Vec<Piece> = Vec::new();
    if begin > 0 {
        pieces.push(Piece {
            text: "…".into(),
            matched: false,
        });
    }
    for i in begin..end {
        match pieces.last_mut() {
            Some(last) if last.matched == hit[i] && !(i == begin && begin > 0) => {
                last.text.push(original[i])
            }
            _ => pieces.push(Piece {
                text: original[i].to_string(),
                matched: hit[i],
            }),
        }
    }
    if end < original.len() {
        pieces.push(Piece {
            text: "…".into(),
            matched: false,
        });
    }
    pieces
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

    fn marked(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| {
                if p.matched {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn matches_are_highlighted_as_written() {
        let text = "海外のＪＣＩ認証と医療通訳について";
        let terms = ["jci", "通訳"];
        assert_eq!(
            marked(&highlight(text, &terms, 100)),
            "海外の[ＪＣＩ]認証と医療[通訳]について"
        );
        assert_eq!(
            marked(&highlight("サクラ病院", &["さくら"], 100)),
            "[サクラ]病院"
        );
        assert_eq!(
            marked(&highlight("no match here", &["医療"], 100)),
            "no match here"
        );
    }

    #[test]
    fn long_texts_are_cut_around_the_first_match() {
        let text = format!("{}医療{}", "あ".repeat(100), "い".repeat(100));
        let shown = marked(&highlight(&text, &["医療"], 30));
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(shown.contains("[医療]"), "{shown}");
        assert!(shown.chars().count() < 40, "{shown}");
    }

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
