use sea_orm::entity::prelude::*;

use crate::model::{CategoryId, PostId, ProjectId, ThreadId, UserId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "thread")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ThreadId,
    pub category_id: CategoryId,
    pub author_id: UserId,
    pub title: String,
    pub pinned: bool,
    pub locked: bool,
    /// Numbers given to posts so far (the next post is number `post_count + 1`).
    pub post_count: i32,
    /// Published replies (posts after the first).
    pub reply_count: i32,
    pub last_post_at: DateTimeUtc,
    pub last_poster_id: UserId,
    pub created_at: DateTimeUtc,
    /// Its first post waits for a moderator: only its author and the moderators see it.
    pub awaiting_approval: bool,
    /// The reply its starter marked as the answer.
    pub accepted_post_id: Option<PostId>,
    /// The project it is about.
    pub project_id: Option<ProjectId>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
