//! Connecting to SQLite or PostgreSQL, and running the migrations.

pub mod entity;
pub mod migration;

use std::time::Duration;

use sea_orm::sea_query::LikeExpr;
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, DbErr,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use sea_orm_migration::MigratorTrait;

/// Opens a pool for `url` (`sqlite://…` or `postgres://…`). SQLite runs in WAL mode with a busy
/// timeout, so readers never block the writer and a briefly locked database waits, not fails.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut opts = ConnectOptions::new(url.to_string());
    opts.sqlx_logging(false)
        .acquire_timeout(Duration::from_secs(10));
    if url.starts_with("sqlite:") {
        opts.max_connections(8).map_sqlx_sqlite_opts(|o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
                .create_if_missing(true)
        });
    } else {
        opts.max_connections(16);
    }
    Database::connect(opts).await
}

/// A transaction that reads and then writes: on SQLite it takes the write lock at `BEGIN`
/// (`BEGIN IMMEDIATE`), so two of them queue instead of failing with "database is locked"; on
/// PostgreSQL the rows it reads `FOR UPDATE` serialize it.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

/// On SQLite, the writers of a busy path take turns in this process, first come first served,
/// before asking for the database's write lock: SQLite's busy handler makes a waiting writer
/// poll with growing sleeps, so under a burst the lock sits idle while writers sleep. (SQLite is
/// one process's database; PostgreSQL queues writers on its row locks itself: `None` there.)
pub async fn write_turn(db: &DatabaseConnection) -> Option<tokio::sync::MutexGuard<'static, ()>> {
    static TURN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    if db.get_database_backend() == sea_orm::DbBackend::Sqlite {
        Some(TURN.lock().await)
    } else {
        None
    }
}

/// `LIKE` patterns that match user text literally: the wildcards `%` and `_` (and the escape
/// character) in it match only themselves.
fn like_literal(before: &str, literal: &str, after: &str) -> LikeExpr {
    LikeExpr::new(format!("{before}{}{after}", escape_like(literal))).escape('\\')
}

fn escape_like(literal: &str) -> String {
    literal
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// The pattern of [`contains_literal`] as text, for hand-written SQL (with `ESCAPE '\'`).
pub fn contains_pattern(part: &str) -> String {
    format!("%{}%", escape_like(part))
}

/// Values that start with `prefix`.
pub fn starts_with_literal(prefix: &str) -> LikeExpr {
    like_literal("", prefix, "%")
}

/// Values that end with `suffix`.
pub fn ends_with_literal(suffix: &str) -> LikeExpr {
    like_literal("%", suffix, "")
}

/// Values that contain `part` anywhere.
pub fn contains_literal(part: &str) -> LikeExpr {
    like_literal("%", part, "%")
}

/// Brings the schema up to date.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    migration::Migrator::up(db, None).await
}
