use sea_orm::entity::prelude::*;

use crate::model::{Bilingual, CategoryId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "category")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: CategoryId,
    pub name_ja: String,
    pub name_en: String,
    pub description_ja: String,
    pub description_en: String,
    /// Lists show categories in this order.
    pub position: i32,
    pub requires_approval: bool,
    pub created_at: DateTimeUtc,
}

impl Model {
    pub fn name(&self) -> Bilingual {
        Bilingual::new(&self.name_ja, &self.name_en)
    }

    pub fn description(&self) -> Bilingual {
        Bilingual::new(&self.description_ja, &self.description_en)
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
