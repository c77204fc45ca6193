//! Password resets: one row per link sent, holding only the SHA-256 of its token.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PasswordReset {
    Table,
    Id,
    UserId,
    TokenHash,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum UserAccount {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PasswordReset::Table)
                    .col(pk_auto(PasswordReset::Id))
                    .col(integer(PasswordReset::UserId))
                    .col(string_uniq(PasswordReset::TokenHash))
                    .col(timestamp_with_time_zone(PasswordReset::ExpiresAt))
                    .col(timestamp_with_time_zone_null(PasswordReset::UsedAt))
                    .col(timestamp_with_time_zone(PasswordReset::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_password_reset_user",
                        (PasswordReset::Table, PasswordReset::UserId),
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
