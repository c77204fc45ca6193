//! Throttling kept in the database, so limits hold across several app servers. An attempt is
//! counted *before* the work it guards (a password check, a mail): one statement inserts or
//! increments the key's counter and returns the new count, so concurrent requests cannot all pass
//! a check made before any of them was counted.
//!
//! Logins count per account *and* client address (5 in 15 minutes), so failures from elsewhere
//! never lock the owner out, and per client address (20 in 15 minutes, across accounts). The
//! public actions that hash a password (applying, accepting an invitation, a reset) count per
//! client address.

use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IdenStatic, QueryFilter,
    QueryTrait,
};

use crate::model::AppError;
use crate::model::error::internal;
use crate::server::db::entity::login_throttle as lt;
use crate::server::db::starts_with_literal;

pub const WINDOW_SECS: i64 = 15 * 60;
/// Login attempts per account from one client address.
pub const MAX_PER_ACCOUNT_AND_IP: i32 = 5;
/// Login attempts per client address, whatever the account.
pub const MAX_PER_IP: i32 = 20;

/// Longest key kept: longer inputs (an e-mail is at most 254 characters) are cut, so a huge
/// input cannot become a huge row or fail the insert.
const KEY_MAX_CHARS: usize = 300;

fn key(parts: std::fmt::Arguments) -> String {
    parts.to_string().chars().take(KEY_MAX_CHARS).collect()
}

/// A client address as throttling counts it: an IPv6 client by its /64 (one household or
/// machine usually holds a whole /64, and could otherwise change address for every attempt);
/// an IPv4 address, or anything unparsable, as it is.
pub fn client_of(ip: &str) -> String {
    match ip.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Ok(std::net::IpAddr::V6(v6)) => v6.to_canonical().to_string(),
        _ => ip.to_string(),
    }
}

/// The login attempts of one account from one client address.
pub fn login_key(email: &str, ip: &str) -> String {
    key(format_args!("login:{email}|{}", client_of(ip)))
}

/// The login attempts of one client address, whatever the account.
pub fn ip_key(ip: &str) -> String {
    key(format_args!("ip:{}", client_of(ip)))
}

/// Uses of mailed links (accepting an invitation, setting a password through a reset link) and
/// membership applications per client address: each costs a password hash, so an address cannot
/// make the server hash without end.
pub const MAX_LINK_USES_PER_IP: i32 = 10;
/// Membership applications per client address.
pub const MAX_APPLICATIONS_PER_IP: i32 = 5;

/// The attempts at one public `action` from one client address.
pub fn ip_action_key(action: &str, ip: &str) -> String {
    key(format_args!("{action}-ip:{}", client_of(ip)))
}

/// The uses of a public `action` by one organization (invitations it sends).
pub fn organization_key(action: &str, organization: crate::model::OrganizationId) -> String {
    key(format_args!("{action}-org:{organization}"))
}

/// Second-step codes tried per account (whatever the address: the password is known already).
pub const MAX_CODE_ATTEMPTS: i32 = 5;

/// The second-step codes tried for one account.
pub fn login_code_key(user: crate::model::UserId) -> String {
    key(format_args!("login-code:{user}"))
}

/// The keys counting password-reset requests per e-mail and per address.
pub fn reset_keys(email: &str, ip: &str) -> (String, String) {
    (
        key(format_args!("reset:{email}")),
        key(format_args!("reset-ip:{}", client_of(ip))),
    )
}

/// Counts one attempt against each key (starting a new window where the old one has passed) and
/// refuses when any key is now over its limit. Every attempt counts, refused ones too.
pub async fn reserve(conn: &impl ConnectionTrait, keys: &[(String, i32)]) -> Result<(), AppError> {
    let now = Utc::now().timestamp();
    let mut refused: Option<u64> = None;
    for (key, max) in keys {
        let row = increment(conn, key, now).await?;
        if row.count > *max {
            let retry = std::cmp::max(row.window_start + WINDOW_SECS - now, 1) as u64;
            refused = Some(refused.map_or(retry, |r| std::cmp::max(r, retry)));
        }
    }
    match refused {
        Some(retry_after_secs) => Err(AppError::RateLimited { retry_after_secs }),
        None => Ok(()),
    }
}

/// The count of a key and the start of its window.
struct Counter {
    count: i32,
    window_start: i64,
}

/// One statement: insert the key with a count of 1, or add one to its count (restarting the
/// window when it has passed), and return the count as it now is. The rows are read to the end
/// (`query_all`): on SQLite a `RETURNING` statement left unfinished keeps the write lock.
async fn increment(conn: &impl ConnectionTrait, key: &str, now: i64) -> Result<Counter, AppError> {
    let stale = Expr::col((lt::Entity, lt::Column::WindowStart)).lte(now - WINDOW_SECS);
    let mut insert = lt::Entity::insert(lt::ActiveModel {
        key: Set(key.to_string()),
        failures: Set(1),
        window_start: Set(now),
    })
    .on_conflict(
        OnConflict::column(lt::Column::Key)
            .value(
                lt::Column::Failures,
                Expr::case(stale.clone(), 1)
                    .finally(Expr::col((lt::Entity, lt::Column::Failures)).add(1)),
            )
            .value(
                lt::Column::WindowStart,
                Expr::case(stale, now).finally(Expr::col((lt::Entity, lt::Column::WindowStart))),
            )
            .to_owned(),
    )
    .into_query();
    insert.returning(Query::returning().columns([lt::Column::Failures, lt::Column::WindowStart]));
    let rows = conn.query_all(&insert).await?;
    let row = rows
        .first()
        .ok_or_else(|| internal("throttle upsert returned no row"))?;
    Ok(Counter {
        count: row.try_get("", lt::Column::Failures.as_str())?,
        window_start: row.try_get("", lt::Column::WindowStart.as_str())?,
    })
}

/// Gives back the attempt counted for `key` (a successful login is no failure of its address).
pub async fn release(conn: &impl ConnectionTrait, key: &str) -> Result<(), AppError> {
    lt::Entity::update_many()
        .col_expr(lt::Column::Failures, Expr::col(lt::Column::Failures).sub(1))
        .filter(lt::Column::Key.eq(key))
        .filter(lt::Column::Failures.gt(0))
        .exec(conn)
        .await?;
    Ok(())
}

/// Forgets the attempts of `key` (after a successful login from that address).
pub async fn clear(conn: &impl ConnectionTrait, key: &str) -> Result<(), AppError> {
    lt::Entity::delete_by_id(key.to_string()).exec(conn).await?;
    Ok(())
}

/// Forgets every login attempt against an account, from any address: a successful password
/// reset lifts any block.
pub async fn clear_account(conn: &impl ConnectionTrait, email: &str) -> Result<(), AppError> {
    let prefix = login_key(email, "");
    lt::Entity::delete_many()
        .filter(lt::Column::Key.like(starts_with_literal(&prefix)))
        .exec(conn)
        .await?;
    Ok(())
}

/// Deletes counters whose window has passed (run periodically).
pub async fn purge_expired(conn: &impl ConnectionTrait) -> Result<u64, AppError> {
    let cutoff = Utc::now().timestamp() - WINDOW_SECS;
    let done = lt::Entity::delete_many()
        .filter(lt::Column::WindowStart.lte(cutoff))
        .exec(conn)
        .await?;
    Ok(done.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_count_by_their_64() {
        assert_eq!(
            client_of("2001:db8:1:2:aaaa::1"),
            client_of("2001:db8:1:2:bbbb:cccc:dddd:eeee")
        );
        assert_eq!(client_of("2001:db8:1:2::9"), "2001:db8:1:2::/64");
        assert_ne!(client_of("2001:db8:1:2::1"), client_of("2001:db8:1:3::1"));
        assert_eq!(client_of("203.0.113.7"), "203.0.113.7");
        assert_eq!(client_of("::ffff:203.0.113.7"), "203.0.113.7");
        assert_eq!(client_of("unknown"), "unknown");
        assert_eq!(ip_key("2001:db8:1:2::5"), ip_key("2001:db8:1:2::6"));
    }
}
