use sea_orm::entity::prelude::*;

use crate::model::{Bilingual, MilestoneId, ProjectId, UserId};

/// A milestone of a project, in the order its lead set, with its due date and when it was done.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_milestone")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: MilestoneId,
    pub project_id: ProjectId,
    pub position: i32,
    pub title_ja: String,
    pub title_en: String,
    pub due_on: Option<Date>,
    pub done_at: Option<DateTimeUtc>,
    pub done_by: Option<UserId>,
}

impl Model {
    pub fn title(&self) -> Bilingual {
        Bilingual::new(&self.title_ja, &self.title_en)
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
