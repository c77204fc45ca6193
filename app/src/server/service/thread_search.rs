//! Full-text search over threads' posts that works for Japanese as for English. Posts keep a
//! folded copy of their text (`search_text`: the thread's title with the first post, NFKC,
//! lowercase, hiragana). Terms of three characters or more use the engine's trigram index (an
//! FTS5 `trigram` table on SQLite, a `pg_trgm` GIN index on PostgreSQL); shorter terms (医療,
//! 看護, 通訳), which trigrams cannot find, are matched with `LIKE` on the same column. Results
//! are ranked (bm25 on SQLite, trigram word similarity on PostgreSQL), newest first on ties.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, QueryFilter,
    Statement, Value,
};

use super::thread::{authors, category_names};
use crate::model::search::{check_query, fold, highlight};
use crate::model::thread::{
    POSTS_PER_PAGE, PostSearch, PostSearchHit, PostSearchPage, PostStatus, clamp_page, page_count,
};
use crate::model::{AppError, Field, PostId};
use crate::server::db::contains_pattern;
use crate::server::db::entity::{post, thread};
use crate::server::markdown;

/// Characters of a hit's text shown around its first match.
const SNIPPET_CHARS: usize = 160;

/// The folded search text of a post (the thread's title joins its first post).
pub fn search_text(title: Option<&str>, body: &str) -> String {
    crate::model::search::haystack(
        title
            .into_iter()
            .chain([markdown::plain_text(body).as_str()]),
    )
}

pub async fn search(
    db: &DatabaseConnection,
    query: &PostSearch,
) -> Result<PostSearchPage, AppError> {
    AppError::check(check_query(Field::Query, &query.q))?;
    let folded = fold(&query.q);
    let terms: Vec<&str> = folded.split(' ').filter(|t| !t.is_empty()).collect();
    if terms.is_empty() {
        return Ok(PostSearchPage {
            total: 0,
            page: 1,
            pages: 1,
            items: Vec::new(),
        });
    }
    let backend = db.get_database_backend();
    let total = count(db, backend, &terms, query).await?;
    let pages = page_count(total, POSTS_PER_PAGE);
    let page = clamp_page(query.page, pages);
    let ids = ranked_ids(db, backend, &terms, &folded, query, page).await?;
    let posts: HashMap<PostId, post::Model> = post::Entity::find()
        .filter(post::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let threads: HashMap<_, _> = thread::Entity::find()
        .filter(thread::Column::Id.is_in(posts.values().map(|p| p.thread_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let categories = category_names(db).await?;
    let people = authors(db, posts.values().map(|p| p.author_id)).await?;
    let items = ids
        .iter()
        .filter_map(|id| {
            let p = posts.get(id)?;
            let t = threads.get(&p.thread_id)?;
            Some(PostSearchHit {
                thread_id: t.id,
                title: highlight(&t.title, &terms, usize::MAX),
                category_name: categories.get(&t.category_id).cloned().unwrap_or_default(),
                number: u32::try_from(p.number).unwrap_or(1),
                page: page_count(u64::try_from(p.number).unwrap_or(1), POSTS_PER_PAGE),
                author: people.get(&p.author_id)?.clone(),
                created_at: p.created_at,
                snippet: highlight(&markdown::plain_text(&p.body_source), &terms, SNIPPET_CHARS),
            })
        })
        .collect();
    Ok(PostSearchPage {
        total,
        page,
        pages,
        items,
    })
}

/// A search as SQL: `FROM … WHERE …` with its bound values, and the order of the results. Long
/// terms go through the engine's trigram index, short ones through `LIKE`; only published posts,
/// and the category if one is chosen.
struct Sql {
    from: String,
    values: Vec<Value>,
    rank: String,
}

fn build(
    backend: DatabaseBackend,
    terms: &[&str],
    ranked_by: Option<&str>,
    query: &PostSearch,
) -> Sql {
    let mut values: Vec<Value> = Vec::new();
    let next = |values: &mut Vec<Value>, v: Value| {
        values.push(v);
        match backend {
            DatabaseBackend::Postgres => format!("${}", values.len()),
            _ => "?".to_string(),
        }
    };
    let long: Vec<&str> = terms
        .iter()
        .copied()
        .filter(|t| t.chars().count() >= 3)
        .collect();
    let mut from = String::from("post p JOIN thread t ON t.id = p.thread_id");
    let mut conditions = Vec::new();
    let sqlite_match = backend == DatabaseBackend::Sqlite && !long.is_empty();
    if sqlite_match {
        let phrase = long
            .iter()
            .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" ");
        let p = next(&mut values, phrase.into());
        from.push_str(&format!(
            " JOIN (SELECT rowid, rank FROM post_fts WHERE post_fts MATCH {p}) f ON f.rowid = p.id"
        ));
    } else if backend != DatabaseBackend::Sqlite {
        for term in &long {
            let p = next(&mut values, contains_pattern(term).into());
            conditions.push(format!("p.search_text LIKE {p} ESCAPE '\\'"));
        }
    }
    for term in terms.iter().filter(|t| t.chars().count() < 3) {
        let p = next(&mut values, contains_pattern(term).into());
        conditions.push(format!("p.search_text LIKE {p} ESCAPE '\\'"));
    }
    let p = next(&mut values, PostStatus::Published.as_str().into());
    conditions.push(format!("p.status = {p}"));
    if let Some(c) = query.category {
        let p = next(&mut values, c.0.into());
        conditions.push(format!("t.category_id = {p}"));
    }
    from.push_str(" WHERE ");
    from.push_str(&conditions.join(" AND "));
    // Ranking: bm25 of the trigram match on SQLite; trigram word similarity on PostgreSQL (its
    // value is bound last, only for the query that orders).
    let rank = match (backend, ranked_by) {
        (DatabaseBackend::Sqlite, _) if sqlite_match => "f.rank, p.id DESC".to_string(),
        (DatabaseBackend::Postgres, Some(folded)) => {
            let p = next(&mut values, folded.to_string().into());
            format!("word_similarity({p}, p.search_text) DESC, p.id DESC")
        }
        _ => "p.id DESC".to_string(),
    };
    Sql { from, values, rank }
}

async fn count(
    db: &DatabaseConnection,
    backend: DatabaseBackend,
    terms: &[&str],
    query: &PostSearch,
) -> Result<u64, AppError> {
    let sql = build(backend, terms, None, query);
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            format!("SELECT COUNT(*) AS n FROM {}", sql.from),
            sql.values,
        ))
        .await?;
    let n: i64 = row.map(|r| r.try_get("", "n")).transpose()?.unwrap_or(0);
    Ok(u64::try_from(n).unwrap_or(0))
}

async fn ranked_ids(
    db: &DatabaseConnection,
    backend: DatabaseBackend,
    terms: &[&str],
    folded: &str,
    query: &PostSearch,
    page: u32,
) -> Result<Vec<PostId>, AppError> {
    let sql = build(backend, terms, Some(folded), query);
    let offset = u64::from(page - 1) * POSTS_PER_PAGE;
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            format!(
                "SELECT p.id AS id FROM {} ORDER BY {} LIMIT {POSTS_PER_PAGE} OFFSET {offset}",
                sql.from, sql.rank
            ),
            sql.values,
        ))
        .await?;
    rows.iter()
        .map(|r| {
            r.try_get::<i32>("", "id")
                .map(PostId)
                .map_err(AppError::from)
        })
        .collect()
}
