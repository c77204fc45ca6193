use sea_orm::entity::prelude::*;

use crate::model::project::{Part, ParticipantRole, ParticipantStatus};
use crate::model::{OrganizationId, ParticipantId, ProjectId, UserId};

/// An organization's part in a project, or its request to join one (one row per organization
/// and project).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_participant")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ParticipantId,
    pub project_id: ProjectId,
    pub organization_id: OrganizationId,
    pub role: ParticipantRole,
    pub status: ParticipantStatus,
    /// What the organization brings, as its request said.
    pub contribution: String,
    /// The lead's reason when it declined the request.
    pub reason: Option<String>,
    pub requested_by: UserId,
    pub decided_by: Option<UserId>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl Model {
    /// The organization's part, as the project's rules read it.
    pub fn part(&self) -> Part {
        Part {
            role: self.role,
            status: self.status,
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
