//! Event times across time zones: a time staff typed in the event's zone placed in UTC, and a
//! stored time written out for readers in both languages, in the event's zone and the reader's
//! (`2026年11月24日(火) 14:00〜17:30 (JST)` / `Tue 24 Nov 2026, 14:00–17:30 (JST)`). The zone
//! rules (tz database) stay on the server, so the browser's bundle does not carry them.

use chrono::{DateTime, Datelike, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::model::Bilingual;
use crate::model::event_view::When;

/// The zone named `name`; Japan's when the name is unknown.
pub fn zone(name: &str) -> Tz {
    name.parse().unwrap_or(chrono_tz::Asia::Tokyo)
}

/// The UTC moment of a local time in `tz`; `None` for a time the zone skips (a clock moved
/// forward). A time that occurs twice (a clock moved back) is its first occurrence.
pub fn to_utc(local: NaiveDateTime, tz: Tz) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// The local time in `tz` of a stored moment, as `datetime-local` inputs take it.
pub fn local_input(at: DateTime<Utc>, tz: Tz) -> String {
    crate::model::event_form::local_input(at.with_timezone(&tz).naive_local())
}

const WEEKDAYS_JA: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];

fn date(t: &DateTime<Tz>) -> Bilingual {
    let wd = WEEKDAYS_JA[t.weekday().num_days_from_monday() as usize];
    Bilingual::new(
        format!("{}年{}月{}日({wd})", t.year(), t.month(), t.day()),
        t.format("%a %-d %b %Y").to_string(),
    )
}

/// The day of `at` in `tz` (`2026年11月24日(火)` / `Tue 24 Nov 2026`).
pub fn day(at: DateTime<Utc>, tz: Tz) -> Bilingual {
    date(&at.with_timezone(&tz))
}

fn clock(t: &DateTime<Tz>) -> String {
    t.format("%H:%M").to_string()
}

/// The zone's abbreviation (`JST`, `CET`), or its offset from UTC where it has none (`UTC+07`).
fn abbreviation(t: &DateTime<Tz>) -> String {
    let abbr = t.format("%Z").to_string();
    if abbr.starts_with(['+', '-']) {
        format!("UTC{abbr}")
    } else {
        abbr
    }
}

/// A span (`ends` may be on another day) in one zone.
fn span_in(starts: DateTime<Utc>, ends: DateTime<Utc>, tz: Tz) -> Bilingual {
    let (s, e) = (starts.with_timezone(&tz), ends.with_timezone(&tz));
    let (sd, ed) = (date(&s), date(&e));
    let abbr = abbreviation(&s);
    if s.date_naive() == e.date_naive() {
        Bilingual::new(
            format!("{} {}〜{} ({abbr})", sd.ja, clock(&s), clock(&e)),
            format!("{}, {}–{} ({abbr})", sd.en, clock(&s), clock(&e)),
        )
    } else {
        Bilingual::new(
            format!(
                "{} {} 〜 {} {} ({abbr})",
                sd.ja,
                clock(&s),
                ed.ja,
                clock(&e)
            ),
            format!(
                "{}, {} – {}, {} ({abbr})",
                sd.en,
                clock(&s),
                ed.en,
                clock(&e)
            ),
        )
    }
}

/// A moment in one zone.
fn moment_in(at: DateTime<Utc>, tz: Tz) -> Bilingual {
    let t = at.with_timezone(&tz);
    let d = date(&t);
    let abbr = abbreviation(&t);
    Bilingual::new(
        format!("{} {} ({abbr})", d.ja, clock(&t)),
        format!("{}, {} ({abbr})", d.en, clock(&t)),
    )
}

/// The viewer's zone, when it differs from the event's in offset at that moment.
fn other_zone(at: DateTime<Utc>, event: Tz, viewer: Tz) -> Option<Tz> {
    let offset = |tz: Tz| at.with_timezone(&tz).naive_local();
    (offset(event) != offset(viewer)).then_some(viewer)
}

/// An event's span for a reader in `viewer`'s zone.
pub fn span(starts: DateTime<Utc>, ends: DateTime<Utc>, event: Tz, viewer: Tz) -> When {
    When {
        event: span_in(starts, ends, event),
        viewer: other_zone(starts, event, viewer).map(|tz| span_in(starts, ends, tz)),
    }
}

/// A moment (a registration window's edge) for a reader in `viewer`'s zone.
pub fn moment(at: DateTime<Utc>, event: Tz, viewer: Tz) -> When {
    When {
        event: moment_in(at, event),
        viewer: other_zone(at, event, viewer).map(|tz| moment_in(at, tz)),
    }
}

/// A programme item's hours in the event's zone (`14:00〜14:30`), with its date when the event
/// spans several days.
pub fn session_time(
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
    tz: Tz,
    with_date: bool,
) -> Bilingual {
    let (s, e) = (starts.with_timezone(&tz), ends.with_timezone(&tz));
    let hours = |sep: &str| format!("{}{sep}{}", clock(&s), clock(&e));
    if with_date {
        let d = date(&s);
        Bilingual::new(
            format!("{} {}", d.ja, hours("〜")),
            format!("{}, {}", d.en, hours("–")),
        )
    } else {
        Bilingual::new(hours("〜"), hours("–"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::event_form::parse_local;

    fn utc(s: &str) -> DateTime<Utc> {
        parse_local(s).unwrap().and_utc()
    }

    #[test]
    fn tokyo_times_read_in_both_languages() {
        let tokyo = zone("Asia/Tokyo");
        let w = span(
            utc("2026-11-24T05:00"),
            utc("2026-11-24T08:30"),
            tokyo,
            tokyo,
        );
        assert_eq!(w.event.ja, "2026年11月24日(火) 14:00〜17:30 (JST)");
        assert_eq!(w.event.en, "Tue 24 Nov 2026, 14:00–17:30 (JST)");
        assert_eq!(w.viewer, None);
    }

    #[test]
    fn a_reader_abroad_also_sees_their_own_hour() {
        let (tokyo, berlin, hcm) = (
            zone("Asia/Tokyo"),
            zone("Europe/Berlin"),
            zone("Asia/Ho_Chi_Minh"),
        );
        let w = span(
            utc("2026-11-24T05:00"),
            utc("2026-11-24T08:30"),
            tokyo,
            berlin,
        );
        assert_eq!(w.viewer.unwrap().en, "Tue 24 Nov 2026, 06:00–09:30 (CET)");
        let w = moment(utc("2026-11-24T05:00"), tokyo, hcm);
        assert_eq!(w.viewer.unwrap().ja, "2026年11月24日(火) 12:00 (UTC+07)");
        // Same offset, other name: one line is enough.
        assert_eq!(
            moment(utc("2026-11-24T05:00"), tokyo, zone("Asia/Seoul")).viewer,
            None
        );
    }

    #[test]
    fn local_times_are_placed_with_the_zone_rules() {
        let tokyo = zone("Asia/Tokyo");
        assert_eq!(
            to_utc(parse_local("2026-11-24T14:00").unwrap(), tokyo),
            Some(utc("2026-11-24T05:00"))
        );
        let berlin = zone("Europe/Berlin");
        // Summer time: UTC+2; the hour skipped in spring does not exist.
        assert_eq!(
            to_utc(parse_local("2026-07-01T12:00").unwrap(), berlin),
            Some(utc("2026-07-01T10:00"))
        );
        assert_eq!(
            to_utc(parse_local("2026-03-29T02:30").unwrap(), berlin),
            None
        );
        assert_eq!(
            local_input(utc("2026-11-24T05:00"), tokyo),
            "2026-11-24T14:00"
        );
        assert_eq!(zone("Nowhere/City"), tokyo);
    }

    #[test]
    fn a_span_over_days_names_both_dates() {
        let tokyo = zone("Asia/Tokyo");
        let w = span(
            utc("2026-11-24T00:00"),
            utc("2026-11-25T08:00"),
            tokyo,
            tokyo,
        );
        assert_eq!(
            w.event.en,
            "Tue 24 Nov 2026, 09:00 – Wed 25 Nov 2026, 17:00 (JST)"
        );
        let s = session_time(
            utc("2026-11-24T05:00"),
            utc("2026-11-24T05:30"),
            tokyo,
            false,
        );
        assert_eq!(s, Bilingual::new("14:00〜14:30", "14:00–14:30"));
    }
}
