//! Symposium digests: the published report of a past event, one per event, written by staff as
//! a draft and published when ready; its markdown is kept with the HTML rendered from it.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Event {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum UserAccount {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Category {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Thread {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Digest {
    Table,
    EventId,
    SummaryJa,
    SummaryEn,
    SummaryJaHtml,
    SummaryEnHtml,
    KeyPointsJa,
    KeyPointsEn,
    Materials,
    CategoryId,
    ThreadId,
    PublishedAt,
    UpdatedBy,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Digest::Table)
                    .col(integer(Digest::EventId).primary_key())
                    .col(text(Digest::SummaryJa))
                    .col(text(Digest::SummaryEn))
                    .col(text(Digest::SummaryJaHtml))
                    .col(text(Digest::SummaryEnHtml))
                    .col(text(Digest::KeyPointsJa))
                    .col(text(Digest::KeyPointsEn))
                    .col(text(Digest::Materials))
                    .col(integer_null(Digest::CategoryId))
                    .col(integer_null(Digest::ThreadId))
                    .col(timestamp_with_time_zone_null(Digest::PublishedAt))
                    .col(integer(Digest::UpdatedBy))
                    .col(timestamp_with_time_zone(Digest::CreatedAt))
                    .col(timestamp_with_time_zone(Digest::UpdatedAt))
                    .foreign_key(&mut fk(
                        "fk_digest_event",
                        (Digest::Table, Digest::EventId),
                        (Event::Table, Event::Id),
                    ))
                    .foreign_key(
                        &mut fk(
                            "fk_digest_category",
                            (Digest::Table, Digest::CategoryId),
                            (Category::Table, Category::Id),
                        )
                        .on_delete(ForeignKeyAction::SetNull)
                        .to_owned(),
                    )
                    .foreign_key(
                        &mut fk(
                            "fk_digest_thread",
                            (Digest::Table, Digest::ThreadId),
                            (Thread::Table, Thread::Id),
                        )
                        .on_delete(ForeignKeyAction::SetNull)
                        .to_owned(),
                    )
                    .foreign_key(&mut fk(
                        "fk_digest_updated_by",
                        (Digest::Table, Digest::UpdatedBy),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_digest_published_at",
                Digest::Table,
                [Digest::PublishedAt],
            ))
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
