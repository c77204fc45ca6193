//! Taking part in threads beyond posting: the edit history of posts (and their count of edits),
//! the thread's accepted answer, following threads and bookmarking posts; and the index the
//! review queue counts by.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Post {
    Table,
    Id,
    Status,
    CreatedAt,
    EditCount,
}

#[derive(DeriveIden)]
enum Thread {
    Table,
    Id,
    AcceptedPostId,
}

#[derive(DeriveIden)]
enum UserAccount {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PostRevision {
    Table,
    Id,
    PostId,
    EditorId,
    BodySource,
    ReasonTemplate,
    ReasonNote,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ThreadFollow {
    Table,
    UserId,
    ThreadId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PostBookmark {
    Table,
    UserId,
    PostId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Thread::Table)
                    .add_column(integer_null(Thread::AcceptedPostId))
                    .to_owned(),
            )
            .await?;
        // Edits so far: an edit names the one it started from, so two editors cannot overwrite
        // each other unknowingly.
        manager
            .alter_table(
                Table::alter()
                    .table(Post::Table)
                    .add_column(integer(Post::EditCount).default(0))
                    .to_owned(),
            )
            .await?;
        // The review queue counts pending posts on every staff page.
        manager
            .create_index(index(
                "idx_post_status_created",
                Post::Table,
                [Post::Status, Post::CreatedAt],
            ))
            .await?;
        // One row per edit: the text the post had before it, who changed it and why.
        manager
            .create_table(
                Table::create()
                    .table(PostRevision::Table)
                    .col(pk_auto(PostRevision::Id))
                    .col(integer(PostRevision::PostId))
                    .col(integer(PostRevision::EditorId))
                    .col(text(PostRevision::BodySource))
                    .col(string_null(PostRevision::ReasonTemplate))
                    .col(text(PostRevision::ReasonNote))
                    .col(timestamp_with_time_zone(PostRevision::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_post_revision_post",
                        (PostRevision::Table, PostRevision::PostId),
                        (Post::Table, Post::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_post_revision_editor",
                        (PostRevision::Table, PostRevision::EditorId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_post_revision_post",
                PostRevision::Table,
                [PostRevision::PostId, PostRevision::Id],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ThreadFollow::Table)
                    .col(integer(ThreadFollow::UserId))
                    .col(integer(ThreadFollow::ThreadId))
                    .col(timestamp_with_time_zone(ThreadFollow::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(ThreadFollow::UserId)
                            .col(ThreadFollow::ThreadId),
                    )
                    .foreign_key(&mut fk(
                        "fk_thread_follow_user",
                        (ThreadFollow::Table, ThreadFollow::UserId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_thread_follow_thread",
                        (ThreadFollow::Table, ThreadFollow::ThreadId),
                        (Thread::Table, Thread::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // A reply tells the thread's followers.
        manager
            .create_index(index(
                "idx_thread_follow_thread",
                ThreadFollow::Table,
                [ThreadFollow::ThreadId],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PostBookmark::Table)
                    .col(integer(PostBookmark::UserId))
                    .col(integer(PostBookmark::PostId))
                    .col(timestamp_with_time_zone(PostBookmark::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(PostBookmark::UserId)
                            .col(PostBookmark::PostId),
                    )
                    .foreign_key(&mut fk(
                        "fk_post_bookmark_user",
                        (PostBookmark::Table, PostBookmark::UserId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_post_bookmark_post",
                        (PostBookmark::Table, PostBookmark::PostId),
                        (Post::Table, Post::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // "My bookmarks", newest first.
        manager
            .create_index(index(
                "idx_post_bookmark_user_created",
                PostBookmark::Table,
                [PostBookmark::UserId, PostBookmark::CreatedAt],
            ))
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
