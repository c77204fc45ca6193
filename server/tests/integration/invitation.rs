//! Invitations over HTTP: an organization admin invites, the invitee creates an account.

use crate::common::*;
use app::api::account::{SetAccountRole, SetAccountStatus};
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
    let token = res.invitation_token()?;
    assert!(link.starts_with("http://forum.test/invitations/"));
    let newcomer = "newcomer@sakura-hospital.example";
    assert_eq!(
        app.mailed_link(newcomer, "/invitations/")?.as_deref(),
        Some(token.as_str()),
        "the delivered mail holds the link"
    );
    assert_no_stored_link(&app, newcomer, &token).await?;
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
    let page = format!("/invitations/{token}");
    assert_eq!(invitee.get(&page).await?.status, StatusCode::OK);
    let info = invitee.call::<GetInvitation>(&[("token", &token)]).await?;
    assert_eq!(info.body["email"], "newcomer@sakura-hospital.example");
    let res = invitee
        .call::<AcceptInvitation>(&acceptance_form(&token, "another long passphrase"))
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
    assert_eq!(app.client().get(&page).await?.status, StatusCode::NOT_FOUND);
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

/// An invitation stands only while its inviter may invite: once the organization admin who made
/// it is suspended or demoted, the link no longer opens an account (and works again only if
/// they are reinstated before it expires).
async fn invitations_end_with_their_inviter(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut org_admin = app.login(ORG_ADMIN).await?;
    let inviter_id = org_admin.call::<GetCurrentUser>(&[]).await?.body["id"].to_string();
    let res = org_admin
        .call::<CreateInvitation>(&[
            ("email", "late@sakura-hospital.example"),
            ("role", "org_admin"),
        ])
        .await?;
    let token = res.invitation_token()?;
    let mut visitor = app.client();
    let open = visitor.call::<GetInvitation>(&[("token", &token)]).await?;
    assert_eq!(open.status, StatusCode::OK, "{}", open.body);

    let mut staff = app.login(STAFF).await?;
    let mut admin = app.login(ADMIN).await?;
    for (who, call) in [
        (
            "suspended",
            staff
                .call::<SetAccountStatus>(&[("user_id", &inviter_id), ("status", "suspended")])
                .await?,
        ),
        ("demoted", {
            staff
                .call::<SetAccountStatus>(&[("user_id", &inviter_id), ("status", "active")])
                .await?;
            admin
                .call::<SetAccountRole>(&[("user_id", &inviter_id), ("role", "member")])
                .await?
        }),
    ] {
        assert_eq!(call.status, StatusCode::OK, "{who}: {}", call.body);
        let res = visitor.call::<GetInvitation>(&[("token", &token)]).await?;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{who}: {}", res.body);
        let res = visitor
            .call::<AcceptInvitation>(&acceptance_form(&token, "a long passphrase"))
            .await?;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{who}: {}", res.body);
    }
    Ok(())
}

/// Every invitation mails a stranger, so an organization may send twenty in fifteen minutes.
async fn invitations_are_throttled_per_organization(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut org_admin = app.login(ORG_ADMIN).await?;
    for n in 0..20 {
        let email = format!("colleague{n}@sakura-hospital.example");
        let res = org_admin
            .call::<CreateInvitation>(&[("email", email.as_str()), ("role", "member")])
            .await?;
        assert_eq!(res.status, StatusCode::OK, "{n}: {}", res.body);
    }
    let res = org_admin
        .call::<CreateInvitation>(&[
            ("email", "one.more@sakura-hospital.example"),
            ("role", "member"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS, "{}", res.body);
    Ok(())
}

on_both_backends!(
    invitation_creates_an_account_in_the_organization,
    invitations_end_with_their_inviter,
    invitations_are_throttled_per_organization,
);
