//! Bookmarks: a member marks posts to find them again ("My bookmarks", newest first).

use std::collections::HashSet;

use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::account::person_name;
use super::thread::{places, users, visible_thread};
use crate::model::permissions::Person;
use crate::model::post::{BOOKMARKS_SHOWN, BookmarkView, excerpt};
use crate::model::thread::PostStatus;
use crate::model::{AppError, PostId, UserId};
use crate::server::db::entity::{post, post_bookmark};
use crate::server::markdown;

/// Bookmarks a post the person can read (`on`), or takes the bookmark off.
pub async fn set(
    db: &DatabaseConnection,
    person: &Person,
    post_id: PostId,
    on: bool,
) -> Result<(), AppError> {
    if !on {
        post_bookmark::Entity::delete_many()
            .filter(post_bookmark::Column::UserId.eq(person.id))
            .filter(post_bookmark::Column::PostId.eq(post_id))
            .exec(db)
            .await?;
        return Ok(());
    }
    let p = post::Entity::find_by_id(post_id)
        .one(db)
        .await?
        .filter(|p| p.status == PostStatus::Published || p.author_id == person.id)
        .ok_or(AppError::NotFound)?;
    visible_thread(db, person, p.thread_id).await?;
    post_bookmark::Entity::insert(post_bookmark::ActiveModel {
        user_id: Set(person.id),
        post_id: Set(post_id),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([post_bookmark::Column::UserId, post_bookmark::Column::PostId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Which of these posts `user` bookmarked, in one statement.
pub(super) async fn marked(
    db: &impl ConnectionTrait,
    user: UserId,
    posts: impl Iterator<Item = PostId>,
) -> Result<HashSet<PostId>, AppError> {
    let posts: Vec<PostId> = posts.collect();
    if posts.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(post_bookmark::Entity::find()
        .select_only()
        .column(post_bookmark::Column::PostId)
        .filter(post_bookmark::Column::UserId.eq(user))
        .filter(post_bookmark::Column::PostId.is_in(posts))
        .into_tuple::<PostId>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// The member's bookmarks, newest first: posts they can still read (a post since hidden or
/// deleted drops out of the list), in five statements.
pub async fn list(db: &DatabaseConnection, user: UserId) -> Result<Vec<BookmarkView>, AppError> {
    let marks = post_bookmark::Entity::find()
        .filter(post_bookmark::Column::UserId.eq(user))
        .order_by_desc(post_bookmark::Column::CreatedAt)
        .limit(BOOKMARKS_SHOWN)
        .all(db)
        .await?;
    let posts: std::collections::HashMap<PostId, post::Model> = post::Entity::find()
        .filter(post::Column::Id.is_in(marks.iter().map(|m| m.post_id)))
        .all(db)
        .await?
        .into_iter()
        .filter(|p| p.status == PostStatus::Published || p.author_id == user)
        .map(|p| (p.id, p))
        .collect();
    let places = places(db, posts.keys().copied()).await?;
    let people = users(db, posts.values().map(|p| p.author_id)).await?;
    Ok(marks
        .into_iter()
        .filter_map(|m| {
            let p = posts.get(&m.post_id)?;
            Some(BookmarkView {
                place: places.get(&m.post_id)?.clone(),
                author: people.get(&p.author_id).map(person_name)?,
                excerpt: excerpt(&markdown::plain_text(&p.body_source)),
                bookmarked_at: m.created_at,
            })
        })
        .collect())
}
