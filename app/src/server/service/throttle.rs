//! Login throttling kept in the database, so the limit holds across several app servers:
//! at most 5 failures per e-mail and 20 per client address in a 15-minute window.

use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::model::AppError;
use crate::server::db::entity::login_throttle as lt;

pub const WINDOW_SECS: i64 = 15 * 60;
pub const MAX_PER_EMAIL: i32 = 5;
pub const MAX_PER_IP: i32 = 20;

pub fn email_key(email: &str) -> String {
    format!("email:{email}")
}

pub fn ip_key(ip: &str) -> String {
    format!("ip:{ip}")
}

/// The keys counting password-reset requests (not failures) per e-mail and per address.
pub fn reset_keys(email: &str, ip: &str) -> (String, String) {
    (format!("reset:{email}"), format!("reset-ip:{ip}"))
}

/// Refuses when any of the keys has used up its failures in the current window.
pub async fn check(conn: &impl ConnectionTrait, keys: &[(String, i32)]) -> Result<(), AppError> {
    let now = Utc::now().timestamp();
    for (key, max) in keys {
        if let Some(row) = lt::Entity::find_by_id(key.clone()).one(conn).await?
            && row.window_start + WINDOW_SECS > now
            && row.failures >= *max
        {
            let retry = std::cmp::max(row.window_start + WINDOW_SECS - now, 1) as u64;
            return Err(AppError::RateLimited {
                retry_after_secs: retry,
            });
        }
    }
    Ok(())
}

/// Counts one failure for `key`, starting a new window when the old one has passed.
pub async fn record_failure(conn: &impl ConnectionTrait, key: &str) -> Result<(), AppError> {
    let now = Utc::now().timestamp();
    // Reset a stale window first; then a single upsert increments atomically.
    lt::Entity::update_many()
        .col_expr(lt::Column::Failures, Expr::value(0))
        .col_expr(lt::Column::WindowStart, Expr::value(now))
        .filter(lt::Column::Key.eq(key))
        .filter(lt::Column::WindowStart.lte(now - WINDOW_SECS))
        .exec(conn)
        .await?;
    lt::Entity::insert(lt::ActiveModel {
        key: Set(key.to_string()),
        failures: Set(1),
        window_start: Set(now),
    })
    .on_conflict(
        OnConflict::column(lt::Column::Key)
            .value(
                lt::Column::Failures,
                Expr::col((lt::Entity, lt::Column::Failures)).add(1),
            )
            .to_owned(),
    )
    .exec(conn)
    .await?;
    Ok(())
}

/// Forgets the failures of `key` after a successful login.
pub async fn clear(conn: &impl ConnectionTrait, key: &str) -> Result<(), AppError> {
    lt::Entity::delete_by_id(key.to_string()).exec(conn).await?;
    Ok(())
}
