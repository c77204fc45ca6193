//! An event as staff write it: the form (every value as typed, times as the browser's
//! `datetime-local` gives them, in the event's time zone), its programme and its registration
//! questions, and the checks that turn it into an `EventDraft`.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use super::event::{EventFormat, EventKind, EventVisibility, QuestionKind};
use super::validation::{choice, max_len, name_text, optional_url, required};
use super::{Bilingual, ErrorCode, EventId, EventQuestionId, Field, FieldError, OrganizationId};

pub const EVENT_TITLE_MAX: u32 = 120;
pub const EVENT_DESCRIPTION_MAX: u32 = 20_000;
pub const VENUE_MAX: u32 = 120;
pub const ADDRESS_MAX: u32 = 300;
pub const CAPACITY_MAX: u32 = 10_000;
pub const SESSIONS_MAX: u32 = 30;
pub const SPEAKERS_MAX: u32 = 1_000;
pub const QUESTIONS_MAX: u32 = 10;
pub const QUESTION_LABEL_MAX: u32 = 200;
pub const OPTIONS_MAX: u32 = 20;
pub const OPTION_MAX: u32 = 100;

/// The zones an event takes place in: Japan, the partner countries the Forum works with most,
/// and UTC. Times are stored in UTC and shown in the event's zone.
pub const EVENT_ZONES: &[&str] = &[
    "Asia/Tokyo",
    "Asia/Ho_Chi_Minh",
    "Asia/Bangkok",
    "Asia/Singapore",
    "Asia/Jakarta",
    "Asia/Manila",
    "Asia/Shanghai",
    "Asia/Kolkata",
    "Asia/Dubai",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "UTC",
];

/// A new event (`id` empty) or the new state of an existing one, as the form sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventForm {
    pub id: Option<EventId>,
    pub kind: String,
    pub format: String,
    pub visibility: String,
    pub title_ja: String,
    pub title_en: String,
    pub description_ja: String,
    pub description_en: String,
    /// `YYYY-MM-DDTHH:MM` in `time_zone`.
    pub starts_at: String,
    pub ends_at: String,
    pub time_zone: String,
    pub venue_ja: String,
    pub venue_en: String,
    pub address: String,
    pub online_url: String,
    pub capacity: String,
    /// Empty: no limit per organization.
    pub organization_limit: String,
    /// Empty: open from publication.
    pub opens_at: String,
    /// Empty: open until the event begins.
    pub closes_at: String,
    pub requires_approval: bool,
    pub sessions: Vec<SessionForm>,
    pub questions: Vec<QuestionForm>,
    /// The organizations invited to an event for invited organizations only.
    pub invited: Vec<OrganizationId>,
    /// The project the event is about (created from the project's page).
    pub project_id: Option<super::ProjectId>,
}

/// An organization staff can invite to an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationChoice {
    pub id: OrganizationId,
    pub name: Bilingual,
}

/// One item of the programme.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SessionForm {
    pub starts_at: String,
    pub ends_at: String,
    pub title_ja: String,
    pub title_en: String,
    /// One speaker a line: `name, affiliation`.
    pub speakers: String,
}

/// One question registrants answer. Choices are one a line, `日本語 / English`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuestionForm {
    /// The question's id when it exists already (its answers stay with it).
    pub id: Option<EventQuestionId>,
    pub kind: String,
    pub label_ja: String,
    pub label_en: String,
    pub options: String,
    pub required: bool,
}

/// An event's values once checked: times still local to `time_zone` (the server places them
/// in UTC with the zone's rules).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventDraft {
    pub id: Option<EventId>,
    pub kind: EventKind,
    pub format: EventFormat,
    pub visibility: EventVisibility,
    pub title: Bilingual,
    pub description: Bilingual,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub time_zone: String,
    pub venue: Bilingual,
    pub address: String,
    pub online_url: Option<String>,
    pub capacity: u32,
    pub organization_limit: Option<u32>,
    pub opens_at: Option<NaiveDateTime>,
    pub closes_at: Option<NaiveDateTime>,
    pub requires_approval: bool,
    pub sessions: Vec<SessionDraft>,
    pub questions: Vec<QuestionDraft>,
    /// Sorted, each once; empty unless the event is for invited organizations.
    pub invited: Vec<OrganizationId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDraft {
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub title: Bilingual,
    pub speakers: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionDraft {
    pub id: Option<EventQuestionId>,
    pub kind: QuestionKind,
    pub label: Bilingual,
    pub options: Vec<Bilingual>,
    pub required: bool,
}

/// The error key of a field of one row of a list (`sessions.0.title_ja`).
pub fn item_key(list: Field, index: usize, field: Field) -> String {
    format!("{}.{index}.{}", list.key(), field.key())
}

/// Collects the errors of one row of a list under `item_key`.
struct Row<'a> {
    errors: &'a mut Vec<FieldError>,
    list: Field,
    index: usize,
}

impl Row<'_> {
    /// Runs a check written for top-level fields (`field` is the one it checks) and files its
    /// errors under this row.
    fn check(&mut self, field: Field, f: impl FnOnce(&mut Vec<FieldError>, Field)) {
        let mut found = Vec::new();
        f(&mut found, field);
        let prefix = format!("{}.{}.", self.list.key(), self.index);
        self.errors.extend(found.into_iter().map(|e| FieldError {
            field: format!("{prefix}{}", e.field),
            code: e.code,
        }));
    }
}

/// `YYYY-MM-DDTHH:MM` (seconds allowed), as `<input type="datetime-local">` sends it.
pub fn parse_local(value: &str) -> Option<NaiveDateTime> {
    let (date, time) = value.trim().split_once('T')?;
    let mut t = time.splitn(3, ':').map(str::parse::<u32>);
    let (h, min) = (t.next()?.ok()?, t.next()?.ok()?);
    let s = t.next().transpose().ok()?.unwrap_or(0);
    Some(parse_date(date)?.and_time(NaiveTime::from_hms_opt(h, min, s)?))
}

/// `YYYY-MM-DD`, as `<input type="date">` sends it.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    let mut d = value.trim().splitn(3, '-').map(str::parse::<u32>);
    let (y, m, day) = (d.next()?.ok()?, d.next()?.ok()?, d.next()?.ok()?);
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, day)
}

/// The value `<input type="datetime-local">` shows for `t`.
pub fn local_input(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M").to_string()
}

/// A required local time.
fn time(errors: &mut Vec<FieldError>, field: Field, value: &str) -> Option<NaiveDateTime> {
    if value.trim().is_empty() {
        errors.push(FieldError::new(field, ErrorCode::Required));
        return None;
    }
    let t = parse_local(value);
    if t.is_none() {
        errors.push(FieldError::new(field, ErrorCode::InvalidDateTime));
    }
    t
}

/// An optional local time.
fn optional_time(errors: &mut Vec<FieldError>, field: Field, value: &str) -> Option<NaiveDateTime> {
    if value.trim().is_empty() {
        None
    } else {
        time(errors, field, value)
    }
}

/// A whole number from `min` to `max`.
fn number(errors: &mut Vec<FieldError>, field: Field, value: &str, min: u32, max: u32) -> u32 {
    match value.trim().parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => n,
        _ => {
            errors.push(FieldError::new(field, ErrorCode::OutOfRange { min, max }));
            min
        }
    }
}

/// `ends` comes after `starts` (both known).
fn after(
    errors: &mut Vec<FieldError>,
    field: Field,
    starts: Option<NaiveDateTime>,
    ends: Option<NaiveDateTime>,
) {
    if let (Some(s), Some(e)) = (starts, ends)
        && e <= s
    {
        errors.push(FieldError::new(field, ErrorCode::NotAfterStart));
    }
}

/// A text in both languages, both required, each a one-line name of at most `max` characters.
fn both_names(
    errors: &mut Vec<FieldError>,
    (ja_field, en_field): (Field, Field),
    (ja, en): (&str, &str),
    max: u32,
) -> Bilingual {
    for (field, value) in [(ja_field, ja), (en_field, en)] {
        required(errors, field, value);
        name_text(errors, field, value.trim(), max);
    }
    Bilingual::new(ja.trim(), en.trim())
}

/// Choices, one a line: `日本語 / English`, or one text for both languages.
pub fn parse_options(text: &str) -> Vec<Bilingual> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| match l.split_once(" / ") {
            Some((ja, en)) => Bilingual::new(ja.trim(), en.trim()),
            None => Bilingual::new(l, l),
        })
        .collect()
}

/// The options as the form shows them again.
pub fn options_text(options: &[Bilingual]) -> String {
    options
        .iter()
        .map(|o| {
            if o.ja == o.en {
                o.ja.clone()
            } else {
                format!("{} / {}", o.ja, o.en)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

impl EventForm {
    /// Every problem at once, or the event's checked values.
    pub fn check(&self) -> Result<EventDraft, Vec<FieldError>> {
        let mut e = Vec::new();
        let kind = EventKind::parse(&self.kind);
        choice(&mut e, Field::Kind, kind.is_some());
        let format = EventFormat::parse(&self.format);
        choice(&mut e, Field::Format, format.is_some());
        let visibility = EventVisibility::parse(&self.visibility);
        choice(&mut e, Field::Visibility, visibility.is_some());
        let title = both_names(
            &mut e,
            (Field::TitleJa, Field::TitleEn),
            (&self.title_ja, &self.title_en),
            EVENT_TITLE_MAX,
        );
        for (field, text) in [
            (Field::DescriptionJa, &self.description_ja),
            (Field::DescriptionEn, &self.description_en),
        ] {
            max_len(&mut e, field, text.trim(), EVENT_DESCRIPTION_MAX);
        }
        let starts_at = time(&mut e, Field::StartsAt, &self.starts_at);
        let ends_at = time(&mut e, Field::EndsAt, &self.ends_at);
        after(&mut e, Field::EndsAt, starts_at, ends_at);
        choice(
            &mut e,
            Field::TimeZone,
            EVENT_ZONES.contains(&self.time_zone.as_str()),
        );
        let in_person = format != Some(EventFormat::Online);
        for (field, value) in [
            (Field::VenueJa, &self.venue_ja),
            (Field::VenueEn, &self.venue_en),
        ] {
            if in_person {
                required(&mut e, field, value);
            }
            name_text(&mut e, field, value.trim(), VENUE_MAX);
        }
        max_len(&mut e, Field::Address, self.address.trim(), ADDRESS_MAX);
        let online_url = self.online_url.trim();
        if format.is_some_and(|f| f != EventFormat::InPerson) {
            required(&mut e, Field::OnlineUrl, online_url);
        }
        optional_url(&mut e, Field::OnlineUrl, online_url);
        let capacity = number(&mut e, Field::Capacity, &self.capacity, 1, CAPACITY_MAX);
        let organization_limit = (!self.organization_limit.trim().is_empty()).then(|| {
            number(
                &mut e,
                Field::OrganizationLimit,
                &self.organization_limit,
                1,
                capacity,
            )
        });
        let opens_at = optional_time(&mut e, Field::OpensAt, &self.opens_at);
        let closes_at = optional_time(&mut e, Field::ClosesAt, &self.closes_at);
        after(&mut e, Field::ClosesAt, opens_at, closes_at);
        if let (Some(s), Some(c)) = (starts_at, closes_at)
            && c > s
        {
            e.push(FieldError::new(Field::ClosesAt, ErrorCode::NotBeforeEvent));
        }
        if let (Some(s), Some(o)) = (starts_at, opens_at)
            && o >= s
        {
            e.push(FieldError::new(Field::OpensAt, ErrorCode::NotBeforeEvent));
        }
        let sessions = self.check_sessions(&mut e);
        let questions = self.check_questions(&mut e);
        let invited = self.check_invited(&mut e, visibility);
        match (kind, format, visibility, starts_at, ends_at) {
            (Some(kind), Some(format), Some(visibility), Some(starts_at), Some(ends_at))
                if e.is_empty() =>
            {
                Ok(EventDraft {
                    id: self.id,
                    kind,
                    format,
                    visibility,
                    title,
                    description: Bilingual::new(
                        self.description_ja.trim(),
                        self.description_en.trim(),
                    ),
                    starts_at,
                    ends_at,
                    time_zone: self.time_zone.clone(),
                    venue: Bilingual::new(self.venue_ja.trim(), self.venue_en.trim()),
                    address: self.address.trim().to_string(),
                    online_url: (!online_url.is_empty()).then(|| online_url.to_string()),
                    capacity,
                    organization_limit,
                    opens_at,
                    closes_at,
                    requires_approval: self.requires_approval,
                    sessions,
                    questions,
                    invited,
                })
            }
            _ => Err(e),
        }
    }

    /// An event for invited organizations invites at least one; another invites none.
    fn check_invited(
        &self,
        e: &mut Vec<FieldError>,
        visibility: Option<EventVisibility>,
    ) -> Vec<OrganizationId> {
        if visibility != Some(EventVisibility::Invited) {
            return Vec::new();
        }
        let mut invited = self.invited.clone();
        invited.sort_unstable();
        invited.dedup();
        if invited.is_empty() {
            e.push(FieldError::new(Field::Invited, ErrorCode::TooFew(1)));
        }
        invited
    }

    fn check_sessions(&self, e: &mut Vec<FieldError>) -> Vec<SessionDraft> {
        if self.sessions.len() > SESSIONS_MAX as usize {
            e.push(FieldError::new(
                Field::Sessions,
                ErrorCode::TooMany(SESSIONS_MAX),
            ));
        }
        let mut drafts = Vec::new();
        for (index, s) in self.sessions.iter().enumerate() {
            let mut row = Row {
                errors: e,
                list: Field::Sessions,
                index,
            };
            let mut starts_at = None;
            let mut ends_at = None;
            row.check(Field::StartsAt, |e, f| starts_at = time(e, f, &s.starts_at));
            row.check(Field::EndsAt, |e, f| {
                ends_at = time(e, f, &s.ends_at);
                after(e, f, starts_at, ends_at);
            });
            let mut title = Bilingual::default();
            row.check(Field::TitleJa, |e, _| {
                title = both_names(
                    e,
                    (Field::TitleJa, Field::TitleEn),
                    (&s.title_ja, &s.title_en),
                    EVENT_TITLE_MAX,
                );
            });
            row.check(Field::Speakers, |e, f| {
                max_len(e, f, s.speakers.trim(), SPEAKERS_MAX)
            });
            if let (Some(starts_at), Some(ends_at)) = (starts_at, ends_at) {
                drafts.push(SessionDraft {
                    starts_at,
                    ends_at,
                    title,
                    speakers: s.speakers.trim().to_string(),
                });
            }
        }
        drafts.sort_by_key(|s| s.starts_at);
        drafts
    }

    fn check_questions(&self, e: &mut Vec<FieldError>) -> Vec<QuestionDraft> {
        if self.questions.len() > QUESTIONS_MAX as usize {
            e.push(FieldError::new(
                Field::Questions,
                ErrorCode::TooMany(QUESTIONS_MAX),
            ));
        }
        let mut drafts = Vec::new();
        for (index, q) in self.questions.iter().enumerate() {
            let mut row = Row {
                errors: e,
                list: Field::Questions,
                index,
            };
            let kind = QuestionKind::parse(&q.kind);
            row.check(Field::Kind, |e, f| choice(e, f, kind.is_some()));
            let mut label = Bilingual::default();
            row.check(Field::LabelJa, |e, _| {
                label = both_names(
                    e,
                    (Field::LabelJa, Field::LabelEn),
                    (&q.label_ja, &q.label_en),
                    QUESTION_LABEL_MAX,
                );
            });
            let options = if kind == Some(QuestionKind::Text) {
                Vec::new()
            } else {
                parse_options(&q.options)
            };
            row.check(Field::Options, |e, f| {
                if kind.is_some_and(|k| k != QuestionKind::Text) && options.len() < 2 {
                    e.push(FieldError::new(f, ErrorCode::TooFew(2)));
                }
                if options.len() > OPTIONS_MAX as usize {
                    e.push(FieldError::new(f, ErrorCode::TooMany(OPTIONS_MAX)));
                }
                for o in &options {
                    name_text(e, f, &o.ja, OPTION_MAX);
                    name_text(e, f, &o.en, OPTION_MAX);
                }
            });
            if let Some(kind) = kind {
                drafts.push(QuestionDraft {
                    id: q.id,
                    kind,
                    label,
                    options,
                    required: q.required,
                });
            }
        }
        drafts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> EventForm {
        EventForm {
            kind: "symposium".into(),
            format: "hybrid".into(),
            visibility: "members".into(),
            title_ja: "MEJフォーラム シンポジウム2027".into(),
            title_en: "MEJ Forum Symposium 2027".into(),
            starts_at: "2027-02-16T13:00".into(),
            ends_at: "2027-02-16T17:30".into(),
            time_zone: "Asia/Tokyo".into(),
            venue_ja: "東京国際フォーラム".into(),
            venue_en: "Tokyo International Forum".into(),
            online_url: "https://meet.example.org/mej".into(),
            capacity: "120".into(),
            organization_limit: "2".into(),
            closes_at: "2027-02-10T17:00".into(),
            sessions: vec![SessionForm {
                starts_at: "2027-02-16T13:00".into(),
                ends_at: "2027-02-16T13:15".into(),
                title_ja: "開会挨拶".into(),
                title_en: "Opening remarks".into(),
                speakers: "山田太郎, MEJ".into(),
            }],
            questions: vec![QuestionForm {
                kind: "single".into(),
                label_ja: "懇親会".into(),
                label_en: "Reception".into(),
                options: "出席 / Attending\n欠席 / Not attending".into(),
                required: true,
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    fn codes(form: &EventForm, key: &str) -> Vec<ErrorCode> {
        form.check()
            .err()
            .unwrap_or_default()
            .into_iter()
            .filter(|e| e.field == key)
            .map(|e| e.code)
            .collect()
    }

    #[test]
    fn a_complete_event_is_accepted() {
        let draft = valid().check().expect("valid");
        assert_eq!(draft.capacity, 120);
        assert_eq!(draft.organization_limit, Some(2));
        assert_eq!(draft.starts_at, parse_local("2027-02-16T13:00").unwrap());
        assert_eq!(
            draft.questions[0].options[1],
            Bilingual::new("欠席", "Not attending")
        );
        assert_eq!(draft.sessions[0].title.en, "Opening remarks");
    }

    #[test]
    fn an_event_for_invited_organizations_invites_some() {
        let mut f = valid();
        f.invited = vec![OrganizationId(3)];
        assert_eq!(
            f.check().expect("valid").invited,
            vec![],
            "open to all members"
        );
        f.visibility = "invited".into();
        f.invited = vec![OrganizationId(5), OrganizationId(3), OrganizationId(5)];
        assert_eq!(
            f.check().expect("valid").invited,
            vec![OrganizationId(3), OrganizationId(5)]
        );
        f.invited.clear();
        assert_eq!(codes(&f, "invited"), vec![ErrorCode::TooFew(1)]);
    }

    #[test]
    fn times_must_be_real_and_in_order() {
        let mut f = valid();
        f.ends_at = "2027-02-16T12:00".into();
        assert_eq!(codes(&f, "ends_at"), vec![ErrorCode::NotAfterStart]);
        f.starts_at = "2027-02-30T13:00".into();
        assert_eq!(codes(&f, "starts_at"), vec![ErrorCode::InvalidDateTime]);
        f.starts_at = String::new();
        assert_eq!(codes(&f, "starts_at"), vec![ErrorCode::Required]);
        let mut f = valid();
        f.closes_at = "2027-02-17T09:00".into();
        assert_eq!(codes(&f, "closes_at"), vec![ErrorCode::NotBeforeEvent]);
        f.opens_at = "2027-02-18T09:00".into();
        assert_eq!(codes(&f, "opens_at"), vec![ErrorCode::NotBeforeEvent]);
        assert_eq!(
            parse_local("2027-02-16T13:00:30").map(local_input),
            Some("2027-02-16T13:00".into())
        );
        assert_eq!(parse_local("2027-02-16 13:00"), None);
    }

    #[test]
    fn numbers_zone_and_format_are_checked() {
        let mut f = valid();
        f.capacity = "0".into();
        f.organization_limit = "x".into();
        f.time_zone = "Mars/Olympus".into();
        assert_eq!(
            codes(&f, "capacity"),
            vec![ErrorCode::OutOfRange {
                min: 1,
                max: CAPACITY_MAX
            }]
        );
        assert_eq!(
            codes(&f, "organization_limit"),
            vec![ErrorCode::OutOfRange { min: 1, max: 1 }]
        );
        assert_eq!(codes(&f, "time_zone"), vec![ErrorCode::InvalidChoice]);
        let mut f = valid();
        f.online_url = String::new();
        assert_eq!(codes(&f, "online_url"), vec![ErrorCode::Required]);
        f.format = "online".into();
        f.venue_ja = String::new();
        assert!(codes(&f, "venue_ja").is_empty());
        f.format = "in_person".into();
        assert_eq!(codes(&f, "venue_ja"), vec![ErrorCode::Required]);
        assert!(codes(&f, "online_url").is_empty());
    }

    #[test]
    fn rows_report_their_errors_under_their_index() {
        let mut f = valid();
        f.sessions.push(SessionForm {
            starts_at: "2027-02-16T14:00".into(),
            ends_at: "2027-02-16T13:00".into(),
            title_ja: "講演".into(),
            ..Default::default()
        });
        f.questions[0].options = "はい / Yes".into();
        f.questions.push(QuestionForm {
            kind: "essay".into(),
            label_en: "Notes".into(),
            ..Default::default()
        });
        assert_eq!(
            codes(&f, "sessions.1.ends_at"),
            vec![ErrorCode::NotAfterStart]
        );
        assert_eq!(codes(&f, "sessions.1.title_en"), vec![ErrorCode::Required]);
        assert!(codes(&f, "sessions.0.title_en").is_empty());
        assert_eq!(codes(&f, "questions.0.options"), vec![ErrorCode::TooFew(2)]);
        assert_eq!(
            codes(&f, "questions.1.kind"),
            vec![ErrorCode::InvalidChoice]
        );
        assert_eq!(codes(&f, "questions.1.label_ja"), vec![ErrorCode::Required]);
    }

    #[test]
    fn options_read_both_languages_and_show_again() {
        let o = parse_options("  出席 / Attending \n\nVegan\n");
        assert_eq!(
            o,
            vec![
                Bilingual::new("出席", "Attending"),
                Bilingual::new("Vegan", "Vegan")
            ]
        );
        assert_eq!(options_text(&o), "出席 / Attending\nVegan");
    }
}
