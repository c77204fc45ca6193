use sea_orm::entity::prelude::*;

use crate::model::moderation::ReasonTemplate;
use crate::model::notification::NotificationKind;
use crate::model::{
    EventId, NotificationId, OrganizationId, PostId, ProjectId, ReferralId, UserId,
};

/// Something a member is told. Ids increase, so a live channel or a mailer can follow each
/// member's rows from the last one it sent (`mailed_at` marks what went out by mail).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: NotificationId,
    pub user_id: UserId,
    pub kind: NotificationKind,
    pub post_id: Option<PostId>,
    /// The event a registration notice is about.
    pub event_id: Option<EventId>,
    /// The project a notice is about (a request to join, its decision, a review).
    pub project_id: Option<ProjectId>,
    /// The organization a notice names (the one asking to join a project).
    pub organization_id: Option<OrganizationId>,
    /// The inbound case a notice is about.
    pub referral_id: Option<ReferralId>,
    pub reason_template: Option<ReasonTemplate>,
    pub reason_note: String,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
    pub mailed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
