//! A forgotten password: the mailed link, its single use and expiry, request throttling, and
//! sessions ending when a password changes.

use crate::common::*;
use app::api::auth::*;
use app::api::password_reset::*;
use app::api::profile::ChangePassword;
use app::model::Field;
use app::server::db::entity::password_reset;
use axum::http::StatusCode;
use sea_orm::EntityTrait;
use sea_orm::sea_query::Expr;

const NEW_PASSWORD: &str = "a fresh passphrase 2026";

/// The token in the newest reset mail to `email`, if any.
async fn mailed_token(
    app: &TestApp,
    email: &str,
) -> Result<Option<String>, Box<dyn std::error::Error>> {
    app.mailed_link(email, "/password/reset/")
}

fn reset_args<'a>(token: &'a str, password: &'a str) -> [(&'a str, &'a str); 3] {
    [
        ("token", token),
        ("new_password", password),
        ("new_password_confirm", password),
    ]
}

async fn a_forgotten_password_is_reset_through_the_mailed_link(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut other_device = app.login(MEMBER).await?;
    let mut browser = app.client();

    let known = browser
        .call::<RequestPasswordReset>(&[("email", " Member@Example.jp ")])
        .await?;
    let unknown = browser
        .call::<RequestPasswordReset>(&[("email", "nobody@example.jp")])
        .await?;
    assert_eq!(known.status, StatusCode::OK, "{}", known.body);
    assert_eq!(
        (unknown.status, &unknown.body),
        (known.status, &known.body),
        "no enumeration"
    );
    assert_eq!(mailed_token(&app, "nobody@example.jp").await?, None);
    let token = mailed_token(&app, MEMBER).await?.ok_or("no reset mail")?;
    assert_eq!(token.len(), 64);
    assert_no_stored_link(&app, MEMBER, &token).await?;

    let check = browser
        .call::<CheckPasswordReset>(&[("token", &token)])
        .await?;
    assert_eq!(check.status, StatusCode::OK);
    let short = browser
        .call::<ResetPassword>(&reset_args(&token, "short"))
        .await?;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(short.fields(), [Field::NewPassword.key()]);
    let done = browser
        .call::<ResetPassword>(&reset_args(&token, NEW_PASSWORD))
        .await?;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);

    let me = browser.call::<GetCurrentUser>(&[]).await?;
    assert_eq!(me.body["email"], MEMBER, "the browser is logged in");
    let elsewhere = other_device.call::<GetCurrentUser>(&[]).await?;
    assert!(
        elsewhere.body.is_null(),
        "the old session ended: {}",
        elsewhere.body
    );

    let mut c = app.client();
    let old = c
        .call::<Login>(&[("email", MEMBER), ("password", PASSWORD)])
        .await?;
    assert_eq!(old.body["refusal"], "bad_credentials");
    let new = c
        .call::<Login>(&[("email", MEMBER), ("password", NEW_PASSWORD)])
        .await?;
    assert_eq!(new.status, StatusCode::OK);

    // A link works once.
    let again = app
        .client()
        .call::<ResetPassword>(&reset_args(&token, "yet another passphrase"))
        .await?;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    let check = app
        .client()
        .call::<CheckPasswordReset>(&[("token", &token)])
        .await?;
    assert_eq!(check.status, StatusCode::NOT_FOUND);
    Ok(())
}

/// Two browsers submit the same link at the same moment: exactly one sets the password.
async fn a_link_is_used_once_under_concurrency(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    app.client()
        .call::<RequestPasswordReset>(&[("email", MEMBER)])
        .await?;
    let token = mailed_token(&app, MEMBER).await?.ok_or("no reset mail")?;
    let (mut a, mut b) = (app.client(), app.client());
    let (args_a, args_b) = (
        reset_args(&token, "first racer passphrase"),
        reset_args(&token, "second racer passphrase"),
    );
    let (first, second) = tokio::join!(
        a.call::<ResetPassword>(&args_a),
        b.call::<ResetPassword>(&args_b)
    );
    let mut statuses = [first?.status, second?.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::NOT_FOUND]);
    Ok(())
}

async fn links_expire_and_requests_are_throttled(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut c = app.client();
    c.call::<RequestPasswordReset>(&[("email", MEMBER)]).await?;
    let token = mailed_token(&app, MEMBER).await?.ok_or("no reset mail")?;
    password_reset::Entity::update_many()
        .col_expr(
            password_reset::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
        )
        .exec(&app.db)
        .await?;
    let res = c
        .call::<ResetPassword>(&reset_args(&token, NEW_PASSWORD))
        .await?;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(res.body["kind"], "reset_expired");
    let login = c
        .call::<Login>(&[("email", MEMBER), ("password", PASSWORD)])
        .await?;
    assert_eq!(login.status, StatusCode::OK, "the password is unchanged");

    // Three requests per address in the window; the fourth is refused.
    for _ in 0..2 {
        let res = c.call::<RequestPasswordReset>(&[("email", MEMBER)]).await?;
        assert_eq!(res.status, StatusCode::OK);
    }
    let res = c.call::<RequestPasswordReset>(&[("email", MEMBER)]).await?;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS, "{}", res.body);
    let bad = c
        .call::<RequestPasswordReset>(&[("email", "not an address")])
        .await?;
    assert_eq!(bad.fields(), [Field::Email.key()]);
    Ok(())
}

/// Changing one's password keeps this session and ends the others.
async fn a_password_change_ends_other_sessions(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut here = app.login(MEMBER).await?;
    let mut there = app.login(MEMBER).await?;
    let res = here
        .call::<ChangePassword>(&[
            ("current_password", PASSWORD),
            ("new_password", NEW_PASSWORD),
            ("new_password_confirm", NEW_PASSWORD),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        here.call::<GetCurrentUser>(&[]).await?.body["email"],
        MEMBER
    );
    assert!(there.call::<GetCurrentUser>(&[]).await?.body.is_null());
    Ok(())
}

/// A new password, by a reset link or a change, ends every other open reset link.
async fn older_links_end_with_a_new_password(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut c = app.client();
    c.call::<RequestPasswordReset>(&[("email", MEMBER)]).await?;
    let first = mailed_token(&app, MEMBER).await?.ok_or("no first mail")?;
    c.call::<RequestPasswordReset>(&[("email", MEMBER)]).await?;
    let second = mailed_token(&app, MEMBER).await?.ok_or("no second mail")?;
    assert_ne!(first, second);
    let res = c
        .call::<ResetPassword>(&reset_args(&second, NEW_PASSWORD))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = c
        .call::<ResetPassword>(&reset_args(&first, "another passphrase 2026"))
        .await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "the older link ended");

    // The same after a password change on the profile.
    c.call::<RequestPasswordReset>(&[("email", MEMBER)]).await?;
    let third = mailed_token(&app, MEMBER).await?.ok_or("no third mail")?;
    let mut member = app.client();
    member
        .call::<app::api::auth::Login>(&[("email", MEMBER), ("password", NEW_PASSWORD)])
        .await?;
    let res = member
        .call::<ChangePassword>(&[
            ("current_password", NEW_PASSWORD),
            ("new_password", "yet another passphrase"),
            ("new_password_confirm", "yet another passphrase"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = c
        .call::<CheckPasswordReset>(&[("token", third.as_str())])
        .await?;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "a change ends open links too"
    );
    Ok(())
}

on_both_backends!(
    older_links_end_with_a_new_password,
    a_forgotten_password_is_reset_through_the_mailed_link,
    a_link_is_used_once_under_concurrency,
    links_expire_and_requests_are_throttled,
    a_password_change_ends_other_sessions,
);
