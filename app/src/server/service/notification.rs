//! Notifications: written in the transaction of what they tell (through `notify`), listed unread
//! first, counted for the header, marked read.

use std::collections::HashMap;

use crate::server::db::WriteTxn;
use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::account::person_name;
use super::event_mail::EventMail;
use super::thread::{places, users};
use crate::model::moderation::Reason;
use crate::model::notification::{
    EventPlace, NOTIFICATIONS_SHOWN, NotificationKind, NotificationList, NotificationView,
};
use crate::model::{AppError, Bilingual, EventId, PostId, UserId};
use crate::server::db::entity::{event, notification, post};
use crate::server::outbox::{MailTemplate, Outbox};

/// A notification to write.
pub struct Notice {
    pub to: UserId,
    pub kind: NotificationKind,
    pub post: Option<PostId>,
    pub event: Option<EventId>,
    pub reason: Option<Reason>,
}

/// Writes the notices in one statement, as part of the caller's transaction.
pub async fn notify(db: &impl ConnectionTrait, notices: Vec<Notice>) -> Result<(), AppError> {
    if notices.is_empty() {
        return Ok(());
    }
    let now = Utc::now();
    notification::Entity::insert_many(notices.into_iter().map(|n| {
        let reason = n.reason.unwrap_or_default();
        notification::ActiveModel {
            user_id: Set(n.to),
            kind: Set(n.kind),
            post_id: Set(n.post),
            event_id: Set(n.event),
            reason_template: Set(reason.template),
            reason_note: Set(reason.note),
            created_at: Set(now),
            read_at: Set(None),
            mailed_at: Set(None),
            ..Default::default()
        }
    }))
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Tells `people` what happened to `event`: a notification each (with the reason, if any) and a
/// mail each with the event's facts (see `event_mail`), in the caller's transaction.
pub async fn tell_of_event(
    txn: &WriteTxn,
    outbox: &mut Outbox<'_>,
    people: Vec<UserId>,
    event: &event::Model,
    kind: NotificationKind,
    reason: Option<&str>,
    mail: &MailTemplate,
) -> Result<(), AppError> {
    let notices = people.iter().map(|&to| Notice {
        to,
        kind,
        post: None,
        event: Some(event.id),
        reason: reason.map(|note| Reason {
            template: None,
            note: note.to_string(),
        }),
    });
    notify(txn, notices.collect()).await?;
    EventMail::new(event, mail)
        .because(reason)
        .send_to(txn, outbox, &people)
        .await
}

/// How many notifications `reader` has not read.
pub async fn unread_count(db: &impl ConnectionTrait, reader: UserId) -> Result<u64, AppError> {
    Ok(notification::Entity::find()
        .filter(notification::Column::UserId.eq(reader))
        .filter(notification::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// The reader's newest notifications, unread first.
pub async fn list(db: &DatabaseConnection, reader: UserId) -> Result<NotificationList, AppError> {
    let rows = notification::Entity::find()
        .filter(notification::Column::UserId.eq(reader))
        .order_by_desc(Expr::col(notification::Column::ReadAt).is_null())
        .order_by_desc(notification::Column::Id)
        .limit(NOTIFICATIONS_SHOWN)
        .all(db)
        .await?;
    let unread = unread_count(db, reader).await?;
    Ok(NotificationList {
        unread,
        items: views(db, rows).await?,
    })
}

/// The reader's latest notifications of one kind, newest first.
pub async fn latest(
    db: &DatabaseConnection,
    reader: UserId,
    kind: NotificationKind,
    limit: u64,
) -> Result<Vec<NotificationView>, AppError> {
    let rows = notification::Entity::find()
        .filter(notification::Column::UserId.eq(reader))
        .filter(notification::Column::Kind.eq(kind))
        .order_by_desc(notification::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    views(db, rows).await
}

/// Notifications as their reader sees them: where, by whom, why; in five statements.
async fn views(
    db: &DatabaseConnection,
    rows: Vec<notification::Model>,
) -> Result<Vec<NotificationView>, AppError> {
    let places = places(db, rows.iter().filter_map(|n| n.post_id)).await?;
    let writers: HashMap<PostId, UserId> = post::Entity::find()
        .select_only()
        .columns([post::Column::Id, post::Column::AuthorId])
        .filter(
            post::Column::Id.is_in(
                rows.iter()
                    .filter(|n| n.kind.names_writer())
                    .filter_map(|n| n.post_id),
            ),
        )
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let people = users(db, writers.values().copied()).await?;
    let events: HashMap<EventId, Bilingual> = event::Entity::find()
        .filter(event::Column::Id.is_in(rows.iter().filter_map(|n| n.event_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.title()))
        .collect();
    Ok(rows
        .into_iter()
        .map(|n| {
            let has_reason = n.reason_template.is_some() || !n.reason_note.is_empty();
            NotificationView {
                id: n.id,
                kind: n.kind,
                place: n.post_id.and_then(|p| places.get(&p).cloned()),
                event: n.event_id.and_then(|id| {
                    Some(EventPlace {
                        id,
                        title: events.get(&id)?.clone(),
                    })
                }),
                actor: n
                    .post_id
                    .and_then(|p| people.get(writers.get(&p)?))
                    .map(person_name),
                reason: has_reason.then_some(Reason {
                    template: n.reason_template,
                    note: n.reason_note,
                }),
                created_at: n.created_at,
                read: n.read_at.is_some(),
            }
        })
        .collect())
}

/// Marks every notification of `reader` read.
pub async fn mark_all_read(db: &DatabaseConnection, reader: UserId) -> Result<(), AppError> {
    notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Utc::now()))
        .filter(notification::Column::UserId.eq(reader))
        .filter(notification::Column::ReadAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
