use sea_orm::entity::prelude::*;

use crate::model::{OrganizationId, ProjectId, ProjectUpdateId, UserId};

/// An entry of a project's timeline, posted by a person of a lead or partner organization.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_update")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ProjectUpdateId,
    pub project_id: ProjectId,
    pub author_id: UserId,
    pub organization_id: OrganizationId,
    /// Markdown source, and the same rendered and sanitized (`server::markdown`).
    pub body: String,
    pub body_html: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
