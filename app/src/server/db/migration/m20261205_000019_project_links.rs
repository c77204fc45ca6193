//! A thread or an event can name the project it is about; the project's page lists them.

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveIden)]
enum Thread {
    Table,
    ProjectId,
}

#[derive(DeriveIden)]
enum Event {
    Table,
    ProjectId,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Projects are never deleted (a finished one is "completed"), so a plain column serves:
        // SQLite cannot add a foreign key to an existing table.
        manager
            .alter_table(
                Table::alter()
                    .table(Thread::Table)
                    .add_column(integer_null(Thread::ProjectId))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Event::Table)
                    .add_column(integer_null(Event::ProjectId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_thread_project",
                Thread::Table,
                [Thread::ProjectId],
            ))
            .await?;
        manager
            .create_index(index("idx_event_project", Event::Table, [Event::ProjectId]))
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
