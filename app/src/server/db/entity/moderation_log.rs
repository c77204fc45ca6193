use sea_orm::entity::prelude::*;

use crate::model::moderation::{ModAction, ReasonTemplate};
use crate::model::{ModerationLogId, PostId, ThreadId, UserId};

/// One moderator action, with its reason: the moderation log.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "moderation_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ModerationLogId,
    pub moderator_id: UserId,
    pub action: ModAction,
    /// The member whose post or thread it was.
    pub member_id: Option<UserId>,
    pub thread_id: Option<ThreadId>,
    pub post_id: Option<PostId>,
    pub reason_template: Option<ReasonTemplate>,
    pub reason_note: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
