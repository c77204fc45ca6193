//! Calendar files (iCalendar, RFC 5545), written with the `ics` crate: an event's file and a
//! member's feed. Times are written in the event's zone with its IANA name as `TZID`, and every
//! zone used gets its `VTIMEZONE` (its offsets and changes over the events' dates, from the tz
//! database), so a calendar abroad shows the right hour even where it does not know the name.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, DurationRound, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, Tz};
use ics::parameters::TzIDParam;
use ics::properties::{
    CalScale, Description, DtEnd, DtStart, LastModified, Location, Method, Name, RefreshInterval,
    Status, Summary, TzName, URL,
};
use ics::{Daylight, Event, ICalendar, Standard, TimeZone as VTimeZone, escape_text};

/// One event as a calendar shows it; texts are plain, in the reader's language.
#[derive(Clone, Debug)]
pub struct CalendarEntry {
    /// Stable across files and feeds, so a calendar updates the entry instead of adding one.
    pub uid: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub tz: Tz,
    /// The venue and its address (or "online").
    pub location: String,
    pub description: String,
    /// The event's page.
    pub url: String,
    pub cancelled: bool,
    pub updated_at: DateTime<Utc>,
}

/// A calendar of `entries`, named `name` (shown by apps that subscribe to a feed).
pub fn calendar(name: &str, entries: &[CalendarEntry], now: DateTime<Utc>) -> String {
    let mut cal = ICalendar::new("2.0", "-//Medical Excellence JAPAN//MEJ Forum//EN");
    cal.push(CalScale::new("GREGORIAN"));
    cal.push(Method::new("PUBLISH"));
    cal.push(Name::new(escape_text(name)));
    cal.push(ics::components::Property::new(
        "X-WR-CALNAME",
        escape_text(name),
    ));
    // Subscribed calendars look again every hour (apps may wait longer).
    cal.push(RefreshInterval::new("PT1H"));
    cal.push(ics::components::Property::new("X-PUBLISHED-TTL", "PT1H"));
    let mut spans: BTreeMap<&str, (Tz, DateTime<Utc>, DateTime<Utc>)> = BTreeMap::new();
    for e in entries {
        let span = spans
            .entry(e.tz.name())
            .or_insert((e.tz, e.starts_at, e.ends_at));
        span.1 = span.1.min(e.starts_at);
        span.2 = span.2.max(e.ends_at);
    }
    for (tz, from, to) in spans.into_values() {
        cal.add_timezone(vtimezone(tz, from, to));
    }
    for e in entries {
        cal.add_event(event(e, now));
    }
    cal.to_string()
}

fn event(e: &CalendarEntry, now: DateTime<Utc>) -> Event<'static> {
    let mut event = Event::new(e.uid.clone(), utc(now));
    event.push(local(DtStart::new(wall(e.starts_at, e.tz)), e.tz));
    event.push(local(DtEnd::new(wall(e.ends_at, e.tz)), e.tz));
    event.push(Summary::new(escape_text(e.title.clone())));
    if !e.location.is_empty() {
        event.push(Location::new(escape_text(e.location.clone())));
    }
    event.push(Description::new(escape_text(e.description.clone())));
    event.push(URL::new(e.url.clone()));
    event.push(LastModified::new(utc(e.updated_at)));
    event.push(if e.cancelled {
        Status::cancelled()
    } else {
        Status::confirmed()
    });
    event
}

/// A `DTSTART`/`DTEND` in `tz`, with its `TZID`.
fn local<P: Into<ics::components::Property<'static>>>(
    prop: P,
    tz: Tz,
) -> ics::components::Property<'static> {
    let mut prop = prop.into();
    prop.add(TzIDParam::new(tz.name()));
    prop
}

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

fn wall(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz).format("%Y%m%dT%H%M%S").to_string()
}

/// `+0900`, `-0430`.
fn offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

/// The zone's offset at `t` in seconds, whether it is summer time, and its abbreviation.
fn state(tz: Tz, t: DateTime<Utc>) -> (i32, bool, String) {
    let local = tz.offset_from_utc_datetime(&t.naive_utc());
    (
        local.fix().local_minus_utc(),
        !local.dst_offset().is_zero(),
        t.with_timezone(&tz).format("%Z").to_string(),
    )
}

/// The zone's `VTIMEZONE` from a day before `from` to a day after `to`: the offset in force at
/// the start, then each change of offset in between (found hour by hour, then to the minute).
fn vtimezone(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> VTimeZone<'static> {
    // From a whole hour, so that every change (made on a whole minute) is found exactly.
    let start = (from - Duration::days(1))
        .duration_trunc(Duration::hours(1))
        .unwrap_or(from);
    let end = to + Duration::days(1);
    let mut current = state(tz, start);
    let first = observance((start, current.clone(), current.0));
    let mut changes = Vec::new();
    let mut t = start;
    while t < end {
        let next = t + Duration::hours(1);
        let after = state(tz, next);
        if after.0 != current.0 {
            // The first minute of the new offset within the hour.
            let (mut lo, mut hi) = (0, 60);
            while hi - lo > 1 {
                let mid = (lo + hi) / 2;
                if state(tz, t + Duration::minutes(mid)).0 == current.0 {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            changes.push((t + Duration::minutes(hi), after.clone(), current.0));
            current = after;
        }
        t = next;
    }
    let mut zone = match first {
        Observance::Summer(d) => VTimeZone::daylight(tz.name(), d),
        Observance::Standard(s) => VTimeZone::standard(tz.name(), s),
    };
    for o in changes.into_iter().map(observance) {
        match o {
            Observance::Summer(d) => zone.add_daylight(d),
            Observance::Standard(s) => zone.add_standard(s),
        }
    }
    zone
}

enum Observance {
    Summer(Daylight<'static>),
    Standard(Standard<'static>),
}

/// An observance starting at `at` (UTC), which begins at the wall-clock time of the offset
/// before it.
fn observance(
    (at, (to, summer, name), from): (DateTime<Utc>, (i32, bool, String), i32),
) -> Observance {
    let starts = (at + Duration::seconds(i64::from(from)))
        .format("%Y%m%dT%H%M%S")
        .to_string();
    if summer {
        let mut d = Daylight::new(starts, offset(from), offset(to));
        d.push(TzName::new(name));
        Observance::Summer(d)
    } else {
        let mut s = Standard::new(starts, offset(from), offset(to));
        s.push(TzName::new(name));
        Observance::Standard(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(tz: Tz, start: &str, end: &str) -> CalendarEntry {
        let at = |s: &str| {
            tz.from_local_datetime(
                &chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap(),
            )
            .unwrap()
            .with_timezone(&Utc)
        };
        CalendarEntry {
            uid: "event-1@forum.example".into(),
            title: "第12回 MEJフォーラム・シンポジウム; 医療の国際展開".into(),
            starts_at: at(start),
            ends_at: at(end),
            tz,
            location: "東京国際フォーラム ホールB7, 東京都千代田区丸の内3-5-1".into(),
            description: "Line one\nLine two".into(),
            url: "https://forum.example/events/1".into(),
            cancelled: false,
            updated_at: Utc::now(),
        }
    }

    /// Unfolds the file's content lines (RFC 5545 §3.1) to read them whole.
    fn lines(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .map(String::from)
            .collect()
    }

    #[test]
    fn times_carry_the_zone_and_its_definition() {
        let ics = calendar(
            "MEJ",
            &[entry(
                chrono_tz::Asia::Tokyo,
                "2026-11-24 14:00",
                "2026-11-24 17:30",
            )],
            Utc::now(),
        );
        let lines = lines(&ics);
        assert!(
            lines.contains(&"DTSTART;TZID=Asia/Tokyo:20261124T140000".to_string()),
            "{ics}"
        );
        assert!(lines.contains(&"DTEND;TZID=Asia/Tokyo:20261124T173000".to_string()));
        assert!(lines.contains(&"TZID:Asia/Tokyo".to_string()));
        assert!(lines.contains(&"TZOFFSETTO:+0900".to_string()));
        assert!(lines.contains(&"TZNAME:JST".to_string()));
        assert!(!ics.contains("BEGIN:DAYLIGHT"));
        // Text is escaped, and long lines are folded (without splitting a character).
        assert!(
            lines
                .iter()
                .any(|l| l == "SUMMARY:第12回 MEJフォーラム・シンポジウム\\; 医療の国際展開")
        );
        assert!(lines.iter().any(|l| l == "DESCRIPTION:Line one\\nLine two"));
        assert!(ics.contains("\r\n "));
    }

    #[test]
    fn summer_time_changes_are_defined() {
        // Paris moves from CEST to CET on 25 October 2026 at 03:00 local summer time.
        let ics = calendar(
            "MEJ",
            &[
                entry(
                    chrono_tz::Europe::Paris,
                    "2026-10-20 10:00",
                    "2026-10-20 12:00",
                ),
                entry(
                    chrono_tz::Europe::Paris,
                    "2026-10-28 10:00",
                    "2026-10-28 12:00",
                ),
            ],
            Utc::now(),
        );
        let lines = lines(&ics);
        assert!(lines.contains(&"DTSTART;TZID=Europe/Paris:20261020T100000".to_string()));
        assert!(lines.contains(&"DTSTART;TZID=Europe/Paris:20261028T100000".to_string()));
        let at = lines.iter().position(|l| l == "BEGIN:STANDARD").unwrap();
        assert!(lines.iter().any(|l| l == "BEGIN:DAYLIGHT"));
        assert_eq!(lines[at + 1], "DTSTART:20261025T030000");
        assert_eq!(lines[at + 2], "TZOFFSETFROM:+0200");
        assert_eq!(lines[at + 3], "TZOFFSETTO:+0100");
        assert_eq!(ics.matches("BEGIN:VTIMEZONE").count(), 1);
    }

    #[test]
    fn cancelled_events_say_so() {
        let mut e = entry(
            chrono_tz::Asia::Ho_Chi_Minh,
            "2026-12-01 09:00",
            "2026-12-01 10:00",
        );
        e.cancelled = true;
        let ics = calendar("MEJ", &[e], Utc::now());
        assert!(ics.contains("STATUS:CANCELLED"));
        assert!(ics.contains("TZOFFSETTO:+0700"));
    }
}
