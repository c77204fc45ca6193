use sea_orm::entity::prelude::*;

use crate::model::referral::{ReferralStatus, Urgency};
use crate::model::{OrganizationId, ReferralId, UserId};

/// An inbound case, anonymized: no column holds anything that identifies the patient.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referral")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ReferralId,
    pub status: ReferralStatus,
    /// A specialty code.
    pub specialty: String,
    pub summary: String,
    /// Comma-separated language codes.
    pub languages: String,
    pub country: String,
    pub urgency: Urgency,
    pub earliest: Option<Date>,
    pub latest: Option<Date>,
    pub accompanied: bool,
    /// The organization that submitted it (its people decide on it).
    pub organization_id: OrganizationId,
    pub submitted_by: UserId,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
