//! A member's personal calendar feed: a secret address (of which only the SHA-256 is stored)
//! that calendar apps read; one per member, replaced or removed by its owner.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum UserAccount {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CalendarFeed {
    Table,
    UserId,
    TokenHash,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CalendarFeed::Table)
                    .col(integer(CalendarFeed::UserId).primary_key())
                    .col(string(CalendarFeed::TokenHash).unique_key())
                    .col(timestamp_with_time_zone(CalendarFeed::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_calendar_feed_user",
                        (CalendarFeed::Table, CalendarFeed::UserId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
