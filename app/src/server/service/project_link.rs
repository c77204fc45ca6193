//! Threads and events about a project: the project a thread or an event names (a published
//! one), and the threads and events a project's page lists.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::event::visible_to;
use crate::model::permissions::Person;
use crate::model::project::{ProjectPlace, may_be_named};
use crate::model::project_view::{LINKS_SHOWN, ProjectEvent, ProjectThread};
use crate::model::{AppError, ProjectId};
use crate::server::db::entity::{event, project, thread};
use crate::server::zone;

/// The project a thread or an event may name: a published one. Any other answers "not found",
/// as a project the caller cannot see does everywhere.
pub async fn place(db: &impl ConnectionTrait, id: ProjectId) -> Result<ProjectPlace, AppError> {
    project::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|p| may_be_named(p.status))
        .map(|p| ProjectPlace {
            id: p.id,
            title: p.title(),
        })
        .ok_or(AppError::NotFound)
}

/// `place` of the project a thread or an event names, if it names one and it may be named
/// still (a project is never unpublished today; if one ever is, the link just goes).
pub async fn named(
    db: &impl ConnectionTrait,
    id: Option<ProjectId>,
) -> Result<Option<ProjectPlace>, AppError> {
    match id {
        None => Ok(None),
        Some(id) => match place(db, id).await {
            Err(AppError::NotFound) => Ok(None),
            other => other.map(Some),
        },
    }
}

/// The threads about a project every member sees (not those waiting for approval), latest
/// activity first.
pub async fn threads(
    db: &impl ConnectionTrait,
    id: ProjectId,
) -> Result<Vec<ProjectThread>, AppError> {
    let rows = thread::Entity::find()
        .filter(thread::Column::ProjectId.eq(id))
        .filter(thread::Column::AwaitingApproval.eq(false))
        .order_by_desc(thread::Column::LastPostAt)
        .limit(LINKS_SHOWN)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|t| ProjectThread {
            id: t.id,
            title: t.title,
            replies: u64::try_from(t.reply_count).unwrap_or_default(),
            last_post_at: t.last_post_at,
        })
        .collect())
}

/// The events about a project `viewer` may see, latest first.
pub async fn events(
    db: &impl ConnectionTrait,
    viewer: &Person,
    id: ProjectId,
) -> Result<Vec<ProjectEvent>, AppError> {
    let rows = event::Entity::find()
        .filter(event::Column::ProjectId.eq(id))
        .filter(visible_to(viewer))
        .order_by_desc(event::Column::StartsAt)
        .limit(LINKS_SHOWN)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|e| ProjectEvent {
            id: e.id,
            title: e.title(),
            day: zone::day(e.starts_at, zone::zone(&e.time_zone)),
        })
        .collect())
}
