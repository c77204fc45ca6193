use sea_orm::entity::prelude::*;

use crate::model::moderation::ReasonTemplate;
use crate::model::thread::PostStatus;
use crate::model::{PostId, ThreadId, UserId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "post")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: PostId,
    pub thread_id: ThreadId,
    pub author_id: UserId,
    /// 1 for the post that opened the thread, then in order of writing.
    pub number: i32,
    pub body_source: String,
    /// `body_source` rendered and sanitized (`server::markdown`); the only HTML pages show.
    pub body_html: String,
    pub status: PostStatus,
    /// The folded text search reads (see `service::thread_search::search_text`).
    pub search_text: String,
    pub created_at: DateTimeUtc,
    pub edited_at: Option<DateTimeUtc>,
    /// Edits so far; an edit names the count it started from.
    pub edit_count: i32,
    /// Why staff hid the post (shown to its author): a template, a note, or both.
    pub moderation_template: Option<ReasonTemplate>,
    pub moderation_note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
