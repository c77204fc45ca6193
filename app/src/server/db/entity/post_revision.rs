use sea_orm::entity::prelude::*;

use crate::model::moderation::ReasonTemplate;
use crate::model::{PostId, UserId};

/// An earlier text of a post, kept when it was edited: who edited it, when and (staff) why.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "post_revision")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub post_id: PostId,
    pub editor_id: UserId,
    /// The markdown the post had before this edit.
    pub body_source: String,
    pub reason_template: Option<ReasonTemplate>,
    pub reason_note: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
