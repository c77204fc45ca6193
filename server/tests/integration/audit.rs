//! The security log: logins, failures, lockouts and staff actions are recorded with who, whom,
//! from where and when; only admins read it.

use axum::http::StatusCode;
use serde_json::Value;

use crate::common::*;
use app::api::account::SetAccountStatus;
use app::api::audit::ListSecurityLog;
use app::api::auth::{GetCurrentUser, Login};

/// The entries of one kind, newest first, as admins read them.
async fn entries(admin: &mut Client, kind: &str) -> Result<Vec<Value>, Box<dyn std::error::Error>> {
    let res = admin.call::<ListSecurityLog>(&[("kind", kind)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(res.body.as_array().cloned().unwrap_or_default())
}

async fn security_events_are_logged_for_admins(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut browser = app.client();
    browser.forwarded_for = Some("203.0.113.50".into());
    let res = browser
        .call::<Login>(&[("email", MEMBER), ("password", "not the password")])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = browser
        .call::<Login>(&[("email", MEMBER), ("password", PASSWORD)])
        .await?;
    assert_eq!(res.status, StatusCode::OK);
    let member_id = browser.call::<GetCurrentUser>(&[]).await?.body["id"].to_string();
    let mut staff = app.login(STAFF).await?;
    staff
        .call::<SetAccountStatus>(&[("user_id", &member_id), ("status", "suspended")])
        .await?;

    // Staff do not read the log; admins do.
    let res = staff.call::<ListSecurityLog>(&[]).await?;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let mut admin = app.login(ADMIN).await?;
    let failed = entries(&mut admin, "login_failed").await?;
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0]["subject"], MEMBER);
    assert_eq!(failed[0]["client_ip"], "203.0.113.50");
    let logins = entries(&mut admin, "login_succeeded").await?;
    assert!(
        logins
            .iter()
            .any(|e| e["actor"] == MEMBER && e["client_ip"] == "203.0.113.50"),
        "{logins:?}"
    );
    let changes = entries(&mut admin, "status_changed").await?;
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0]["actor"], STAFF);
    assert_eq!(changes[0]["subject"], MEMBER);
    assert_eq!(changes[0]["detail"], "active → suspended");

    // Everything together, newest first, a page at a time.
    let all = admin.call::<ListSecurityLog>(&[]).await?.body;
    let all = all.as_array().ok_or("no list")?;
    assert!(all.len() >= 4);
    assert_eq!(
        all[0]["kind"], "login_succeeded",
        "the admin's own login is newest"
    );
    let older = admin
        .call::<ListSecurityLog>(&[("before", &all[1]["id"].to_string())])
        .await?
        .body;
    assert_eq!(older.as_array().map(Vec::len), Some(all.len() - 2));
    Ok(())
}

/// A lockout is recorded once per throttling window, however often the paused login is tried.
async fn lockouts_are_logged_once(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut attacker = app.client();
    attacker.forwarded_for = Some("198.51.100.66".into());
    for _ in 0..8 {
        attacker
            .call::<Login>(&[("email", STAFF), ("password", "guess")])
            .await?;
    }
    let mut admin = app.login(ADMIN).await?;
    assert_eq!(entries(&mut admin, "login_failed").await?.len(), 5);
    let locked = entries(&mut admin, "login_locked").await?;
    assert_eq!(locked.len(), 1, "{locked:?}");
    assert_eq!(locked[0]["subject"], STAFF);
    assert_eq!(locked[0]["client_ip"], "198.51.100.66");
    Ok(())
}

on_both_backends!(
    security_events_are_logged_for_admins,
    lockouts_are_logged_once
);
