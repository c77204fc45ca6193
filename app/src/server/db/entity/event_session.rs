use sea_orm::entity::prelude::*;

use crate::model::{Bilingual, EventId, EventSessionId};

/// An item of an event's programme.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_session")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: EventSessionId,
    pub event_id: EventId,
    pub position: i32,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub title_ja: String,
    pub title_en: String,
    /// One speaker per line: name, then affiliation after a comma.
    pub speakers: String,
}

impl Model {
    pub fn title(&self) -> Bilingual {
        Bilingual::new(&self.title_ja, &self.title_en)
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
