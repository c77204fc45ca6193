//! "Projects that need what we do" is scored in memory by every app server
//! (`service::project_match_index`): the projects' version tells a server when its copy is out
//! of date. Triggers on `project` bump it in the transaction of every write, whichever code or
//! tool wrote, so a server never reads a version newer than the rows it then loads. The
//! projects' match rows, which the database scored before, go.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum ProjectMatchVersion {
    Table,
    Id,
    Version,
}

#[derive(DeriveIden)]
enum ProjectMatchCode {
    Table,
}

/// The triggers that bump the version with every write of a project: one per statement on
/// PostgreSQL, one per row on SQLite (which has no statement triggers).
fn triggers(backend: sea_orm::DatabaseBackend) -> Vec<String> {
    const BUMP: &str = "UPDATE project_match_version SET version = version + 1";
    match backend {
        sea_orm::DatabaseBackend::Postgres => vec![
            format!(
                "CREATE FUNCTION project_match_version_bump() RETURNS trigger LANGUAGE plpgsql \
                 AS $$ BEGIN {BUMP}; RETURN NULL; END $$"
            ),
            "CREATE TRIGGER project_match_version_bump \
             AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project \
             FOR EACH STATEMENT EXECUTE FUNCTION project_match_version_bump()"
                .to_string(),
        ],
        _ => ["INSERT", "UPDATE", "DELETE"]
            .iter()
            .map(|event| {
                format!(
                    "CREATE TRIGGER project_match_version_{} AFTER {event} ON project \
                     BEGIN {BUMP}; END",
                    event.to_lowercase()
                )
            })
            .collect(),
    }
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ProjectMatchVersion::Table)
                    .col(integer(ProjectMatchVersion::Id).primary_key())
                    .col(big_integer(ProjectMatchVersion::Version))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_unprepared("INSERT INTO project_match_version (id, version) VALUES (1, 0)")
            .await?;
        for statement in triggers(manager.get_database_backend()) {
            db.execute_unprepared(&statement).await?;
        }
        manager
            .drop_table(Table::drop().table(ProjectMatchCode::Table).to_owned())
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
