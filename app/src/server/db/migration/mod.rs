//! Forward-only schema migrations, shared by SQLite and PostgreSQL; run at every start.

use sea_orm_migration::prelude::*;

mod m20261125_000001_create_accounts;
mod m20261125_000002_create_password_resets;
mod m20261126_000003_recreate_sessions;
mod m20261126_000004_create_audit_events;
mod m20261126_000005_confirm_application_emails;
mod m20261127_000006_create_two_factor;
mod m20261128_000007_create_threads;
mod m20261128_000008_create_moderation;
mod m20261128_000009_create_participation;
mod m20261128_000010_silence_members;
mod m20261128_000011_unique_category_names;
mod m20261128_000012_search_bigrams;
mod m20261128_000013_search_pairs_column;
mod m20261128_000014_create_events;
mod m20261204_000015_create_calendar_feeds;
mod m20261204_000016_create_digests;
mod m20261204_000017_create_projects;
mod m20261205_000018_project_notifications;
mod m20261205_000019_project_links;
mod m20261205_000020_create_referrals;
mod m20261205_000021_project_country_index;
mod m20261207_000022_create_match_codes;
mod m20261207_000023_project_match_version;
mod m20261207_000024_organization_match_version;

/// A foreign key that deletes the row with the row it points to.
fn fk(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .take()
}

/// An index named `name` on `columns` of `table`.
fn index<C: IntoIden>(
    name: &str,
    table: impl IntoIden,
    columns: impl IntoIterator<Item = C>,
) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(column);
    }
    index
}

/// A one-row table `version` (its version starting at 0) that triggers bump with every write
/// of `table`, in the writing transaction: one trigger per statement on PostgreSQL, one per row
/// on SQLite (which has no statement triggers).
async fn version_table(
    manager: &SchemaManager<'_>,
    version: &str,
    table: &str,
) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let bump = format!("UPDATE {version} SET version = version + 1");
    let mut statements = vec![
        format!(
            "CREATE TABLE {version} (id integer NOT NULL PRIMARY KEY, version bigint NOT NULL)"
        ),
        format!("INSERT INTO {version} (id, version) VALUES (1, 0)"),
    ];
    match manager.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => statements.extend([
            format!(
                "CREATE FUNCTION {version}_bump() RETURNS trigger LANGUAGE plpgsql \
                 AS $$ BEGIN {bump}; RETURN NULL; END $$"
            ),
            format!(
                "CREATE TRIGGER {version}_bump \
                 AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} \
                 FOR EACH STATEMENT EXECUTE FUNCTION {version}_bump()"
            ),
        ]),
        _ => statements.extend(["insert", "update", "delete"].map(|event| {
            format!(
                "CREATE TRIGGER {version}_{event} AFTER {} ON {table} BEGIN {bump}; END",
                event.to_uppercase()
            )
        })),
    }
    for statement in statements {
        db.execute_unprepared(&statement).await?;
    }
    Ok(())
}

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_create_accounts::Migration),
            Box::new(m20261125_000002_create_password_resets::Migration),
            Box::new(m20261126_000003_recreate_sessions::Migration),
            Box::new(m20261126_000004_create_audit_events::Migration),
            Box::new(m20261126_000005_confirm_application_emails::Migration),
            Box::new(m20261127_000006_create_two_factor::Migration),
            Box::new(m20261128_000007_create_threads::Migration),
            Box::new(m20261128_000008_create_moderation::Migration),
            Box::new(m20261128_000009_create_participation::Migration),
            Box::new(m20261128_000010_silence_members::Migration),
            Box::new(m20261128_000011_unique_category_names::Migration),
            Box::new(m20261128_000012_search_bigrams::Migration),
            Box::new(m20261128_000013_search_pairs_column::Migration),
            Box::new(m20261128_000014_create_events::Migration),
            Box::new(m20261204_000015_create_calendar_feeds::Migration),
            Box::new(m20261204_000016_create_digests::Migration),
            Box::new(m20261204_000017_create_projects::Migration),
            Box::new(m20261205_000018_project_notifications::Migration),
            Box::new(m20261205_000019_project_links::Migration),
            Box::new(m20261205_000020_create_referrals::Migration),
            Box::new(m20261205_000021_project_country_index::Migration),
            Box::new(m20261207_000022_create_match_codes::Migration),
            Box::new(m20261207_000023_project_match_version::Migration),
            Box::new(m20261207_000024_organization_match_version::Migration),
        ]
    }
}
