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
    /// When the applicant opened the mailed link; until then staff do not see the application.
    pub email_confirmed_at: Option<DateTimeUtc>,
    /// The SHA-256 of the confirmation link's token, until it is used.
    pub confirm_token_hash: Option<String>,
    pub confirm_expires_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
