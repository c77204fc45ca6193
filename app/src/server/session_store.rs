//! tower-sessions storage in our own `session` table, so sessions live in the database that all
//! app servers share, on SQLite and PostgreSQL alike, under the same migrations. A row is keyed by
//! the SHA-256 of the session id: whoever reads the table (or a backup) cannot use a session. The
//! owner, login time, last activity and device are copied out of the data into columns, so a
//! member's sessions can be listed and ended.

use async_trait::async_trait;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, ExpiredDeletion, Result, SessionStore};

use super::db::entity::session;
use super::token::sha256_hex;
use crate::model::UserId;

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: DatabaseConnection,
}

impl DbSessionStore {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

fn backend(e: impl std::fmt::Display) -> Error {
    Error::Backend(e.to_string())
}

/// Session data keys the store copies into columns.
pub const USER_ID: &str = "user_id";
pub const SIGNED_IN_AT: &str = "signed_in_at";
pub const LAST_SEEN_AT: &str = "last_seen_at";
pub const DEVICE: &str = "device";

/// The row key of a session id.
pub fn row_id(id: &Id) -> String {
    sha256_hex(&id.to_string())
}

fn to_row(record: &Record) -> Result<session::ActiveModel> {
    let number = |key: &str| record.data.get(key).and_then(serde_json::Value::as_i64);
    Ok(session::ActiveModel {
        id: Set(row_id(&record.id)),
        data: Set(serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?),
        expires_at: Set(record.expiry_date.unix_timestamp()),
        user_id: Set(number(USER_ID)
            .and_then(|n| i32::try_from(n).ok())
            .map(UserId)),
        signed_in_at: Set(number(SIGNED_IN_AT).unwrap_or(0)),
        last_seen_at: Set(number(LAST_SEEN_AT).unwrap_or(0)),
        device: Set(record
            .data
            .get(DEVICE)
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
            .to_string()),
    })
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // A fresh random id collides with an existing one practically never; if it does, pick another.
        loop {
            let exists = session::Entity::find_by_id(row_id(&record.id))
                .one(&self.db)
                .await
                .map_err(backend)?
                .is_some();
            if !exists {
                break;
            }
            record.id = Id::default();
        }
        session::Entity::insert(to_row(record)?)
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn save(&self, record: &Record) -> Result<()> {
        session::Entity::insert(to_row(record)?)
            .on_conflict(
                OnConflict::column(session::Column::Id)
                    .update_columns([
                        session::Column::Data,
                        session::Column::ExpiresAt,
                        session::Column::UserId,
                        session::Column::SignedInAt,
                        session::Column::LastSeenAt,
                        session::Column::Device,
                    ])
                    .to_owned(),
            )
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let Some(row) = session::Entity::find_by_id(row_id(id))
            .filter(session::Column::ExpiresAt.gt(now))
            .one(&self.db)
            .await
            .map_err(backend)?
        else {
            return Ok(None);
        };
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&row.data).map_err(|e| Error::Decode(e.to_string()))?,
            expiry_date: OffsetDateTime::from_unix_timestamp(row.expires_at)
                .map_err(|e| Error::Decode(e.to_string()))?,
        }))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        session::Entity::delete_by_id(row_id(id))
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

#[async_trait]
impl ExpiredDeletion for DbSessionStore {
    async fn delete_expired(&self) -> Result<()> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        session::Entity::delete_many()
            .filter(session::Column::ExpiresAt.lte(now))
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
