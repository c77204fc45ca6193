use sea_orm::entity::prelude::*;

use crate::model::UserId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "session")]
pub struct Model {
    /// The SHA-256 (hex) of the session id; the id itself lives only in the browser's cookie.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// The session's data as JSON.
    pub data: String,
    /// Unix seconds; moves forward with activity.
    pub expires_at: i64,
    /// The signed-in member, copied from the data so their sessions can be listed and ended.
    pub user_id: Option<UserId>,
    /// Unix seconds of the login (0 before one).
    pub signed_in_at: i64,
    /// Unix seconds of the last recorded activity.
    pub last_seen_at: i64,
    /// The browser's `User-Agent`, shortened.
    pub device: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
