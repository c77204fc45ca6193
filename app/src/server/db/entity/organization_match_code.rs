use sea_orm::entity::prelude::*;

use crate::model::OrganizationId;
use crate::model::project_match_code::MatchField;

/// One of an organization's match rows (`model::project_match_code`), written with its specialties
/// and languages in the same transaction.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organization_match_code")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organization_id: OrganizationId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub field: MatchField,
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
