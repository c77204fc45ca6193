//! Moderation: members flag posts; moderators claim queue items, act on posts and threads with a
//! reason, and every action goes into the moderation log, with the post's author and the
//! flags' reporters told in the same transaction. Two moderators acting on one item at the same
//! moment: the first wins, the second gets `ClaimedByOther` or `AlreadyModerated`.

use std::collections::{BTreeMap, HashMap};

use chrono::{Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, OnConflict, Query, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, SqlErr,
};

use super::account::person_name;
use super::follow;
use super::notification::{Notice, Subject, notify};
use super::thread::{authors, count_reply, places, users};
use crate::model::moderation::{
    CLAIM_MINUTES, Claim, FlagForm, FlagStatus, LOG_PER_PAGE, LogEntry, LogPage, LogPerson,
    LogQuery, ModAction, ModerationForm, MyFlag, QueueFlag, QueueItem, Reason, ThreadFlag,
    claim_lapsed,
};
use crate::model::notification::NotificationKind;
use crate::model::thread::{POSTS_PER_PAGE, PostStatus, clamp_page, page_count};
use crate::model::{AppError, CategoryId, ConflictKind, PostId, ThreadId, UserId};
use crate::server::db::entity::{
    category, moderation_claim, moderation_log, post, post_flag, thread, user,
};
use crate::server::db::{begin_write, scalar};

/// The most posts the queue shows at once, oldest flag first.
const QUEUE_SHOWN: u64 = 50;
/// The most flags a member's list shows.
const MY_FLAGS_SHOWN: u64 = 100;

/// Flags a published post of someone else's, once per member.
pub async fn flag(
    db: &DatabaseConnection,
    reporter: UserId,
    form: &FlagForm,
) -> Result<(), AppError> {
    AppError::check(form.validate())?;
    let (Some(post_id), Some(reason)) = (form.post_id, form.reason) else {
        return Err(AppError::BadRequest);
    };
    let p = post::Entity::find_by_id(post_id)
        .one(db)
        .await?
        .filter(|p| p.status == PostStatus::Published)
        .ok_or(AppError::NotFound)?;
    if p.author_id == reporter {
        return Err(AppError::conflict(ConflictKind::NotOnSelf));
    }
    let inserted = post_flag::Entity::insert(post_flag::ActiveModel {
        post_id: Set(post_id),
        reporter_id: Set(reporter),
        reason: Set(reason),
        note: Set(form.note.trim().to_string()),
        status: Set(FlagStatus::Open),
        created_at: Set(Utc::now()),
        resolved_at: Set(None),
        ..Default::default()
    })
    .exec(db)
    .await;
    match inserted {
        Ok(_) => Ok(()),
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Err(AppError::conflict(ConflictKind::AlreadyFlagged))
        }
        Err(e) => Err(e.into()),
    }
}

/// The flags `reporter` raised, newest first, with where each decision stands.
pub async fn my_flags(db: &DatabaseConnection, reporter: UserId) -> Result<Vec<MyFlag>, AppError> {
    let rows = post_flag::Entity::find()
        .filter(post_flag::Column::ReporterId.eq(reporter))
        .order_by_desc(post_flag::Column::CreatedAt)
        .order_by_desc(post_flag::Column::Id)
        .limit(MY_FLAGS_SHOWN)
        .all(db)
        .await?;
    let places = places(db, rows.iter().map(|f| f.post_id)).await?;
    Ok(rows
        .into_iter()
        .filter_map(|f| {
            Some(MyFlag {
                place: places.get(&f.post_id)?.clone(),
                reason: f.reason,
                note: f.note,
                status: f.status,
                created_at: f.created_at,
            })
        })
        .collect())
}

/// How many posts wait in the review queue: awaiting approval, or flagged.
pub async fn queue_size(db: &impl ConnectionTrait) -> Result<u64, AppError> {
    scalar::count(db, &queue_size_query()).await
}

/// The statement counting the review queue (the header nests it): the posts awaiting approval
/// plus the posts with an open flag.
pub(super) fn queue_size_query() -> SelectStatement {
    let pending = scalar::count_of(
        post::Entity,
        Condition::all().add(post::Column::Status.eq(PostStatus::Pending)),
    );
    let flagged = Query::select()
        .expr(Func::count_distinct(Expr::col(post_flag::Column::PostId)))
        .from(post_flag::Entity)
        .and_where(post_flag::Column::Status.eq(FlagStatus::Open))
        .to_owned();
    Query::select()
        .expr(scalar::nested(pending).add(scalar::nested(flagged)))
        .to_owned()
}

/// The review queue: posts awaiting approval (oldest first), then flagged posts (oldest flag
/// first), each with all its open flags and who is handling it. A fixed number of statements,
/// whatever its length.
pub async fn queue(db: &DatabaseConnection, moderator: UserId) -> Result<Vec<QueueItem>, AppError> {
    let pending: Vec<PostId> = post::Entity::find()
        .select_only()
        .column(post::Column::Id)
        .filter(post::Column::Status.eq(PostStatus::Pending))
        .order_by_asc(post::Column::CreatedAt)
        .order_by_asc(post::Column::Id)
        .limit(QUEUE_SHOWN)
        .into_tuple()
        .all(db)
        .await?;
    let flags = post_flag::Entity::find()
        .filter(post_flag::Column::Status.eq(FlagStatus::Open))
        .order_by_asc(post_flag::Column::CreatedAt)
        .order_by_asc(post_flag::Column::Id)
        .all(db)
        .await?;
    let mut order: Vec<PostId> = pending;
    let mut by_post: HashMap<PostId, Vec<post_flag::Model>> = HashMap::new();
    for f in flags {
        let entry = by_post.entry(f.post_id).or_default();
        if entry.is_empty() && order.len() < QUEUE_SHOWN as usize && !order.contains(&f.post_id) {
            order.push(f.post_id);
        }
        entry.push(f);
    }
    let posts: HashMap<PostId, post::Model> = post::Entity::find()
        .filter(post::Column::Id.is_in(order.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let places = places(db, order.iter().copied()).await?;
    let people = authors(db, posts.values().map(|p| p.author_id)).await?;
    let reporter_ids: Vec<UserId> = order
        .iter()
        .filter_map(|id| by_post.get(id))
        .flatten()
        .map(|f| f.reporter_id)
        .collect();
    let reporters = users(db, reporter_ids.into_iter()).await?;
    let now = Utc::now();
    let claims: HashMap<PostId, moderation_claim::Model> = moderation_claim::Entity::find()
        .filter(moderation_claim::Column::PostId.is_in(order.clone()))
        .all(db)
        .await?
        .into_iter()
        .filter(|c| !claim_lapsed(c.expires_at, now))
        .map(|c| (c.post_id, c))
        .collect();
    let moderators = users(db, claims.values().map(|c| c.moderator_id)).await?;
    Ok(order
        .into_iter()
        .filter_map(|id| {
            let p = posts.get(&id)?;
            let flags = by_post.remove(&id).unwrap_or_default();
            Some(QueueItem {
                place: places.get(&id)?.clone(),
                author: people.get(&p.author_id)?.clone(),
                status: p.status,
                html: p.body_html.clone(),
                flags: flags
                    .into_iter()
                    .map(|f| QueueFlag {
                        reporter: reporters
                            .get(&f.reporter_id)
                            .map(person_name)
                            .unwrap_or_default(),
                        reason: f.reason,
                        note: f.note,
                        created_at: f.created_at,
                    })
                    .collect(),
                claim: claims.get(&id).map(|c| Claim {
                    moderator: moderators
                        .get(&c.moderator_id)
                        .map(person_name)
                        .unwrap_or_default(),
                    mine: c.moderator_id == moderator,
                    until: c.expires_at,
                }),
            })
        })
        .collect())
}

/// Claims a queue item for `CLAIM_MINUTES` (or renews one's own claim).
pub async fn claim(
    db: &DatabaseConnection,
    moderator: UserId,
    post_id: PostId,
) -> Result<(), AppError> {
    post::Entity::find_by_id(post_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    take_claim(db, moderator, post_id).await
}

/// Takes the claim on a post in one statement: a new claim, a lapsed one, or one's own. Any
/// other moderator's live claim refuses with `ClaimedByOther`.
async fn take_claim(
    db: &impl ConnectionTrait,
    moderator: UserId,
    post_id: PostId,
) -> Result<(), AppError> {
    let now = Utc::now();
    let claim = moderation_claim::ActiveModel {
        post_id: Set(post_id),
        moderator_id: Set(moderator),
        expires_at: Set(now + Duration::minutes(CLAIM_MINUTES)),
    };
    let taken = moderation_claim::Entity::insert(claim)
        .on_conflict(
            OnConflict::column(moderation_claim::Column::PostId)
                .update_columns([
                    moderation_claim::Column::ModeratorId,
                    moderation_claim::Column::ExpiresAt,
                ])
                .action_and_where(
                    Expr::col((
                        moderation_claim::Entity,
                        moderation_claim::Column::ExpiresAt,
                    ))
                    .lte(now)
                    .or(Expr::col((
                        moderation_claim::Entity,
                        moderation_claim::Column::ModeratorId,
                    ))
                    .eq(moderator)),
                )
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    if taken == 1 {
        Ok(())
    } else {
        Err(AppError::conflict(ConflictKind::ClaimedByOther))
    }
}

/// Carries out a moderator's action with its reason, in one transaction: the change, the
/// flags' outcome, the notifications, the log entry; a post's claim is taken first and let go
/// at the end.
pub async fn act(
    db: &DatabaseConnection,
    moderator: UserId,
    form: &ModerationForm,
) -> Result<(), AppError> {
    AppError::check(form.validate())?;
    let action = form.action.ok_or(AppError::BadRequest)?;
    let reason = form.reason();
    // Read before the transaction, which writes first (see `thread::reply`).
    if let Some(to) = form.category_id.filter(|_| action == ModAction::Move) {
        category::Entity::find_by_id(to)
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
    }
    let txn = begin_write(db).await?;
    let (member, thread_id, post_id) = if action.on_post() {
        let post_id = form.post_id.ok_or(AppError::BadRequest)?;
        let member = act_on_post(&txn, moderator, post_id, action, &reason, form.days).await?;
        (member.0, member.1, Some(post_id))
    } else {
        let thread_id = form.thread_id.ok_or(AppError::BadRequest)?;
        (
            act_on_thread(&txn, thread_id, action, form.category_id).await?,
            thread_id,
            None,
        )
    };
    record(&txn, moderator, action, member, thread_id, post_id, &reason).await?;
    txn.commit().await?;
    Ok(())
}

/// Writes an action into the moderation log, as part of the action's transaction.
pub(super) async fn record(
    txn: &impl ConnectionTrait,
    moderator: UserId,
    action: ModAction,
    member: UserId,
    thread_id: ThreadId,
    post_id: Option<PostId>,
    reason: &Reason,
) -> Result<(), AppError> {
    moderation_log::Entity::insert(moderation_log::ActiveModel {
        moderator_id: Set(moderator),
        action: Set(action),
        member_id: Set(Some(member)),
        thread_id: Set(Some(thread_id)),
        post_id: Set(post_id),
        reason_template: Set(reason.template),
        reason_note: Set(reason.note.clone()),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

/// Approves, rejects, hides, restores or dismisses the flags of one post, or silences its author
/// (for `days`) or lifts their silence; answers its author and thread.
async fn act_on_post(
    txn: &impl ConnectionTrait,
    moderator: UserId,
    post_id: PostId,
    action: ModAction,
    reason: &Reason,
    days: Option<u32>,
) -> Result<(UserId, ThreadId), AppError> {
    take_claim(txn, moderator, post_id).await?;
    let p = post::Entity::find_by_id(post_id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut notices = Vec::new();
    if let Some((from, to)) = action.post_change() {
        let hidden = to == PostStatus::Hidden;
        let changed = post::Entity::update_many()
            .col_expr(post::Column::Status, Expr::value(to))
            .col_expr(
                post::Column::ModerationTemplate,
                Expr::value(reason.template.filter(|_| hidden)),
            )
            .col_expr(
                post::Column::ModerationNote,
                Expr::value(hidden.then(|| reason.note.clone())),
            )
            .filter(post::Column::Id.eq(post_id))
            .filter(post::Column::Status.eq(from))
            .exec(txn)
            .await?;
        if changed.rows_affected != 1 {
            return Err(AppError::conflict(ConflictKind::AlreadyModerated));
        }
        if action == ModAction::Approve {
            publish(txn, &p).await?;
            follow::announce(txn, &p).await?;
        }
        notices.push(Notice {
            to: p.author_id,
            kind: match action {
                ModAction::Approve => NotificationKind::PostApproved,
                ModAction::Reject => NotificationKind::PostRejected,
                ModAction::Restore => NotificationKind::PostRestored,
                _ => NotificationKind::PostHidden,
            },
            subject: Subject::Post(post_id),
            reason: Some(reason.clone()),
        });
    }
    if let Some(outcome) = action.flag_outcome() {
        let reporters: Vec<UserId> = post_flag::Entity::find()
            .select_only()
            .column(post_flag::Column::ReporterId)
            .filter(post_flag::Column::PostId.eq(post_id))
            .filter(post_flag::Column::Status.eq(FlagStatus::Open))
            .into_tuple()
            .all(txn)
            .await?;
        if reporters.is_empty() && action == ModAction::Dismiss {
            return Err(AppError::conflict(ConflictKind::AlreadyModerated));
        }
        post_flag::Entity::update_many()
            .col_expr(post_flag::Column::Status, Expr::value(outcome))
            .col_expr(post_flag::Column::ResolvedAt, Expr::value(Utc::now()))
            .filter(post_flag::Column::PostId.eq(post_id))
            .filter(post_flag::Column::Status.eq(FlagStatus::Open))
            .exec(txn)
            .await?;
        let kind = if outcome == FlagStatus::Upheld {
            NotificationKind::FlagUpheld
        } else {
            NotificationKind::FlagDismissed
        };
        notices.extend(reporters.into_iter().map(|to| Notice {
            to,
            kind,
            subject: Subject::Post(post_id),
            reason: Some(reason.clone()),
        }));
    }
    if matches!(action, ModAction::Silence | ModAction::Unsilence) {
        let days = days.filter(|_| action == ModAction::Silence);
        silence(txn, p.author_id, days, reason).await?;
        notices.push(Notice {
            to: p.author_id,
            kind: if days.is_some() {
                NotificationKind::Silenced
            } else {
                NotificationKind::SilenceLifted
            },
            subject: Subject::Post(post_id),
            reason: Some(reason.clone()),
        });
    }
    notify(txn, notices).await?;
    moderation_claim::Entity::delete_by_id(post_id)
        .exec(txn)
        .await?;
    Ok((p.author_id, p.thread_id))
}

/// Silences a member for `days` with the reason (they read, but do not post), or (`None`) lifts
/// a silence that still holds. Staff are never silenced.
async fn silence(
    txn: &impl ConnectionTrait,
    member: UserId,
    days: Option<u32>,
    reason: &Reason,
) -> Result<(), AppError> {
    let person = user::Entity::find_by_id(member)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if person.role.is_staff() {
        return Err(AppError::Forbidden);
    }
    let now = Utc::now();
    let update = user::Entity::update_many().filter(user::Column::Id.eq(member));
    let changed = match days {
        Some(days) => {
            update
                .col_expr(
                    user::Column::SilencedUntil,
                    Expr::value(Some(now + Duration::days(i64::from(days)))),
                )
                .col_expr(user::Column::SilenceTemplate, Expr::value(reason.template))
                .col_expr(
                    user::Column::SilenceNote,
                    Expr::value(Some(reason.note.clone())),
                )
                .exec(txn)
                .await?
        }
        None => {
            update
                .col_expr(
                    user::Column::SilencedUntil,
                    Expr::value(None::<chrono::DateTime<Utc>>),
                )
                .filter(user::Column::SilencedUntil.gt(now))
                .exec(txn)
                .await?
        }
    };
    if changed.rows_affected != 1 {
        return Err(AppError::conflict(ConflictKind::AlreadyModerated));
    }
    Ok(())
}

/// An approved post joins its thread: a first post makes the thread visible to all, a reply
/// counts as one (and as the thread's latest activity).
async fn publish(txn: &impl ConnectionTrait, p: &post::Model) -> Result<(), AppError> {
    let update = thread::Entity::update_many().filter(thread::Column::Id.eq(p.thread_id));
    let update = if p.number == 1 {
        update
            .col_expr(thread::Column::AwaitingApproval, Expr::value(false))
            .col_expr(thread::Column::LastPostAt, Expr::value(Utc::now()))
    } else {
        count_reply(update, p.author_id)
    };
    update.exec(txn).await?;
    Ok(())
}

/// Locks, unlocks, pins or unpins a thread, or moves it to `category`; answers its author.
/// Refuses when the thread is in that state already (another moderator was first).
async fn act_on_thread(
    txn: &impl ConnectionTrait,
    thread_id: ThreadId,
    action: ModAction,
    category: Option<CategoryId>,
) -> Result<UserId, AppError> {
    let update = thread::Entity::update_many().filter(thread::Column::Id.eq(thread_id));
    let update = match (action.thread_change(), category) {
        (Some((which, value)), _) => {
            let column = match which {
                ThreadFlag::Locked => thread::Column::Locked,
                ThreadFlag::Pinned => thread::Column::Pinned,
            };
            update
                .col_expr(column, Expr::value(value))
                .filter(column.eq(!value))
        }
        (None, Some(to)) if action == ModAction::Move => update
            .col_expr(thread::Column::CategoryId, Expr::value(to))
            .filter(thread::Column::CategoryId.ne(to)),
        _ => return Err(AppError::BadRequest),
    };
    let changed = update.exec(txn).await?;
    let t = thread::Entity::find_by_id(thread_id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if changed.rows_affected != 1 {
        return Err(AppError::conflict(ConflictKind::AlreadyModerated));
    }
    Ok(t.author_id)
}

/// One page of the moderation log, newest first, filtered by moderator, action and member.
pub async fn log(db: &DatabaseConnection, query: &LogQuery) -> Result<LogPage, AppError> {
    let mut select = moderation_log::Entity::find();
    if let Some(m) = query.moderator {
        select = select.filter(moderation_log::Column::ModeratorId.eq(m));
    }
    if let Some(a) = query.action {
        select = select.filter(moderation_log::Column::Action.eq(a));
    }
    if let Some(m) = query.member {
        select = select.filter(moderation_log::Column::MemberId.eq(m));
    }
    let paginator = select
        .order_by_desc(moderation_log::Column::CreatedAt)
        .order_by_desc(moderation_log::Column::Id)
        .paginate(db, LOG_PER_PAGE);
    let total = paginator.num_items().await?;
    let pages = page_count(total, LOG_PER_PAGE);
    let page = clamp_page(query.page, pages);
    let rows = paginator.fetch_page(u64::from(page - 1)).await?;
    let titles: HashMap<ThreadId, String> = thread::Entity::find()
        .filter(thread::Column::Id.is_in(rows.iter().filter_map(|r| r.thread_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.title))
        .collect();
    let numbers: HashMap<PostId, i32> = post::Entity::find()
        .select_only()
        .column(post::Column::Id)
        .column(post::Column::Number)
        .filter(post::Column::Id.is_in(rows.iter().filter_map(|r| r.post_id)))
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let people_in = |column: moderation_log::Column| {
        moderation_log::Entity::find()
            .select_only()
            .column(column)
            .filter(column.is_not_null())
            .distinct()
            .into_tuple::<UserId>()
            .all(db)
    };
    let moderator_ids = people_in(moderation_log::Column::ModeratorId).await?;
    let member_ids = people_in(moderation_log::Column::MemberId).await?;
    let people = users(db, moderator_ids.iter().chain(member_ids.iter()).copied()).await?;
    let name = |id: UserId| people.get(&id).map(person_name).unwrap_or_default();
    let sorted = |ids: Vec<UserId>| {
        let by_name: BTreeMap<String, LogPerson> = ids
            .into_iter()
            .map(|id| {
                let n = name(id);
                (
                    format!("{}{}{}", n.family_name, n.given_name, id),
                    LogPerson { id, name: n },
                )
            })
            .collect();
        by_name.into_values().collect()
    };
    let items = rows
        .into_iter()
        .map(|r| LogEntry {
            at: r.created_at,
            moderator: name(r.moderator_id),
            action: r.action,
            member: r.member_id.map(name),
            thread_id: r.thread_id,
            thread_title: r
                .thread_id
                .and_then(|t| titles.get(&t).cloned())
                .unwrap_or_default(),
            post_number: r
                .post_id
                .and_then(|p| numbers.get(&p))
                .and_then(|n| u32::try_from(*n).ok()),
            page: r.post_id.and_then(|p| numbers.get(&p)).map_or(1, |n| {
                page_count(u64::try_from(*n).unwrap_or(1), POSTS_PER_PAGE)
            }),
            reason: Reason {
                template: r.reason_template,
                note: r.reason_note,
            },
        })
        .collect();
    Ok(LogPage {
        total,
        page,
        pages,
        items,
        moderators: sorted(moderator_ids),
        members: sorted(member_ids),
    })
}
