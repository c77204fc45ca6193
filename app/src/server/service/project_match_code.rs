//! The organizations' match rows (`model::project_match_code`): written with the specialties and
//! languages they mirror, in the same transaction, and read by `project_match` as two pieces of
//! SQL — the organizations that share a specialty row with a project, and the points of the rows
//! each shares — so that the database scores only those candidates. (The projects' side is
//! scored in memory: `project_match_index`.)

use sea_orm::sea_query::{Expr, ExprTrait, Func, IntoColumnRef, Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QuerySelect};

use super::project_match::offer;
use crate::model::OrganizationId;
use crate::model::project_match_code::{ANY_SPECIALTY, MatchCode, MatchField};
use crate::server::db::entity::{organization, organization_match_code as omc};

/// Owners per statement (a few rows each, three values a row: well inside both databases'
/// limits on bound values).
const CHUNK: usize = 1000;

/// A match-code table: its entity, and its owner, field and code columns.
pub struct Codes<E, C> {
    entity: E,
    owner: C,
    field: C,
    code: C,
}

/// The organizations' rows.
pub const ORGANIZATIONS: Codes<omc::Entity, omc::Column> = Codes {
    entity: omc::Entity,
    owner: omc::Column::OrganizationId,
    field: omc::Column::Field,
    code: omc::Column::Code,
};

/// The codes of `ours` in `field`.
pub fn codes_in(ours: &[MatchCode], field: MatchField) -> Vec<String> {
    ours.iter()
        .filter(|c| c.field == field)
        .map(|c| c.code.clone())
        .collect()
}

impl<E: EntityTrait + Copy, C: ColumnTrait + Copy> Codes<E, C> {
    /// Replaces the rows of each owner given with the rows given for it.
    pub async fn store(
        &self,
        db: &impl ConnectionTrait,
        owners: &[(i32, Vec<MatchCode>)],
    ) -> Result<(), DbErr> {
        for chunk in owners.chunks(CHUNK) {
            let ids = chunk.iter().map(|(id, _)| *id);
            db.execute(
                &Query::delete()
                    .from_table(self.entity)
                    .and_where(self.owner.is_in(ids))
                    .to_owned(),
            )
            .await?;
            let mut insert = Query::insert()
                .into_table(self.entity)
                .columns([self.owner, self.field, self.code])
                .to_owned();
            let mut rows = 0;
            for (id, code) in chunk
                .iter()
                .flat_map(|(id, c)| c.iter().map(move |c| (id, c)))
            {
                insert.values_panic([
                    (*id).into(),
                    code.field.as_str().into(),
                    code.code.as_str().into(),
                ]);
                rows += 1;
            }
            if rows > 0 {
                db.execute(&insert).await?;
            }
        }
        Ok(())
    }

    /// Those of our rows it has: our specialties and our languages.
    fn of_ours(&self, ours: &[MatchCode]) -> Condition {
        Condition::any()
            .add(
                Condition::all()
                    .add(self.field.eq(MatchField::Specialty.as_str()))
                    .add(self.code.is_in(codes_in(ours, MatchField::Specialty))),
            )
            .add(
                Condition::all()
                    .add(self.field.eq(MatchField::Language.as_str()))
                    .add(self.code.is_in(codes_in(ours, MatchField::Language))),
            )
    }

    /// The owners that share a specialty row with `ours` (found by the index on the code).
    pub fn sharing(&self, ours: &[MatchCode]) -> SelectStatement {
        Query::select()
            .column(self.owner)
            .from(self.entity)
            .and_where(self.field.eq(MatchField::Specialty.as_str()))
            .and_where(self.code.is_in(codes_in(ours, MatchField::Specialty)))
            .to_owned()
    }

    /// The points of the rows the owner `id` (a column of the outer query) shares with `ours`,
    /// as `MatchCode::points` counts them: `shared_score` for the owners `sharing` finds.
    pub fn shared_points(&self, ours: &[MatchCode], id: impl IntoColumnRef) -> Expr {
        let named = Condition::all()
            .add(self.field.eq(MatchField::Specialty.as_str()))
            .add(self.code.ne(ANY_SPECIALTY));
        let points = Expr::case(named, 3).finally(1);
        Query::select()
            .expr(Func::sum(points))
            .from(self.entity)
            .and_where(Expr::col((self.entity, self.owner)).equals(id))
            .cond_where(self.of_ours(ours))
            .to_owned()
            .into()
    }
}

/// Writes every organization's rows afresh (the migration that made the tables, and the seeds).
pub async fn rebuild(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    let organizations: Vec<(OrganizationId, String, String)> = organization::Entity::find()
        .select_only()
        .columns([
            organization::Column::Id,
            organization::Column::Specialties,
            organization::Column::Languages,
        ])
        .into_tuple()
        .all(db)
        .await?;
    let rows: Vec<(i32, Vec<MatchCode>)> = organizations
        .iter()
        .map(|(id, s, l)| (id.0, offer(*id, s, l).match_codes()))
        .collect();
    ORGANIZATIONS.store(db, &rows).await
}
