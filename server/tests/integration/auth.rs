//! Logging in over HTTP: refusals in words, throttling per account and per client address,
//! and the session's life.

use crate::common::*;
use app::api::auth::*;
use axum::http::StatusCode;

async fn login_refusals_are_clear_and_throttled(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut c = app.client();
    let wrong = c
        .call::<Login>(&[("email", MEMBER), ("password", "wrong password")])
        .await?;
    let unknown = c
        .call::<Login>(&[
            ("email", "nobody@example.jp"),
            ("password", "wrong password"),
        ])
        .await?;
    assert_eq!(wrong.body["refusal"], "bad_credentials");
    assert_eq!(
        unknown.body, wrong.body,
        "unknown e-mail and wrong password look the same"
    );

    // A suspended account is told so (after the right password only).
    let mut staff = app.login(STAFF).await?;
    assert_eq!(
        staff
            .call::<app::api::account::SetAccountStatus>(&[
                ("user_id", "5"),
                ("status", "suspended")
            ])
            .await?
            .status,
        StatusCode::OK
    );
    let res = c
        .call::<Login>(&[
            ("email", "tanaka@sakura-hospital.example"),
            ("password", PASSWORD),
        ])
        .await?;
    assert_eq!(res.body["refusal"], "suspended");

    // Five failures lock the address for the window, even with the right password.
    for _ in 0..4 {
        c.call::<Login>(&[("email", MEMBER), ("password", "wrong password")])
            .await?;
    }
    let res = c
        .call::<Login>(&[("email", MEMBER), ("password", PASSWORD)])
        .await?;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS, "{}", res.body);
    assert!(res.body["retry_after_secs"].as_u64().is_some_and(|s| s > 0));
    Ok(())
}

/// Behind a proxy, failures count per client address (the rightmost `X-Forwarded-For` entry, the
/// one the proxy appended), so one address trying many e-mails is stopped without locking out
/// anyone else, and prepending addresses does not escape the lock.
async fn address_throttling_follows_the_proxy_header(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let from = |chain: &str| {
        let mut c = app.client();
        c.forwarded_for = Some(chain.to_string());
        c
    };
    let mut attacker = from("198.51.100.7");
    for i in 0..20 {
        let email = format!("guess{i}@example.jp");
        let res = attacker
            .call::<Login>(&[("email", email.as_str()), ("password", "wrong password")])
            .await?;
        assert_eq!(res.body["refusal"], "bad_credentials", "{}", res.body);
    }
    let right = [("email", MEMBER), ("password", PASSWORD)];
    let res = attacker.call::<Login>(&right).await?;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS, "{}", res.body);
    let res = from("203.0.113.11, 198.51.100.7")
        .call::<Login>(&right)
        .await?;
    assert_eq!(
        res.status,
        StatusCode::TOO_MANY_REQUESTS,
        "a forged leftmost entry does not escape the lock"
    );
    for other in ["203.0.113.9", "198.51.100.7, 203.0.113.10"] {
        let res = from(other).call::<Login>(&right).await?;
        assert_eq!(res.status, StatusCode::OK, "{other}: {}", res.body);
    }
    Ok(())
}

async fn login_rotates_the_session_and_logout_ends_it(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut c = app.client();
    c.call::<SetLocale>(&[("locale", "en")]).await?;
    let res = c
        .call::<Login>(&[("email", MEMBER), ("password", PASSWORD)])
        .await?;
    let cookie = res
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("mej_session="))
        .ok_or("no session cookie")?
        .to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert_eq!(c.call::<GetCurrentUser>(&[]).await?.body["email"], MEMBER);
    c.call::<Logout>(&[]).await?;
    assert_eq!(
        c.call::<GetCurrentUser>(&[]).await?.body,
        serde_json::Value::Null
    );
    Ok(())
}

/// Simultaneous wrong passwords for one account from one address: exactly the allowed number
/// reach the password check, every other one is refused before it.
async fn concurrent_wrong_logins_cannot_pass_the_limit(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..16 {
        let mut c = app.client();
        c.forwarded_for = Some("203.0.113.7".into());
        tasks.spawn(async move {
            c.call::<Login>(&[("email", MEMBER), ("password", "wrong password")])
                .await
                .map(|r| r.status)
                .map_err(|e| e.to_string())
        });
    }
    let mut statuses = Vec::new();
    while let Some(done) = tasks.join_next().await {
        statuses.push(done??);
    }
    let checked = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNPROCESSABLE_ENTITY)
        .count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!((checked, refused), (5, 11), "{statuses:?}");
    Ok(())
}

/// Wrong passwords from one address block that address for the account, not the owner elsewhere;
/// and they count against the address across accounts.
async fn failures_elsewhere_do_not_lock_the_owner_out(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut attacker = app.client();
    attacker.forwarded_for = Some("198.51.100.9".into());
    for _ in 0..6 {
        attacker
            .call::<Login>(&[("email", MEMBER), ("password", "wrong password")])
            .await?;
    }
    let blocked = attacker
        .call::<Login>(&[("email", MEMBER), ("password", PASSWORD)])
        .await?;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    let mut owner = app.client();
    owner.forwarded_for = Some("192.0.2.44".into());
    let res = owner
        .call::<Login>(&[("email", MEMBER), ("password", PASSWORD)])
        .await?;
    assert_eq!(
        res.status,
        StatusCode::OK,
        "the owner logs in from their own address"
    );
    Ok(())
}

/// An enormous e-mail is refused like any wrong login and stored, as a throttle key, cut short.
async fn huge_login_emails_are_bounded(backend: Backend) -> TestResult {
    use sea_orm::EntityTrait;
    let app = TestApp::new(backend).await?;
    let huge = format!("{}@example.jp", "a".repeat(10_000));
    let res = app
        .client()
        .call::<Login>(&[("email", huge.as_str()), ("password", "wrong password")])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    let keys = app::server::db::entity::login_throttle::Entity::find()
        .all(&app.db)
        .await?;
    assert!(!keys.is_empty());
    assert!(keys.iter().all(|k| k.key.chars().count() <= 300));
    Ok(())
}

on_both_backends!(
    huge_login_emails_are_bounded,
    concurrent_wrong_logins_cannot_pass_the_limit,
    failures_elsewhere_do_not_lock_the_owner_out,
    login_refusals_are_clear_and_throttled,
    address_throttling_follows_the_proxy_header,
    login_rotates_the_session_and_logout_ends_it
);
