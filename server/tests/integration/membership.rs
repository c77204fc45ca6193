//! Applying for membership over HTTP: the application, staff approval or rejection, and
//! what the applicant sees.

use crate::common::*;
use app::api::auth::*;
use app::api::membership::*;
use app::model::Field;
use axum::http::StatusCode;

fn application<'a>(email: &'a str, password: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("form[org_kind]", "hospital"),
        ("form[org_name_ja]", "みなと国際クリニック"),
        ("form[org_name_en]", "Minato International Clinic"),
        ("form[country]", "JP"),
        ("form[website]", "https://minato.example"),
        ("form[email]", email),
        ("form[name][family_name]", "青木"),
        ("form[name][given_name]", "真理"),
        ("form[name][family_name_kana]", "あおき"),
        ("form[name][given_name_kana]", "まり"),
        ("form[name][romanized_name]", "AOKI Mari"),
        ("form[password]", password),
        ("form[password_confirm]", password),
        ("form[locale]", "ja"),
    ]
}

/// The id of the pending application of `email`, as staff see it listed.
async fn pending_application_id(
    staff: &mut Client,
    email: &str,
) -> Result<i64, Box<dyn std::error::Error>> {
    let pending = staff.call::<ListApplications>(&[]).await?;
    let found = pending
        .body
        .as_array()
        .into_iter()
        .flatten()
        .find(|a| a["applicant_email"] == email);
    Ok(found
        .and_then(|a| a["id"].as_i64())
        .ok_or("application not listed")?)
}

async fn application_is_approved_then_applicant_logs_in(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut visitor = app.client();
    let res = visitor
        .call::<ApplyForMembership>(&application("Aoki@Minato.example", "a long passphrase"))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);

    // Before approval the applicant is told the application is being reviewed.
    let res = visitor
        .call::<Login>(&[
            ("email", "aoki@minato.example"),
            ("password", "a long passphrase"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.body["refusal"], "awaiting_approval");

    let mut staff = app.login(STAFF).await?;
    let id = pending_application_id(&mut staff, "aoki@minato.example").await?;
    let res = staff
        .call::<ApproveApplication>(&[("id", &id.to_string())])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    // Deciding twice is a conflict, not a second change.
    assert_eq!(
        staff
            .call::<RejectApplication>(&[("id", &id.to_string()), ("reason", "x")])
            .await?
            .status,
        StatusCode::CONFLICT
    );

    let res = visitor
        .call::<Login>(&[
            ("email", "aoki@minato.example"),
            ("password", "a long passphrase"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(res.body["role"], "org_admin");
    let me = visitor.call::<GetCurrentUser>(&[]).await?;
    assert_eq!(
        me.body["organization_name"]["en"],
        "Minato International Clinic"
    );
    Ok(())
}

async fn rejected_applicant_sees_the_reason(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut visitor = app.client();
    visitor
        .call::<ApplyForMembership>(&application("aoki@minato.example", "a long passphrase"))
        .await?;
    let mut staff = app.login(STAFF).await?;
    let id = pending_application_id(&mut staff, "aoki@minato.example")
        .await?
        .to_string();
    let res = staff
        .call::<RejectApplication>(&[("id", &id), ("reason", "")])
        .await?;
    assert_eq!(
        res.fields(),
        [Field::Reason.key()],
        "a rejection needs a reason"
    );
    let res = staff
        .call::<RejectApplication>(&[("id", &id), ("reason", "Outside the Forum's scope")])
        .await?;
    assert_eq!(res.status, StatusCode::OK);
    let res = visitor
        .call::<Login>(&[
            ("email", "aoki@minato.example"),
            ("password", "a long passphrase"),
        ])
        .await?;
    assert_eq!(
        res.body["refusal"]["rejected"]["reason"],
        "Outside the Forum's scope"
    );
    Ok(())
}

async fn invalid_application_reports_every_field_and_writes_nothing(
    backend: Backend,
) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut visitor = app.client();
    let mut form = application("not-an-email", "short");
    form.retain(|(k, _)| *k != "form[name][family_name_kana]");
    form.push(("form[name][family_name_kana]", ""));
    let res = visitor.call::<ApplyForMembership>(&form).await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        res.fields(),
        [
            Field::Email.key(),
            Field::FamilyNameKana.key(),
            Field::Password.key()
        ]
    );
    // An e-mail already in use is reported on the field too.
    let res = visitor
        .call::<ApplyForMembership>(&application(MEMBER, "a long passphrase"))
        .await?;
    assert_eq!(res.fields(), [Field::Email.key()]);
    let mut staff = app.login(STAFF).await?;
    assert_eq!(
        staff
            .call::<ListApplications>(&[])
            .await?
            .body
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    Ok(())
}

on_both_backends!(
    application_is_approved_then_applicant_logs_in,
    rejected_applicant_sees_the_reason,
    invalid_application_reports_every_field_and_writes_nothing,
);
