//! One post after it is written: its source for the edit form, edits (the earlier text kept as
//! a revision; a moderator's edit logged with its reason and told to the author), deletion by its
//! author (it stays in place, marked deleted), the edit history for staff, and the thread's
//! accepted answer.

use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder,
};

use super::account::person_name;
use super::moderation::record;
use super::notification::{Notice, Subject, notify};
use super::thread::{users, visible_thread};
use super::{mention, thread_search};
use crate::model::moderation::{ModAction, Reason};
use crate::model::notification::NotificationKind;
use crate::model::permissions::{Action, Person, allows};
use crate::model::post::{
    EditPostForm, Editor, PostHistory, PostSource, Revision, check_accept, check_answer_marker,
    check_delete, check_edit,
};
use crate::model::thread::PostStatus;
use crate::model::{AppError, ConflictKind, PostId, ThreadId};
use crate::server::db::begin_write;
use crate::server::db::entity::{post, post_revision, thread};
use crate::server::markdown;

/// A post the person can see, in a thread they can see.
async fn visible_post(
    db: &impl ConnectionTrait,
    person: &Person,
    id: PostId,
) -> Result<(post::Model, thread::Model), AppError> {
    let p = post::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|p| {
            p.status == PostStatus::Published
                || p.author_id == person.id
                || allows(person.role, Action::ModeratePosts)
        })
        .ok_or(AppError::NotFound)?;
    let t = visible_thread(db, person, p.thread_id).await?;
    Ok((p, t))
}

/// The markdown of a post and its count of edits, for whoever may edit it.
pub async fn source(
    db: &DatabaseConnection,
    person: &Person,
    id: PostId,
) -> Result<PostSource, AppError> {
    let (p, _) = visible_post(db, person, id).await?;
    check_edit(person, p.author_id, p.status)?;
    Ok(PostSource {
        body: p.body_source,
        revision: u32::try_from(p.edit_count).unwrap_or(0),
    })
}

/// Replaces a post's text, keeping the earlier one. Its author edits freely; a moderator
/// editing someone else's post gives a reason, which the author is told and the log keeps.
/// Members newly mentioned are told. The post changes only if nobody edited it since the form
/// was opened (`revision`): of two editors at once, the second is told and keeps their text.
pub async fn edit(
    db: &DatabaseConnection,
    person: &Person,
    form: &EditPostForm,
) -> Result<(), AppError> {
    let id = form.post_id.ok_or(AppError::BadRequest)?;
    let (p, t) = visible_post(db, person, id).await?;
    let editor = check_edit(person, p.author_id, p.status)?;
    AppError::check(form.validate(editor == Editor::Staff))?;
    if form.body == p.body_source {
        return Ok(());
    }
    let title = (p.number == 1).then_some(t.title.as_str());
    let now = Utc::now();
    let txn = begin_write(db).await?;
    // The first statement writes (see `thread::reply`), and only over the edit the form
    // started from.
    let changed = post::Entity::update_many()
        .col_expr(post::Column::BodySource, Expr::value(form.body.clone()))
        .col_expr(
            post::Column::BodyHtml,
            Expr::value(markdown::render(&form.body)),
        )
        .col_expr(
            post::Column::SearchText,
            Expr::value(thread_search::search_text(title, &form.body)),
        )
        .col_expr(post::Column::EditedAt, Expr::value(Some(now)))
        .col_expr(
            post::Column::EditCount,
            Expr::col(post::Column::EditCount).add(1),
        )
        .filter(post::Column::Id.eq(id))
        .filter(post::Column::Status.eq(p.status))
        .filter(post::Column::EditCount.eq(i64::from(form.revision)))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(AppError::conflict(ConflictKind::PostChanged));
    }
    let reason = match editor {
        Editor::Staff => form.reason(),
        Editor::Author => Reason::default(),
    };
    post_revision::Entity::insert(post_revision::ActiveModel {
        post_id: Set(id),
        editor_id: Set(person.id),
        body_source: Set(p.body_source.clone()),
        reason_template: Set(reason.template),
        reason_note: Set(reason.note.clone()),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await?;
    let mut notices = Vec::new();
    if p.status == PostStatus::Published {
        let named = mention::newly_mentioned(&txn, Some(&p.body_source), &form.body).await?;
        notices.extend(
            named
                .into_iter()
                .filter(|&to| to != p.author_id)
                .map(|to| Notice {
                    to,
                    kind: NotificationKind::Mention,
                    subject: Subject::Post(id),
                    reason: None,
                }),
        );
    }
    if editor == Editor::Staff {
        record(
            &txn,
            person.id,
            ModAction::Edit,
            p.author_id,
            p.thread_id,
            Some(id),
            &reason,
        )
        .await?;
        notices.push(Notice {
            to: p.author_id,
            kind: NotificationKind::PostEdited,
            subject: Subject::Post(id),
            reason: Some(reason),
        });
    }
    notify(&txn, notices).await?;
    txn.commit().await?;
    Ok(())
}

/// Deletes the author's own post: it stays in its place, marked "deleted by its author", and
/// stops being the thread's answer.
pub async fn delete(db: &DatabaseConnection, person: &Person, id: PostId) -> Result<(), AppError> {
    let (p, _) = visible_post(db, person, id).await?;
    check_delete(person, p.author_id, p.status)?;
    let txn = begin_write(db).await?;
    let changed = post::Entity::update_many()
        .col_expr(post::Column::Status, Expr::value(PostStatus::Deleted))
        .filter(post::Column::Id.eq(id))
        .filter(post::Column::Status.eq(p.status))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(AppError::conflict(ConflictKind::PostChanged));
    }
    thread::Entity::update_many()
        .col_expr(thread::Column::AcceptedPostId, Expr::value(None::<PostId>))
        .filter(thread::Column::Id.eq(p.thread_id))
        .filter(thread::Column::AcceptedPostId.eq(id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// A post's text now and every earlier one, newest first (staff).
pub async fn history(db: &DatabaseConnection, id: PostId) -> Result<PostHistory, AppError> {
    let p = post::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = post_revision::Entity::find()
        .filter(post_revision::Column::PostId.eq(id))
        .order_by_desc(post_revision::Column::Id)
        .all(db)
        .await?;
    let editors = users(db, rows.iter().map(|r| r.editor_id)).await?;
    let revisions = rows
        .into_iter()
        .map(|r| {
            let has_reason = r.reason_template.is_some() || !r.reason_note.is_empty();
            Revision {
                editor: editors
                    .get(&r.editor_id)
                    .map(person_name)
                    .unwrap_or_default(),
                body_source: r.body_source,
                reason: has_reason.then_some(Reason {
                    template: r.reason_template,
                    note: r.reason_note,
                }),
                edited_at: r.created_at,
            }
        })
        .collect();
    Ok(PostHistory {
        current: p.body_source,
        revisions,
    })
}

/// Marks a reply as the thread's accepted answer (`Some`), or unmarks it (`None`); the reply's
/// author is told.
pub async fn accept(
    db: &DatabaseConnection,
    person: &Person,
    thread_id: ThreadId,
    answer: Option<PostId>,
) -> Result<(), AppError> {
    let t = visible_thread(db, person, thread_id).await?;
    let answer = match answer {
        Some(id) => {
            let p = post::Entity::find_by_id(id)
                .one(db)
                .await?
                .filter(|p| p.thread_id == thread_id)
                .ok_or(AppError::NotFound)?;
            check_accept(person, t.author_id, p.number, p.status)?;
            Some(p)
        }
        None => {
            check_answer_marker(person, t.author_id)?;
            None
        }
    };
    let txn = begin_write(db).await?;
    thread::Entity::update_many()
        .col_expr(
            thread::Column::AcceptedPostId,
            Expr::value(answer.as_ref().map(|p| p.id)),
        )
        .filter(thread::Column::Id.eq(thread_id))
        .exec(&txn)
        .await?;
    if let Some(p) = answer.filter(|p| p.author_id != person.id && Some(p.id) != t.accepted_post_id)
    {
        let notice = Notice {
            to: p.author_id,
            kind: NotificationKind::AnswerAccepted,
            subject: Subject::Post(p.id),
            reason: None,
        };
        notify(&txn, vec![notice]).await?;
    }
    txn.commit().await?;
    Ok(())
}
