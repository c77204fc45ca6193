use sea_orm::entity::prelude::*;

use crate::model::{ApplicationId, ApplicationStatus, OrganizationId, UserId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "membership_application")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ApplicationId,
    pub organization_id: OrganizationId,
    pub applicant_id: UserId,
    pub status: ApplicationStatus,
    pub reason: Option<String>,
    pub reviewed_by: Option<UserId>,
    pub reviewed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
