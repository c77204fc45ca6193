//! Moderators silence a member for a period (they read, but do not post) with a reason; and the
//! index that counts a member's published posts (a new member's first posts wait for approval).

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum UserAccount {
    Table,
    SilencedUntil,
    SilenceTemplate,
    SilenceNote,
}

#[derive(DeriveIden)]
enum Post {
    Table,
    AuthorId,
    Status,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one change at a time.
        for column in [
            timestamp_with_time_zone_null(UserAccount::SilencedUntil),
            string_null(UserAccount::SilenceTemplate),
            text_null(UserAccount::SilenceNote),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(UserAccount::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(index(
                "idx_post_author_status",
                Post::Table,
                [Post::AuthorId, Post::Status],
            ))
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
