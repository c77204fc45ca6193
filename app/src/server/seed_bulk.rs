//! Generated threads for benchmarks: one long thread (200 posts) and many ordinary ones, written
//! by the demo members in Japanese and English, through the same rendering and search folding
//! as real posts, inserted a thousand rows per statement.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, TransactionTrait,
};

use super::db::entity::{category, post, thread, user};
use super::markdown;
use super::service::thread_search::search_text;
use crate::model::thread::PostStatus;
use crate::model::{AppError, CategoryId, ThreadId, UserId, UserStatus};

/// Posts in the long thread (ten pages).
pub const LONG_THREAD_POSTS: usize = 200;
/// Rows per insert statement (well within both databases' limits on bound values).
const CHUNK: usize = 1000;

/// Sentences the generated posts are made of, so that searches find many of them.
const SENTENCES: &[&str] = &[
    "ベトナムの保健省に提出する医療機関の開設許可の書類を準備しています。",
    "現地の看護師の研修は、日本での3か月の実習と現地での指導を組み合わせました。",
    "外国人患者の受入れでは、医療通訳の手配と支払い方法の確認が欠かせません。",
    "医療機器の登録には、現地代理人と技術文書の翻訳が必要でした。",
    "JCI 認証の取得に向けて、院内の手順書を英語で整備しています。",
    "We trained local nurses in Bangkok with a mix of simulation and bedside teaching.",
    "Interpreters for international patients were booked through a certified agency.",
    "Device registration in Indonesia took about eight months with the local distributor.",
    "Our hospital accreditation abroad started with a gap analysis of the clinical pathways.",
    "Telemedicine follow-up after discharge helped patients returning to Mongolia.",
    "健診センターの運営では、予約システムと結果説明の多言語化が課題です。",
    "The regulatory approval of the clinic needed a local medical director.",
];

/// Adds `threads` threads holding `posts` posts in all (the first thread, the long one, holds
/// `LONG_THREAD_POSTS`); answers the long thread's id.
pub async fn seed_bulk_threads(
    db: &DatabaseConnection,
    threads: usize,
    posts: usize,
) -> Result<ThreadId, AppError> {
    let threads = threads.max(1);
    let authors: Vec<UserId> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Status.eq(UserStatus::Active))
        .order_by_asc(user::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let categories: Vec<CategoryId> = category::Entity::find()
        .select_only()
        .column(category::Column::Id)
        .filter(category::Column::RequiresApproval.eq(false))
        .order_by_asc(category::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    if authors.is_empty() || categories.is_empty() {
        return Err(AppError::Internal);
    }
    let others = posts.saturating_sub(LONG_THREAD_POSTS);
    let per_thread = |n: usize| {
        if n == 0 {
            LONG_THREAD_POSTS
        } else {
            // The other posts spread evenly, at least one each.
            (others / (threads - 1).max(1) + usize::from(n <= others % (threads - 1).max(1))).max(1)
        }
    };
    let start = Utc::now() - Duration::days(365);
    let author = |n: usize| authors[n % authors.len()];
    let txn = db.begin().await?;
    let before: Option<ThreadId> = thread::Entity::find()
        .select_only()
        .column(thread::Column::Id)
        .order_by_desc(thread::Column::Id)
        .into_tuple()
        .one(&txn)
        .await?;
    for chunk in (0..threads).collect::<Vec<_>>().chunks(CHUNK) {
        thread::Entity::insert_many(chunk.iter().map(|&n| {
            let count = per_thread(n) as i32;
            let created = start + Duration::minutes(n as i64 * 50);
            thread::ActiveModel {
                category_id: Set(categories[n % categories.len()]),
                author_id: Set(author(n)),
                title: Set(title(n)),
                pinned: Set(false),
                locked: Set(false),
                post_count: Set(count),
                reply_count: Set(count - 1),
                last_post_at: Set(created + Duration::minutes(i64::from(count) * 3)),
                last_poster_id: Set(author(n + count as usize - 1)),
                created_at: Set(created),
                awaiting_approval: Set(false),
                accepted_post_id: Set(None),
                ..Default::default()
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    let ids: Vec<ThreadId> = thread::Entity::find()
        .select_only()
        .column(thread::Column::Id)
        .filter(thread::Column::Id.gt(before.map_or(0, |t| t.0)))
        .order_by_asc(thread::Column::Id)
        .into_tuple()
        .all(&txn)
        .await?;
    let rows = ids.iter().enumerate().flat_map(|(n, &id)| {
        let created = start + Duration::minutes(n as i64 * 50);
        (0..per_thread(n)).map(move |k| (n, id, k, created + Duration::minutes(k as i64 * 3)))
    });
    let mut batch = Vec::with_capacity(CHUNK);
    for (n, id, k, at) in rows {
        let body = body(n, k);
        let first_title = (k == 0).then(|| title(n));
        batch.push(post::ActiveModel {
            thread_id: Set(id),
            author_id: Set(author(n + k)),
            number: Set(k as i32 + 1),
            body_html: Set(markdown::render(&body)),
            search_text: Set(search_text(first_title.as_deref(), &body)),
            body_source: Set(body),
            status: Set(PostStatus::Published),
            created_at: Set(at),
            edited_at: Set(None),
            ..Default::default()
        });
        if batch.len() == CHUNK {
            post::Entity::insert_many(std::mem::take(&mut batch))
                .exec_without_returning(&txn)
                .await?;
        }
    }
    if !batch.is_empty() {
        post::Entity::insert_many(batch)
            .exec_without_returning(&txn)
            .await?;
    }
    txn.commit().await?;
    // Fresh statistics, as the server would have them some minutes later: without them
    // PostgreSQL plans the benchmark's queries for an empty table.
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        db.execute_unprepared("ANALYZE").await?;
    }
    ids.first().copied().ok_or(AppError::Internal)
}

fn title(n: usize) -> String {
    if n.is_multiple_of(2) {
        format!("海外展開の経験共有 第{}回", n + 1)
    } else {
        format!("Experience from abroad, part {}", n + 1)
    }
}

fn body(n: usize, k: usize) -> String {
    let one = SENTENCES[(n + k) % SENTENCES.len()];
    let two = SENTENCES[(n * 7 + k * 3 + 5) % SENTENCES.len()];
    format!("{one}\n\n{two} (#{})", k + 1)
}
