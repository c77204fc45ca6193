//! A project's progress: milestones its lead adds and its lead and partners tick, updates they
//! post (markdown through the posts' pipeline), and the members who follow it. Followers are
//! told of each update and each milestone done, never of their own.

use chrono::{NaiveTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::account::person_name;
use super::notification::{Subject, tell};
use super::organization::names;
use super::project::visible;
use super::thread::users;
use crate::model::notification::NotificationKind;
use crate::model::permissions::Person;
use crate::model::project::{may_edit, may_post_update};
use crate::model::project_progress::{
    MilestoneForm, MilestoneView, Progress, UPDATES_SHOWN, UpdateForm, UpdateView, is_overdue,
};
use crate::model::{AppError, MilestoneId, ProjectId, ProjectUpdateId, UserId};
use crate::server::db::begin_write;
use crate::server::db::entity::{project, project_follow, project_milestone, project_update};
use crate::server::markdown;

/// Japan's offset from UTC, in seconds (no daylight saving).
const JST: i64 = 9 * 3600;

/// A project's milestones, newest updates and whether `viewer` follows it (the project is
/// visible to `viewer`: the caller checked).
pub(super) async fn progress(
    db: &DatabaseConnection,
    viewer: &Person,
    id: ProjectId,
) -> Result<Progress, AppError> {
    let today = (Utc::now() + chrono::Duration::seconds(JST)).date_naive();
    let milestones = project_milestone::Entity::find()
        .filter(project_milestone::Column::ProjectId.eq(id))
        .order_by_asc(project_milestone::Column::Position)
        .order_by_asc(project_milestone::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|m| MilestoneView {
            id: m.id,
            title: m.title(),
            due_on: m
                .due_on
                .map(|d| d.and_time(NaiveTime::MIN).and_utc().timestamp() - JST),
            overdue: is_overdue(m.due_on, m.done_at.is_some(), today),
            done_at: m.done_at,
        })
        .collect();
    let rows = project_update::Entity::find()
        .filter(project_update::Column::ProjectId.eq(id))
        .order_by_desc(project_update::Column::Id)
        .limit(UPDATES_SHOWN)
        .all(db)
        .await?;
    let authors = users(db, rows.iter().map(|u| u.author_id)).await?;
    let organizations = names(db, rows.iter().map(|u| u.organization_id)).await?;
    let updates = rows
        .into_iter()
        .map(|u| UpdateView {
            id: u.id,
            author: authors
                .get(&u.author_id)
                .map(person_name)
                .unwrap_or_default(),
            organization: organizations
                .get(&u.organization_id)
                .cloned()
                .unwrap_or_default(),
            body_html: u.body_html,
            created_at: u.created_at,
        })
        .collect();
    Ok(Progress {
        milestones,
        updates,
        following: follows(db, viewer.id, id).await?,
    })
}

/// The project's lead (or staff) adds a milestone at the end of its list.
pub async fn add_milestone(
    db: &DatabaseConnection,
    viewer: &Person,
    form: &MilestoneForm,
) -> Result<MilestoneId, AppError> {
    let draft = form
        .check()
        .map_err(|fields| AppError::Validation { fields })?;
    let txn = begin_write(db).await?;
    let (project, part) = visible(&txn, viewer, form.project).await?;
    if !may_edit(viewer, part) {
        return Err(AppError::NotFound);
    }
    let last: Option<i32> = project_milestone::Entity::find()
        .select_only()
        .column_as(Expr::col(project_milestone::Column::Position).max(), "last")
        .filter(project_milestone::Column::ProjectId.eq(project.id))
        .into_tuple()
        .one(&txn)
        .await?
        .flatten();
    let row = project_milestone::ActiveModel {
        project_id: Set(project.id),
        position: Set(last.map_or(1, |p| p + 1)),
        title_ja: Set(draft.title.ja),
        title_en: Set(draft.title.en),
        due_on: Set(draft.due_on),
        done_at: Set(None),
        done_by: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(row.id)
}

/// The lead or a partner marks a milestone done (followers are told) or not done again.
pub async fn tick(
    db: &DatabaseConnection,
    viewer: &Person,
    id: MilestoneId,
    done: bool,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let milestone = project_milestone::Entity::find_by_id(id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let (project, part) = visible(&txn, viewer, milestone.project_id).await?;
    if !may_post_update(viewer, project.status, part) {
        return Err(AppError::NotFound);
    }
    // Ticked twice (two partners at once): the second changes nothing and tells nobody.
    if milestone.done_at.is_some() == done {
        return Ok(());
    }
    let mut row = milestone.into_active_model();
    row.done_at = Set(done.then(Utc::now));
    row.done_by = Set(done.then_some(viewer.id));
    row.update(&txn).await?;
    if done {
        let followers = followers(&txn, project.id, viewer.id).await?;
        let subject = Subject::Project(project.id, None);
        tell(
            &txn,
            &followers,
            NotificationKind::MilestoneDone,
            subject,
            None,
        )
        .await?;
    }
    touch(&txn, project.id).await?;
    txn.commit().await?;
    Ok(())
}

/// The lead or a partner posts an update; followers are told.
pub async fn post_update(
    db: &DatabaseConnection,
    viewer: &Person,
    form: &UpdateForm,
) -> Result<ProjectUpdateId, AppError> {
    let body = form
        .check()
        .map_err(|fields| AppError::Validation { fields })?;
    let body_html = markdown::render(&body);
    let txn = begin_write(db).await?;
    let (project, part) = visible(&txn, viewer, form.project).await?;
    if !may_post_update(viewer, project.status, part) {
        return Err(AppError::NotFound);
    }
    let row = project_update::ActiveModel {
        project_id: Set(project.id),
        author_id: Set(viewer.id),
        organization_id: Set(viewer.organization_id),
        body: Set(body),
        body_html: Set(body_html),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    follow(&txn, project.id, viewer.id).await?;
    let followers = followers(&txn, project.id, viewer.id).await?;
    let subject = Subject::Project(project.id, None);
    tell(
        &txn,
        &followers,
        NotificationKind::ProjectUpdated,
        subject,
        None,
    )
    .await?;
    touch(&txn, project.id).await?;
    txn.commit().await?;
    Ok(row.id)
}

/// A member follows a project they may see, or stops following it.
pub async fn set_following(
    db: &DatabaseConnection,
    viewer: &Person,
    id: ProjectId,
    on: bool,
) -> Result<(), AppError> {
    visible(db, viewer, id).await?;
    if on {
        follow(db, id, viewer.id).await
    } else {
        project_follow::Entity::delete_many()
            .filter(project_follow::Column::ProjectId.eq(id))
            .filter(project_follow::Column::UserId.eq(viewer.id))
            .exec(db)
            .await?;
        Ok(())
    }
}

/// `user` follows `project` (proposing, posting an update or being accepted follows it).
pub(super) async fn follow(
    db: &impl ConnectionTrait,
    project: ProjectId,
    user: UserId,
) -> Result<(), AppError> {
    project_follow::Entity::insert(project_follow::ActiveModel {
        project_id: Set(project),
        user_id: Set(user),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            project_follow::Column::ProjectId,
            project_follow::Column::UserId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

async fn follows(
    db: &impl ConnectionTrait,
    user: UserId,
    project: ProjectId,
) -> Result<bool, AppError> {
    Ok(project_follow::Entity::find()
        .filter(project_follow::Column::ProjectId.eq(project))
        .filter(project_follow::Column::UserId.eq(user))
        .count(db)
        .await?
        > 0)
}

/// The project's followers but `except` (who did what they are told of).
async fn followers(
    db: &impl ConnectionTrait,
    project: ProjectId,
    except: UserId,
) -> Result<Vec<UserId>, AppError> {
    Ok(project_follow::Entity::find()
        .select_only()
        .column(project_follow::Column::UserId)
        .filter(project_follow::Column::ProjectId.eq(project))
        .filter(project_follow::Column::UserId.ne(except))
        .into_tuple()
        .all(db)
        .await?)
}

/// Marks the project changed now (the list shows the most recently changed first).
async fn touch(db: &impl ConnectionTrait, id: ProjectId) -> Result<(), AppError> {
    project::Entity::update_many()
        .col_expr(project::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(project::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}
