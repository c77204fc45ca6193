//! One's own profile and password over HTTP.

use crate::common::*;
use app::api::auth::*;
use app::api::profile::*;
use app::model::Field;
use axum::http::StatusCode;

async fn profile_and_password_changes(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut c = app.login(MEMBER).await?;
    let profile = |tz: &'static str, kana: &'static str| {
        vec![
            ("form[name][family_name]", "森"),
            ("form[name][given_name]", "絵里香"),
            ("form[name][family_name_kana]", kana),
            ("form[name][given_name_kana]", "えりか"),
            ("form[name][romanized_name]", "MORI Erika"),
            ("form[locale]", "en"),
            ("form[time_zone]", tz),
        ]
    };
    let res = c.call::<UpdateProfile>(&profile("Tokyo", "mori")).await?;
    assert_eq!(
        res.fields(),
        [Field::FamilyNameKana.key(), Field::TimeZone.key()]
    );
    assert_eq!(
        c.call::<UpdateProfile>(&profile("Europe/London", "もり"))
            .await?
            .status,
        StatusCode::OK
    );
    assert_eq!(
        c.call::<GetCurrentUser>(&[]).await?.body["time_zone"],
        "Europe/London"
    );

    let res = c
        .call::<ChangePassword>(&[
            ("current_password", "nope"),
            ("new_password", "short"),
            ("new_password_confirm", "short"),
        ])
        .await?;
    assert_eq!(
        res.fields(),
        [Field::CurrentPassword.key(), Field::NewPassword.key()]
    );
    let res = c
        .call::<ChangePassword>(&[
            ("current_password", PASSWORD),
            ("new_password", "a brand new secret"),
            ("new_password_confirm", "a brand new secret"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK);
    let res = app
        .client()
        .call::<Login>(&[("email", MEMBER), ("password", "a brand new secret")])
        .await?;
    assert_eq!(res.status, StatusCode::OK);
    Ok(())
}

on_both_backends!(profile_and_password_changes);
