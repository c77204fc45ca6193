//! "Projects that need what we do" is scored in memory by every app server
//! (`service::project_match_index`): the projects' version tells a server when its copy is out
//! of date. Triggers on `project` bump it in the transaction of every write, whichever code or
//! tool wrote, so a server never reads a version newer than the rows it then loads. The
//! projects' match rows, which the database scored before, go.

use sea_orm_migration::prelude::*;

use super::version_table;

#[derive(DeriveIden)]
enum ProjectMatchCode {
    Table,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        version_table(manager, "project_match_version", "project").await?;
        manager
            .drop_table(Table::drop().table(ProjectMatchCode::Table).to_owned())
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
