//! What in a free text could identify a patient: a name, a date (of birth, or any full date: an
//! exact date tied to a person identifies them, so an anonymized case says "age 54" and
//! "March 2026"), a passport number, a phone number or an e-mail address. A referral's case
//! summary is checked on the server with this, and refused with what was found; the warning
//! on the form says the same beforehand. A heuristic: it finds the usual ways these are
//! written in Japanese and English, and errs on the side of asking.

use serde::{Deserialize, Serialize};

/// A kind of identifier found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Identifier {
    Name,
    Date,
    Passport,
    Phone,
    Email,
}

/// Words that introduce a name (`氏名:`, `patient name`) or a person's honorific (`様`,
/// `Mr.`); matched without regard to case.
const NAME_MARKERS: &[&str] = &[
    "氏名",
    "患者名",
    "名前",
    "お名前",
    "フルネーム",
    "name:",
    "name is",
    "named ",
    "patient name",
    "full name",
    "mr.",
    "mrs.",
    "ms.",
    "miss ",
    "mr ",
    "mrs ",
    "ms ",
];
/// Honorifics written after a name in Japanese (`山田様`, `田中さん`, `佐藤氏`).
const NAME_SUFFIXES: &[&str] = &["様", "さま", "さん", "氏", "くん", "ちゃん"];
/// Words that introduce a date of birth.
const BIRTH_MARKERS: &[&str] = &[
    "生年月日",
    "誕生日",
    "生まれ",
    "dob",
    "d.o.b",
    "date of birth",
    "birth date",
    "birthday",
    "born on",
    "born in",
];
const PASSPORT_MARKERS: &[&str] = &["passport", "パスポート", "旅券"];
const PHONE_MARKERS: &[&str] = &[
    "電話", "携帯", "tel:", "tel.", "phone", "mobile", "whatsapp",
];
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// The kinds of identifier `text` seems to hold, each once, in `Identifier` order.
pub fn find_identifiers(text: &str) -> Vec<Identifier> {
    // Full-width digits, letters and signs read as their ASCII forms.
    let text: String = text.chars().map(narrow).collect();
    let lower = text.to_lowercase();
    let mut found = Vec::new();
    let has = |markers: &[&str]| markers.iter().any(|m| contains_word(&lower, m));
    if has(NAME_MARKERS) || honorific_after_name(&text) {
        found.push(Identifier::Name);
    }
    if has(BIRTH_MARKERS) || has_full_date(&lower) {
        found.push(Identifier::Date);
    }
    if has(PASSPORT_MARKERS) || has_passport_number(&text) {
        found.push(Identifier::Passport);
    }
    if has(PHONE_MARKERS) || has_phone_number(&text) {
        found.push(Identifier::Phone);
    }
    if has_email(&text) {
        found.push(Identifier::Email);
    }
    found
}

/// Whether `marker` is in `text` where a word starts (`ms ` is not in `symptoms `).
fn contains_word(text: &str, marker: &str) -> bool {
    text.match_indices(marker).any(|(at, _)| {
        !text[..at]
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

/// A full-width character as its ASCII form (`０` → `0`, `／` → `/`, `＠` → `@`).
fn narrow(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// The characters Japanese names are written in: kanji, and katakana for foreign names.
fn is_name_char(c: char) -> bool {
    matches!(c, '\u{30A0}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}')
}

/// A Japanese honorific right after a name (`山田様`, `グエンさん`), not after a word that is
/// no name (`患者さま`, `お父さん`) nor in a word that only contains one (`同様`, `多様`).
fn honorific_after_name(text: &str) -> bool {
    const NOT_NAMES: &[&str] = &[
        "皆", "患者", "家族", "奥", "父", "母", "兄", "姉", "弟", "妹", "息子", "娘", "医師",
        "先生", "同", "仕", "多", "模", "異", "一", "有", "王",
    ];
    NAME_SUFFIXES.iter().any(|suffix| {
        text.match_indices(suffix).any(|(at, _)| {
            let before = &text[..at];
            let name: String = before
                .chars()
                .rev()
                .take_while(|c| is_name_char(*c))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            name.chars().count() >= 2 && !NOT_NAMES.iter().any(|n| name.ends_with(n))
        })
    })
}

/// The runs of ASCII digits in `s`, with where each starts and ends (byte offsets).
fn digit_runs(s: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                runs.push((st, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        runs.push((st, s.len()));
    }
    runs
}

/// A day, a month and a year together: `1962-03-04`, `4/3/1962`, `1962年3月4日`, `昭和37年3月4日`,
/// `4 March 1962`, `March 4, 1962`.
fn has_full_date(lower: &str) -> bool {
    let runs = digit_runs(lower);
    let numbers: Vec<(&str, &str)> = runs
        .iter()
        .enumerate()
        .map(|(i, &(s, e))| {
            let next_start = runs.get(i + 1).map_or(lower.len(), |r| r.0);
            (&lower[s..e], &lower[e..next_start])
        })
        .collect();
    // Three numbers joined by one date separator each (`-`, `/`, `.`, or 年 and 月).
    let joined = numbers.windows(3).any(|w| {
        let seps = [w[0].1.trim(), w[1].1.trim()];
        let numeric = seps.iter().all(|s| ["-", "/", "."].contains(s)) && seps[0] == seps[1];
        let japanese = seps[0] == "年" && seps[1] == "月";
        // A year of four digits at one end, a month and a day of one or two digits.
        let short = |n: &str| n.len() <= 2;
        let year_at_an_end = (w[0].0.len() == 4 && short(w[1].0) && short(w[2].0))
            || (short(w[0].0) && short(w[1].0) && w[2].0.len() == 4);
        (numeric && year_at_an_end) || japanese
    });
    // A month's name between or after numbers: `4 march 1962`, `march 4, 1962`.
    let named = MONTHS.iter().any(|m| {
        lower.match_indices(m).any(|(at, _)| {
            let before = lower[..at].trim_end();
            let after = lower[at + m.len()..].trim_start_matches(['.', ' ']);
            let ends_digit = |s: &str| s.chars().last().is_some_and(|c| c.is_ascii_digit());
            let day_before = ends_digit(before);
            let digits_after: String = after.chars().take_while(char::is_ascii_digit).collect();
            let rest = after[digits_after.len()..].trim_start_matches([',', ' ']);
            let year_after = |s: &str| s.chars().take_while(char::is_ascii_digit).count() == 4;
            (day_before && year_after(after))
                || (!digits_after.is_empty() && digits_after.len() <= 2 && year_after(rest))
        })
    });
    joined || named
}

/// One or two capital letters and seven to nine digits (`TK1234567`, `C01234567`).
fn has_passport_number(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| {
            let letters = word.chars().take_while(char::is_ascii_uppercase).count();
            let digits = &word[letters..];
            (1..=2).contains(&letters)
                && (7..=9).contains(&digits.len())
                && digits.chars().all(|c| c.is_ascii_digit())
        })
}

/// Ten or more digits written as one number, with spaces, hyphens, dots or brackets between
/// them (`090-1234-5678`, `+84 90 123 4567`).
fn has_phone_number(text: &str) -> bool {
    let mut digits = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 10 {
                return true;
            }
        } else if !matches!(c, ' ' | '-' | '.' | '(' | ')' | '+') {
            digits = 0;
        }
    }
    false
}

fn has_email(text: &str) -> bool {
    text.split_whitespace().any(|word| {
        word.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    })
}

#[cfg(test)]
mod tests {
    use super::Identifier::*;
    use super::*;

    #[test]
    fn a_clinical_summary_without_identifiers_passes() {
        for text in [
            "54歳男性。2025年11月に肝細胞癌と診断。肝切除の適応について日本での治療を希望。",
            "Woman, 38, with a recurrent pituitary adenoma after two operations in 2024. \
             Seeks proton therapy; MRI from March 2026 available.",
            "患者さまのご家族が付き添います。皆さまのご意見をください。",
            "Tumour 3.5 cm, AFP 120 ng/mL, Child-Pugh A. ECOG 1.",
        ] {
            assert_eq!(find_identifiers(text), vec![], "{text}");
        }
    }

    #[test]
    fn names_are_found() {
        for text in [
            "患者氏名: グエン・ヴァン・アン",
            "山田花子様の件です",
            "Patient name: Nguyen Van An",
            "Mr. Tanaka needs surgery",
            "the patient, named Somchai,",
        ] {
            assert_eq!(find_identifiers(text), vec![Name], "{text}");
        }
    }

    #[test]
    fn full_dates_and_dates_of_birth_are_found() {
        for text in [
            "1962-03-04",
            "born 4/3/1962",
            "1962年3月4日生",
            "昭和37年3月4日",
            "4 March 1962",
            "March 4, 1962",
            "DOB unknown",
            "生年月日は不明",
            "２０２６／０３／０１に手術",
        ] {
            assert!(find_identifiers(text).contains(&Date), "{text}");
        }
        // A month and a year, an age or a lab value are not dates.
        for text in [
            "March 2026",
            "2026年3月",
            "aged 54",
            "AFP 3.5/10.2",
            "3/4 of patients",
        ] {
            assert!(!find_identifiers(text).contains(&Date), "{text}");
        }
    }

    #[test]
    fn passports_phones_and_emails_are_found() {
        assert_eq!(find_identifiers("TK1234567"), vec![Passport]);
        assert_eq!(find_identifiers("パスポート番号あり"), vec![Passport]);
        assert_eq!(find_identifiers("090-1234-5678"), vec![Phone]);
        assert_eq!(find_identifiers("+84 90 123 4567"), vec![Phone]);
        assert_eq!(find_identifiers("０９０－１２３４－５６７８"), vec![Phone]);
        assert_eq!(find_identifiers("an@hoasen.example"), vec![Email]);
        assert_eq!(
            find_identifiers("Ms. Lan, DOB 1980-01-02, tel 0901234567"),
            vec![Name, Date, Phone]
        );
    }
}
