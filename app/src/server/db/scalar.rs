//! Statements that give one number: run alone, or nested as a column of another select so that
//! several numbers come back in one round trip (the header's counts).

use sea_orm::sea_query::{
    Asterisk, Condition, Expr, ExprTrait, IntoTableRef, Query, SelectStatement, SubQueryStatement,
};
use sea_orm::{ConnectionTrait, DbErr};

use crate::model::AppError;

/// `SELECT COUNT(*) FROM table WHERE` all of `conditions`.
pub fn count_of(table: impl IntoTableRef, conditions: Condition) -> SelectStatement {
    Query::select()
        .expr(Expr::col(Asterisk).count())
        .from(table)
        .cond_where(conditions)
        .to_owned()
}

/// `select` as a value in another statement: `(SELECT …)`.
pub fn nested(select: SelectStatement) -> Expr {
    Expr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(select)))
}

/// Runs `select`, whose one column is a count.
pub async fn count(db: &impl ConnectionTrait, select: &SelectStatement) -> Result<u64, AppError> {
    let row = db
        .query_one(select)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("a count".into()))?;
    read(&row, 0)
}

/// The count in column `index` of `row` (never negative).
pub fn read(row: &sea_orm::QueryResult, index: usize) -> Result<u64, AppError> {
    let n: i64 = row.try_get_by_index(index)?;
    Ok(u64::try_from(n).unwrap_or(0))
}
