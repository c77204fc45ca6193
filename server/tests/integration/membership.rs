//! Applying for membership over HTTP: the application, staff approval or rejection, and
//! what the applicant sees.

use crate::common::*;
use app::api::auth::*;
use app::api::membership::*;
use app::model::Field;
use axum::http::StatusCode;

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

/// Confirms the address of the newest application mailed to `email`, as its applicant does.
async fn confirm_mailed_application(
    app: &TestApp,
    visitor: &mut Client,
    email: &str,
) -> TestResult {
    let token = app
        .mailed_link(email, app::routes::CONFIRM_APPLICATION_LINK)?
        .ok_or("no confirmation mail")?;
    assert_no_stored_link(app, email, &token).await?;
    let res = visitor
        .call::<ConfirmApplication>(&[("token", &token)])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(())
}

async fn application_is_approved_then_applicant_logs_in(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut visitor = app.client();
    let res = visitor
        .call::<ApplyForMembership>(&application_form(
            "Aoki@Minato.example",
            "a long passphrase",
        ))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);

    // Until the address is confirmed, staff do not see the application and the applicant is
    // told to open the mailed link.
    let login = [
        ("email", "aoki@minato.example"),
        ("password", "a long passphrase"),
    ];
    let res = visitor.call::<Login>(&login).await?;
    assert_eq!(res.body["refusal"], "email_unconfirmed", "{}", res.body);
    let mut staff = app.login(STAFF).await?;
    assert!(
        pending_application_id(&mut staff, "aoki@minato.example")
            .await
            .is_err(),
        "an unconfirmed application is not listed"
    );
    confirm_mailed_application(&app, &mut visitor, "aoki@minato.example").await?;
    let token = app
        .mailed_link("aoki@minato.example", app::routes::CONFIRM_APPLICATION_LINK)?
        .ok_or("no confirmation mail")?;
    let again = visitor
        .call::<ConfirmApplication>(&[("token", &token)])
        .await?;
    assert_eq!(again.status, StatusCode::NOT_FOUND, "a link is used once");

    // Before approval the applicant is told the application is being reviewed.
    let res = visitor
        .call::<Login>(&[
            ("email", "aoki@minato.example"),
            ("password", "a long passphrase"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.body["refusal"], "awaiting_approval");

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
    assert_eq!(res.body["SignedIn"]["role"], "org_admin");
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
        .call::<ApplyForMembership>(&application_form(
            "aoki@minato.example",
            "a long passphrase",
        ))
        .await?;
    confirm_mailed_application(&app, &mut visitor, "aoki@minato.example").await?;
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

    // A declined applicant may apply again: the old records give way to the new application.
    let res = visitor
        .call::<ApplyForMembership>(&application_form(
            "aoki@minato.example",
            "another long passphrase",
        ))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    confirm_mailed_application(&app, &mut visitor, "aoki@minato.example").await?;
    let again = pending_application_id(&mut staff, "aoki@minato.example").await?;
    assert_ne!(again.to_string(), id, "a new application");
    let res = visitor
        .call::<Login>(&[
            ("email", "aoki@minato.example"),
            ("password", "another long passphrase"),
        ])
        .await?;
    assert_eq!(res.body["refusal"], "awaiting_approval", "{}", res.body);
    Ok(())
}

/// A declined applicant's address can be invited into another organization.
async fn declined_applicants_can_be_invited(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut visitor = app.client();
    let email = "aoki@minato.example";
    visitor
        .call::<ApplyForMembership>(&application_form(email, "a long passphrase"))
        .await?;
    let mut org_admin = app.login(ORG_ADMIN).await?;
    let res = org_admin
        .call::<app::api::invitation::CreateInvitation>(&[("email", email), ("role", "member")])
        .await?;
    assert_eq!(
        res.status,
        StatusCode::OK,
        "an unconfirmed applicant: {}",
        res.body
    );
    confirm_mailed_application(&app, &mut visitor, email).await?;
    let mut staff = app.login(STAFF).await?;
    let id = pending_application_id(&mut staff, email).await?.to_string();
    staff
        .call::<RejectApplication>(&[("id", &id), ("reason", "Outside the Forum's scope")])
        .await?;
    let res = org_admin
        .call::<app::api::invitation::CreateInvitation>(&[("email", email), ("role", "member")])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let token = res.invitation_token()?;
    let mut invitee = app.client();
    let res = invitee
        .call::<app::api::invitation::AcceptInvitation>(&acceptance_form(
            &token,
            "a new long passphrase",
        ))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let me = invitee.call::<GetCurrentUser>(&[]).await?;
    assert_eq!(me.body["email"], email);
    assert!(
        pending_application_id(&mut staff, email).await.is_err(),
        "the declined application is gone"
    );
    Ok(())
}

async fn invalid_application_reports_every_field_and_writes_nothing(
    backend: Backend,
) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut visitor = app.client();
    let mut form = application_form("not-an-email", "short");
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

/// Applying with an address that already has an account answers exactly as for a new address
/// (visitors cannot find out who is registered); the address gets a mail saying it has an
/// account, and nothing is recorded.
async fn applying_does_not_reveal_who_is_registered(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut visitor = app.client();
    let known = visitor
        .call::<ApplyForMembership>(&application_form(MEMBER, "a long passphrase"))
        .await?;
    let new = visitor
        .call::<ApplyForMembership>(&application_form("new@clinic.example", "a long passphrase"))
        .await?;
    assert_eq!(new.status, StatusCode::OK, "{}", new.body);
    assert_eq!((known.status, &known.body), (new.status, &new.body));
    let mails = app.mails_to(MEMBER)?;
    assert_eq!(mails.len(), 1);
    let mut new_applicant = app.client();
    confirm_mailed_application(&app, &mut new_applicant, "new@clinic.example").await?;
    assert!(mails[0].contains("already has an account"), "{}", mails[0]);
    let mut staff = app.login(STAFF).await?;
    let pending = staff.call::<ListApplications>(&[]).await?;
    assert_eq!(
        pending.body.as_array().map(Vec::len),
        Some(3),
        "the demo's two and the new address: {}",
        pending.body
    );
    Ok(())
}

/// Each application costs the server a password hash: one client address may apply five times in
/// fifteen minutes.
async fn applications_are_throttled_per_address(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut visitor = app.client();
    visitor.forwarded_for = Some("203.0.113.9".into());
    for n in 0..5 {
        let email = format!("applicant{n}@clinic.example");
        let res = visitor
            .call::<ApplyForMembership>(&application_form(&email, "a long passphrase"))
            .await?;
        assert_eq!(res.status, StatusCode::OK, "{n}: {}", res.body);
    }
    let res = visitor
        .call::<ApplyForMembership>(&application_form(
            "one-more@clinic.example",
            "a long passphrase",
        ))
        .await?;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS, "{}", res.body);
    visitor.forwarded_for = Some("198.51.100.7".into());
    let res = visitor
        .call::<ApplyForMembership>(&application_form(
            "elsewhere@clinic.example",
            "a long passphrase",
        ))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "another address may apply");
    Ok(())
}

on_both_backends!(
    applying_does_not_reveal_who_is_registered,
    applications_are_throttled_per_address,
    application_is_approved_then_applicant_logs_in,
    rejected_applicant_sees_the_reason,
    declined_applicants_can_be_invited,
    invalid_application_reports_every_field_and_writes_nothing,
);
