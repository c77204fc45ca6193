//! The capability match's rows (`model::project_match_code`): every organization's and
//! project's specialties and languages, one row each, indexed by code so that the database
//! scored only the candidates sharing one. Since then both sides are scored in memory and the
//! tables are gone (migrations 23 and 24): they are made here empty, as nothing reads them.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Project {
    Table,
    Id,
}

#[derive(Clone, Copy, DeriveIden)]
enum OrganizationMatchCode {
    Table,
    OrganizationId,
}

#[derive(Clone, Copy, DeriveIden)]
enum ProjectMatchCode {
    Table,
    ProjectId,
}

#[derive(DeriveIden)]
enum MatchCode {
    Field,
    Code,
}

/// The match-code table `name`, whose rows belong to `owner` (a row of `owners`), and its index
/// by code.
fn table(
    name: &str,
    table: impl IntoIden + Copy,
    owner: impl IntoIden + Copy,
    owners: (impl IntoIden, impl IntoIden),
) -> (TableCreateStatement, IndexCreateStatement) {
    let create = Table::create()
        .table(table)
        .col(integer(owner))
        .col(text(MatchCode::Field))
        .col(text(MatchCode::Code))
        .primary_key(
            Index::create()
                .col(owner)
                .col(MatchCode::Field)
                .col(MatchCode::Code),
        )
        .foreign_key(&mut fk(&format!("fk_{name}_owner"), (table, owner), owners))
        .to_owned();
    let by_code = index(
        &format!("idx_{name}_code"),
        table,
        [
            MatchCode::Field.into_iden(),
            MatchCode::Code.into_iden(),
            owner.into_iden(),
        ],
    );
    (create, by_code)
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            table(
                "organization_match_code",
                OrganizationMatchCode::Table,
                OrganizationMatchCode::OrganizationId,
                (Organization::Table, Organization::Id),
            ),
            table(
                "project_match_code",
                ProjectMatchCode::Table,
                ProjectMatchCode::ProjectId,
                (Project::Table, Project::Id),
            ),
        ];
        for (create, by_code) in tables {
            manager.create_table(create).await?;
            manager.create_index(by_code).await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
