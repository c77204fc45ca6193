//! Staff administering accounts over HTTP.

use axum::http::StatusCode;

use crate::common::*;
use app::api::account::*;
use app::api::auth::*;
use app::model::Field;

/// `pending` belongs to an account whose application waits; staff cannot set it by hand (nobody
/// could undo it).
async fn pending_is_not_set_by_hand(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut staff = app.login(STAFF).await?;
    let res = staff
        .call::<SetAccountStatus>(&[("user_id", "4"), ("status", "pending")])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(res.fields(), [Field::Status.key()]);
    let mut member = app.client();
    let res = member
        .call::<Login>(&[("email", MEMBER), ("password", PASSWORD)])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "the account stayed active");
    Ok(())
}

on_both_backends!(pending_is_not_set_by_hand);
