//! Sessions keyed by the SHA-256 of their id (the cookie's value is never stored), with their
//! owner, start, last activity and device, so members can see and end their sessions. The old
//! table held ids in clear: it is dropped, and everyone logs in once more.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Session {
    Table,
    Id,
    Data,
    ExpiresAt,
    UserId,
    SignedInAt,
    LastSeenAt,
    Device,
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
            .drop_index(
                Index::drop()
                    .name("idx_session_expires_at")
                    .table(Session::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Session::Table).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    .col(string(Session::Id).primary_key())
                    .col(text(Session::Data))
                    .col(big_integer(Session::ExpiresAt))
                    .col(integer_null(Session::UserId))
                    .col(big_integer(Session::SignedInAt))
                    .col(big_integer(Session::LastSeenAt))
                    .col(string(Session::Device))
                    .foreign_key(&mut fk(
                        "fk_session_user",
                        (Session::Table, Session::UserId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_session_expiry", Session::ExpiresAt),
            ("idx_session_user", Session::UserId),
        ] {
            manager
                .create_index(index(name, Session::Table, [column]))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
