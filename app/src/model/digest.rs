//! Symposium digests: the published report of a past event (summary, key points, materials,
//! and the event's programme with its speakers), in both languages. Staff write it as a draft,
//! preview it and publish it; members read the published ones and can open a discussion of one.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::event::{EventKind, EventStatus};
use super::event_view::{SessionView, When};
use super::validation::{max_len, optional_url};
use super::{Bilingual, CategoryId, ErrorCode, EventId, Field, FieldError, ThreadId};

pub const SUMMARY_MAX: u32 = 20_000;
pub const KEY_POINTS_MAX: u32 = 20;
pub const KEY_POINT_MAX: u32 = 300;
pub const MATERIALS_MAX: u32 = 20;
pub const MATERIAL_LABEL_MAX: u32 = 200;

/// A digest as staff write it: every value as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DigestForm {
    pub event_id: EventId,
    /// Markdown.
    pub summary_ja: String,
    pub summary_en: String,
    /// One key point per line.
    pub key_points_ja: String,
    pub key_points_en: String,
    /// One material per line: `label | https://…`, or the address alone.
    pub materials: String,
    /// The category a discussion of the digest goes to (its id as typed; empty: none).
    pub category_id: String,
}

/// A document or recording of the event, linked from its digest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Material {
    pub label: String,
    pub url: String,
}

/// A form's checked values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DigestDraft {
    pub summary: Bilingual,
    pub key_points: Bilingual,
    pub materials: Vec<Material>,
    pub category_id: Option<CategoryId>,
}

impl DigestForm {
    /// Every problem at once, or the digest's checked values.
    pub fn check(&self) -> Result<DigestDraft, Vec<FieldError>> {
        let mut e = Vec::new();
        for (field, text) in [
            (Field::SummaryJa, &self.summary_ja),
            (Field::SummaryEn, &self.summary_en),
        ] {
            if text.trim().is_empty() {
                e.push(FieldError::new(field, ErrorCode::Required));
            }
            max_len(&mut e, field, text.trim(), SUMMARY_MAX);
        }
        for (field, text) in [
            (Field::KeyPointsJa, &self.key_points_ja),
            (Field::KeyPointsEn, &self.key_points_en),
        ] {
            let points = key_points(text);
            if points.len() > KEY_POINTS_MAX as usize {
                e.push(FieldError::new(field, ErrorCode::TooMany(KEY_POINTS_MAX)));
            }
            if points
                .iter()
                .any(|p| p.chars().count() > KEY_POINT_MAX as usize)
            {
                e.push(FieldError::new(field, ErrorCode::TooLong(KEY_POINT_MAX)));
            }
        }
        let materials = materials(&self.materials);
        if materials.len() > MATERIALS_MAX as usize {
            e.push(FieldError::new(
                Field::Materials,
                ErrorCode::TooMany(MATERIALS_MAX),
            ));
        }
        for m in &materials {
            max_len(&mut e, Field::Materials, &m.label, MATERIAL_LABEL_MAX);
            optional_url(&mut e, Field::Materials, &m.url);
        }
        e.dedup();
        let category = self.category_id.trim();
        let category_id = match category.parse::<i32>() {
            Ok(id) => Some(CategoryId(id)),
            Err(_) if category.is_empty() => None,
            Err(_) => {
                e.push(FieldError::new(Field::Category, ErrorCode::InvalidChoice));
                None
            }
        };
        if !e.is_empty() {
            return Err(e);
        }
        Ok(DigestDraft {
            summary: Bilingual::new(self.summary_ja.trim(), self.summary_en.trim()),
            key_points: Bilingual::new(
                key_points(&self.key_points_ja).join("\n"),
                key_points(&self.key_points_en).join("\n"),
            ),
            materials,
            category_id,
        })
    }
}

/// The key points in `text`: its lines that say something, without a list mark in front
/// (`-`, `*`, `・`, `•`).
pub fn key_points(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| {
            l.trim()
                .trim_start_matches(['-', '*', '・', '•'])
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// The materials in `text`, one per line that says something: `label | address`, or the
/// address alone (then it is its own label).
pub fn materials(text: &str) -> Vec<Material> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| match line.rsplit_once('|') {
            Some((label, url)) if !label.trim().is_empty() => Material {
                label: label.trim().to_string(),
                url: url.trim().to_string(),
            },
            Some((_, url)) => Material {
                label: url.trim().to_string(),
                url: url.trim().to_string(),
            },
            None => Material {
                label: line.to_string(),
                url: line.to_string(),
            },
        })
        .collect()
}

/// Whether an event may have a digest: it took place (it has ended) and was not cancelled.
pub fn may_have_digest(status: EventStatus, ends_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    status != EventStatus::Cancelled && status != EventStatus::Draft && ends_at <= now
}

/// What an event's page says of its digest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DigestLink {
    /// Nothing (no digest the reader may read, and nothing for them to write).
    #[default]
    Absent,
    /// Staff may write one: the event took place and has none.
    Writable,
    /// Staff's draft, not published yet.
    Draft,
    Published,
}

/// A digest's line in the list of digests.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestSummary {
    pub event_id: EventId,
    pub kind: EventKind,
    pub title: Bilingual,
    pub when: When,
    /// The summary's beginning, as plain text.
    pub excerpt: Bilingual,
    /// `None` for a draft (only staff see drafts).
    pub published: Option<Bilingual>,
}

/// A digest as its page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestView {
    pub event_id: EventId,
    pub kind: EventKind,
    pub title: Bilingual,
    pub when: When,
    pub venue: Bilingual,
    pub summary_html: Bilingual,
    pub key_points_ja: Vec<String>,
    pub key_points_en: Vec<String>,
    pub materials: Vec<Material>,
    /// The event's programme, with its speakers.
    pub sessions: Vec<SessionView>,
    /// When it was published; `None` for a draft.
    pub published: Option<Bilingual>,
    /// Its discussion, once started.
    pub thread_id: Option<ThreadId>,
    /// Whether a discussion can be started (a category is set for it).
    pub discussable: bool,
    /// Whether the reader may edit and publish it.
    pub can_edit: bool,
}

impl DigestView {
    pub fn key_points(&self, locale: super::Locale) -> &[String] {
        match locale {
            super::Locale::Ja => &self.key_points_ja,
            super::Locale::En => &self.key_points_en,
        }
    }
}

/// Publishing a digest, or taking it back to a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestPublication {
    pub event_id: EventId,
    pub published: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn form() -> DigestForm {
        DigestForm {
            event_id: EventId(1),
            summary_ja: "概要".into(),
            summary_en: "Summary".into(),
            key_points_ja: "・一つ目\n\n・二つ目".into(),
            key_points_en: "- First\n- Second".into(),
            materials:
                "スライド / Slides | https://example.org/slides.pdf\nhttps://example.org/video"
                    .into(),
            category_id: "3".into(),
        }
    }

    #[test]
    fn a_complete_form_gives_its_values_without_list_marks() {
        let d = form().check().unwrap();
        assert_eq!(d.key_points.ja, "一つ目\n二つ目");
        assert_eq!(d.key_points.en, "First\nSecond");
        assert_eq!(
            d.materials,
            vec![
                Material {
                    label: "スライド / Slides".into(),
                    url: "https://example.org/slides.pdf".into()
                },
                Material {
                    label: "https://example.org/video".into(),
                    url: "https://example.org/video".into()
                },
            ]
        );
        assert_eq!(d.category_id, Some(CategoryId(3)));
    }

    #[test]
    fn every_problem_is_named_at_once() {
        let bad = DigestForm {
            summary_en: "  ".into(),
            materials: "Slides | ftp://example.org/x\nVideo | javascript:alert(1)".into(),
            key_points_ja: "x\n".repeat(KEY_POINTS_MAX as usize + 1),
            category_id: "threads".into(),
            ..form()
        };
        let fields: Vec<String> = bad
            .check()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["summary_en", "key_points_ja", "materials", "category_id"]
        );
    }

    #[test]
    fn only_an_event_that_took_place_has_a_digest() {
        let end = Utc.with_ymd_and_hms(2026, 11, 24, 8, 0, 0).unwrap();
        let after = end + chrono::Duration::hours(1);
        assert!(may_have_digest(EventStatus::Finished, end, after));
        assert!(may_have_digest(EventStatus::RegistrationClosed, end, after));
        assert!(!may_have_digest(
            EventStatus::Finished,
            end,
            end - chrono::Duration::hours(1)
        ));
        assert!(!may_have_digest(EventStatus::Cancelled, end, after));
        assert!(!may_have_digest(EventStatus::Draft, end, after));
    }
}
