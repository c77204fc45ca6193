use sea_orm::entity::prelude::*;

use crate::model::moderation::ReasonTemplate;
use crate::model::{Locale, OrganizationId, Role, UserId, UserStatus};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "user_account")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: UserId,
    pub organization_id: OrganizationId,
    /// Trimmed and lowercased; unique.
    pub email: String,
    pub password_hash: String,
    pub family_name: String,
    pub given_name: String,
    pub family_name_kana: String,
    pub given_name_kana: String,
    pub romanized_name: String,
    pub locale: Locale,
    pub time_zone: String,
    pub role: Role,
    pub status: UserStatus,
    pub search_text: String,
    pub created_at: DateTimeUtc,
    /// Staff silenced the member until then: they read, but do not post.
    pub silenced_until: Option<DateTimeUtc>,
    pub silence_template: Option<ReasonTemplate>,
    pub silence_note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::organization::Entity",
        from = "Column::OrganizationId",
        to = "super::organization::Column::Id"
    )]
    Organization,
}

impl Related<super::organization::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Organization.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
