use sea_orm::entity::prelude::*;

use crate::model::moderation::{FlagReason, FlagStatus};
use crate::model::{FlagId, PostId, UserId};

/// A member's flag on a post, open until a moderator decides it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "post_flag")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: FlagId,
    pub post_id: PostId,
    pub reporter_id: UserId,
    pub reason: FlagReason,
    pub note: String,
    pub status: FlagStatus,
    pub created_at: DateTimeUtc,
    pub resolved_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
