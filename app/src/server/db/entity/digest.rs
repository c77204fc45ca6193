use sea_orm::entity::prelude::*;

use crate::model::{CategoryId, EventId, ThreadId, UserId};

/// A symposium digest: the report of a past event (one per event), a draft until published.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "digest")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_id: EventId,
    /// Markdown, as staff wrote it.
    pub summary_ja: String,
    pub summary_en: String,
    /// The same, rendered and sanitized when it was saved.
    pub summary_ja_html: String,
    pub summary_en_html: String,
    /// One key point per line.
    pub key_points_ja: String,
    pub key_points_en: String,
    /// One material per line: `label | https://…` (see `model::digest::materials`).
    pub materials: String,
    /// Where a discussion of the digest is started.
    pub category_id: Option<CategoryId>,
    /// The discussion, once a member has started it.
    pub thread_id: Option<ThreadId>,
    /// `None` while it is a draft.
    pub published_at: Option<DateTimeUtc>,
    pub updated_by: UserId,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
