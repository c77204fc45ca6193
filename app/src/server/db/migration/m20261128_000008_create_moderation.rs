//! Moderation of the threads: members' flags on posts, moderators' claims on queue items, the
//! moderation log, the reason a post was hidden (for its author), threads whose first post
//! awaits approval, and members' notifications.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Post {
    Table,
    Id,
    ModerationTemplate,
    ModerationNote,
}

#[derive(DeriveIden)]
enum Thread {
    Table,
    Id,
    AwaitingApproval,
}

#[derive(DeriveIden)]
enum UserAccount {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PostFlag {
    Table,
    Id,
    PostId,
    ReporterId,
    Reason,
    Note,
    Status,
    CreatedAt,
    ResolvedAt,
}

#[derive(DeriveIden)]
enum ModerationClaim {
    Table,
    PostId,
    ModeratorId,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum ModerationLog {
    Table,
    Id,
    ModeratorId,
    Action,
    MemberId,
    ThreadId,
    PostId,
    ReasonTemplate,
    ReasonNote,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Notification {
    Table,
    Id,
    UserId,
    Kind,
    PostId,
    ReasonTemplate,
    ReasonNote,
    CreatedAt,
    ReadAt,
    MailedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one change at a time.
        for column in [
            string_null(Post::ModerationTemplate),
            text_null(Post::ModerationNote),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Post::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Thread::Table)
                    .add_column(boolean(Thread::AwaitingApproval).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PostFlag::Table)
                    .col(pk_auto(PostFlag::Id))
                    .col(integer(PostFlag::PostId))
                    .col(integer(PostFlag::ReporterId))
                    .col(string(PostFlag::Reason))
                    .col(text(PostFlag::Note))
                    .col(string(PostFlag::Status))
                    .col(timestamp_with_time_zone(PostFlag::CreatedAt))
                    .col(timestamp_with_time_zone_null(PostFlag::ResolvedAt))
                    .foreign_key(&mut fk(
                        "fk_post_flag_post",
                        (PostFlag::Table, PostFlag::PostId),
                        (Post::Table, Post::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_post_flag_reporter",
                        (PostFlag::Table, PostFlag::ReporterId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // One flag per member and post; the queue reads open flags; a member lists theirs.
        manager
            .create_index(
                index(
                    "idx_post_flag_post_reporter",
                    PostFlag::Table,
                    [PostFlag::PostId, PostFlag::ReporterId],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_post_flag_status",
                PostFlag::Table,
                [PostFlag::Status, PostFlag::CreatedAt],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_post_flag_reporter",
                PostFlag::Table,
                [PostFlag::ReporterId, PostFlag::CreatedAt],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ModerationClaim::Table)
                    .col(integer(ModerationClaim::PostId).primary_key())
                    .col(integer(ModerationClaim::ModeratorId))
                    .col(timestamp_with_time_zone(ModerationClaim::ExpiresAt))
                    .foreign_key(&mut fk(
                        "fk_moderation_claim_post",
                        (ModerationClaim::Table, ModerationClaim::PostId),
                        (Post::Table, Post::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_moderation_claim_moderator",
                        (ModerationClaim::Table, ModerationClaim::ModeratorId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ModerationLog::Table)
                    .col(pk_auto(ModerationLog::Id))
                    .col(integer(ModerationLog::ModeratorId))
                    .col(string(ModerationLog::Action))
                    .col(integer_null(ModerationLog::MemberId))
                    .col(integer_null(ModerationLog::ThreadId))
                    .col(integer_null(ModerationLog::PostId))
                    .col(string_null(ModerationLog::ReasonTemplate))
                    .col(text(ModerationLog::ReasonNote))
                    .col(timestamp_with_time_zone(ModerationLog::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_moderation_log_moderator",
                        (ModerationLog::Table, ModerationLog::ModeratorId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_moderation_log_thread",
                        (ModerationLog::Table, ModerationLog::ThreadId),
                        (Thread::Table, Thread::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // The log's order, and its three filters.
        for (name, column) in [
            ("idx_moderation_log_moderator", ModerationLog::ModeratorId),
            ("idx_moderation_log_member", ModerationLog::MemberId),
            ("idx_moderation_log_action", ModerationLog::Action),
        ] {
            manager
                .create_index(index(
                    name,
                    ModerationLog::Table,
                    [column, ModerationLog::CreatedAt],
                ))
                .await?;
        }
        manager
            .create_index(index(
                "idx_moderation_log_created",
                ModerationLog::Table,
                [ModerationLog::CreatedAt],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Notification::Table)
                    .col(pk_auto(Notification::Id))
                    .col(integer(Notification::UserId))
                    .col(string(Notification::Kind))
                    .col(integer_null(Notification::PostId))
                    .col(string_null(Notification::ReasonTemplate))
                    .col(text(Notification::ReasonNote))
                    .col(timestamp_with_time_zone(Notification::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notification::ReadAt))
                    .col(timestamp_with_time_zone_null(Notification::MailedAt))
                    .foreign_key(&mut fk(
                        "fk_notification_user",
                        (Notification::Table, Notification::UserId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_notification_post",
                        (Notification::Table, Notification::PostId),
                        (Post::Table, Post::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // A member's list and unread count; a live channel or mailer follows ids per member.
        manager
            .create_index(index(
                "idx_notification_user",
                Notification::Table,
                [Notification::UserId, Notification::ReadAt, Notification::Id],
            ))
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
