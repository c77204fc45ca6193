//! Staff's list of registrants over HTTP: found by kana, approved into a seat or onto the
//! waiting list, seated by hand, checked in (and back), declined with a reason the registrant
//! reads; a decision taken twice is refused; the CSV opens in Excel with Japanese intact.

use axum::http::StatusCode;
use sea_orm::ActiveValue::Set;
use serde_json::Value;

use crate::common::*;
use app::api::notification::ListNotifications;
use app::api::registrant::*;
use app::api::registration::RegisterForEvent;

const TANAKA: &str = "tanaka@sakura-hospital.example";

/// A published event with one seat whose registrations need staff's approval.
async fn approval_event(app: &TestApp) -> Result<String, Box<dyn std::error::Error>> {
    let id = open_event(&app.db, 1).await?;
    change_event(&app.db, id, |e| e.requires_approval = Set(true)).await?;
    Ok(id.to_string())
}

async fn list(
    staff: &mut Client,
    id: &str,
    extra: &[(&'static str, &str)],
) -> Result<Value, Box<dyn std::error::Error>> {
    let mut args = vec![("query[event]", id), ("query[q]", ""), ("query[page]", "1")];
    args.retain(|(k, _)| !extra.iter().any(|(e, _)| e == k));
    args.extend_from_slice(extra);
    let res = staff.call::<ListRegistrants>(&args).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(res.body)
}

/// The registration id and status of the one registrant named `kana`.
async fn find(
    staff: &mut Client,
    id: &str,
    kana: &str,
) -> Result<(String, String, Value), Box<dyn std::error::Error>> {
    let body = list(staff, id, &[("query[q]", kana)]).await?;
    let items = body["items"].as_array().ok_or("no items")?;
    assert_eq!(items.len(), 1, "{kana}: {body}");
    let r = &items[0];
    let status = r["status"].as_str().unwrap_or_default().to_string();
    Ok((r["id"].to_string(), status, r["position"].clone()))
}

async fn decide(
    staff: &mut Client,
    reg: &str,
    decision: &str,
    reason: &str,
) -> Result<Response, Box<dyn std::error::Error>> {
    staff
        .call::<DecideRegistration>(&[
            ("decision[id]", reg),
            ("decision[decision]", decision),
            ("decision[reason]", reason),
        ])
        .await
}

async fn register(
    app: &TestApp,
    email: &str,
    id: &str,
) -> Result<Client, Box<dyn std::error::Error>> {
    let mut client = app.login(email).await?;
    let res = client.call::<RegisterForEvent>(&[("event_id", id)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(res.body["status"], "pending");
    Ok(client)
}

/// Approving places a registration as if it had needed no approval (a seat, then the waiting
/// list); staff seat a waiting person by hand, check people in and take it back; a decision that
/// no longer applies is refused; every decision is told to the registrant.
async fn staff_approve_seat_and_check_in(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let id = approval_event(&app).await?;
    let mut member = register(&app, MEMBER, &id).await?;
    register(&app, ORG_ADMIN, &id).await?;
    let mut staff = app.login(STAFF).await?;

    let body = list(&mut staff, &id, &[]).await?;
    assert_eq!(body["total"], 2, "{body}");
    let pending = body["counts"]
        .as_array()
        .ok_or("no counts")?
        .iter()
        .find(|c| c["status"] == "pending")
        .ok_or("no pending count")?
        .clone();
    assert_eq!(pending["count"], 2);
    // Kana order: なかむら before もり.
    assert_eq!(body["items"][0]["name"]["family_name"], "中村", "{body}");
    // Found by kana in hiragana or katakana, and by romanized name.
    let (mori, status, _) = find(&mut staff, &id, "もり").await?;
    assert_eq!(status, "pending");
    assert_eq!(find(&mut staff, &id, "モリ").await?.0, mori);
    assert_eq!(find(&mut staff, &id, "Erika").await?.0, mori);
    let (nakamura, _, _) = find(&mut staff, &id, "なかむら").await?;

    let res = decide(&mut staff, &mori, "approve", "").await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(find(&mut staff, &id, "もり").await?.1, "confirmed");
    let res = decide(&mut staff, &nakamura, "approve", "").await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let (_, status, position) = find(&mut staff, &id, "なかむら").await?;
    assert_eq!((status.as_str(), position), ("waitlisted", Value::from(1)));

    // Taken twice (two staff at once, or a stale page): refused, nothing changes.
    let res = decide(&mut staff, &mori, "approve", "").await?;
    assert_eq!(res.error(), "conflict", "{}", res.body);
    // A member cannot decide.
    let res = decide(&mut member, &nakamura, "seat", "").await?;
    assert_eq!(res.status, StatusCode::FORBIDDEN);

    // Seated by hand beyond the one seat.
    let res = decide(&mut staff, &nakamura, "seat", "").await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let body = list(&mut staff, &id, &[("query[status]", "confirmed")]).await?;
    assert_eq!(body["total"], 2, "{body}");

    let res = decide(&mut staff, &mori, "check_in", "").await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let body = list(&mut staff, &id, &[("query[q]", "もり")]).await?;
    assert_eq!(body["items"][0]["status"], "attended");
    assert!(body["items"][0]["checked_in_at"].is_string(), "{body}");
    let res = decide(&mut staff, &mori, "undo_check_in", "").await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let body = list(&mut staff, &id, &[("query[q]", "もり")]).await?;
    assert_eq!(body["items"][0]["status"], "confirmed");
    assert!(body["items"][0]["checked_in_at"].is_null(), "{body}");

    let res = member.call::<ListNotifications>(&[]).await?;
    assert_eq!(
        res.body["items"][0]["kind"], "registration_approved",
        "{}",
        res.body
    );
    assert_eq!(
        res.body["items"][0]["event"]["title"]["en"],
        "MEJ Symposium"
    );
    assert!(app.mails_to(MEMBER)?.iter().any(|m| m.contains("approved")));
    Ok(())
}

/// Declining needs a reason; the registrant reads it in a notification and a mail.
async fn declining_tells_the_reason(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let id = approval_event(&app).await?;
    let mut tanaka = register(&app, TANAKA, &id).await?;
    let mut staff = app.login(STAFF).await?;
    let (reg, _, _) = find(&mut staff, &id, "たなか").await?;

    let res = decide(&mut staff, &reg, "decline", "  ").await?;
    assert_eq!(res.fields(), ["reason"]);
    let reason = "今回は行政機関の方を優先させていただきます。";
    let res = decide(&mut staff, &reg, "decline", reason).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let (_, status, _) = find(&mut staff, &id, "たなか").await?;
    assert_eq!(status, "declined");

    let res = tanaka.call::<ListNotifications>(&[]).await?;
    let n = &res.body["items"][0];
    assert_eq!(n["kind"], "registration_declined", "{}", res.body);
    assert_eq!(n["reason"]["note"], reason);
    assert!(app.mails_to(TANAKA)?.iter().any(|m| m.contains(reason)));
    // Declined is final here: nothing more applies.
    let res = decide(&mut staff, &reg, "approve", "").await?;
    assert_eq!(res.error(), "conflict", "{}", res.body);
    Ok(())
}

/// The CSV: staff only; UTF-8 with a byte-order mark, one line per registrant with the name in
/// kanji, kana and Latin letters.
async fn csv_opens_in_excel(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let id = approval_event(&app).await?;
    let mut member = register(&app, MEMBER, &id).await?;
    let path = format!("/events/{id}/registrants.csv");

    let res = member.get(&path).await?;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = app.client().get(&path).await?;
    assert_ne!(res.status, StatusCode::OK);

    let mut staff = app.login(STAFF).await?;
    let res = staff.get(&path).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        res.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/csv; charset=utf-8")
    );
    let text = res.body.as_str().ok_or("not text")?;
    assert!(text.starts_with('\u{feff}'), "no byte-order mark");
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines[1].contains("森 絵里香,もり えりか,MORI Erika"),
        "{text}"
    );
    Ok(())
}

on_both_backends!(
    staff_approve_seat_and_check_in,
    declining_tells_the_reason,
    csv_opens_in_excel
);
