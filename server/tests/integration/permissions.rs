//! Who may call which server function: every function, each role that may and each that may not.

use crate::common::*;
use app::api::{
    account::*, directory::*, invitation::*, membership::*, organization::*, profile::*,
};
use axum::http::StatusCode;

/// Visitors are refused every member function with 401.
async fn visitors_must_log_in(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut c = app.client();
    let cases = [
        c.call::<SearchDirectory>(&[("query[q]", "")]).await?,
        c.call::<GetOrganization>(&[("id", "1")]).await?,
        c.call::<ListOrgMembers>(&[]).await?,
        c.call::<ListInvitations>(&[]).await?,
        c.call::<ListApplications>(&[]).await?,
        c.call::<ListAccounts>(&[("query", "")]).await?,
        c.call::<ApproveApplication>(&[("id", "1")]).await?,
        c.call::<RejectApplication>(&[("id", "1"), ("reason", "x")])
            .await?,
        c.call::<SetAccountStatus>(&[("user_id", "4"), ("status", "suspended")])
            .await?,
        c.call::<SetAccountRole>(&[("user_id", "4"), ("role", "admin")])
            .await?,
        c.call::<RemoveOrgMember>(&[("user_id", "4")]).await?,
        c.call::<CreateInvitation>(&[("email", "x@y.example"), ("role", "member")])
            .await?,
        c.call::<RevokeInvitation>(&[("id", "1")]).await?,
        c.call::<GetOwnOrganization>(&[]).await?,
        c.call::<UpdateOwnOrganization>(&[("form[name_en]", "X")])
            .await?,
        c.call::<SetRecognitions>(&[("organization_id", "2"), ("recognitions[jih]", "true")])
            .await?,
        c.call::<ChangePassword>(&[
            ("current_password", "x"),
            ("new_password", "y"),
            ("new_password_confirm", "y"),
        ])
        .await?,
        c.call::<UpdateProfile>(&[
            ("form[name][family_name]", "A"),
            ("form[name][given_name]", "B"),
            ("form[name][family_name_kana]", ""),
            ("form[name][given_name_kana]", ""),
            ("form[name][romanized_name]", ""),
            ("form[locale]", "en"),
            ("form[time_zone]", "UTC"),
        ])
        .await?,
    ];
    for res in cases {
        assert_eq!(res.status, StatusCode::UNAUTHORIZED, "{}", res.body);
        assert_eq!(res.error(), "unauthenticated");
    }
    Ok(())
}

/// Only staff and admins review applications.
async fn only_staff_review_applications(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    for who in [MEMBER, ORG_ADMIN] {
        let mut c = app.login(who).await?;
        assert_eq!(
            c.call::<ListApplications>(&[]).await?.status,
            StatusCode::FORBIDDEN,
            "{who}"
        );
        assert_eq!(
            c.call::<ApproveApplication>(&[("id", "1")]).await?.status,
            StatusCode::FORBIDDEN,
            "{who}"
        );
        assert_eq!(
            c.call::<RejectApplication>(&[("id", "1"), ("reason", "no")])
                .await?
                .status,
            StatusCode::FORBIDDEN
        );
    }
    for who in [STAFF, ADMIN] {
        let mut c = app.login(who).await?;
        let res = c.call::<ListApplications>(&[]).await?;
        assert_eq!(res.status, StatusCode::OK, "{who}");
        assert_eq!(
            res.body.as_array().map(Vec::len),
            Some(2),
            "the two pending demo applications"
        );
    }
    Ok(())
}

/// Staff manage accounts; only admins change roles.
async fn only_admins_change_roles(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    assert_eq!(
        member.call::<ListAccounts>(&[("query", "")]).await?.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member
            .call::<SetAccountStatus>(&[("user_id", "3"), ("status", "suspended")])
            .await?
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member
            .call::<SetAccountRole>(&[("user_id", "4"), ("role", "admin")])
            .await?
            .status,
        StatusCode::FORBIDDEN
    );

    let mut staff = app.login(STAFF).await?;
    assert_eq!(
        staff.call::<ListAccounts>(&[("query", "")]).await?.status,
        StatusCode::OK
    );
    assert_eq!(
        staff
            .call::<SetAccountRole>(&[("user_id", "4"), ("role", "staff")])
            .await?
            .status,
        StatusCode::FORBIDDEN
    );
    // Staff may not suspend an admin.
    assert_eq!(
        staff
            .call::<SetAccountStatus>(&[("user_id", "1"), ("status", "suspended")])
            .await?
            .status,
        StatusCode::FORBIDDEN
    );

    let mut admin = app.login(ADMIN).await?;
    assert_eq!(
        admin
            .call::<SetAccountRole>(&[("user_id", "4"), ("role", "org_admin")])
            .await?
            .status,
        StatusCode::OK
    );
    // Nobody changes their own role.
    let own = admin
        .call::<SetAccountRole>(&[("user_id", "1"), ("role", "member")])
        .await?;
    assert_eq!(own.status, StatusCode::CONFLICT);
    Ok(())
}

/// Organization admins manage their own organization only.
async fn org_admins_manage_only_their_organization(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    assert_eq!(
        member.call::<ListOrgMembers>(&[]).await?.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member
            .call::<CreateInvitation>(&[("email", "x@y.example"), ("role", "member")])
            .await?
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member
            .call::<RemoveOrgMember>(&[("user_id", "5")])
            .await?
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member.call::<ListInvitations>(&[]).await?.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member.call::<GetOwnOrganization>(&[]).await?.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member
            .call::<UpdateOwnOrganization>(&[("form[name_en]", "Taken over")])
            .await?
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member
            .call::<RevokeInvitation>(&[("id", "1")])
            .await?
            .status,
        StatusCode::FORBIDDEN
    );

    let mut org_admin = app.login(ORG_ADMIN).await?;
    let members = org_admin.call::<ListOrgMembers>(&[]).await?;
    assert_eq!(members.status, StatusCode::OK);
    let emails: Vec<&str> = members
        .body
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["email"].as_str())
        .collect();
    assert!(
        emails.contains(&MEMBER) && emails.contains(&ORG_ADMIN),
        "{emails:?}"
    );
    // User 6 belongs to another organization in the demo data.
    let other = org_admin
        .call::<RemoveOrgMember>(&[("user_id", "6")])
        .await?;
    assert_eq!(other.status, StatusCode::FORBIDDEN);

    // An invitation of another organization cannot be revoked, nor seen.
    let mut other_admin = app.login("yamamoto@naniwa-mc.example").await?;
    let res = other_admin
        .call::<CreateInvitation>(&[("email", "guest@naniwa-mc.example"), ("role", "member")])
        .await?;
    let id = res.body["id"].to_string();
    assert_eq!(
        org_admin
            .call::<RevokeInvitation>(&[("id", &id)])
            .await?
            .status,
        StatusCode::FORBIDDEN
    );
    let mine = org_admin.call::<ListInvitations>(&[]).await?;
    assert_eq!(mine.body.as_array().map(Vec::len), Some(0));
    assert_eq!(
        other_admin
            .call::<RevokeInvitation>(&[("id", &id)])
            .await?
            .status,
        StatusCode::OK
    );
    Ok(())
}

/// Only staff and admins record recognitions; an organization cannot award itself a badge.
async fn only_staff_record_recognitions(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let org = app
        .login(ORG_ADMIN)
        .await?
        .call::<GetOwnOrganization>(&[])
        .await?;
    let id = org.body["id"].to_string();
    let badges = [
        ("organization_id", id.as_str()),
        ("recognitions[amtac]", "true"),
    ];
    for who in [MEMBER, ORG_ADMIN] {
        let res = app
            .login(who)
            .await?
            .call::<SetRecognitions>(&badges)
            .await?;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{who}");
    }
    for who in [STAFF, ADMIN] {
        let res = app
            .login(who)
            .await?
            .call::<SetRecognitions>(&badges)
            .await?;
        assert_eq!(res.status, StatusCode::OK, "{who}: {}", res.body);
    }
    Ok(())
}

/// State-changing requests from a foreign origin are refused before any function runs; so are
/// those in a body format a foreign page could send unasked, and those with a session but no
/// source at all.
async fn foreign_origins_are_refused(backend: Backend) -> TestResult {
    use axum::http::{HeaderName, HeaderValue};
    let app = TestApp::new(backend).await?;
    let login = [("email", MEMBER), ("password", PASSWORD)];
    let refused = |origin: &str| {
        let mut c = app.client();
        c.origin = Some(origin.to_string());
        c
    };
    for origin in ["https://evil.example", "https://forum.test", "null"] {
        let res = refused(origin)
            .call::<app::api::auth::Login>(&login)
            .await?;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{origin}");
    }
    let mut cross_site = app.client();
    cross_site.headers.push((
        HeaderName::from_static("sec-fetch-site"),
        HeaderValue::from_static("cross-site"),
    ));
    let res = cross_site.call::<app::api::auth::Login>(&login).await?;
    assert_eq!(
        res.status,
        StatusCode::FORBIDDEN,
        "Sec-Fetch-Site: cross-site"
    );
    let mut garbled = app.client();
    garbled.origin = None;
    garbled.headers.push((
        axum::http::header::ORIGIN,
        HeaderValue::from_bytes(b"http://forum.test\xff")?,
    ));
    let res = garbled.call::<app::api::auth::Login>(&login).await?;
    assert_eq!(
        res.status,
        StatusCode::FORBIDDEN,
        "an Origin that is not UTF-8"
    );

    // Our own pages pass; so does a program without a session (it acts for itself).
    let mut c = app.client();
    let res = c.call::<app::api::auth::Login>(&login).await?;
    assert_eq!(res.status, StatusCode::OK);
    let mut program = app.client();
    program.origin = None;
    let res = program.call::<app::api::auth::Login>(&login).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    // Now it has a session: a request carrying it must say where it comes from.
    let res = program.call::<app::api::auth::Logout>(&[]).await?;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.body);

    let res = c
        .post_raw(
            <app::api::auth::Logout as leptos::server_fn::ServerFn>::PATH,
            "text/plain",
            "",
        )
        .await?;
    assert_eq!(res.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    Ok(())
}

/// A form posted without JavaScript is sent back to its page, but never to another site, even
/// when the request names one as its `Referer`.
async fn form_redirects_stay_on_this_site(backend: Backend) -> TestResult {
    use axum::http::{HeaderValue, header};
    let app = TestApp::new(backend).await?;
    let path = <app::api::auth::SetLocale as leptos::server_fn::ServerFn>::PATH;
    for (referer, expected) in [
        ("http://forum.test/directory", "http://forum.test/directory"),
        ("https://evil.example/phish", "/"),
    ] {
        let mut browser = app.client();
        browser
            .headers
            .push((header::ACCEPT, HeaderValue::from_static("text/html")));
        browser
            .headers
            .push((header::REFERER, HeaderValue::from_str(referer)?));
        let res = browser
            .post_raw(path, "application/x-www-form-urlencoded", "locale=en")
            .await?;
        assert!(res.status.is_redirection(), "{referer}: {}", res.status);
        let location = res
            .headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        // (The framework may leave an empty query on the way back.)
        assert_eq!(location.trim_end_matches('?'), expected, "{referer}");
    }
    Ok(())
}

on_both_backends!(
    visitors_must_log_in,
    only_staff_review_applications,
    only_admins_change_roles,
    org_admins_manage_only_their_organization,
    only_staff_record_recognitions,
    foreign_origins_are_refused,
    form_redirects_stay_on_this_site,
);
