//! One's own sessions: the list (newest activity first) and ending them. A session is named by
//! its row key, the hash of its id, which cannot be used as a session.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use crate::model::audit::AuditKind;
use crate::model::session::SessionSummary;
use crate::model::{AppError, UserId};
use crate::server::audit::Event;
use crate::server::auth::Actor;
use crate::server::db::begin_write;
use crate::server::db::entity::session;

/// The live sessions of `user`; `current` is the row key of the caller's own session.
pub async fn list(
    db: &DatabaseConnection,
    user: UserId,
    current: &str,
) -> Result<Vec<SessionSummary>, AppError> {
    let now = chrono::Utc::now().timestamp();
    let rows = session::Entity::find()
        .filter(session::Column::UserId.eq(user))
        .filter(session::Column::ExpiresAt.gt(now))
        .order_by_desc(session::Column::LastSeenAt)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| SessionSummary {
            current: row.id == current,
            key: row.id,
            device: row.device,
            signed_in_at: row.signed_in_at,
            last_seen_at: row.last_seen_at,
        })
        .collect())
}

/// Ends one of the actor's sessions (another member's key ends nothing: not found).
pub async fn end(db: &DatabaseConnection, actor: &Actor, key: &str) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let done = session::Entity::delete_many()
        .filter(session::Column::Id.eq(key))
        .filter(session::Column::UserId.eq(actor.id()))
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Event::by(actor, AuditKind::SessionsEnded)
        .user(actor.id())
        .detail(1)
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Ends every session of the actor but the current one, and says so in the security log.
pub async fn end_others_of(
    db: &DatabaseConnection,
    actor: &Actor,
    current: &str,
) -> Result<u64, AppError> {
    let txn = begin_write(db).await?;
    let ended = end_others(&txn, actor.id(), current).await?;
    Event::by(actor, AuditKind::SessionsEnded)
        .user(actor.id())
        .detail(ended)
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(ended)
}

/// Ends every session of `user`: a suspension, a removal, a password set through a reset link.
pub async fn end_all(conn: &impl ConnectionTrait, user: UserId) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user))
        .exec(conn)
        .await?;
    Ok(())
}

/// Ends every session of `user` but the caller's own; returns how many ended.
pub async fn end_others(
    db: &impl ConnectionTrait,
    user: UserId,
    current: &str,
) -> Result<u64, AppError> {
    let done = session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user))
        .filter(session::Column::Id.ne(current))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}
