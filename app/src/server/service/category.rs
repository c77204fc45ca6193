//! The threads' categories: the list every thread page shows (in order, with thread counts), and
//! staff's changes to it. Each change is one write transaction that first locks the categories
//! (so two staff members reordering at once cannot give two categories one place), and records
//! itself in the security log.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::account::unique_violation_as;
use crate::model::audit::AuditKind;
use crate::model::category::{CategoryForm, CategoryMove, reordered};
use crate::model::search::fold;
use crate::model::thread::CategoryView;
use crate::model::{AppError, Bilingual, CategoryId, ConflictKind, ErrorCode, Field, FieldError};
use crate::server::audit::Event;
use crate::server::auth::Actor;
use crate::server::db::entity::{category, thread};
use crate::server::db::{WriteTxn, begin_write};

/// Every category in its order, with its number of threads.
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<CategoryView>, AppError> {
    let counts: HashMap<CategoryId, i64> = thread::Entity::find()
        .select_only()
        .column(thread::Column::CategoryId)
        .column_as(thread::Column::Id.count(), "n")
        .group_by(thread::Column::CategoryId)
        .into_tuple::<(CategoryId, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(ordered(category::Entity::find())
        .all(db)
        .await?
        .into_iter()
        .map(|c| CategoryView {
            id: c.id,
            name: c.name(),
            description: c.description(),
            requires_approval: c.requires_approval,
            thread_count: counts
                .get(&c.id)
                .copied()
                .map_or(0, |n| u64::try_from(n).unwrap_or(0)),
        })
        .collect())
}

/// Every category's name, in one statement.
pub async fn names(db: &impl ConnectionTrait) -> Result<HashMap<CategoryId, Bilingual>, AppError> {
    Ok(category::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name()))
        .collect())
}

/// Creates a category (at the end of the list) or saves an existing one; answers its id.
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    form: &CategoryForm,
) -> Result<CategoryId, AppError> {
    AppError::check(form.validate())?;
    let f = form.normalized();
    let txn = begin_write(db).await?;
    let rows = locked(&txn).await?;
    AppError::check(names_taken(&rows, &f))?;
    let (mut row, kind) = match f.id {
        Some(id) => (
            find(&rows, id)?.clone().into_active_model(),
            AuditKind::CategoryChanged,
        ),
        None => (
            category::ActiveModel {
                position: Set(rows.iter().map(|c| c.position).max().unwrap_or(0) + 1),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            AuditKind::CategoryCreated,
        ),
    };
    row.name_ja = Set(f.name_ja.clone());
    row.name_en = Set(f.name_en.clone());
    row.description_ja = Set(f.description_ja);
    row.description_en = Set(f.description_en);
    row.requires_approval = Set(f.requires_approval);
    let saved = row
        .save(&txn)
        .await
        .map_err(unique_violation_as(Field::NameJa, ErrorCode::NameTaken))?;
    let id = saved.id.unwrap();
    Event::by(actor, kind)
        .detail(format!("#{id} {} / {}", f.name_ja, f.name_en))
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(id)
}

/// Moves a category one place up or down.
pub async fn move_one(
    db: &DatabaseConnection,
    actor: &Actor,
    change: CategoryMove,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let rows = locked(&txn).await?;
    let order: Vec<CategoryId> = rows.iter().map(|c| c.id).collect();
    let new_order = reordered(&order, change).ok_or(AppError::NotFound)?;
    for (place, id) in new_order.iter().enumerate() {
        let position = i32::try_from(place + 1).unwrap_or(i32::MAX);
        let row = find(&rows, *id)?;
        if row.position != position {
            let mut row = row.clone().into_active_model();
            row.position = Set(position);
            row.update(&txn).await?;
        }
    }
    let moved = find(&rows, change.id)?;
    let place = new_order
        .iter()
        .position(|&id| id == change.id)
        .unwrap_or(0)
        + 1;
    Event::by(actor, AuditKind::CategoryMoved)
        .detail(format!(
            "#{} {} / {} → {place}",
            moved.id, moved.name_ja, moved.name_en
        ))
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Deletes a category that holds no thread (a thread is never deleted with its category).
pub async fn delete(
    db: &DatabaseConnection,
    actor: &Actor,
    id: CategoryId,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let rows = locked(&txn).await?;
    let row = find(&rows, id)?;
    let threads = thread::Entity::find()
        .filter(thread::Column::CategoryId.eq(id))
        .count(&txn)
        .await?;
    if threads > 0 {
        return Err(AppError::conflict(ConflictKind::CategoryNotEmpty));
    }
    category::Entity::delete_by_id(id).exec(&txn).await?;
    Event::by(actor, AuditKind::CategoryDeleted)
        .detail(format!("#{id} {} / {}", row.name_ja, row.name_en))
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

fn ordered(select: sea_orm::Select<category::Entity>) -> sea_orm::Select<category::Entity> {
    select
        .order_by_asc(category::Column::Position)
        .order_by_asc(category::Column::Id)
}

/// Every category in its order, locked until the transaction ends (on PostgreSQL; on SQLite the
/// write transaction holds the database). PostgreSQL locks the rows in the order it reads
/// them: that is by id, which no change alters. Read in list order, a transaction that began
/// before a move and one that began after it took the same rows in opposite orders and
/// deadlocked (seen on CI: 6 of 14 simultaneous changes failed).
async fn locked(txn: &WriteTxn) -> Result<Vec<category::Model>, AppError> {
    let mut rows = category::Entity::find()
        .order_by_asc(category::Column::Id)
        .lock_exclusive()
        .all(txn)
        .await?;
    rows.sort_by_key(|c| (c.position, c.id));
    Ok(rows)
}

fn find(rows: &[category::Model], id: CategoryId) -> Result<&category::Model, AppError> {
    rows.iter().find(|c| c.id == id).ok_or(AppError::NotFound)
}

/// The names of `form` that another category has already (compared as search folds them, so
/// "OUTBOUND" and "Outbound" are one name).
fn names_taken(rows: &[category::Model], form: &CategoryForm) -> Vec<FieldError> {
    let taken = |name: &str, of: fn(&category::Model) -> &str| {
        rows.iter()
            .any(|c| Some(c.id) != form.id && fold(of(c)) == fold(name))
    };
    let mut errors = Vec::new();
    if taken(&form.name_ja, |c| &c.name_ja) {
        errors.push(FieldError::new(Field::NameJa, ErrorCode::NameTaken));
    }
    if taken(&form.name_en, |c| &c.name_en) {
        errors.push(FieldError::new(Field::NameEn, ErrorCode::NameTaken));
    }
    errors
}
