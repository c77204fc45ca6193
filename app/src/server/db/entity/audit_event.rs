use sea_orm::entity::prelude::*;

use crate::model::audit::AuditKind;
use crate::model::{OrganizationId, UserId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub at: DateTimeUtc,
    pub kind: AuditKind,
    pub actor_id: Option<UserId>,
    pub target_user_id: Option<UserId>,
    pub target_organization_id: Option<OrganizationId>,
    /// The e-mail typed into a form, for events without an account (a failed login).
    pub target_email: Option<String>,
    pub client_ip: String,
    pub detail: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
