use sea_orm::entity::prelude::*;

use crate::model::event::{EventFormat, EventKind, EventStatus, EventVisibility};
use crate::model::{Bilingual, EventId, ProjectId, UserId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: EventId,
    pub kind: EventKind,
    pub format: EventFormat,
    pub status: EventStatus,
    pub visibility: EventVisibility,
    pub title_ja: String,
    pub title_en: String,
    /// Markdown sources, and the same rendered and sanitized (`server::markdown`).
    pub description_ja: String,
    pub description_en: String,
    pub description_ja_html: String,
    pub description_en_html: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// The IANA zone the event happens in (`Asia/Tokyo`): its times are shown in it.
    pub time_zone: String,
    pub venue_ja: String,
    pub venue_en: String,
    pub address: String,
    /// The meeting link, shown only to confirmed registrants.
    pub online_url: Option<String>,
    pub capacity: i32,
    pub organization_limit: Option<i32>,
    pub opens_at: Option<DateTimeUtc>,
    pub closes_at: Option<DateTimeUtc>,
    pub requires_approval: bool,
    /// The project it is about.
    pub project_id: Option<ProjectId>,
    /// The next place on the waiting list, taken in the registration's transaction.
    pub waitlist_next: i32,
    pub cancel_reason: Option<String>,
    pub created_by: UserId,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl Model {
    pub fn title(&self) -> Bilingual {
        Bilingual::new(&self.title_ja, &self.title_en)
    }

    pub fn venue(&self) -> Bilingual {
        Bilingual::new(&self.venue_ja, &self.venue_en)
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
