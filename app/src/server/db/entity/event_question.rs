use sea_orm::entity::prelude::*;

use crate::model::event::QuestionKind;
use crate::model::{EventId, EventQuestionId};

/// A question an event asks at registration.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_question")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: EventQuestionId,
    pub event_id: EventId,
    pub position: i32,
    pub kind: QuestionKind,
    pub label_ja: String,
    pub label_en: String,
    /// The choices of a choice question, as JSON (`[{"ja": …, "en": …}]`).
    pub options: String,
    pub required: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
