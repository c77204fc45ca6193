//! Invitations over HTTP: an organization admin invites, the invitee creates an account.

use crate::common::*;
use app::api::auth::*;
use app::api::invitation::*;
use app::api::organization::*;
use axum::http::StatusCode;

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

on_both_backends!(invitation_creates_an_account_in_the_organization);
