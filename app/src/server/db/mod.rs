//! Connecting to SQLite or PostgreSQL, and running the migrations.

pub mod entity;
pub mod migration;
pub mod scalar;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use sea_orm::sea_query::LikeExpr;
use sea_orm::{
    ColumnTrait, Condition, ConnectOptions, ConnectionTrait, Database, DatabaseConnection,
    DatabaseTransaction, DbBackend, DbErr, ExecResult, QueryResult, SqliteTransactionMode,
    Statement, TransactionOptions, TransactionTrait,
};
use tokio::sync::OwnedMutexGuard;

/// How long a SQLite writer waits for the write lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
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
                .busy_timeout(BUSY_TIMEOUT)
                .foreign_keys(true)
                .create_if_missing(true)
        });
    } else {
        opts.max_connections(16);
    }
    Database::connect(opts).await
}

/// A transaction that reads and then writes. On SQLite it first waits for this process's turn
/// at the database file (writers queue first come first served, see [`WriteTxn`]) and then
/// takes the write lock at `BEGIN` (`BEGIN IMMEDIATE`), so two of them queue instead of failing
/// with "database is locked"; on PostgreSQL the rows it reads `FOR UPDATE` serialize it.
pub async fn begin_write(db: &DatabaseConnection) -> Result<WriteTxn, DbErr> {
    let turn = match db.get_database_backend() {
        DbBackend::Sqlite => Some(sqlite_turn(db).await?),
        _ => None,
    };
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?;
    Ok(WriteTxn { txn, _turn: turn })
}

/// A write transaction from [`begin_write`]. On SQLite it holds the process's turn at the file
/// until it commits, rolls back or is dropped: SQLite's busy handler makes a waiting writer poll
/// with growing sleeps, so under a burst the lock would sit idle while writers sleep; waiting in
/// line here hands the lock on at once. (SQLite is one process's database; PostgreSQL queues
/// writers on its row locks itself.)
pub struct WriteTxn {
    txn: DatabaseTransaction,
    _turn: Option<OwnedMutexGuard<()>>,
}

impl WriteTxn {
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }
}

/// Waits for the turn at this SQLite file, as long as SQLite's own busy timeout would wait.
async fn sqlite_turn(db: &DatabaseConnection) -> Result<OwnedMutexGuard<()>, DbErr> {
    static TURNS: LazyLock<std::sync::Mutex<HashMap<PathBuf, Arc<tokio::sync::Mutex<()>>>>> =
        LazyLock::new(Default::default);
    let file = db
        .get_sqlite_connection_pool()
        .connect_options()
        .get_filename()
        .to_path_buf();
    let turn = TURNS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .entry(file)
        .or_default()
        .clone();
    tokio::time::timeout(BUSY_TIMEOUT, turn.lock_owned())
        .await
        .map_err(|elapsed| DbErr::Custom(format!("database is locked: no write turn ({elapsed})")))
}

#[async_trait::async_trait]
impl ConnectionTrait for WriteTxn {
    fn get_database_backend(&self) -> DbBackend {
        self.txn.get_database_backend()
    }
    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.txn.execute_raw(stmt).await
    }
    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.txn.execute_unprepared(sql).await
    }
    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.txn.query_one_raw(stmt).await
    }
    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.txn.query_all_raw(stmt).await
    }
    fn support_returning(&self) -> bool {
        self.txn.support_returning()
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

/// A comma-separated code list in `column` contains `code` (exactly, not as a substring of
/// another code).
pub fn list_has(column: impl ColumnTrait, code: &str) -> Condition {
    Condition::any()
        .add(column.eq(code))
        .add(column.like(starts_with_literal(&format!("{code},"))))
        .add(column.like(ends_with_literal(&format!(",{code}"))))
        .add(column.like(contains_literal(&format!(",{code},"))))
}

/// On PostgreSQL, gathers the planner's statistics now (after a bulk load or a backfill): rows
/// just written would otherwise be planned for as an empty table until autovacuum got to them,
/// which for a join can mean a nested loop over thousands of rows. SQLite plans without them.
pub async fn refresh_statistics(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    if db.get_database_backend() == DbBackend::Postgres {
        db.execute_unprepared("ANALYZE").await?;
    }
    Ok(())
}

/// Brings the schema up to date.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    migration::Migrator::up(db, None).await
}
