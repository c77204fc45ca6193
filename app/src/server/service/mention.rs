//! Who a post's @mentions name: active members whose kanji or romanized name, folded
//! (`model::mention`), is one of the keys; resolved in one statement.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::model::{AppError, UserId, UserStatus};
use crate::server::db::entity::user;
use crate::server::markdown;

/// The active members these mention keys name (a key two members share names both).
pub async fn resolve(db: &impl ConnectionTrait, keys: &[String]) -> Result<Vec<UserId>, AppError> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    // The same folding as `model::mention::keys_of`, in SQL both backends speak.
    let kanji = Expr::cust(r#"LOWER("family_name" || "given_name")"#);
    let romanized = Expr::cust(r#"LOWER(REPLACE("romanized_name", ' ', ''))"#);
    Ok(user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Status.eq(UserStatus::Active))
        .filter(
            Condition::any()
                .add(kanji.is_in(keys.iter().cloned()))
                .add(romanized.is_in(keys.iter().cloned())),
        )
        .into_tuple()
        .all(db)
        .await?)
}

/// The members `body` mentions that `before` did not (an edit tells only the newly named).
pub async fn newly_mentioned(
    db: &impl ConnectionTrait,
    before: Option<&str>,
    body: &str,
) -> Result<Vec<UserId>, AppError> {
    let old = before.map(markdown::mentions).unwrap_or_default();
    let keys: Vec<String> = markdown::mentions(body)
        .into_iter()
        .filter(|k| !old.contains(k))
        .collect();
    resolve(db, &keys).await
}
