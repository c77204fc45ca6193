//! Category names are unique in each language, so two staff members adding the same category at
//! once end with one (the second is told the name is taken).

use sea_orm_migration::prelude::*;

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Category {
    Table,
    NameJa,
    NameEn,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, column) in [
            ("idx_category_name_ja", Category::NameJa),
            ("idx_category_name_en", Category::NameEn),
        ] {
            manager
                .create_index(index(name, Category::Table, [column]).unique().to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
