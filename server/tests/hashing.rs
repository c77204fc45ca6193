//! Public endpoints check what is cheap (the link, the address) before they hash a password, so
//! requests that fail those checks cost the server no argon2 work. A test binary of its own: it
//! counts the hashes of the whole process, so nothing else may run beside it.

#[allow(dead_code)]
#[path = "integration/common.rs"]
mod common;

use app::api::invitation::AcceptInvitation;
use app::api::membership::ApplyForMembership;
use app::api::password_reset::{RequestPasswordReset, ResetPassword};
use app::server::password::hashes_started;
use axum::http::StatusCode;
use common::*;

const NEW_PASSWORD: &str = "a long new passphrase";

async fn cheap_checks_come_first(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut visitor = app.client();
    let bogus = "0".repeat(64);
    let before = hashes_started();

    let reset = [
        ("token", bogus.as_str()),
        ("new_password", NEW_PASSWORD),
        ("new_password_confirm", NEW_PASSWORD),
    ];
    let res = visitor.call::<ResetPassword>(&reset).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    let res = visitor
        .call::<AcceptInvitation>(&acceptance_form(&bogus, NEW_PASSWORD))
        .await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    let res = visitor
        .call::<ApplyForMembership>(&application_form(MEMBER, NEW_PASSWORD))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        hashes_started(),
        before,
        "a request refused by a cheap check hashed a password"
    );

    // The count does move when a request passes the cheap checks.
    visitor
        .call::<RequestPasswordReset>(&[("email", MEMBER)])
        .await?;
    let token = app
        .mailed_link(MEMBER, "/password/reset/")?
        .ok_or("no reset mail")?;
    let reset = [
        ("token", token.as_str()),
        ("new_password", NEW_PASSWORD),
        ("new_password_confirm", NEW_PASSWORD),
    ];
    let res = visitor.call::<ResetPassword>(&reset).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(hashes_started(), before + 1);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cheap_checks_come_before_hashing() -> TestResult {
    cheap_checks_come_first(Backend::Sqlite).await?;
    if std::env::var("TEST_DATABASE_URL").is_ok() {
        cheap_checks_come_first(Backend::Postgres).await?;
    }
    Ok(())
}
