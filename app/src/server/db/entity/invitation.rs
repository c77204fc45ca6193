use sea_orm::entity::prelude::*;

use crate::model::{InvitationId, OrganizationId, Role, UserId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: InvitationId,
    pub organization_id: OrganizationId,
    pub email: String,
    pub role: Role,
    /// SHA-256 of the token in the link; the token itself is never stored.
    #[sea_orm(unique)]
    pub token_hash: String,
    pub invited_by: UserId,
    pub expires_at: DateTimeUtc,
    pub accepted_at: Option<DateTimeUtc>,
    pub revoked_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
