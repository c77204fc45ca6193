//! Operations and the page shell: health check, seeding, create-admin, security headers,
//! language negotiation and status codes of pages.

use crate::common::*;
use app::model::names::PersonName;
use app::server::seed;
use app::server::service::account;
use axum::http::StatusCode;

async fn health_check_answers(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let res = app.client().get("/healthz").await?;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.body, "ok");
    assert!(res.headers.contains_key("x-request-id"));
    Ok(())
}

async fn seeding_is_idempotent_and_admins_can_be_created(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    assert!(
        !seed::seed_demo(&app.db)
            .await
            .map_err(|e| format!("{e:?}"))?,
        "a second seed adds nothing"
    );
    let name = PersonName {
        family_name: "山田".into(),
        given_name: "花子".into(),
        family_name_kana: "やまだ".into(),
        given_name_kana: "はなこ".into(),
        romanized_name: "YAMADA Hanako".into(),
    };
    account::create_admin(
        &app.db,
        "Yamada@MEJ.example",
        "a long admin passphrase",
        name.clone(),
    )
    .await
    .map_err(|e| format!("{e:?}"))?;
    let again = account::create_admin(
        &app.db,
        "yamada@mej.example",
        "a long admin passphrase",
        name,
    )
    .await;
    assert!(matches!(
        again,
        Err(app::model::AppError::Validation { .. })
    ));
    let mut c = app.client();
    let res = c
        .call::<app::api::auth::Login>(&[
            ("email", "yamada@mej.example"),
            ("password", "a long admin passphrase"),
        ])
        .await?;
    let user = &res.body["SignedIn"];
    assert_eq!(user["role"], "admin", "{}", res.body);
    assert_eq!(
        user["organization_name"]["en"],
        "Medical Excellence JAPAN Secretariat"
    );
    // The first thing a new admin does is set up two-step verification.
    assert_eq!(user["two_factor_enabled"], false);
    let res = c
        .call::<app::api::account::ListAccounts>(&[("query", "")])
        .await?;
    assert_eq!(res.body["error"], "two_factor_setup_needed", "{}", res.body);
    Ok(())
}

async fn pages_carry_security_headers_and_the_negotiated_language(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut c = app.client();
    let res = c.get("/").await?;
    assert_eq!(res.status, StatusCode::OK);
    let html = res.body.as_str().ok_or("not html")?;
    assert!(
        html.contains("<html lang=\"ja\""),
        "Japanese without other hints"
    );
    let csp = res
        .headers
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .ok_or("no CSP")?;
    assert!(
        csp.contains("'nonce-") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert_eq!(
        res.headers
            .get("x-content-type-options")
            .and_then(|v| v.to_str().ok()),
        Some("nosniff")
    );
    assert!(res.headers.contains_key("referrer-policy"));
    assert_eq!(
        res.headers
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store"),
        "pages are personal: no cache keeps them"
    );
    assert!(
        !res.headers.contains_key("strict-transport-security"),
        "no HSTS over plain HTTP"
    );

    // The language cookie set by the switch wins over the default.
    c.call::<app::api::auth::SetLocale>(&[("locale", "en")])
        .await?;
    let html = c
        .get("/")
        .await?
        .body
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(html.contains("<html lang=\"en\""));
    assert!(html.contains("Japanese medicine for the world"));
    Ok(())
}

async fn unknown_pages_are_404(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let res = app.client().get("/no-such-page").await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    Ok(())
}

/// Two app servers on one database share sessions and login throttling: nothing that matters
/// lives in a server's memory.
async fn app_servers_are_stateless(backend: Backend) -> TestResult {
    let first = TestApp::new(backend).await?;
    let second = router(&first.db, &first.mail_dir);
    let mut on_first = first.login(MEMBER).await?;
    let mut on_second = on_first.with_router(second.clone()).await?;
    let me = on_second
        .call::<app::api::auth::GetCurrentUser>(&[])
        .await?;
    assert_eq!(
        me.body["email"], MEMBER,
        "a session made on one server is valid on the other"
    );
    on_second.call::<app::api::auth::Logout>(&[]).await?;
    assert_eq!(
        on_first
            .call::<app::api::auth::GetCurrentUser>(&[])
            .await?
            .body,
        serde_json::Value::Null
    );

    // Failures counted on one server lock the account on the other too.
    let mut a = first.client();
    for _ in 0..5 {
        a.call::<app::api::auth::Login>(&[("email", STAFF), ("password", "wrong password")])
            .await?;
    }
    let mut b = a.with_router(second).await?;
    let res = b
        .call::<app::api::auth::Login>(&[("email", STAFF), ("password", PASSWORD)])
        .await?;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    Ok(())
}

/// A call whose arguments cannot be read answers 400, and one over the size limit 413, with a
/// plain error kind and nothing of the server-function layer's internals.
async fn unreadable_and_oversized_calls_say_so(backend: Backend) -> TestResult {
    use app::api::account::SetAccountStatus;
    let app = TestApp::new(backend).await?;
    let mut staff = app.login(STAFF).await?;
    for args in [
        &[("user_id", "four"), ("status", "active")][..],
        &[("status", "active")][..],
        &[("user_id", "4"), ("status", "on holiday")][..],
    ] {
        let res = staff.call::<SetAccountStatus>(args).await?;
        assert_eq!(
            res.status,
            StatusCode::BAD_REQUEST,
            "{args:?}: {}",
            res.body
        );
        assert_eq!(res.body, serde_json::json!({ "error": "bad_request" }));
    }
    let big = "x".repeat(server::BODY_LIMIT_BYTES + 1);
    let res = staff
        .call::<app::api::auth::Login>(&[("email", big.as_str()), ("password", "x")])
        .await?;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", res.body);
    Ok(())
}

/// Served over HTTPS, the site pins browsers to HTTPS (HSTS) and its session cookie is `Secure`
/// with the `__Host-` prefix (never sent over plain HTTP, never set by another host).
async fn https_sites_pin_https_and_host_only_cookies(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let https = router_at(&app.db, &app.mail_dir, "https://forum.test");
    let mut c = app.client().with_router(https).await?;
    c.origin = Some("https://forum.test".into());
    let res = c
        .call::<app::api::auth::Login>(&[("email", MEMBER), ("password", PASSWORD)])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let cookie = res
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.contains("mej_session="))
        .ok_or("no session cookie")?;
    assert!(cookie.starts_with("__Host-mej_session="), "{cookie}");
    assert!(
        cookie.contains("Secure") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Domain"), "{cookie}");
    let hsts = res
        .headers
        .get("strict-transport-security")
        .and_then(|v| v.to_str().ok())
        .ok_or("no HSTS")?;
    assert!(hsts.starts_with("max-age="), "{hsts}");
    assert_eq!(
        res.headers
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store"),
        "server-function answers are personal"
    );
    let me = c.call::<app::api::auth::GetCurrentUser>(&[]).await?;
    assert_eq!(
        me.body["email"], MEMBER,
        "the prefixed cookie is the session"
    );
    Ok(())
}

on_both_backends!(
    unreadable_and_oversized_calls_say_so,
    https_sites_pin_https_and_host_only_cookies,
    app_servers_are_stateless,
    health_check_answers,
    seeding_is_idempotent_and_admins_can_be_created,
    pages_carry_security_headers_and_the_negotiated_language,
    unknown_pages_are_404,
);
