//! Following threads: starting or replying follows a thread; a member follows or stops following
//! by hand. A newly published post is announced here: to the members it mentions and, for a
//! reply, to the thread's followers (each person told once, never its author).

use std::collections::HashSet;

use chrono::Utc;
use sea_orm::sea_query::{OnConflict, Query, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::mention;
use super::notification::{self, Notice, Subject, notify};
use super::thread::{summaries, visible_thread};
use crate::model::notification::NotificationKind;
use crate::model::permissions::Person;
use crate::model::post::FollowChange;
use crate::model::thread::{FollowedThread, Mention, NEWS_SHOWN, ThreadNews};
use crate::model::{AppError, ThreadId, UserId};
use crate::server::db::entity::{post, thread, thread_follow};
use crate::server::db::scalar;

/// `user` follows the thread (again: nothing changes).
pub(super) async fn follow(
    db: &impl ConnectionTrait,
    user: UserId,
    thread: ThreadId,
) -> Result<(), AppError> {
    thread_follow::Entity::insert(thread_follow::ActiveModel {
        user_id: Set(user),
        thread_id: Set(thread),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            thread_follow::Column::UserId,
            thread_follow::Column::ThreadId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Follows or stops following a thread the person can see.
pub async fn change(
    db: &DatabaseConnection,
    person: &Person,
    change: FollowChange,
) -> Result<(), AppError> {
    visible_thread(db, person, change.thread_id).await?;
    if change.follow {
        follow(db, person.id, change.thread_id).await
    } else {
        thread_follow::Entity::delete_many()
            .filter(thread_follow::Column::UserId.eq(person.id))
            .filter(thread_follow::Column::ThreadId.eq(change.thread_id))
            .exec(db)
            .await?;
        Ok(())
    }
}

/// The statement counting whether `user` follows the thread (0 or 1; the thread page nests it).
pub(super) fn follows_query(user: UserId, thread: ThreadId) -> SelectStatement {
    scalar::count_of(
        thread_follow::Entity,
        Condition::all()
            .add(thread_follow::Column::UserId.eq(user))
            .add(thread_follow::Column::ThreadId.eq(thread)),
    )
}

/// What is new for `reader`: followed threads with unread replies, latest activity first, and
/// the latest mentions of them.
pub async fn news(db: &DatabaseConnection, reader: UserId) -> Result<ThreadNews, AppError> {
    let followed = Query::select()
        .column(thread_follow::Column::ThreadId)
        .from(thread_follow::Entity)
        .and_where(thread_follow::Column::UserId.eq(reader))
        .to_owned();
    // The followed threads most recently active; those with nothing unread are left out.
    let rows = thread::Entity::find()
        .filter(thread::Column::Id.in_subquery(followed))
        .order_by_desc(thread::Column::LastPostAt)
        .limit(NEWS_SHOWN * 4)
        .all(db)
        .await?;
    let followed = summaries(db, reader, rows)
        .await?
        .into_iter()
        .filter(|t| t.unread > 0)
        .take(NEWS_SHOWN as usize)
        .map(|t| FollowedThread {
            id: t.id,
            title: t.title,
            unread: t.unread,
        })
        .collect();
    let mentions = notification::latest(db, reader, NotificationKind::Mention, NEWS_SHOWN)
        .await?
        .into_iter()
        .filter_map(|n| {
            Some(Mention {
                place: n.place?,
                by: n.actor?,
            })
        })
        .collect();
    Ok(ThreadNews { followed, mentions })
}

/// Tells the members a newly published post mentions and, for a reply, the thread's followers;
/// its author follows the thread from now on. Part of the caller's transaction.
pub(super) async fn announce(db: &impl ConnectionTrait, p: &post::Model) -> Result<(), AppError> {
    let mentioned = mention::newly_mentioned(db, None, &p.body_source).await?;
    let followers: Vec<UserId> = if p.number > 1 {
        thread_follow::Entity::find()
            .select_only()
            .column(thread_follow::Column::UserId)
            .filter(thread_follow::Column::ThreadId.eq(p.thread_id))
            .into_tuple()
            .all(db)
            .await?
    } else {
        Vec::new()
    };
    let mut told = HashSet::from([p.author_id]);
    let notices = mentioned
        .into_iter()
        .map(|to| (to, NotificationKind::Mention))
        .chain(
            followers
                .into_iter()
                .map(|to| (to, NotificationKind::Reply)),
        )
        .filter(|(to, _)| told.insert(*to))
        .map(|(to, kind)| Notice {
            to,
            kind,
            subject: Subject::Post(p.id),
            reason: None,
        })
        .collect();
    notify(db, notices).await?;
    follow(db, p.author_id, p.thread_id).await
}
