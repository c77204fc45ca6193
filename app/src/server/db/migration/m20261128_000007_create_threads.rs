//! Knowledge-sharing threads: categories (bilingual, ordered, optionally moderated before
//! publication), threads (pinned / locked, with the counters and the last activity their lists
//! sort by), posts (numbered within their thread, markdown source beside its sanitized HTML) and
//! how far each member has read each thread.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Category {
    Table,
    Id,
    NameJa,
    NameEn,
    DescriptionJa,
    DescriptionEn,
    Position,
    RequiresApproval,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Thread {
    Table,
    Id,
    CategoryId,
    AuthorId,
    Title,
    Pinned,
    Locked,
    PostCount,
    ReplyCount,
    LastPostAt,
    LastPosterId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Post {
    Table,
    Id,
    ThreadId,
    AuthorId,
    Number,
    BodySource,
    BodyHtml,
    Status,
    SearchText,
    CreatedAt,
    EditedAt,
}

#[derive(DeriveIden)]
enum ThreadRead {
    Table,
    UserId,
    ThreadId,
    LastReadNumber,
}

#[derive(DeriveIden)]
enum UserAccount {
    Table,
    Id,
}

/// The trigram index over posts' folded text: an FTS5 table kept in step by triggers on SQLite
/// (terms of three characters or more), `pg_trgm` on PostgreSQL (which needs a database whose
/// LC_CTYPE is not `C`, or Japanese text has no trigrams).
async fn create_search_index(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let statements: &[&str] = match manager.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => &[
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            "CREATE INDEX idx_post_search_trgm ON post USING gin (search_text gin_trgm_ops)",
        ],
        _ => &[
            "CREATE VIRTUAL TABLE post_fts USING fts5(search_text, content='post', content_rowid='id', tokenize='trigram')",
            "CREATE TRIGGER post_fts_insert AFTER INSERT ON post BEGIN \
               INSERT INTO post_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
            "CREATE TRIGGER post_fts_delete AFTER DELETE ON post BEGIN \
               INSERT INTO post_fts(post_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
            "CREATE TRIGGER post_fts_update AFTER UPDATE OF search_text ON post BEGIN \
               INSERT INTO post_fts(post_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); \
               INSERT INTO post_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
        ],
    };
    for statement in statements {
        db.execute_unprepared(statement).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Category::Table)
                    .col(pk_auto(Category::Id))
                    .col(string(Category::NameJa))
                    .col(string(Category::NameEn))
                    .col(text(Category::DescriptionJa))
                    .col(text(Category::DescriptionEn))
                    .col(integer(Category::Position))
                    .col(boolean(Category::RequiresApproval))
                    .col(timestamp_with_time_zone(Category::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Thread::Table)
                    .col(pk_auto(Thread::Id))
                    .col(integer(Thread::CategoryId))
                    .col(integer(Thread::AuthorId))
                    .col(string(Thread::Title))
                    .col(boolean(Thread::Pinned))
                    .col(boolean(Thread::Locked))
                    .col(integer(Thread::PostCount))
                    .col(integer(Thread::ReplyCount))
                    .col(timestamp_with_time_zone(Thread::LastPostAt))
                    .col(integer(Thread::LastPosterId))
                    .col(timestamp_with_time_zone(Thread::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_thread_category",
                        (Thread::Table, Thread::CategoryId),
                        (Category::Table, Category::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_thread_author",
                        (Thread::Table, Thread::AuthorId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // The two list orders: across all categories, and within one.
        manager
            .create_index(index(
                "idx_thread_activity",
                Thread::Table,
                [Thread::Pinned, Thread::LastPostAt, Thread::Id],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_thread_category_activity",
                Thread::Table,
                [
                    Thread::CategoryId,
                    Thread::Pinned,
                    Thread::LastPostAt,
                    Thread::Id,
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Post::Table)
                    .col(pk_auto(Post::Id))
                    .col(integer(Post::ThreadId))
                    .col(integer(Post::AuthorId))
                    .col(integer(Post::Number))
                    .col(text(Post::BodySource))
                    .col(text(Post::BodyHtml))
                    .col(string(Post::Status))
                    .col(text(Post::SearchText))
                    .col(timestamp_with_time_zone(Post::CreatedAt))
                    .col(timestamp_with_time_zone_null(Post::EditedAt))
                    .foreign_key(&mut fk(
                        "fk_post_thread",
                        (Post::Table, Post::ThreadId),
                        (Thread::Table, Thread::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_post_author",
                        (Post::Table, Post::AuthorId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // A thread page reads a range of numbers; numbers are unique within a thread.
        manager
            .create_index(
                index(
                    "idx_post_thread_number",
                    Post::Table,
                    [Post::ThreadId, Post::Number],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        create_search_index(manager).await?;
        manager
            .create_table(
                Table::create()
                    .table(ThreadRead::Table)
                    .col(integer(ThreadRead::UserId))
                    .col(integer(ThreadRead::ThreadId))
                    .col(integer(ThreadRead::LastReadNumber))
                    .primary_key(
                        Index::create()
                            .col(ThreadRead::UserId)
                            .col(ThreadRead::ThreadId),
                    )
                    .foreign_key(&mut fk(
                        "fk_thread_read_user",
                        (ThreadRead::Table, ThreadRead::UserId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_thread_read_thread",
                        (ThreadRead::Table, ThreadRead::ThreadId),
                        (Thread::Table, Thread::Id),
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
