use sea_orm::entity::prelude::*;

use crate::model::referral::{AnswerStatus, ReferralStep};
use crate::model::{OrganizationId, ReferralId, ReferralStepId, UserId};

/// A step in a case's history: submitted, answered, information added, chosen, withdrawn.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referral_step")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ReferralStepId,
    pub referral_id: ReferralId,
    pub step: ReferralStep,
    /// The institution that answered, or was chosen.
    pub organization_id: Option<OrganizationId>,
    pub answer: Option<AnswerStatus>,
    pub actor_id: UserId,
    pub note: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
