//! @mentions: a member is mentioned by their name without spaces, in kanji (`@山田太郎`) or
//! romanized (`@YamadaTaro`, any case). Names are matched whole, after folding case and spaces.

use super::names::PersonName;

/// The most members one post can mention (more names are ignored, as a guard against spam).
pub const MENTIONS_MAX: usize = 10;

/// The mention keys in `text`: the folded words after an `@` that starts a word (so
/// `name@example.jp` mentions nobody), distinct, in order, at most `MENTIONS_MAX`.
pub fn scan(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut previous: Option<char> = None;
    for (at, c) in text.char_indices() {
        let starts_word = previous.is_none_or(|p| !is_name_char(p));
        previous = Some(c);
        if c != '@' || !starts_word {
            continue;
        }
        let rest = &text[at + 1..];
        let len: usize = rest
            .chars()
            .take_while(|&c| is_name_char(c))
            .map(char::len_utf8)
            .sum();
        let key = fold(rest[..len].trim_end_matches(['.', '-', '_']));
        if !key.is_empty() && !keys.contains(&key) && keys.len() < MENTIONS_MAX {
            keys.push(key);
        }
    }
    keys
}

/// The keys a person answers to: their kanji name and their romanized name, folded.
pub fn keys_of(name: &PersonName) -> [String; 2] {
    [
        fold(&format!("{}{}", name.family_name, name.given_name)),
        fold(&name.romanized_name),
    ]
}

/// Lowercase, without spaces (full-width ones too).
pub fn fold(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | 'ー' | '々')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_words_after_an_at_sign() {
        assert_eq!(
            scan("@山田太郎 さん、@YamadaTaro and @yamadataro."),
            ["山田太郎", "yamadataro"]
        );
        assert_eq!(scan("mail tanaka@example.jp or @"), Vec::<String>::new());
        assert_eq!(scan("(@SUZUKI_Hanako)"), ["suzuki_hanako"]);
        assert_eq!(scan("「@佐藤花子」へ"), ["佐藤花子"]);
    }

    #[test]
    fn one_post_mentions_at_most_ten() {
        let text: String = (0..15).map(|n| format!("@member{n} ")).collect();
        assert_eq!(scan(&text).len(), MENTIONS_MAX);
    }

    #[test]
    fn people_answer_to_both_their_names() {
        let name = PersonName {
            family_name: "山田".into(),
            given_name: "太郎".into(),
            romanized_name: "YAMADA Taro".into(),
            ..Default::default()
        };
        assert_eq!(keys_of(&name), ["山田太郎", "yamadataro"]);
        assert_eq!(fold("Yamada\u{3000}Taro"), "yamadataro");
    }
}
