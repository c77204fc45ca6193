//! A registrant's answers to an event's questions: read from the register form (`answers[q12]`
//! for a text or one choice, `answers[q13_0]` … for each ticked choice of several), checked
//! against the questions, and stored as JSON by question id.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::event::QuestionKind;
use super::validation::max_len;
use super::{Bilingual, ErrorCode, EventQuestionId, Field, FieldError};

pub const ANSWER_MAX: u32 = 500;

/// A question as registrants see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: EventQuestionId,
    pub kind: QuestionKind,
    pub label: Bilingual,
    pub options: Vec<Bilingual>,
    pub required: bool,
}

/// One stored answer: the text, or the indexes of the chosen options.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Text(String),
    Choices(Vec<u32>),
}

/// The answers of one registration, by question id (as stored).
pub type Answers = BTreeMap<EventQuestionId, Answer>;

/// The form name of a question's input (a text or one choice).
pub fn answer_name(id: EventQuestionId) -> String {
    format!("answers[q{}]", id.0)
}

/// The form name of one choice's checkbox of a multiple-choice question.
pub fn choice_name(id: EventQuestionId, option: usize) -> String {
    format!("answers[q{}_{option}]", id.0)
}

/// The key a question's errors are reported under.
pub fn answer_key(id: EventQuestionId) -> String {
    format!("{}.q{}", Field::Answers.key(), id.0)
}

/// The answers the form sent (`raw`: input names without `answers[…]`, e.g. `q12`, `q13_0`),
/// checked against `questions`; every problem at once.
pub fn check_answers(
    questions: &[Question],
    raw: &BTreeMap<String, String>,
) -> Result<Answers, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut answers = Answers::new();
    for q in questions {
        let mut found = Vec::new();
        let mut problem = |code| found.push(code);
        let own = format!("q{}", q.id.0);
        let answer = match q.kind {
            QuestionKind::Text => {
                let text = raw.get(&own).map_or("", |s| s.trim());
                let mut found = Vec::new();
                max_len(&mut found, Field::Answers, text, ANSWER_MAX);
                found.into_iter().for_each(|e| problem(e.code));
                (!text.is_empty()).then(|| Answer::Text(text.to_string()))
            }
            QuestionKind::Single => match raw.get(&own).map(|s| s.trim()).filter(|s| !s.is_empty())
            {
                None => None,
                Some(v) => match v.parse::<u32>() {
                    Ok(i) if (i as usize) < q.options.len() => Some(Answer::Choices(vec![i])),
                    _ => {
                        problem(ErrorCode::InvalidChoice);
                        None
                    }
                },
            },
            QuestionKind::Multiple => {
                let prefix = format!("{own}_");
                let mut chosen = Vec::new();
                for (name, value) in raw.range(prefix.clone()..) {
                    let Some(index) = name.strip_prefix(&prefix) else {
                        break;
                    };
                    if value.is_empty() {
                        continue;
                    }
                    match index.parse::<u32>() {
                        Ok(i) if (i as usize) < q.options.len() => chosen.push(i),
                        _ => problem(ErrorCode::InvalidChoice),
                    }
                }
                chosen.sort_unstable();
                chosen.dedup();
                (!chosen.is_empty()).then_some(Answer::Choices(chosen))
            }
        };
        match answer {
            Some(a) => {
                answers.insert(q.id, a);
            }
            // Only when nothing else was wrong: one message says what to do.
            None if q.required && found.is_empty() => found.push(ErrorCode::Required),
            None => {}
        }
        let key = answer_key(q.id);
        errors.extend(found.into_iter().map(|code| FieldError {
            field: key.clone(),
            code,
        }));
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

/// An answer as text in `locale`'s language for lists and exports: the text, or the chosen
/// options' labels joined.
pub fn answer_text(q: &Question, answer: &Answer, locale: super::Locale) -> String {
    match answer {
        Answer::Text(t) => t.clone(),
        Answer::Choices(chosen) => chosen
            .iter()
            .filter_map(|&i| q.options.get(i as usize))
            .map(|o| o.get(locale).to_string())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questions() -> Vec<Question> {
        let q = |id, kind, required, options: &[(&str, &str)]| Question {
            id: EventQuestionId(id),
            kind,
            label: Bilingual::new("質問", "Question"),
            options: options
                .iter()
                .map(|(j, e)| Bilingual::new(*j, *e))
                .collect(),
            required,
        };
        vec![
            q(1, QuestionKind::Text, false, &[]),
            q(
                2,
                QuestionKind::Single,
                true,
                &[("出席", "Attending"), ("欠席", "Not attending")],
            ),
            q(
                3,
                QuestionKind::Multiple,
                false,
                &[
                    ("英語", "English"),
                    ("ベトナム語", "Vietnamese"),
                    ("タイ語", "Thai"),
                ],
            ),
        ]
    }

    fn raw(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn errors_of(pairs: &[(&str, &str)]) -> Vec<(String, ErrorCode)> {
        check_answers(&questions(), &raw(pairs))
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn answers_are_read_by_question() {
        let a = check_answers(
            &questions(),
            &raw(&[
                ("q1", " ベジタリアン "),
                ("q2", "0"),
                ("q3_2", "on"),
                ("q3_0", "on"),
                ("q31_0", "on"),
            ]),
        )
        .expect("valid");
        assert_eq!(a[&EventQuestionId(1)], Answer::Text("ベジタリアン".into()));
        assert_eq!(a[&EventQuestionId(2)], Answer::Choices(vec![0]));
        assert_eq!(a[&EventQuestionId(3)], Answer::Choices(vec![0, 2]));
        let q = &questions()[2];
        assert_eq!(
            answer_text(q, &a[&EventQuestionId(3)], super::super::Locale::En),
            "English, Thai"
        );
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            r#"{"1":"ベジタリアン","2":[0],"3":[0,2]}"#
        );
    }

    #[test]
    fn required_and_unknown_choices_are_refused() {
        assert_eq!(
            errors_of(&[]),
            vec![("answers.q2".into(), ErrorCode::Required)]
        );
        assert_eq!(
            errors_of(&[("q2", "5")]),
            vec![("answers.q2".into(), ErrorCode::InvalidChoice)]
        );
        assert_eq!(
            errors_of(&[("q2", "1"), ("q3_9", "on")]),
            vec![("answers.q3".into(), ErrorCode::InvalidChoice)]
        );
        assert_eq!(
            errors_of(&[("q2", "1"), ("q1", &"あ".repeat(501))]),
            vec![("answers.q1".into(), ErrorCode::TooLong(ANSWER_MAX))]
        );
        assert!(errors_of(&[("q2", "1")]).is_empty());
    }
}
