use sea_orm::entity::prelude::*;

use crate::model::referral::AnswerStatus;
use crate::model::{OrganizationId, ReferralAnswerId, ReferralId, UserId};

/// The answer of an institution a case reached (one row per case and institution, made when
/// the case is routed: the rows are who may see it).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referral_answer")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ReferralAnswerId,
    pub referral_id: ReferralId,
    pub organization_id: OrganizationId,
    pub status: AnswerStatus,
    pub note: String,
    pub earliest: Option<Date>,
    /// The submitter chose this institution.
    pub chosen: bool,
    pub answered_by: Option<UserId>,
    pub answered_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
