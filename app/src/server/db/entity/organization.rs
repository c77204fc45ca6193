use sea_orm::entity::prelude::*;

use crate::model::{Bilingual, OrgKind, OrgStatus, OrganizationId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organization")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: OrganizationId,
    pub kind: OrgKind,
    pub name_ja: String,
    pub name_en: String,
    pub country: String,
    pub prefecture: Option<String>,
    pub website: String,
    /// Comma-separated specialty codes.
    pub specialties: String,
    /// Comma-separated language codes.
    pub languages: String,
    pub description_ja: String,
    pub description_en: String,
    pub jih_recommended: bool,
    pub amtac_accredited: bool,
    pub status: OrgStatus,
    /// Folded names for search (see `model::search::fold`).
    pub search_text: String,
    pub created_at: DateTimeUtc,
    /// It accepts international patients (inbound referrals reach it), in these specialties
    /// (comma-separated codes); set by its organization admins.
    pub accepts_international: bool,
    pub international_specialties: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::user::Entity")]
    User,
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::User.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The organization's name in both languages.
    pub fn name(&self) -> Bilingual {
        Bilingual::new(&self.name_ja, &self.name_en)
    }
}
