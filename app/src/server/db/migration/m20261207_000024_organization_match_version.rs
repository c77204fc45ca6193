//! "Organizations that could help" is scored in memory by every app server too
//! (`service::project_match_index`): the organizations' version tells a server when its copy is
//! out of date, bumped by triggers on `organization` as the projects' is on `project`. The
//! organizations' match rows, which the database scored before, go.

use sea_orm_migration::prelude::*;

use super::version_table;

#[derive(DeriveIden)]
enum OrganizationMatchCode {
    Table,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        version_table(manager, "organization_match_version", "organization").await?;
        manager
            .drop_table(Table::drop().table(OrganizationMatchCode::Table).to_owned())
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
