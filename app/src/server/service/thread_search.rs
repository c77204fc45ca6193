//! Full-text search over threads' posts that works for Japanese as for English. Posts keep a
//! folded copy of their text (`search_text`: the thread's title with the first post, NFKC,
//! lowercase, hiragana). Terms of three characters or more use the engine's trigram index (an
//! FTS5 `trigram` table on SQLite, a `pg_trgm` GIN index on PostgreSQL); shorter terms (医療,
//! 看護, 通訳), which trigrams cannot find, are matched with `LIKE` on the same column. The newest
//! `SEARCH_CANDIDATES` matches are ranked (bm25 on SQLite, trigram word similarity on
//! PostgreSQL), newest first on ties; beyond them the page says "more than": however common the
//! words, a search reads a bounded number of rows.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, QueryFilter,
    Statement, Value,
};

use super::category;
use super::thread::authors;
use crate::model::search::{check_query, fold, highlight};
use crate::model::thread::{
    POSTS_PER_PAGE, PostSearch, PostSearchHit, PostSearchPage, PostStatus, SEARCH_CANDIDATES,
    clamp_page, page_count,
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
            more: false,
            page: 1,
            pages: 1,
            items: Vec::new(),
        });
    }
    let backend = db.get_database_backend();
    // One statement finds the matches, counts them and ranks the page asked for; only a page
    // beyond the last needs a second one, for the last page.
    let (mut found, mut ids) = ranked_page(db, backend, &terms, &folded, query, query.page).await?;
    let mut page = query.page.max(1);
    if ids.is_empty() && page > 1 {
        (found, ids) = ranked_page(db, backend, &terms, &folded, query, 1).await?;
        page = clamp_page(
            query.page,
            page_count(found.min(SEARCH_CANDIDATES), POSTS_PER_PAGE),
        );
        if page > 1 {
            (found, ids) = ranked_page(db, backend, &terms, &folded, query, page).await?;
        }
    }
    let total = found.min(SEARCH_CANDIDATES);
    let pages = page_count(total, POSTS_PER_PAGE);
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
    let categories = category::names(db).await?;
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
        more: found > SEARCH_CANDIDATES,
        page,
        pages,
        items,
    })
}

/// A search as SQL: the candidates (`m`: the newest matching published posts, in the category if
/// one is chosen, one more than are ranked; `c`: those ranked) with their bound values, and how
/// to rank them. Long terms go
/// through the engine's trigram index, short ones through `LIKE`. On SQLite the FTS match drives
/// the join (`CROSS JOIN` keeps it the outer loop: as the inner one it ran once per post) and
/// yields its rows newest first (`ORDER BY f.rowid DESC`, which FTS5 serves itself), so the
/// search stops at the limit instead of sorting every match; their bm25 rank comes with them.
struct Sql {
    candidates: String,
    values: Vec<Value>,
    /// `FROM … ORDER BY …` of the ranked query over `c`.
    ranked: String,
}

fn build(backend: DatabaseBackend, terms: &[&str], folded: &str, query: &PostSearch) -> Sql {
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
    let sqlite = backend == DatabaseBackend::Sqlite;
    let phrase = long
        .iter()
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ");
    let fts = sqlite && !long.is_empty();
    let mut from = String::from("post p JOIN thread t ON t.id = p.thread_id");
    let mut conditions = Vec::new();
    if fts {
        from = "post_fts f CROSS JOIN post p ON p.id = f.rowid JOIN thread t ON t.id = p.thread_id"
            .to_string();
        let p = next(&mut values, phrase.into());
        conditions.push(format!("post_fts MATCH {p}"));
    } else if !sqlite {
        for term in &long {
            let p = next(&mut values, contains_pattern(term).into());
            conditions.push(format!("p.search_text LIKE {p} ESCAPE '\\'"));
        }
    }
    for term in terms.iter().filter(|t| t.chars().count() < 3) {
        // On PostgreSQL the pairs' index finds the posts with both characters side by side.
        if !sqlite && term.chars().count() == 2 {
            let p = next(&mut values, term.to_string().into());
            conditions.push(format!("p.search_pairs @> search_bigrams({p})"));
        }
        let p = next(&mut values, contains_pattern(term).into());
        conditions.push(format!("p.search_text LIKE {p} ESCAPE '\\'"));
    }
    // `+`: SQLite then reads posts newest first by id and stops at the candidates' limit,
    // instead of reading every published post through the status index.
    let p = next(&mut values, PostStatus::Published.as_str().into());
    conditions.push(format!("{}p.status = {p}", if sqlite { "+" } else { "" }));
    if let Some(c) = query.category {
        let p = next(&mut values, c.0.into());
        conditions.push(format!("t.category_id = {p}"));
    }
    let (rank, newest) = if fts {
        ("bm25(post_fts)", "f.rowid")
    } else {
        ("0", "p.id")
    };
    // `m`: the newest matches, one more than are ranked (to tell "more than"); `c`: those ranked.
    let candidates = format!(
        "WITH m AS (SELECT p.id AS id, p.search_text AS text, {rank} AS rank FROM {from} \
         WHERE {} ORDER BY {newest} DESC LIMIT {}), \
         c AS (SELECT * FROM m ORDER BY id DESC LIMIT {SEARCH_CANDIDATES})",
        conditions.join(" AND "),
        SEARCH_CANDIDATES + 1
    );
    // Ranking among the candidates: bm25 of the trigram match on SQLite, trigram word
    // similarity on PostgreSQL; newest first on ties.
    let ranked = match backend {
        DatabaseBackend::Sqlite if fts => "c ORDER BY c.rank, c.id DESC".to_string(),
        DatabaseBackend::Postgres => {
            let p = next(&mut values, folded.to_string().into());
            format!("c ORDER BY word_similarity({p}, c.text) DESC, c.id DESC")
        }
        _ => "c ORDER BY c.id DESC".to_string(),
    };
    Sql {
        candidates,
        values,
        ranked,
    }
}

/// How many posts match (counted up to one more than are ranked), and the ids of page `page`
/// of them in rank order.
async fn ranked_page(
    db: &DatabaseConnection,
    backend: DatabaseBackend,
    terms: &[&str],
    folded: &str,
    query: &PostSearch,
    page: u32,
) -> Result<(u64, Vec<PostId>), AppError> {
    let sql = build(backend, terms, folded, query);
    let offset = u64::from(page.max(1) - 1) * POSTS_PER_PAGE;
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            format!(
                "{} SELECT c.id AS id, (SELECT COUNT(*) FROM m) AS n FROM {} \
                 LIMIT {POSTS_PER_PAGE} OFFSET {offset}",
                sql.candidates, sql.ranked
            ),
            sql.values,
        ))
        .await?;
    let found = match rows.first() {
        Some(r) => u64::try_from(r.try_get::<i64>("", "n")?).unwrap_or(0),
        None => 0,
    };
    let ids = rows
        .iter()
        .map(|r| {
            r.try_get::<i32>("", "id")
                .map(PostId)
                .map_err(AppError::from)
        })
        .collect::<Result<_, _>>()?;
    Ok((found, ids))
}
