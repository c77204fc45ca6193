//! Calendars over HTTP: an event's file carries its zone (`TZID` and `VTIMEZONE`), place and
//! link, and the meeting link only for a seat; the confirmation mail carries the same facts; a
//! member's feed answers at its secret address without a session, lists the events they hold a
//! seat at, and stops working when replaced or stopped.

use axum::http::StatusCode;
use sea_orm::ActiveValue::Set;

use crate::common::*;
use app::api::calendar::{GetCalendarFeed, RenewCalendarFeed, StopCalendarFeed};
use app::api::registration::RegisterForEvent;

const MEETING: &str = "https://meet.example/mej-symposium";

/// A hybrid event with one seat and a meeting link.
async fn hybrid_event(app: &TestApp) -> Result<String, Box<dyn std::error::Error>> {
    let id = open_event(&app.db, 1).await?;
    change_event(&app.db, id, |e| e.online_url = Set(Some(MEETING.into()))).await?;
    Ok(id.to_string())
}

/// The file's content lines, unfolded (RFC 5545 §3.1).
fn lines(res: &Response) -> Vec<String> {
    let text = res.body.as_str().unwrap_or_default();
    text.replace("\r\n ", "")
        .split("\r\n")
        .map(String::from)
        .collect()
}

async fn event_file_and_confirmation_mail(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let id = hybrid_event(&app).await?;
    let path = format!("/events/{id}/calendar.ics");
    assert_ne!(app.client().get(&path).await?.status, StatusCode::OK);

    // Before registering: the event (in the member's language), without the meeting link.
    let mut member = app.login(MEMBER).await?;
    let res = member.get(&path).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        res.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/calendar; charset=utf-8")
    );
    let file = lines(&res);
    assert!(
        file.iter()
            .any(|l| l.starts_with("DTSTART;TZID=Asia/Tokyo:")),
        "{file:?}"
    );
    assert!(file.contains(&"TZID:Asia/Tokyo".to_string()));
    assert!(file.contains(&"TZOFFSETTO:+0900".to_string()));
    assert!(
        file.iter()
            .any(|l| l.starts_with("LOCATION:Tokyo International Forum\\, 東京都千代田区"))
    );
    assert!(file.contains(&format!("URL:{ORIGIN}/events/{id}")));
    assert!(!file.iter().any(|l| l.contains(MEETING)));

    // With a seat: the meeting link too, and the mail says the same.
    let res = member
        .call::<RegisterForEvent>(&[("event_id", &id)])
        .await?;
    assert_eq!(res.body["status"], "confirmed", "{}", res.body);
    let file = lines(&member.get(&path).await?);
    assert!(file.iter().any(|l| l.contains(MEETING)), "{file:?}");
    let mails = app.mails_to(MEMBER)?;
    let mail = mails.last().ok_or("no confirmation mail")?;
    for fact in ["(JST)", "Asia/Tokyo", "東京国際フォーラム", MEETING] {
        assert!(mail.contains(fact), "{fact} missing: {mail}");
    }
    assert!(
        mail.contains(&format!("{ORIGIN}/events/{id}/calendar.ics")),
        "{mail}"
    );

    // The second member waits: their mail gives the place, not the link.
    let mut other = app.login(ORG_ADMIN).await?;
    let res = other.call::<RegisterForEvent>(&[("event_id", &id)]).await?;
    assert_eq!(res.body["status"], "waitlisted", "{}", res.body);
    let mails = app.mails_to(ORG_ADMIN)?;
    let mail = mails.last().ok_or("no waiting-list mail")?;
    assert!(mail.contains(": 1"), "{mail}");
    assert!(!mail.contains(MEETING), "{mail}");
    Ok(())
}

async fn feed_at_a_secret_address(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let id = hybrid_event(&app).await?;
    let mut member = app.login(MEMBER).await?;
    let res = member.call::<GetCalendarFeed>(&[]).await?;
    assert_eq!(res.body["since"], serde_json::Value::Null, "{}", res.body);
    member
        .call::<RegisterForEvent>(&[("event_id", &id)])
        .await?;

    let res = member.call::<RenewCalendarFeed>(&[]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let first = res.body["address"]
        .as_str()
        .ok_or("no address")?
        .to_string();
    let first = first
        .strip_prefix(ORIGIN)
        .ok_or("not on the site")?
        .to_string();
    // Calendar apps carry no session.
    let res = app.client().get(&first).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let file = lines(&res);
    assert!(
        file.contains(&"X-WR-CALNAME:MEJ Forum: my events".to_string()),
        "{file:?}"
    );
    assert!(
        file.iter()
            .any(|l| l.starts_with(&format!("UID:event-{id}@")))
    );
    assert!(file.iter().any(|l| l.contains(MEETING)));
    // The address is not stored: the status says since when, not where.
    let res = member.call::<GetCalendarFeed>(&[]).await?;
    assert!(res.body["since"].is_object(), "{}", res.body);
    assert_eq!(res.body["address"], serde_json::Value::Null);

    // A new address ends the old one; stopping ends the new one.
    let res = member.call::<RenewCalendarFeed>(&[]).await?;
    let second = res.body["address"].as_str().ok_or("no address")?;
    let second = second
        .strip_prefix(ORIGIN)
        .ok_or("not on the site")?
        .to_string();
    assert_ne!(first, second);
    assert_eq!(
        app.client().get(&first).await?.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.client().get(&second).await?.status, StatusCode::OK);
    member.call::<StopCalendarFeed>(&[]).await?;
    assert_eq!(
        app.client().get(&second).await?.status,
        StatusCode::NOT_FOUND
    );
    let guess =
        "/calendar/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef/events.ics";
    assert_eq!(app.client().get(guess).await?.status, StatusCode::NOT_FOUND);
    Ok(())
}

on_both_backends!(event_file_and_confirmation_mail, feed_at_a_secret_address);
