//! An application reaches staff only once its e-mail address is confirmed through a mailed link:
//! when it was confirmed, and the SHA-256 of the link's token with its expiry until then.
//! Applications made before this change count as confirmed.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum MembershipApplication {
    Table,
    CreatedAt,
    EmailConfirmedAt,
    ConfirmTokenHash,
    ConfirmExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one change at a time.
        for column in [
            timestamp_with_time_zone_null(MembershipApplication::EmailConfirmedAt),
            string_null(MembershipApplication::ConfirmTokenHash),
            timestamp_with_time_zone_null(MembershipApplication::ConfirmExpiresAt),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(MembershipApplication::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .exec_stmt(
                Query::update()
                    .table(MembershipApplication::Table)
                    .value(
                        MembershipApplication::EmailConfirmedAt,
                        Expr::col(MembershipApplication::CreatedAt),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
