//! Knowledge-sharing threads: categories, thread lists (pinned first, then latest activity, with
//! each reader's unread count), thread pages, starting a thread and replying. Every list reads a
//! fixed number of statements whatever its length (no query per row).

use std::collections::{HashMap, HashSet};

use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::account::person_name;
use super::{bookmark, follow, project_link, thread_search};
use crate::model::moderation::{PostPlace, Reason, Silence, among_first_posts, needs_approval};
use crate::model::permissions::{Action, Person, allows};
use crate::model::post::AcceptedAnswer;
use crate::model::thread::{
    Author, NewThreadForm, POSTS_PER_PAGE, PostStatus, PostView, ReplyForm, ReplyOutcome,
    THREADS_PER_PAGE, ThreadList, ThreadQuery, ThreadSummary, ThreadView, clamp_page, page_count,
    validate_body,
};
use crate::model::{AppError, CategoryId, ConflictKind, PostId, ProjectId, ThreadId, UserId};
use crate::server::db::entity::{category, post, thread, thread_read, user};
use crate::server::db::{WriteTxn, begin_write, scalar};
use crate::server::markdown;

/// One page of threads, all or one category's, pinned first and then by latest activity.
pub async fn list(
    db: &DatabaseConnection,
    reader: UserId,
    query: &ThreadQuery,
) -> Result<ThreadList, AppError> {
    let category = match query.category {
        Some(id) => Some(
            super::category::all(db)
                .await?
                .into_iter()
                .find(|c| c.id == id)
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    // A thread awaiting approval is listed for its author only.
    let mut select = thread::Entity::find().filter(
        Condition::any()
            .add(thread::Column::AwaitingApproval.eq(false))
            .add(thread::Column::AuthorId.eq(reader)),
    );
    if let Some(id) = query.category {
        select = select.filter(thread::Column::CategoryId.eq(id));
    }
    let paginator = select
        .order_by_desc(thread::Column::Pinned)
        .order_by_desc(thread::Column::LastPostAt)
        .order_by_desc(thread::Column::Id)
        .paginate(db, THREADS_PER_PAGE);
    let total = paginator.num_items().await?;
    let pages = page_count(total, THREADS_PER_PAGE);
    let page = clamp_page(query.page, pages);
    let rows = paginator.fetch_page(u64::from(page - 1)).await?;
    Ok(ThreadList {
        category,
        total,
        page,
        pages,
        items: summaries(db, reader, rows).await?,
    })
}

/// The list lines of these threads, as `reader` sees them, in four statements.
pub(super) async fn summaries(
    db: &DatabaseConnection,
    reader: UserId,
    rows: Vec<thread::Model>,
) -> Result<Vec<ThreadSummary>, AppError> {
    let names = super::category::names(db).await?;
    let people = users(
        db,
        rows.iter().flat_map(|t| [t.author_id, t.last_poster_id]),
    )
    .await?;
    let unread = unread_counts(db, reader, rows.iter().map(|t| t.id)).await?;
    Ok(rows
        .into_iter()
        .map(|t| {
            let name = |id| people.get(&id).map(person_name).unwrap_or_default();
            ThreadSummary {
                id: t.id,
                title: t.title,
                category: t.category_id,
                category_name: names.get(&t.category_id).cloned().unwrap_or_default(),
                author: name(t.author_id),
                replies: count(t.reply_count),
                last_post_at: t.last_post_at,
                last_poster: name(t.last_poster_id),
                pinned: t.pinned,
                locked: t.locked,
                awaiting_approval: t.awaiting_approval,
                answered: t.accepted_post_id.is_some(),
                unread: unread.get(&t.id).copied().unwrap_or(0),
            }
        })
        .collect())
}

/// One page of a thread's posts (`page` 0: the first page), with the viewer's silence if staff
/// silenced them; records how far the reader has read.
pub async fn view(
    db: &DatabaseConnection,
    viewer: &Person,
    silence: Option<Silence>,
    id: ThreadId,
    page: u32,
) -> Result<ThreadView, AppError> {
    let moderator = allows(viewer.role, Action::ModeratePosts);
    let t = visible_thread(db, viewer, id).await?;
    let category = category::Entity::find_by_id(t.category_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let pages = page_count(count(t.post_count), POSTS_PER_PAGE);
    let page = clamp_page(page, pages);
    let first = i64::from(page - 1) * POSTS_PER_PAGE as i64 + 1;
    let last = first + POSTS_PER_PAGE as i64 - 1;
    let rows = post::Entity::find()
        .filter(post::Column::ThreadId.eq(id))
        .filter(post::Column::Number.between(first, last))
        .order_by_asc(post::Column::Number)
        .all(db)
        .await?;
    let accepted = match t.accepted_post_id {
        Some(answer) => post::Entity::find_by_id(answer)
            .one(db)
            .await?
            .filter(|p| p.status == PostStatus::Published),
        None => None,
    };
    let authors = authors(db, rows.iter().chain(&accepted).map(|p| p.author_id)).await?;
    let bookmarked = bookmark::marked(db, viewer.id, rows.iter().map(|p| p.id)).await?;
    let (following, read_up_to) = reader_state(db, viewer.id, id).await?;
    // Read again, or an earlier page: nothing to write.
    let seen_up_to = rows.last().map_or(0, |p| p.number);
    if seen_up_to > read_up_to {
        mark_read(db, viewer.id, id, seen_up_to).await?;
    }
    let accepted = accepted.and_then(|p| {
        Some(AcceptedAnswer {
            number: u32::try_from(p.number).ok()?,
            page: page_count(count(p.number), POSTS_PER_PAGE),
            author: authors.get(&p.author_id)?.name.clone(),
            html: p.body_html,
        })
    });
    let posts = rows
        .into_iter()
        .filter_map(|p| {
            let author = authors.get(&p.author_id)?.clone();
            // Its author and the moderators see a post that is not published, with the reason;
            // a post awaiting approval is not there at all for anyone else.
            let privileged = p.author_id == viewer.id || moderator;
            if p.status == PostStatus::Pending && !privileged {
                return None;
            }
            // A deleted post's text is for the moderators only.
            let shown = p.status == PostStatus::Published
                || moderator
                || (privileged && p.status != PostStatus::Deleted);
            let reason = (privileged && p.status == PostStatus::Hidden).then(|| Reason {
                template: p.moderation_template,
                note: p.moderation_note.unwrap_or_default(),
            });
            Some(PostView {
                id: p.id,
                number: u32::try_from(p.number).unwrap_or(0),
                author,
                html: if shown { p.body_html } else { String::new() },
                status: p.status,
                reason,
                created_at: p.created_at,
                edited: p.edited_at.is_some(),
                bookmarked: bookmarked.contains(&p.id),
                accepted: Some(p.id) == t.accepted_post_id,
            })
        })
        .collect();
    Ok(ThreadView {
        id: t.id,
        title: t.title,
        category: t.category_id,
        category_name: category.name(),
        pinned: t.pinned,
        locked: t.locked,
        replies: count(t.reply_count),
        page,
        pages,
        posts,
        starter: t.author_id,
        following,
        accepted,
        silence,
        project: project_link::named(db, t.project_id).await?,
    })
}

/// The thread, if `person` may see it: a thread awaiting approval exists only for its author
/// and the moderators.
pub async fn visible_thread(
    db: &impl ConnectionTrait,
    person: &Person,
    id: ThreadId,
) -> Result<thread::Model, AppError> {
    thread::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|t| {
            !t.awaiting_approval
                || t.author_id == person.id
                || allows(person.role, Action::ModeratePosts)
        })
        .ok_or(AppError::NotFound)
}

/// Starts a thread with its first post, in one transaction. In a category that requires
/// approval the thread waits for a moderator (its author sees it meanwhile).
pub async fn start(
    db: &DatabaseConnection,
    author: &Person,
    form: &NewThreadForm,
) -> Result<ThreadId, AppError> {
    AppError::check(form.validate())?;
    let category_id = form.category_id.ok_or(AppError::BadRequest)?;
    if let Some(project) = form.project_id {
        project_link::place(db, project).await?;
    }
    let txn = begin_write(db).await?;
    let (title, body) = (form.title.trim(), form.body.as_str());
    let id = start_in(&txn, author, category_id, (title, body), form.project_id).await?;
    txn.commit().await?;
    Ok(id)
}

/// Starts a thread (checked values) within `txn`, as [`start`] does.
pub(super) async fn start_in(
    txn: &WriteTxn,
    author: &Person,
    category_id: CategoryId,
    (title, body): (&str, &str),
    project: Option<ProjectId>,
) -> Result<ThreadId, AppError> {
    let category = category::Entity::find_by_id(category_id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let first = among_first(txn, author).await?;
    let pending = needs_approval(category.requires_approval, author.role, first);
    let (author, status) = (author.id, status_of(pending));
    let now = Utc::now();
    let created = thread::Entity::insert(thread::ActiveModel {
        category_id: Set(category_id),
        author_id: Set(author),
        title: Set(title.to_string()),
        pinned: Set(false),
        locked: Set(false),
        post_count: Set(1),
        reply_count: Set(0),
        last_post_at: Set(now),
        last_poster_id: Set(author),
        created_at: Set(now),
        awaiting_approval: Set(pending),
        project_id: Set(project),
        ..Default::default()
    })
    .exec(txn)
    .await?;
    let id = created.last_insert_id;
    let post = insert_post(txn, id, author, (1, Some(title), status), body).await?;
    announce_or_follow(txn, &post).await?;
    mark_read(txn, author, id, 1).await?;
    Ok(id)
}

/// Adds a reply at the end of a thread that is not locked; answers the page it is on and
/// whether it waits for approval. The thread's counters are taken first, in the transaction's
/// first statement, so two replies at the same moment get consecutive numbers. A reply waiting
/// for approval takes its number but counts as a reply (and as the thread's latest activity)
/// only once approved.
pub async fn reply(
    db: &DatabaseConnection,
    author: &Person,
    form: &ReplyForm,
) -> Result<ReplyOutcome, AppError> {
    AppError::check(form.validate())?;
    let id = form.thread_id.ok_or(AppError::BadRequest)?;
    // Read before the transaction, which must write first (see above).
    let thread_row = visible_thread(db, author, id).await?;
    let category = category::Entity::find_by_id(thread_row.category_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let first = among_first(db, author).await?;
    let pending = needs_approval(category.requires_approval, author.role, first);
    let author = author.id;
    let txn = begin_write(db).await?;
    let mut take = thread::Entity::update_many().col_expr(
        thread::Column::PostCount,
        Expr::col(thread::Column::PostCount).add(1),
    );
    if !pending {
        take = count_reply(take, author);
    }
    let taken = take
        .filter(thread::Column::Id.eq(id))
        .filter(thread::Column::Locked.eq(false))
        .exec(&txn)
        .await?;
    let t = thread::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if taken.rows_affected != 1 {
        return Err(AppError::conflict(ConflictKind::ThreadLocked));
    }
    let number = (t.post_count, None, status_of(pending));
    let post = insert_post(&txn, id, author, number, &form.body).await?;
    announce_or_follow(&txn, &post).await?;
    mark_read(&txn, author, id, t.post_count).await?;
    txn.commit().await?;
    Ok(ReplyOutcome {
        page: page_count(count(t.post_count), POSTS_PER_PAGE),
        pending,
    })
}

/// Whether `author` is a new member still writing their first posts (which wait for approval):
/// one statement, and a count of their published posts only while their account is young.
async fn among_first(db: &impl ConnectionTrait, author: &Person) -> Result<bool, AppError> {
    if author.role.is_staff() {
        return Ok(false);
    }
    let joined: chrono::DateTime<Utc> = user::Entity::find_by_id(author.id)
        .select_only()
        .column(user::Column::CreatedAt)
        .into_tuple()
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = Utc::now();
    if !among_first_posts(joined, now, 0) {
        return Ok(false);
    }
    let published = post::Entity::find()
        .filter(post::Column::AuthorId.eq(author.id))
        .filter(post::Column::Status.eq(PostStatus::Published))
        .count(db)
        .await?;
    Ok(among_first_posts(joined, now, published))
}

/// Counts a published reply by `author` on a thread update: one more reply, the latest
/// activity now.
pub(super) fn count_reply(
    update: sea_orm::UpdateMany<thread::Entity>,
    author: UserId,
) -> sea_orm::UpdateMany<thread::Entity> {
    update
        .col_expr(
            thread::Column::ReplyCount,
            Expr::col(thread::Column::ReplyCount).add(1),
        )
        .col_expr(thread::Column::LastPostAt, Expr::value(Utc::now()))
        .col_expr(thread::Column::LastPosterId, Expr::value(author))
}

/// A published post is announced (mentions, followers); one waiting for approval is announced
/// once approved, and meanwhile its author follows the thread.
async fn announce_or_follow(db: &impl ConnectionTrait, p: &post::Model) -> Result<(), AppError> {
    if p.status == PostStatus::Published {
        follow::announce(db, p).await
    } else {
        follow::follow(db, p.author_id, p.thread_id).await
    }
}

fn status_of(pending: bool) -> PostStatus {
    if pending {
        PostStatus::Pending
    } else {
        PostStatus::Published
    }
}

/// The HTML a post with this markdown would show.
pub fn preview(body: &str) -> Result<String, AppError> {
    let mut e = Vec::new();
    validate_body(&mut e, body);
    AppError::check(e)?;
    Ok(markdown::render(body))
}

async fn insert_post(
    db: &impl ConnectionTrait,
    thread_id: ThreadId,
    author: UserId,
    (number, title, status): (i32, Option<&str>, PostStatus),
    body: &str,
) -> Result<post::Model, AppError> {
    Ok(post::ActiveModel {
        thread_id: Set(thread_id),
        author_id: Set(author),
        number: Set(number),
        body_source: Set(body.to_string()),
        body_html: Set(markdown::render(body)),
        status: Set(status),
        search_text: Set(thread_search::search_text(title, body)),
        created_at: Set(Utc::now()),
        edited_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Remembers that `reader` has seen the thread up to post `number` (never going back).
/// Whether `reader` follows the thread, and the number of the last post they have read (0:
/// none), in one statement.
async fn reader_state(
    db: &DatabaseConnection,
    reader: UserId,
    thread_id: ThreadId,
) -> Result<(bool, i32), AppError> {
    let read = Query::select()
        .column(thread_read::Column::LastReadNumber)
        .from(thread_read::Entity)
        .and_where(thread_read::Column::UserId.eq(reader))
        .and_where(thread_read::Column::ThreadId.eq(thread_id))
        .to_owned();
    let select = Query::select()
        .expr(scalar::nested(follow::follows_query(reader, thread_id)))
        .expr(scalar::nested(read))
        .to_owned();
    let row = db.query_one(&select).await?.ok_or(AppError::NotFound)?;
    let read_up_to: Option<i32> = row.try_get_by_index(1)?;
    Ok((scalar::read(&row, 0)? > 0, read_up_to.unwrap_or(0)))
}

async fn mark_read(
    db: &impl ConnectionTrait,
    reader: UserId,
    thread_id: ThreadId,
    number: i32,
) -> Result<(), AppError> {
    if number == 0 {
        return Ok(());
    }
    // One statement: a first mark, or a higher one; a lower number changes nothing.
    thread_read::Entity::insert(thread_read::ActiveModel {
        user_id: Set(reader),
        thread_id: Set(thread_id),
        last_read_number: Set(number),
    })
    .on_conflict(
        OnConflict::columns([thread_read::Column::UserId, thread_read::Column::ThreadId])
            .update_column(thread_read::Column::LastReadNumber)
            .action_and_where(
                Expr::col((thread_read::Entity, thread_read::Column::LastReadNumber)).lt(number),
            )
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// How many published posts of each of `threads` came after what `reader` has read, in one
/// statement (posts awaiting approval or hidden are not news).
async fn unread_counts(
    db: &DatabaseConnection,
    reader: UserId,
    threads: impl Iterator<Item = ThreadId>,
) -> Result<HashMap<ThreadId, u64>, AppError> {
    let ids: Vec<ThreadId> = threads.collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let backend = db.get_database_backend();
    let mut values: Vec<sea_orm::Value> = vec![reader.0.into()];
    values.extend(ids.iter().map(|t| sea_orm::Value::from(t.0)));
    values.push(PostStatus::Published.as_str().into());
    let param = |n: usize| match backend {
        sea_orm::DatabaseBackend::Postgres => format!("${n}"),
        _ => "?".to_string(),
    };
    let list: Vec<String> = (2..ids.len() + 2).map(param).collect();
    // `+` keeps SQLite on the (thread_id, number) index: through the status index it read every
    // published post (60 ms at 100,000 posts instead of 0.2).
    let status = match backend {
        sea_orm::DatabaseBackend::Sqlite => "+p.status",
        _ => "p.status",
    };
    let sql = format!(
        "SELECT p.thread_id AS thread_id, COUNT(*) AS n FROM post p \
         LEFT JOIN thread_read r ON r.thread_id = p.thread_id AND r.user_id = {} \
         WHERE p.thread_id IN ({}) AND {status} = {} \
         AND p.number > COALESCE(r.last_read_number, 0) GROUP BY p.thread_id",
        param(1),
        list.join(", "),
        param(ids.len() + 2),
    );
    let rows = db
        .query_all_raw(sea_orm::Statement::from_sql_and_values(
            backend, sql, values,
        ))
        .await?;
    rows.iter()
        .map(|r| {
            let thread = ThreadId(r.try_get("", "thread_id")?);
            let n: i64 = r.try_get("", "n")?;
            Ok((thread, u64::try_from(n).unwrap_or(0)))
        })
        .collect()
}

/// The accounts with these ids, in one statement.
pub(super) async fn users(
    db: &DatabaseConnection,
    ids: impl Iterator<Item = UserId>,
) -> Result<HashMap<UserId, user::Model>, AppError> {
    let ids: HashSet<UserId> = ids.collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect())
}

/// The authors with these ids and their organizations, in two statements.
pub(super) async fn authors(
    db: &DatabaseConnection,
    ids: impl Iterator<Item = UserId>,
) -> Result<HashMap<UserId, Author>, AppError> {
    let people = users(db, ids).await?;
    let org_ids: HashSet<_> = people.values().map(|u| u.organization_id).collect();
    let orgs = super::organization::names(db, org_ids.into_iter()).await?;
    Ok(people
        .into_values()
        .map(|u| {
            let author = Author {
                id: u.id,
                name: person_name(&u),
                organization_id: u.organization_id,
                organization: orgs.get(&u.organization_id).cloned().unwrap_or_default(),
            };
            (u.id, author)
        })
        .collect())
}

/// Where each of these posts sits (thread, number, page), in two statements.
pub(super) async fn places(
    db: &DatabaseConnection,
    ids: impl Iterator<Item = PostId>,
) -> Result<HashMap<PostId, PostPlace>, AppError> {
    let ids: HashSet<PostId> = ids.collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let posts = post::Entity::find()
        .select_only()
        .columns([
            post::Column::Id,
            post::Column::ThreadId,
            post::Column::Number,
        ])
        .filter(post::Column::Id.is_in(ids))
        .into_tuple::<(PostId, ThreadId, i32)>()
        .all(db)
        .await?;
    let titles: HashMap<ThreadId, String> = thread::Entity::find()
        .select_only()
        .columns([thread::Column::Id, thread::Column::Title])
        .filter(thread::Column::Id.is_in(posts.iter().map(|p| p.1)))
        .into_tuple::<(ThreadId, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(posts
        .into_iter()
        .map(|(post_id, thread_id, number)| {
            let place = PostPlace {
                post_id,
                thread_id,
                thread_title: titles.get(&thread_id).cloned().unwrap_or_default(),
                number: u32::try_from(number).unwrap_or(1),
                page: page_count(count(number), POSTS_PER_PAGE),
            };
            (post_id, place)
        })
        .collect())
}

fn count(n: i32) -> u64 {
    u64::try_from(n).unwrap_or(0)
}
