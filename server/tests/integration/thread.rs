//! Knowledge-sharing threads over HTTP: starting, listing (pinned first, latest activity, unread
//! counts), reading, replying (also at the same moment), locked threads, and markdown that comes
//! out inert through both the post and the preview.

use axum::http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::common::*;
use app::api::thread::*;
use app::model::ThreadId;
use app::server::db::entity::post;
use app::server::markdown::live_content;

const XSS_CORPUS: &str = include_str!("../../../app/src/server/xss_corpus.txt");

pub(crate) async fn start(
    client: &mut Client,
    category: &str,
    title: &str,
    body: &str,
) -> Result<i64, Box<dyn std::error::Error>> {
    let res = client
        .call::<StartThread>(&[
            ("form[category_id]", category),
            ("form[title]", title),
            ("form[body]", body),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.body.as_i64().ok_or_else(|| "no thread id".into())
}

/// The list item of thread `id` on the first page of all threads, as `client` sees it.
async fn listed(
    client: &mut Client,
    id: i64,
) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    let res = client.call::<ListThreads>(&[("query[page]", "1")]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.body["items"]
        .as_array()
        .and_then(|items| items.iter().find(|t| t["id"] == id).cloned())
        .ok_or_else(|| format!("thread {id} not on the first page").into())
}

/// A member starts a thread; it is listed first after the pinned one and first in its category;
/// another member sees it as new until they open it; their reply is new to the starter.
async fn members_start_threads_and_others_reply(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let id = start(
        &mut member,
        "3",
        "ラオスでの看護師研修",
        "経験のある方はいますか?",
    )
    .await?;

    let all = member.call::<ListThreads>(&[("query[page]", "1")]).await?;
    let items = all.body["items"].as_array().ok_or("no items")?;
    assert_eq!(
        items[0]["pinned"], true,
        "the secretariat's pinned thread stays on top"
    );
    assert_eq!(items[1]["id"], id, "then the latest activity");
    let in_category = member
        .call::<ListThreads>(&[("query[category]", "3"), ("query[page]", "1")])
        .await?;
    assert_eq!(in_category.body["items"][0]["id"], id);
    assert_eq!(
        in_category.body["category"]["name"]["en"],
        "Country regulations"
    );
    assert_eq!(
        listed(&mut member, id).await?["unread"],
        0,
        "one's own post is read"
    );

    let mut colleague = app.login(ORG_ADMIN).await?;
    assert_eq!(listed(&mut colleague, id).await?["unread"], 1);
    let thread = colleague
        .call::<GetThread>(&[("id", &id.to_string()), ("page", "1")])
        .await?;
    assert_eq!(thread.body["title"], "ラオスでの看護師研修");
    assert_eq!(
        thread.body["posts"][0]["author"]["name"]["family_name"],
        "森"
    );
    assert!(
        thread.body["posts"][0]["html"]
            .as_str()
            .is_some_and(|h| h.contains("<p>経験のある方はいますか?</p>")),
        "{}",
        thread.body
    );
    assert_eq!(listed(&mut colleague, id).await?["unread"], 0);

    let reply = colleague
        .call::<ReplyToThread>(&[
            ("form[thread_id]", &id.to_string()),
            ("form[body]", "はい、**2025年**に実施しました。"),
        ])
        .await?;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["page"], 1, "the reply is on page 1");
    assert_eq!(reply.body["pending"], false);
    let seen = listed(&mut member, id).await?;
    assert_eq!(seen["unread"], 1);
    assert_eq!(seen["replies"], 1);
    assert_eq!(seen["last_poster"]["family_name"], "中村");

    let page = member.get(&format!("/threads/{id}")).await?;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .as_str()
            .is_some_and(|h| h.contains("<strong>2025年</strong>")),
        "the server-rendered page shows the reply"
    );
    assert_eq!(
        member.get("/threads/999999").await?.status,
        StatusCode::NOT_FOUND
    );
    Ok(())
}

/// A form with nothing in it is refused field by field; nothing is written.
async fn incomplete_threads_are_refused_field_by_field(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let before = member
        .call::<ListThreads>(&[("query[page]", "1")])
        .await?
        .body["total"]
        .clone();
    let res = member
        .call::<StartThread>(&[("form[title]", "Hi"), ("form[body]", " ")])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut fields = res.fields();
    fields.sort();
    assert_eq!(fields, ["body", "category_id", "title"]);
    let res = member
        .call::<StartThread>(&[
            ("form[category_id]", "99"),
            ("form[title]", "Training nurses"),
            ("form[body]", "text"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "no such category");
    let after = member
        .call::<ListThreads>(&[("query[page]", "1")])
        .await?
        .body["total"]
        .clone();
    assert_eq!(before, after);
    Ok(())
}

/// A locked thread refuses replies with a clear kind, and its counters do not move.
async fn locked_threads_refuse_replies(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let locked = member
        .call::<GetThread>(&[("id", "14"), ("page", "1")])
        .await?;
    assert_eq!(
        locked.body["locked"], true,
        "demo thread 14 is the locked notice"
    );
    let res = member
        .call::<ReplyToThread>(&[("form[thread_id]", "14"), ("form[body]", "Can I join?")])
        .await?;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(res.body["kind"], "thread_locked", "{}", res.body);
    let after = member
        .call::<GetThread>(&[("id", "14"), ("page", "1")])
        .await?;
    assert_eq!(after.body["replies"], locked.body["replies"]);
    assert_eq!(after.body["posts"], locked.body["posts"]);
    Ok(())
}

/// Replies sent at the same moment all land, with consecutive numbers and right counters.
async fn simultaneous_replies_get_consecutive_numbers(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let id = start(
        &mut member,
        "2",
        "Interpreters at night",
        "How do you cover nights?",
    )
    .await?;
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..8 {
        let mut client = app
            .login(if n % 2 == 0 { MEMBER } else { ORG_ADMIN })
            .await?;
        let id = id.to_string();
        tasks.spawn(async move {
            client
                .call::<ReplyToThread>(&[
                    ("form[thread_id]", &id),
                    ("form[body]", &format!("Reply {n}")),
                ])
                .await
                .map(|r| r.status)
                .map_err(|e| e.to_string())
        });
    }
    while let Some(done) = tasks.join_next().await {
        assert_eq!(done??, StatusCode::OK);
    }
    let thread = member
        .call::<GetThread>(&[("id", &id.to_string()), ("page", "1")])
        .await?;
    assert_eq!(thread.body["replies"], 8);
    let numbers: Vec<i64> = thread.body["posts"]
        .as_array()
        .ok_or("no posts")?
        .iter()
        .filter_map(|p| p["number"].as_i64())
        .collect();
    assert_eq!(numbers, (1..=9).collect::<Vec<_>>());
    Ok(())
}

/// Every payload of the XSS corpus comes out inert through the preview and through a stored
/// post, and the thread page shows exactly what was stored.
async fn posts_and_previews_are_inert(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let id = start(&mut member, "6", "Markdown test", "Payloads follow.").await?;
    let payloads: Vec<String> = XSS_CORPUS
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.replace("\\n", "\n"))
        .collect();
    assert!(payloads.len() >= 100);
    for payload in &payloads {
        let preview = member.call::<PreviewPost>(&[("body", payload)]).await?;
        assert_eq!(
            preview.status,
            StatusCode::OK,
            "{payload:?}: {}",
            preview.body
        );
        let html = preview.body.as_str().ok_or("no preview")?;
        assert_eq!(live_content(html), None, "preview of {payload:?}: {html}");
        let reply = member
            .call::<ReplyToThread>(&[
                ("form[thread_id]", &id.to_string()),
                ("form[body]", payload),
            ])
            .await?;
        assert_eq!(reply.status, StatusCode::OK, "{payload:?}: {}", reply.body);
    }
    let stored = post::Entity::find()
        .filter(post::Column::ThreadId.eq(ThreadId(i32::try_from(id)?)))
        .all(&app.db)
        .await?;
    assert_eq!(stored.len(), payloads.len() + 1);
    for p in &stored {
        assert_eq!(
            live_content(&p.body_html),
            None,
            "post {}: {}",
            p.number,
            p.body_html
        );
    }
    let page = member
        .call::<GetThread>(&[("id", &id.to_string()), ("page", "2")])
        .await?;
    for shown in page.body["posts"].as_array().ok_or("no posts")? {
        let stored = stored
            .iter()
            .find(|p| i64::from(p.number) == shown["number"].as_i64().unwrap_or(0))
            .ok_or("shown post not stored")?;
        assert_eq!(shown["html"], stored.body_html.as_str());
    }
    Ok(())
}

async fn search(
    client: &mut Client,
    args: &[(&str, &str)],
) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    let res = client.call::<SearchPosts>(args).await?;
    assert_eq!(res.status, StatusCode::OK, "{args:?}: {}", res.body);
    Ok(res.body)
}

/// The highlighted pieces of a hit's field, as `[match]` in the text.
fn marked(pieces: &serde_json::Value) -> String {
    pieces
        .as_array()
        .map(|a| {
            a.iter()
                .map(|p| {
                    let text = p["text"].as_str().unwrap_or_default();
                    if p["matched"] == true {
                        format!("[{text}]")
                    } else {
                        text.to_string()
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Search finds two-character Japanese words, mixed Japanese and English, English words and
/// katakana typed as hiragana; it highlights the matches and filters by category.
async fn search_finds_japanese_and_english(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;

    let found = search(&mut member, &[("query[q]", "通訳")]).await?;
    assert!(found["total"].as_u64().unwrap_or(0) >= 3, "{found}");
    assert!(
        marked(&found["items"][0]["snippet"]).contains("[通訳]"),
        "{found}"
    );

    let found = search(&mut member, &[("query[q]", "JCI 認証")]).await?;
    let first = &found["items"][0];
    assert!(marked(&first["title"]).contains("[JCI]"), "{found}");
    assert!(
        marked(&first["snippet"]).contains("[JCI] [認証]")
            || marked(&first["snippet"]).contains("[認証]"),
        "{found}"
    );

    let found = search(&mut member, &[("query[q]", "dialysis")]).await?;
    assert!(
        marked(&found["items"][0]["title"]).contains("Hemo[dialysis]"),
        "{found}"
    );

    let found = search(
        &mut member,
        &[("query[q]", "医療"), ("query[category]", "2")],
    )
    .await?;
    let items = found["items"].as_array().ok_or("no items")?;
    assert!(!items.is_empty());
    assert!(
        items
            .iter()
            .all(|h| h["category_name"]["en"] == "Inbound / international patients"),
        "{found}"
    );
    assert!(
        !search(&mut member, &[("query[q]", "看護")]).await?["items"]
            .as_array()
            .ok_or("no items")?
            .is_empty()
    );

    start(
        &mut member,
        "4",
        "ラオスの看護学校との提携",
        "Partnership with a nursing school",
    )
    .await?;
    let found = search(&mut member, &[("query[q]", "らおす")]).await?;
    assert_eq!(
        marked(&found["items"][0]["title"]),
        "[ラオス]の看護学校との提携"
    );

    assert_eq!(search(&mut member, &[("query[q]", "")]).await?["total"], 0);
    assert_eq!(
        search(&mut member, &[("query[q]", "zzzzqqq")]).await?["total"],
        0
    );
    let long = "医".repeat(201);
    let res = member.call::<SearchPosts>(&[("query[q]", &long)]).await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.fields(), ["q"]);
    Ok(())
}

/// A word in thousands of posts: the newest thousand are ranked and the count says "more";
/// every page of them is there, and a rarer word beside it narrows to an exact count.
async fn common_words_rank_the_newest_thousand(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    app::server::seed_bulk::seed_bulk_threads(&app.db, 400, 8000).await?;
    let mut member = app.login(MEMBER).await?;
    for q in ["nurses", "看護"] {
        let found = search(&mut member, &[("query[q]", q)]).await?;
        assert_eq!(found["total"], 1000, "{q}");
        assert_eq!(found["more"], true, "{q}");
        assert_eq!(found["pages"], 50, "{q}");
        let last = search(&mut member, &[("query[q]", q), ("query[page]", "50")]).await?;
        assert_eq!(last["items"].as_array().map(Vec::len), Some(20), "{q}");
        // A page beyond the last shows the last.
        let beyond = search(&mut member, &[("query[q]", q), ("query[page]", "70")]).await?;
        assert_eq!(beyond["page"], 50, "{q}");
        assert_eq!(beyond["items"], last["items"], "{q}");
    }
    let found = search(&mut member, &[("query[q]", "dialysis")]).await?;
    assert_eq!(found["more"], false, "{found}");
    assert!(found["total"].as_u64().unwrap_or(0) >= 1, "{found}");
    Ok(())
}

/// The statements `run` sends to the database.
async fn statements<F, Fut>(app: &TestApp, run: F) -> Result<usize, Box<dyn std::error::Error>>
where
    F: FnOnce(sea_orm::DatabaseConnection) -> Fut,
    Fut: std::future::Future<Output = Result<(), app::model::AppError>>,
{
    let counter = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut db = app.db.clone();
    let seen = counter.clone();
    db.set_metric_callback(move |_| {
        seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    });
    run(db).await.map_err(|e| e.to_string())?;
    Ok(counter.load(std::sync::atomic::Ordering::SeqCst))
}

/// A thread page and a thread list cost the same few statements however many posts, authors
/// and threads they show (no statement per row).
async fn pages_read_a_fixed_number_of_statements(backend: Backend) -> TestResult {
    use app::model::thread::ThreadQuery;
    use app::server::service::thread;
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let id = start(&mut member, "1", "Counting statements", "First post").await?;
    let thread_id = ThreadId(i32::try_from(id)?);
    // Staff (id 2) have read none of it, so each view also moves their read mark (one upsert).
    let reader = app::model::permissions::Person {
        id: app::model::UserId(2),
        role: app::model::Role::Staff,
        organization_id: app::model::OrganizationId(1),
    };
    let short = statements(&app, |db| async move {
        thread::view(&db, &reader, None, thread_id, 1)
            .await
            .map(drop)
    })
    .await?;
    let mut others = Vec::new();
    for email in [
        ORG_ADMIN,
        "tanaka@sakura-hospital.example",
        "li.mei@naniwa-mc.example",
    ] {
        others.push(app.login(email).await?);
    }
    for n in 0..30 {
        let client = &mut others[n % 3];
        let res = client
            .call::<ReplyToThread>(&[
                ("form[thread_id]", &id.to_string()),
                ("form[body]", &format!("Reply {n}")),
            ])
            .await?;
        assert_eq!(res.status, StatusCode::OK);
    }
    let full = statements(&app, |db| async move {
        thread::view(&db, &reader, None, thread_id, 1)
            .await
            .map(drop)
    })
    .await?;
    let last = statements(&app, |db| async move {
        thread::view(&db, &reader, None, thread_id, 2)
            .await
            .map(drop)
    })
    .await?;
    assert_eq!(
        (short, full, last),
        (short, short, short),
        "one post or twenty, same statements"
    );
    // The thread, its category, the page's posts, their authors and organizations, the
    // reader's bookmarks among them, whether they follow it and how far they have read (one
    // statement), their read mark moved.
    assert!(short <= 8, "{short} statements for a thread page");
    // A page read again moves no read mark: nothing is written.
    let again = statements(&app, |db| async move {
        thread::view(&db, &reader, None, thread_id, 2)
            .await
            .map(drop)
    })
    .await?;
    assert_eq!(again, last - 1, "a page read again writes nothing");
    let query = ThreadQuery {
        category: None,
        page: 1,
    };
    let list = statements(&app, |db| async move {
        thread::list(&db, reader.id, &query).await.map(drop)
    })
    .await?;
    let query = ThreadQuery {
        category: Some(app::model::CategoryId(1)),
        page: 1,
    };
    let in_category = statements(&app, |db| async move {
        thread::list(&db, reader.id, &query).await.map(drop)
    })
    .await?;
    assert!(
        list <= 7 && in_category <= 9,
        "{list} / {in_category} statements for a list of 30 threads"
    );

    // A whole page request: its status check, the header and the page's data look the
    // signed-in user up once (`PageCache`). The session, the user, the thread's visibility
    // for the status; the header's organization, two-step state and unread count; the
    // page's own statements. (Each of the three asking for itself cost six more.)
    let counter = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut counted = app.db.clone();
    let seen = counter.clone();
    counted.set_metric_callback(move |_| {
        seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    });
    let mut reader = member.with_router(router(&counted, &app.mail_dir)).await?;
    let page = reader.get(&format!("/threads/{id}")).await?;
    assert_eq!(page.status, StatusCode::OK);
    let whole = counter.load(std::sync::atomic::Ordering::SeqCst);
    assert!(
        whole <= short + 6,
        "{whole} statements for a whole thread page ({short} for its data)"
    );
    Ok(())
}

on_both_backends!(
    search_finds_japanese_and_english,
    common_words_rank_the_newest_thousand,
    pages_read_a_fixed_number_of_statements,
    members_start_threads_and_others_reply,
    incomplete_threads_are_refused_field_by_field,
    locked_threads_refuse_replies,
    simultaneous_replies_get_consecutive_numbers,
    posts_and_previews_are_inert,
);
