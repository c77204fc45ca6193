//! One post's life over HTTP: edits (the author's, and staff's with a reason, both kept in the
//! history), deletion by the author, the accepted answer, bookmarks; following a thread and
//! @mentions, told once each to the right people.

use axum::http::StatusCode;
use serde_json::Value;

use crate::common::*;
use crate::moderation::post_of;
use crate::thread::start;
use app::api::moderation::*;
use app::api::notification::*;
use app::api::post::*;
use app::api::thread::*;

async fn reply(
    client: &mut Client,
    thread: i64,
    body: &str,
) -> Result<(), Box<dyn std::error::Error>> {
    let res = client
        .call::<ReplyToThread>(&[
            ("form[thread_id]", &thread.to_string()),
            ("form[body]", body),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(())
}

/// The kinds of `client`'s notifications about `thread`, newest first.
async fn told(client: &mut Client, thread: i64) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let res = client.call::<ListNotifications>(&[]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(res.body["items"]
        .as_array()
        .ok_or("no items")?
        .iter()
        .filter(|n| n["place"]["thread_id"] == thread)
        .filter_map(|n| n["kind"].as_str().map(String::from))
        .collect())
}

fn id_of(post: &Value) -> String {
    post["id"].to_string()
}

/// The author edits and deletes their post; others may not; staff edit with a reason (the
/// author is told, the log keeps it) and read every earlier text; a deleted post shows only
/// that it was deleted and changes no more.
async fn authors_edit_and_delete_staff_see_the_history(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut author = app.login(MEMBER).await?;
    let mut other = app.login(ORG_ADMIN).await?;
    let mut staff = app.login(STAFF).await?;
    let thread = start(
        &mut author,
        "1",
        "Nurse training in Hanoi",
        "We start in **May**.",
    )
    .await?;
    let post = id_of(&post_of(&mut author, thread, 1).await?);

    let source = author.call::<GetPostSource>(&[("post_id", &post)]).await?;
    assert_eq!(source.body["body"], "We start in **May**.");
    assert_eq!(source.body["revision"], 0);
    let edit = |body: &'static str| {
        [
            ("form[post_id]", post.clone()),
            ("form[body]", body.to_string()),
        ]
    };
    let args = edit("We start in **June**.");
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = other.call::<EditPost>(&args).await?;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "not their post");
    let res = author.call::<EditPost>(&args).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let seen = post_of(&mut other, thread, 1).await?;
    assert_eq!(seen["edited"], true);
    assert!(
        seen["html"]
            .as_str()
            .unwrap_or("")
            .contains("<strong>June</strong>")
    );

    // Staff edit someone else's post only with a reason.
    let staff_edit = [
        ("form[post_id]", post.as_str()),
        ("form[body]", "We start in June (details removed)."),
        ("form[revision]", "1"),
    ];
    let res = staff.call::<EditPost>(&staff_edit).await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.fields(), ["note"]);
    let with_reason = [
        staff_edit[0],
        staff_edit[1],
        staff_edit[2],
        ("form[template]", "patient_info"),
        ("form[note]", "Removed a patient's initials."),
    ];
    let res = staff.call::<EditPost>(&with_reason).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(told(&mut author, thread).await?, ["post_edited"]);
    let history = staff.call::<GetPostHistory>(&[("post_id", &post)]).await?;
    assert_eq!(history.status, StatusCode::OK, "{}", history.body);
    assert_eq!(
        history.body["current"],
        "We start in June (details removed)."
    );
    let revisions = history.body["revisions"].as_array().ok_or("no revisions")?;
    assert_eq!(revisions.len(), 2);
    assert_eq!(revisions[0]["body_source"], "We start in **June**.");
    assert_eq!(revisions[0]["reason"]["template"], "patient_info");
    assert_eq!(revisions[1]["body_source"], "We start in **May**.");
    assert_eq!(
        revisions[1]["reason"],
        Value::Null,
        "the author's own edit needs no reason"
    );
    let hidden = author.call::<GetPostHistory>(&[("post_id", &post)]).await?;
    assert_eq!(
        hidden.status,
        StatusCode::FORBIDDEN,
        "the history is the staff's"
    );
    let log = staff
        .call::<GetModerationLog>(&[("query[action]", "edit")])
        .await?;
    assert_eq!(log.body["total"], 1, "{}", log.body);

    // The author deletes a reply: it stays in place, without its text, and changes no more.
    reply(&mut author, thread, "A reply I regret.").await?;
    let second = id_of(&post_of(&mut author, thread, 2).await?);
    let refused = other.call::<DeletePost>(&[("post_id", &second)]).await?;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let res = author.call::<DeletePost>(&[("post_id", &second)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let gone = post_of(&mut other, thread, 2).await?;
    assert_eq!(gone["status"], "deleted");
    assert_eq!(gone["html"], "");
    let again = author.call::<DeletePost>(&[("post_id", &second)]).await?;
    assert_eq!(again.body["kind"], "post_deleted", "{}", again.body);
    let edit_deleted = author
        .call::<EditPost>(&[("form[post_id]", &second), ("form[body]", "Back")])
        .await?;
    assert_eq!(edit_deleted.status, StatusCode::CONFLICT);
    Ok(())
}

/// Two people edit one post from the same text at the same moment: one edit is saved, the other
/// is told the post changed (and nothing of it is written); so is an edit sent from a form
/// opened before another edit.
async fn two_edits_at_once_one_wins(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut author = app.login(MEMBER).await?;
    let mut staff = app.login(STAFF).await?;
    let thread = start(
        &mut author,
        "1",
        "Equipment customs in Thailand",
        "Original",
    )
    .await?;
    let post = id_of(&post_of(&mut author, thread, 1).await?);
    let mine = [
        ("form[post_id]", post.as_str()),
        ("form[body]", "Author's version"),
    ];
    let theirs = [
        ("form[post_id]", post.as_str()),
        ("form[body]", "Staff version"),
        ("form[template]", "inappropriate"),
    ];
    let (a, b) = tokio::join!(
        author.call::<EditPost>(&mine),
        staff.call::<EditPost>(&theirs)
    );
    let loser = one_wins(a?, b?);
    assert_eq!(loser.body["kind"], "post_changed");
    let history = staff.call::<GetPostHistory>(&[("post_id", &post)]).await?;
    assert_eq!(history.body["revisions"].as_array().map(Vec::len), Some(1));
    let stale = author
        .call::<EditPost>(&[
            ("form[post_id]", &post),
            ("form[revision]", "0"),
            ("form[body]", "Late"),
        ])
        .await?;
    assert_eq!(stale.body["kind"], "post_changed", "{}", stale.body);
    let current = author.call::<GetPostSource>(&[("post_id", &post)]).await?;
    assert_eq!(current.body["revision"], 1);
    Ok(())
}

/// Starting and replying follow a thread; a reply tells the followers, a mention tells the
/// member named (once, even if they follow too), never the writer; code does not mention;
/// after unfollowing, nothing more.
async fn followers_and_mentioned_members_are_told_once(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut starter = app.login(MEMBER).await?; // 森 絵里香, MORI Erika
    let mut replier = app.login(ORG_ADMIN).await?;
    let mut tanaka = app.login("tanaka@sakura-hospital.example").await?; // 田中 直樹
    let thread = start(&mut starter, "2", "Interpreters in Osaka", "Which agency?").await?;
    reply(
        &mut replier,
        thread,
        "Ask @田中直樹, he arranged it.\n\n`@MoriErika` in code is not a mention.",
    )
    .await?;
    assert_eq!(told(&mut starter, thread).await?, ["reply"]);
    assert_eq!(told(&mut tanaka, thread).await?, ["mention"]);
    assert!(
        told(&mut replier, thread).await?.is_empty(),
        "never the writer"
    );

    reply(&mut tanaka, thread, "@MoriErika we use a remote service.").await?;
    assert_eq!(
        told(&mut starter, thread).await?,
        ["mention", "reply"],
        "a follower who is mentioned is told once"
    );
    assert_eq!(told(&mut replier, thread).await?, ["reply"]);
    // The dashboard's panel: the thread with its unread replies, and the mention.
    let news = starter.call::<GetThreadNews>(&[]).await?;
    assert_eq!(news.body["followed"][0]["id"], thread, "{}", news.body);
    assert_eq!(news.body["followed"][0]["unread"], 2);
    assert_eq!(news.body["mentions"][0]["place"]["thread_id"], thread);
    assert_eq!(
        news.body["mentions"][0]["by"]["romanized_name"],
        "TANAKA Naoki"
    );
    let view = starter
        .call::<GetThread>(&[("id", &thread.to_string()), ("page", "1")])
        .await?;
    assert_eq!(view.status, StatusCode::OK);
    let news = starter.call::<GetThreadNews>(&[]).await?;
    assert!(
        news.body["followed"]
            .as_array()
            .is_some_and(|f| f.iter().all(|t| t["id"] != thread)),
        "read: no longer new"
    );

    let thread_id = thread.to_string();
    let res = starter
        .call::<FollowThread>(&[
            ("change[thread_id]", &thread_id),
            ("change[follow]", "false"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let view = starter
        .call::<GetThread>(&[("id", &thread_id), ("page", "1")])
        .await?;
    assert_eq!(view.body["following"], false);
    reply(&mut replier, thread, "One more thing.").await?;
    assert_eq!(
        told(&mut starter, thread).await?.len(),
        2,
        "unfollowed: not told"
    );
    Ok(())
}

/// The starter marks a reply as the answer (shown with the thread, listed as solved, its author
/// told); nobody else may; the question itself is not an answer; unmarking clears it.
async fn the_starter_marks_the_answer(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut starter = app.login(MEMBER).await?;
    let mut replier = app.login(ORG_ADMIN).await?;
    let thread = start(
        &mut starter,
        "3",
        "Device registration in Indonesia",
        "How long?",
    )
    .await?;
    reply(&mut replier, thread, "About **eight months** with AKL.").await?;
    let answer = id_of(&post_of(&mut starter, thread, 2).await?);
    let question = id_of(&post_of(&mut starter, thread, 1).await?);
    let thread_id = thread.to_string();
    let mark = [
        ("thread_id", thread_id.as_str()),
        ("post_id", answer.as_str()),
    ];
    let refused = replier.call::<AcceptAnswer>(&mark).await?;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let not_an_answer = starter
        .call::<AcceptAnswer>(&[("thread_id", &thread_id), ("post_id", &question)])
        .await?;
    assert_eq!(not_an_answer.body["kind"], "not_an_answer");
    let res = starter.call::<AcceptAnswer>(&mark).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let view = replier
        .call::<GetThread>(&[("id", &thread_id), ("page", "1")])
        .await?;
    assert_eq!(view.body["accepted"]["number"], 2, "{}", view.body);
    assert!(
        view.body["accepted"]["html"]
            .as_str()
            .unwrap_or("")
            .contains("eight months")
    );
    assert_eq!(view.body["posts"][1]["accepted"], true);
    assert_eq!(told(&mut replier, thread).await?[0], "answer_accepted");
    let list = replier
        .call::<ListThreads>(&[("query[category]", "3")])
        .await?;
    let listed = list.body["items"]
        .as_array()
        .and_then(|items| items.iter().find(|t| t["id"] == thread).cloned())
        .ok_or("not listed")?;
    assert_eq!(listed["answered"], true);
    let res = starter
        .call::<AcceptAnswer>(&[("thread_id", &thread_id)])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let view = replier
        .call::<GetThread>(&[("id", &thread_id), ("page", "1")])
        .await?;
    assert_eq!(view.body["accepted"], Value::Null);
    Ok(())
}

/// A member bookmarks posts, sees them marked and listed newest first, and takes one off; a post
/// they cannot read cannot be bookmarked.
async fn members_bookmark_posts(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let mut other = app.login(ORG_ADMIN).await?;
    let thread = start(
        &mut other,
        "4",
        "Accreditation abroad: JCI or local?",
        "Which first?",
    )
    .await?;
    reply(&mut other, thread, "We did the local one first.").await?;
    let first = id_of(&post_of(&mut member, thread, 1).await?);
    let second = id_of(&post_of(&mut member, thread, 2).await?);
    for post in [&first, &second] {
        let res = member
            .call::<BookmarkPost>(&[("post_id", post), ("on", "true")])
            .await?;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    }
    let again = member
        .call::<BookmarkPost>(&[("post_id", &first), ("on", "true")])
        .await?;
    assert_eq!(
        again.status,
        StatusCode::OK,
        "bookmarking twice changes nothing"
    );
    assert_eq!(post_of(&mut member, thread, 2).await?["bookmarked"], true);
    assert_eq!(
        post_of(&mut other, thread, 2).await?["bookmarked"],
        false,
        "bookmarks are one's own"
    );
    let list = member.call::<ListBookmarks>(&[]).await?;
    let items = list.body.as_array().ok_or("no list")?;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["place"]["number"], 2, "newest first");
    assert_eq!(items[1]["excerpt"], "Which first?");
    let res = member
        .call::<BookmarkPost>(&[("post_id", &second), ("on", "false")])
        .await?;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(
        member
            .call::<ListBookmarks>(&[])
            .await?
            .body
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let missing = member
        .call::<BookmarkPost>(&[("post_id", "99999"), ("on", "true")])
        .await?;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    Ok(())
}

on_both_backends!(
    authors_edit_and_delete_staff_see_the_history,
    two_edits_at_once_one_wins,
    followers_and_mentioned_members_are_told_once,
    the_starter_marks_the_answer,
    members_bookmark_posts
);
