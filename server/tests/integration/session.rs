//! Sessions: a member sees where they are logged in and ends sessions; sessions end after 12 idle
//! hours and 14 days after login; the table holds only hashes of session ids.

use axum::http::{HeaderValue, StatusCode, header};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::common::*;
use app::api::auth::GetCurrentUser;
use app::api::session::*;
use app::server::db::entity::session;
use app::server::token::sha256_hex;

const CHROME_ON_WINDOWS: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

async fn logged_in(client: &mut Client) -> Result<bool, Box<dyn std::error::Error>> {
    Ok(client.call::<GetCurrentUser>(&[]).await?.body != Value::Null)
}

fn keys(list: &Value) -> Vec<String> {
    list.as_array()
        .map(|rows| {
            rows.iter()
                .filter_map(|r| r["key"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

async fn members_see_and_end_their_sessions(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut laptop = app.client();
    laptop.headers.push((
        header::USER_AGENT,
        HeaderValue::from_static(CHROME_ON_WINDOWS),
    ));
    let mut laptop = {
        let res = laptop
            .call::<app::api::auth::Login>(&[("email", MEMBER), ("password", PASSWORD)])
            .await?;
        assert_eq!(res.status, StatusCode::OK);
        laptop
    };
    let mut phone = app.login(MEMBER).await?;

    let list = laptop.call::<ListSessions>(&[]).await?;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    let rows = list.body.as_array().ok_or("no list")?;
    assert_eq!(rows.len(), 2, "{}", list.body);
    let mine: Vec<&Value> = rows.iter().filter(|r| r["current"] == true).collect();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0]["device"], CHROME_ON_WINDOWS);
    let phone_key = rows
        .iter()
        .find(|r| r["current"] == false)
        .and_then(|r| r["key"].as_str())
        .ok_or("no other session")?
        .to_string();

    // Another member cannot end it; its owner can.
    let mut stranger = app.login(ORG_ADMIN).await?;
    let res = stranger.call::<EndSession>(&[("key", &phone_key)]).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(logged_in(&mut phone).await?);
    let res = laptop.call::<EndSession>(&[("key", &phone_key)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(!logged_in(&mut phone).await?, "the phone is logged out");
    assert_eq!(keys(&laptop.call::<ListSessions>(&[]).await?.body).len(), 1);

    // "Log out everywhere else" ends the others and keeps this one.
    let mut phone = app.login(MEMBER).await?;
    let mut tablet = app.login(MEMBER).await?;
    let res = laptop.call::<EndOtherSessions>(&[]).await?;
    assert_eq!(res.body, 2, "{}", res.body);
    assert!(!logged_in(&mut phone).await? && !logged_in(&mut tablet).await?);
    assert!(logged_in(&mut laptop).await?);
    Ok(())
}

/// Rewrites one value in the stored data of every session of the test's database.
async fn set_in_sessions(app: &TestApp, key: &str, value: i64) -> TestResult {
    for row in session::Entity::find().all(&app.db).await? {
        let mut data: serde_json::Map<String, Value> = serde_json::from_str(&row.data)?;
        data.insert(key.to_string(), value.into());
        let mut row: session::ActiveModel = row.into();
        row.data = Set(serde_json::to_string(&data)?);
        row.update(&app.db).await?;
    }
    Ok(())
}

async fn sessions_end_when_idle_or_old(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let now = chrono::Utc::now().timestamp();

    // Activity pushes the idle timeout back (recorded every few minutes).
    let mut member = app.login(MEMBER).await?;
    set_in_sessions(&app, "last_seen_at", now - 3600).await?;
    session::Entity::update_many()
        .col_expr(
            session::Column::ExpiresAt,
            sea_orm::sea_query::Expr::value(now + 60),
        )
        .exec(&app.db)
        .await?;
    assert!(logged_in(&mut member).await?);
    let row = session::Entity::find()
        .one(&app.db)
        .await?
        .ok_or("no session")?;
    assert!(
        row.expires_at >= now + 11 * 3600,
        "idle expiry moved to 12 hours ahead: {}",
        row.expires_at - now
    );
    assert!(row.last_seen_at >= now);

    // Twelve idle hours end it.
    session::Entity::update_many()
        .col_expr(
            session::Column::ExpiresAt,
            sea_orm::sea_query::Expr::value(now - 1),
        )
        .exec(&app.db)
        .await?;
    assert!(!logged_in(&mut member).await?, "idle for 12 hours");

    // However active, a session ends 14 days after its login.
    let mut member = app.login(MEMBER).await?;
    set_in_sessions(&app, "signed_in_at", now - 14 * 24 * 3600 - 1).await?;
    assert!(!logged_in(&mut member).await?, "14 days after login");
    Ok(())
}

async fn session_ids_are_stored_hashed(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let member = app.login(MEMBER).await?;
    let id = member.cookie("mej_session").ok_or("no session cookie")?;
    let rows = session::Entity::find().all(&app.db).await?;
    assert_eq!(rows.len(), 1);
    assert_ne!(rows[0].id, id, "the id itself is not stored");
    assert!(!rows[0].data.contains(id));
    assert_eq!(rows[0].id, sha256_hex(id));
    Ok(())
}

/// Suspending a member ends their sessions in the same transaction: the rows are gone.
async fn suspension_deletes_the_sessions(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let id = member.call::<GetCurrentUser>(&[]).await?.body["id"].to_string();
    let mut staff = app.login(STAFF).await?;
    let res = staff
        .call::<app::api::account::SetAccountStatus>(&[("user_id", &id), ("status", "suspended")])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let left = session::Entity::find()
        .filter(session::Column::UserId.eq(id.parse::<i32>()?))
        .all(&app.db)
        .await?;
    assert!(left.is_empty(), "{left:?}");
    assert!(!logged_in(&mut member).await?);
    Ok(())
}

on_both_backends!(
    members_see_and_end_their_sessions,
    sessions_end_when_idle_or_old,
    session_ids_are_stored_hashed,
    suspension_deletes_the_sessions,
);
