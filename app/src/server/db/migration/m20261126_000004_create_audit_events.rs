//! The security log. Rows stay when the people they name are deleted (no foreign keys): a log
//! must outlive what it records.

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditEvent {
    Table,
    Id,
    At,
    Kind,
    ActorId,
    TargetUserId,
    TargetOrganizationId,
    TargetEmail,
    ClientIp,
    Detail,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEvent::Table)
                    .col(pk_auto(AuditEvent::Id))
                    .col(timestamp_with_time_zone(AuditEvent::At))
                    .col(string(AuditEvent::Kind))
                    .col(integer_null(AuditEvent::ActorId))
                    .col(integer_null(AuditEvent::TargetUserId))
                    .col(integer_null(AuditEvent::TargetOrganizationId))
                    .col(string_null(AuditEvent::TargetEmail))
                    .col(string(AuditEvent::ClientIp))
                    .col(text(AuditEvent::Detail))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_audit_event_kind",
                AuditEvent::Table,
                [AuditEvent::Kind, AuditEvent::Id],
            ))
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
