use sea_orm::entity::prelude::*;

use crate::model::registration::RegistrationStatus;
use crate::model::{EventId, OrganizationId, RegistrationId, UserId};

/// One person's registration for one event (registering again after cancelling reuses it).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "registration")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: RegistrationId,
    pub event_id: EventId,
    pub user_id: UserId,
    /// The person's organization when they registered (the per-organization limit counts it).
    pub organization_id: OrganizationId,
    pub status: RegistrationStatus,
    /// The place taken on the waiting list (order of joining; unique per event) while waiting.
    pub waitlist_seq: Option<i32>,
    /// The answers to the event's questions, as JSON.
    pub answers: String,
    /// Who registered the person: themselves, or their organization's admin.
    pub registered_by: UserId,
    /// Why staff declined the registration.
    pub reason: Option<String>,
    pub checked_in_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
