//! Two-step verification: one row per account that set it up (the app's key, when it was turned
//! on, the last time step accepted so that no code works twice), and the SHA-256 of each
//! single-use recovery code.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum TwoFactor {
    Table,
    UserId,
    Secret,
    EnabledAt,
    LastStep,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RecoveryCode {
    Table,
    Id,
    UserId,
    CodeHash,
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
                    .table(TwoFactor::Table)
                    .col(integer(TwoFactor::UserId).primary_key())
                    .col(string(TwoFactor::Secret))
                    .col(timestamp_with_time_zone_null(TwoFactor::EnabledAt))
                    .col(big_integer_null(TwoFactor::LastStep))
                    .col(timestamp_with_time_zone(TwoFactor::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_two_factor_user",
                        (TwoFactor::Table, TwoFactor::UserId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RecoveryCode::Table)
                    .col(pk_auto(RecoveryCode::Id))
                    .col(integer(RecoveryCode::UserId))
                    .col(string(RecoveryCode::CodeHash))
                    .col(timestamp_with_time_zone_null(RecoveryCode::UsedAt))
                    .col(timestamp_with_time_zone(RecoveryCode::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_recovery_code_user",
                        (RecoveryCode::Table, RecoveryCode::UserId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    "idx_recovery_code_user",
                    RecoveryCode::Table,
                    [RecoveryCode::UserId, RecoveryCode::CodeHash],
                )
                .unique()
                .to_owned(),
            )
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
