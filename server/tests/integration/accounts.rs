//! Journeys through the account services over HTTP: applying, approval, login refusals and
//! throttling, invitations, profile and password, and the directory search.

use crate::common::*;
use app::api::{auth::*, directory::*, membership::*, organization::*, profile::*};
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
        me.body["organization_name_en"],
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
    assert_eq!(res.fields(), ["reason"], "a rejection needs a reason");
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
    assert_eq!(res.fields(), ["email", "family_name_kana", "password"]);
    // An e-mail already in use is reported on the field too.
    let res = visitor
        .call::<ApplyForMembership>(&application(MEMBER, "a long passphrase"))
        .await?;
    assert_eq!(res.fields(), ["email"]);
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
            .call::<app::api::admin::SetAccountStatus>(&[("user_id", "5"), ("status", "suspended")])
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

async fn invitation_creates_an_account_in_the_organization(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut admin = app.login(ORG_ADMIN).await?;
    let res = admin
        .call::<CreateInvitation>(&[
            ("email", "newcomer@sakura-hospital.example"),
            ("role", "member"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let link = res.body["link"].as_str().ok_or("no link")?;
    let token = link.rsplit('/').next().ok_or("no token")?.to_string();
    assert!(link.starts_with("http://forum.test/invitations/"));
    assert_eq!(
        admin
            .call::<ListInvitations>(&[])
            .await?
            .body
            .as_array()
            .map(Vec::len),
        Some(1)
    );

    let mut invitee = app.client();
    let info = invitee.call::<GetInvitation>(&[("token", &token)]).await?;
    assert_eq!(info.body["email"], "newcomer@sakura-hospital.example");
    let res = invitee
        .call::<AcceptInvitation>(&[
            ("form[token]", &token),
            ("form[name][family_name]", "Silva"),
            ("form[name][given_name]", "Ana"),
            ("form[name][family_name_kana]", ""),
            ("form[name][given_name_kana]", ""),
            ("form[name][romanized_name]", "SILVA Ana"),
            ("form[password]", "another long passphrase"),
            ("form[password_confirm]", "another long passphrase"),
            ("form[locale]", "en"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let me = invitee.call::<GetCurrentUser>(&[]).await?;
    assert_eq!(
        me.body["organization_id"],
        admin.call::<GetCurrentUser>(&[]).await?.body["organization_id"]
    );
    // A used link is no longer valid.
    assert_eq!(
        app.client()
            .call::<GetInvitation>(&[("token", &token)])
            .await?
            .status,
        StatusCode::NOT_FOUND
    );
    // The admin can remove the newcomer, who is logged out at once.
    let id = me.body["id"].to_string();
    assert_eq!(
        admin
            .call::<RemoveOrgMember>(&[("user_id", &id)])
            .await?
            .status,
        StatusCode::OK
    );
    assert_eq!(
        invitee.call::<GetCurrentUser>(&[]).await?.body,
        serde_json::Value::Null
    );
    Ok(())
}

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
    assert_eq!(res.fields(), ["family_name_kana", "time_zone"]);
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
    assert_eq!(res.fields(), ["current_password", "new_password"]);
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

async fn directory_search_folds_kana_and_width(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut c = app.login(MEMBER).await?;
    let all = c.call::<SearchDirectory>(&[("query[q]", "")]).await?;
    let total = all.body["total"].as_u64().ok_or("no total")?;
    assert!(total >= 20, "{total}");
    // Pending applicants are not listed.
    let names: Vec<String> = all.body["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|o| o["name_en"].as_str().map(String::from))
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Hinata") || n.contains("Kotonoha"))
    );
    assert!(names.iter().any(|n| n.contains("Owari")));

    let jih = c
        .call::<SearchDirectory>(&[("query[badge]", "jih")])
        .await?;
    let jih_items = jih.body["items"].as_array().ok_or("items")?;
    assert!(!jih_items.is_empty() && jih_items.iter().all(|o| o["jih"] == true));

    // The first demo hospital, searched by its Japanese name in full-width katakana and half-width.
    let sakura = &all.body["items"]
        .as_array()
        .ok_or("items")?
        .iter()
        .find(|o| o["name_en"].as_str().is_some_and(|n| n.contains("Sakura")))
        .ok_or("no Sakura")?
        .clone();
    let hiragana = c.call::<SearchDirectory>(&[("query[q]", "さくら")]).await?;
    let katakana_half = c.call::<SearchDirectory>(&[("query[q]", "ｻｸﾗ")]).await?;
    let latin_full = c
        .call::<SearchDirectory>(&[("query[q]", "ＳＡＫＵＲＡ")])
        .await?;
    for res in [&hiragana, &katakana_half, &latin_full] {
        assert!(
            res.body["items"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|o| o["id"] == sakura["id"]),
            "{}",
            res.body
        );
    }
    let profile = c
        .call::<GetOrganization>(&[("id", &sakura["id"].to_string())])
        .await?;
    assert_eq!(profile.status, StatusCode::OK);
    assert!(
        profile.body["contacts"]
            .as_array()
            .is_some_and(|c| !c.is_empty())
    );
    Ok(())
}

on_both_backends!(
    application_is_approved_then_applicant_logs_in,
    rejected_applicant_sees_the_reason,
    invalid_application_reports_every_field_and_writes_nothing,
    login_refusals_are_clear_and_throttled,
    address_throttling_follows_the_proxy_header,
    login_rotates_the_session_and_logout_ends_it,
    invitation_creates_an_account_in_the_organization,
    profile_and_password_changes,
    directory_search_folds_kana_and_width,
);
