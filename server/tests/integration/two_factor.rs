//! Two-step verification: staff and admins log in with a code after the password; members may
//! turn it on; a code works once, a recovery code once, attempts are limited; a reset link does
//! not replace the code; a staff member without it can do nothing but set it up.

use axum::http::StatusCode;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::common::*;
use app::api::account::ListAccounts;
use app::api::auth::{GetCurrentUser, Login, Logout};
use app::api::password_reset::{RequestPasswordReset, ResetPassword};
use app::api::two_factor::*;
use app::model::{Field, Role};
use app::server::db::entity::user;
use app::server::service::two_factor::code_at;

/// A client that gave `email`'s demo password and now owes the code.
async fn after_password(app: &TestApp, email: &str) -> Result<Client, Box<dyn std::error::Error>> {
    let mut c = app.client();
    let res = c
        .call::<Login>(&[("email", email), ("password", PASSWORD)])
        .await?;
    assert_eq!(
        (res.status, &res.body),
        (StatusCode::OK, &Value::from(CODE_NEEDED))
    );
    Ok(c)
}

async fn logged_in_as(c: &mut Client) -> Result<Value, Box<dyn std::error::Error>> {
    Ok(c.call::<GetCurrentUser>(&[]).await?.body["email"].clone())
}

/// The key in an `otpauth://` link.
fn secret_of(setup: &Value) -> Result<String, Box<dyn std::error::Error>> {
    let uri = setup["uri"].as_str().ok_or("no uri")?;
    let (_, rest) = uri.split_once("secret=").ok_or("no secret in the link")?;
    Ok(rest.split('&').next().unwrap_or_default().to_string())
}

fn now_step() -> i64 {
    chrono::Utc::now().timestamp() / 30
}

async fn staff_log_in_with_a_code_that_works_once(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut browser = after_password(&app, STAFF).await?;
    assert_eq!(
        logged_in_as(&mut browser).await?,
        Value::Null,
        "not logged in yet"
    );
    assert_eq!(
        browser.call::<ListAccounts>(&[("query", "")]).await?.status,
        StatusCode::UNAUTHORIZED
    );

    let wrong = browser
        .call::<VerifyLoginCode>(&[("code", "000000")])
        .await?;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(wrong.fields(), [Field::Code.key()]);
    let code = app.next_code(STAFF).await?;
    let spaced = format!("{} {}", &code[..3], &code[3..]);
    let ok = browser
        .call::<VerifyLoginCode>(&[("code", &spaced)])
        .await?;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(ok.body["SignedIn"]["email"], STAFF);
    assert_eq!(logged_in_as(&mut browser).await?, STAFF);
    assert_eq!(
        browser.call::<ListAccounts>(&[("query", "")]).await?.status,
        StatusCode::OK
    );

    // The same code, seen over a shoulder, does not open a second session.
    let mut thief = after_password(&app, STAFF).await?;
    let replay = thief.call::<VerifyLoginCode>(&[("code", &code)]).await?;
    assert_eq!(replay.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(logged_in_as(&mut thief).await?, Value::Null);

    let mut admin = app.login(ADMIN).await?;
    let log = admin
        .call::<app::api::audit::ListSecurityLog>(&[("kind", "login_code_failed")])
        .await?;
    assert_eq!(log.body.as_array().map(Vec::len), Some(2), "{}", log.body);
    Ok(())
}

/// Two browsers with the password and one code, at once: one gets in.
async fn one_code_opens_one_session_under_concurrency(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut a = after_password(&app, ADMIN).await?;
    let mut b = after_password(&app, ADMIN).await?;
    let code = app.next_code(ADMIN).await?;
    let args = [("code", code.as_str())];
    let (ra, rb) = tokio::join!(
        a.call::<VerifyLoginCode>(&args),
        b.call::<VerifyLoginCode>(&args)
    );
    let mut statuses = [ra?.status.as_u16(), rb?.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 422]);
    Ok(())
}

async fn a_code_needs_the_password_first_and_attempts_are_limited(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut stranger = app.client();
    let res = stranger
        .call::<VerifyLoginCode>(&[("code", "123456")])
        .await?;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(res.body["kind"], "login_code_expired");

    let mut browser = after_password(&app, STAFF).await?;
    for _ in 0..5 {
        let res = browser
            .call::<VerifyLoginCode>(&[("code", "000000")])
            .await?;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let code = app.next_code(STAFF).await?;
    let res = browser.call::<VerifyLoginCode>(&[("code", &code)]).await?;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS, "{}", res.body);
    assert_eq!(logged_in_as(&mut browser).await?, Value::Null);
    Ok(())
}

/// A member turns it on (QR key, first code, recovery codes), logs in with a recovery code once,
/// and turns it off again with the password.
async fn members_turn_it_on_and_use_a_recovery_code_once(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let setup = member.call::<StartTwoFactor>(&[]).await?;
    assert_eq!(setup.status, StatusCode::OK, "{}", setup.body);
    assert!(
        setup.body["qr_svg"]
            .as_str()
            .is_some_and(|s| s.starts_with("<?xml") || s.contains("<svg"))
    );
    let secret = secret_of(&setup.body)?;
    assert_eq!(
        setup.body["secret"].as_str().map(|s| s.replace(' ', "")),
        Some(secret.clone())
    );
    let wrong = member
        .call::<EnableTwoFactor>(&[("code", "000000")])
        .await?;
    assert_eq!(wrong.fields(), [Field::Code.key()]);
    let on = member
        .call::<EnableTwoFactor>(&[(
            "code",
            &code_at(&secret, now_step()).map_err(|e| format!("{e:?}"))?,
        )])
        .await?;
    assert_eq!(on.status, StatusCode::OK, "{}", on.body);
    let codes: Vec<String> = on
        .body
        .as_array()
        .ok_or("no codes")?
        .iter()
        .filter_map(|c| c.as_str().map(String::from))
        .collect();
    assert_eq!(codes.len(), 10);
    member.call::<Logout>(&[]).await?;

    let mut browser = after_password(&app, MEMBER).await?;
    let upper = codes[0].to_uppercase();
    let res = browser.call::<VerifyLoginCode>(&[("code", &upper)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let status = browser.call::<GetTwoFactorStatus>(&[]).await?;
    assert_eq!(status.body["recovery_codes_left"], 9);
    browser.call::<Logout>(&[]).await?;
    let mut again = after_password(&app, MEMBER).await?;
    let res = again
        .call::<VerifyLoginCode>(&[("code", &codes[0])])
        .await?;
    assert_eq!(
        res.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a recovery code works once"
    );

    let mut member = after_password(&app, MEMBER).await?;
    member
        .call::<VerifyLoginCode>(&[("code", &codes[1])])
        .await?;
    let refused = member
        .call::<DisableTwoFactor>(&[("password", "not it")])
        .await?;
    assert_eq!(refused.fields(), [Field::Password.key()]);
    let off = member
        .call::<DisableTwoFactor>(&[("password", PASSWORD)])
        .await?;
    assert_eq!(off.status, StatusCode::OK, "{}", off.body);
    let plain = app
        .client()
        .call::<Login>(&[("email", MEMBER), ("password", PASSWORD)])
        .await?;
    assert_eq!(plain.body["SignedIn"]["email"], MEMBER);
    Ok(())
}

/// A member made staff has to set it up before anything else; then it cannot be turned off.
async fn staff_without_it_can_only_set_it_up(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    user::Entity::update_many()
        .col_expr(user::Column::Role, Expr::value(Role::Staff))
        .filter(user::Column::Email.eq(MEMBER))
        .exec(&app.db)
        .await?;
    let mut newcomer = app.login(MEMBER).await?;
    let me = newcomer.call::<GetCurrentUser>(&[]).await?;
    assert_eq!(me.body["two_factor_enabled"], false);
    let res = newcomer.call::<ListAccounts>(&[("query", "")]).await?;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.body["error"], "two_factor_setup_needed");

    let setup = newcomer.call::<StartTwoFactor>(&[]).await?;
    let secret = secret_of(&setup.body)?;
    let code = code_at(&secret, now_step()).map_err(|e| format!("{e:?}"))?;
    let on = newcomer.call::<EnableTwoFactor>(&[("code", &code)]).await?;
    assert_eq!(on.status, StatusCode::OK, "{}", on.body);
    let me = newcomer.call::<GetCurrentUser>(&[]).await?;
    assert_eq!(me.body["two_factor_enabled"], true);
    assert_eq!(
        newcomer
            .call::<ListAccounts>(&[("query", "")])
            .await?
            .status,
        StatusCode::OK
    );
    let off = newcomer
        .call::<DisableTwoFactor>(&[("password", PASSWORD)])
        .await?;
    assert_eq!(off.status, StatusCode::CONFLICT);
    assert_eq!(off.body["kind"], "two_factor_required");
    Ok(())
}

/// Whoever reads the staff member's mail gets a new password, not a session.
async fn a_reset_link_does_not_replace_the_code(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut browser = app.client();
    browser
        .call::<RequestPasswordReset>(&[("email", STAFF)])
        .await?;
    let token = app
        .mailed_link(STAFF, "/password/reset/")?
        .ok_or("no reset mail")?;
    let new = "a brand new staff passphrase";
    let res = browser
        .call::<ResetPassword>(&[
            ("token", &token),
            ("new_password", new),
            ("new_password_confirm", new),
        ])
        .await?;
    assert_eq!(
        (res.status, &res.body),
        (StatusCode::OK, &Value::from(CODE_NEEDED))
    );
    assert_eq!(logged_in_as(&mut browser).await?, Value::Null);
    let code = app.next_code(STAFF).await?;
    let res = browser.call::<VerifyLoginCode>(&[("code", &code)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(logged_in_as(&mut browser).await?, STAFF);
    Ok(())
}

on_both_backends!(
    staff_log_in_with_a_code_that_works_once,
    one_code_opens_one_session_under_concurrency,
    a_code_needs_the_password_first_and_attempts_are_limited,
    members_turn_it_on_and_use_a_recovery_code_once,
    staff_without_it_can_only_set_it_up,
    a_reset_link_does_not_replace_the_code,
);
