//! Moderation over HTTP: members flag posts and follow their flags; moderators claim queue
//! items and act with a reason; authors see why, reporters hear the outcome, the log keeps every
//! action; two moderators at once: one wins, the other is told.

use axum::http::StatusCode;
use serde_json::Value;

use crate::common::*;
use app::api::auth::GetCurrentUser;
use app::api::moderation::*;
use app::api::notification::*;
use app::api::thread::*;

/// A thread started by `starter` with one reply by `replier`; answers the thread's id and the
/// reply's post id.
async fn thread_with_reply(
    starter: &mut Client,
    replier: &mut Client,
) -> Result<(i64, i64), Box<dyn std::error::Error>> {
    let res = starter
        .call::<StartThread>(&[
            ("form[category_id]", "2"),
            ("form[title]", "Interpreters for Vietnamese patients"),
            ("form[body]", "Which agencies do you work with?"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let thread = res.body.as_i64().ok_or("no thread id")?;
    let res = replier
        .call::<ReplyToThread>(&[
            ("form[thread_id]", &thread.to_string()),
            (
                "form[body]",
                "Call 090-1234-5678 and ask for the patient Tanaka.",
            ),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let reply = post_of(replier, thread, 2).await?["id"]
        .as_i64()
        .ok_or("no post id")?;
    Ok((thread, reply))
}

/// Post `number` of `thread` as `client` sees it.
pub(crate) async fn post_of(
    client: &mut Client,
    thread: i64,
    number: i64,
) -> Result<Value, Box<dyn std::error::Error>> {
    let res = client
        .call::<GetThread>(&[("id", &thread.to_string()), ("page", "1")])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.body["posts"]
        .as_array()
        .and_then(|posts| posts.iter().find(|p| p["number"] == number).cloned())
        .ok_or_else(|| format!("no post {number}").into())
}

async fn moderate(
    client: &mut Client,
    args: &[(&str, &str)],
) -> Result<Response, Box<dyn std::error::Error>> {
    client.call::<Moderate>(args).await
}

/// Two moderators send the same action at the same moment: one succeeds, the other gets a
/// conflict, which is answered.
async fn at_once(
    one: &mut Client,
    other: &mut Client,
    args: &[(&str, &str)],
) -> Result<Response, Box<dyn std::error::Error>> {
    let (a, b) = tokio::join!(moderate(one, args), moderate(other, args));
    Ok(one_wins(a?, b?))
}

/// A member flags a reply with patient details; staff see it in the queue with the reason and
/// the reporter, claim it (another moderator is then refused), hide it with a template and a
/// note; the author sees the post greyed with the reason, others only that it was hidden; the
/// author and the reporter are notified; the log has the action.
async fn a_flag_is_reviewed_and_everyone_is_told(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let mut author = app.login(ORG_ADMIN).await?;
    let (thread, reply) = thread_with_reply(&mut member, &mut author).await?;
    let reply_id = reply.to_string();

    let flag = [
        ("form[post_id]", reply_id.as_str()),
        ("form[reason]", "patient_info"),
        ("form[note]", "A patient's name and a phone number"),
    ];
    let res = member.call::<FlagPost>(&flag).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let again = member.call::<FlagPost>(&flag).await?;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.body["kind"], "already_flagged");
    let first_post = post_of(&mut member, thread, 1).await?["id"].to_string();
    let own = member
        .call::<FlagPost>(&[("form[post_id]", &first_post), ("form[reason]", "spam")])
        .await?;
    assert_eq!(
        own.body["kind"], "not_on_self",
        "nobody flags their own post"
    );
    let mine = member.call::<ListMyFlags>(&[]).await?;
    assert_eq!(mine.body[0]["status"], "open");
    assert_eq!(mine.body[0]["place"]["number"], 2);

    let mut staff = app.login(STAFF).await?;
    let me = staff.call::<GetCurrentUser>(&[]).await?;
    let queued = me.body["review_queue"]
        .as_u64()
        .ok_or("no queue size for staff")?;
    assert_eq!(
        member.call::<GetCurrentUser>(&[]).await?.body["review_queue"],
        Value::Null
    );
    let queue = staff.call::<GetReviewQueue>(&[]).await?;
    assert_eq!(
        queue.body.as_array().map(|q| q.len() as u64),
        Some(queued),
        "the dashboard's count is the queue's length"
    );
    let item = queue
        .body
        .as_array()
        .and_then(|q| q.iter().find(|i| i["place"]["post_id"] == reply).cloned())
        .ok_or("not queued")?;
    assert_eq!(item["flags"][0]["reason"], "patient_info");
    assert_eq!(item["flags"][0]["reporter"]["romanized_name"], "MORI Erika");
    let res = staff.call::<ClaimPost>(&[("post_id", &reply_id)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let mut admin = app.login(ADMIN).await?;
    let taken = admin.call::<ClaimPost>(&[("post_id", &reply_id)]).await?;
    assert_eq!(taken.body["kind"], "claimed_by_other");
    let hide = [
        ("form[post_id]", reply_id.as_str()),
        ("form[action]", "hide"),
        ("form[template]", "patient_info"),
        ("form[note]", "Please remove the phone number."),
    ];
    let refused = moderate(&mut admin, &hide).await?;
    assert_eq!(
        refused.body["kind"], "claimed_by_other",
        "the claim holds against actions too"
    );
    let res = moderate(&mut staff, &hide).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);

    let seen_by_author = post_of(&mut author, thread, 2).await?;
    assert_eq!(seen_by_author["status"], "hidden");
    assert_eq!(seen_by_author["reason"]["template"], "patient_info");
    assert_eq!(
        seen_by_author["reason"]["note"],
        "Please remove the phone number."
    );
    assert!(
        seen_by_author["html"]
            .as_str()
            .unwrap_or("")
            .contains("090-1234-5678")
    );
    let seen_by_others = post_of(&mut member, thread, 2).await?;
    assert_eq!(seen_by_others["status"], "hidden");
    assert_eq!(seen_by_others["html"], "");
    assert_eq!(seen_by_others["reason"], Value::Null);

    let told = author.call::<ListNotifications>(&[]).await?;
    assert_eq!(told.body["unread"], 1);
    assert_eq!(told.body["items"][0]["kind"], "post_hidden");
    assert_eq!(
        told.body["items"][0]["reason"]["note"],
        "Please remove the phone number."
    );
    let told = member.call::<ListNotifications>(&[]).await?;
    assert_eq!(told.body["items"][0]["kind"], "flag_upheld");
    assert_eq!(told.body["items"][0]["place"]["thread_id"], thread);
    let me = member.call::<GetCurrentUser>(&[]).await?;
    assert_eq!(
        me.body["unread_notifications"], 2,
        "the header's count: the reply in their thread, the flag's outcome"
    );
    let res = member.call::<MarkNotificationsRead>(&[]).await?;
    assert_eq!(res.status, StatusCode::OK);
    let me = member.call::<GetCurrentUser>(&[]).await?;
    assert_eq!(me.body["unread_notifications"], 0);
    let mine = member.call::<ListMyFlags>(&[]).await?;
    assert_eq!(mine.body[0]["status"], "upheld");

    let queue = staff.call::<GetReviewQueue>(&[]).await?;
    assert!(
        !queue
            .body
            .as_array()
            .ok_or("no queue")?
            .iter()
            .any(|i| i["place"]["post_id"] == reply),
        "decided items leave the queue"
    );
    // The demo data has hidden posts of other members: the author filter leaves this one.
    let author_id = seen_by_author["author"]["id"].to_string();
    let log = admin
        .call::<GetModerationLog>(&[("query[action]", "hide"), ("query[member]", &author_id)])
        .await?;
    assert_eq!(log.body["total"], 1, "{}", log.body);
    let entry = &log.body["items"][0];
    assert_eq!(entry["moderator"]["romanized_name"], "TAKAHASHI Kenta");
    assert_eq!(entry["member"]["romanized_name"], "NAKAMURA Takashi");
    assert_eq!(entry["post_number"], 2);
    assert_eq!(entry["reason"]["template"], "patient_info");
    let by_other = admin
        .call::<GetModerationLog>(&[("query[action]", "lock"), ("query[member]", &author_id)])
        .await?;
    assert_eq!(by_other.body["total"], 0, "the filter filters");
    let all = admin
        .call::<GetModerationLog>(&[("query[page]", "1")])
        .await?;
    assert!(
        all.body["total"].as_u64() > log.body["total"].as_u64(),
        "{}",
        all.body
    );

    // Restoring says so to the author; a dismissal tells the reporters.
    let restore = [
        ("form[post_id]", reply_id.as_str()),
        ("form[action]", "restore"),
        ("form[note]", "Edited by the author's request"),
    ];
    assert_eq!(moderate(&mut admin, &restore).await?.status, StatusCode::OK);
    assert_eq!(
        post_of(&mut member, thread, 2).await?["status"],
        "published"
    );
    let told = author.call::<ListNotifications>(&[]).await?;
    assert_eq!(told.body["items"][0]["kind"], "post_restored");
    Ok(())
}

/// Two moderators acting on one item at the same moment: exactly one succeeds, the other is
/// told that someone else was first; the same for a thread.
async fn two_moderators_at_once_one_wins(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let mut author = app.login(ORG_ADMIN).await?;
    let (thread, reply) = thread_with_reply(&mut member, &mut author).await?;
    let res = member
        .call::<FlagPost>(&[
            ("form[post_id]", &reply.to_string()),
            ("form[reason]", "spam"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK);
    let mut staff = app.login(STAFF).await?;
    let mut admin = app.login(ADMIN).await?;
    let reply_id = reply.to_string();
    let hide = [
        ("form[post_id]", reply_id.as_str()),
        ("form[action]", "hide"),
        ("form[template]", "spam"),
    ];
    let loser = at_once(&mut staff, &mut admin, &hide).await?;
    assert!(
        ["claimed_by_other", "already_moderated"]
            .contains(&loser.body["kind"].as_str().unwrap_or("")),
        "{}",
        loser.body
    );
    let told = member.call::<ListNotifications>(&[]).await?;
    let outcomes = told.body["items"]
        .as_array()
        .map(|items| items.iter().filter(|n| n["kind"] == "flag_upheld").count());
    assert_eq!(outcomes, Some(1), "the reporter is told once");

    let thread_id = thread.to_string();
    let lock = [
        ("form[thread_id]", thread_id.as_str()),
        ("form[action]", "lock"),
        ("form[template]", "resolved"),
    ];
    let loser = at_once(&mut staff, &mut admin, &lock).await?;
    assert_eq!(loser.body["kind"], "already_moderated");
    let log = staff
        .call::<GetModerationLog>(&[("query[page]", "1")])
        .await?;
    let here = log.body["items"]
        .as_array()
        .ok_or("no log")?
        .iter()
        .filter(|e| e["thread_id"] == thread)
        .count();
    assert_eq!(here, 2, "one entry per action carried out: {}", log.body);
    let reply_refused = author
        .call::<ReplyToThread>(&[
            ("form[thread_id]", &thread_id),
            ("form[body]", "One more thing"),
        ])
        .await?;
    assert_eq!(reply_refused.body["kind"], "thread_locked");
    Ok(())
}

/// A new thread in a category that requires approval is seen only by its author (marked as
/// awaiting approval) until staff approve it; a reply there waits too, and a rejected one shows
/// its author the reason; staff's own posts need no approval.
async fn posts_in_a_reviewed_category_wait_for_approval(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let mut colleague = app.login(ORG_ADMIN).await?;
    let mut staff = app.login(STAFF).await?;
    // The demo's "Forum operations" (category 6) reviews every new post.
    let res = member
        .call::<StartThread>(&[
            ("form[category_id]", "6"),
            ("form[title]", "Can members announce their own seminars?"),
            (
                "form[body]",
                "We hold a seminar on inbound care in January.",
            ),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let thread = res.body.as_i64().ok_or("no thread id")?;
    let thread_id = thread.to_string();
    let in_category = |body: &Value| {
        body["items"]
            .as_array()
            .map(|items| items.iter().any(|t| t["id"] == thread))
            .unwrap_or(false)
    };
    let list = [("query[category]", "6"), ("query[page]", "1")];
    let mine = member.call::<ListThreads>(&list).await?;
    assert!(in_category(&mine.body), "its author sees it: {}", mine.body);
    let listed = mine.body["items"].as_array().ok_or("no items")?;
    assert!(
        listed
            .iter()
            .any(|t| t["id"] == thread && t["awaiting_approval"] == true)
    );
    assert!(!in_category(
        &colleague.call::<ListThreads>(&list).await?.body
    ));
    let hidden = colleague
        .call::<GetThread>(&[("id", thread_id.as_str()), ("page", "1")])
        .await?;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND, "nobody else opens it");
    assert_eq!(post_of(&mut member, thread, 1).await?["status"], "pending");

    let queue = staff.call::<GetReviewQueue>(&[]).await?;
    let item = queue
        .body
        .as_array()
        .and_then(|q| {
            q.iter()
                .find(|i| i["place"]["thread_id"] == thread)
                .cloned()
        })
        .ok_or("not queued")?;
    assert_eq!(item["status"], "pending");
    let first = item["place"]["post_id"].to_string();
    let approve = [
        ("form[post_id]", first.as_str()),
        ("form[action]", "approve"),
    ];
    let res = moderate(&mut staff, &approve).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(in_category(
        &colleague.call::<ListThreads>(&list).await?.body
    ));
    let told = member.call::<ListNotifications>(&[]).await?;
    assert_eq!(told.body["items"][0]["kind"], "post_approved");

    // A reply waits too: its author is told so, the thread's author does not see it yet.
    let res = colleague
        .call::<ReplyToThread>(&[
            ("form[thread_id]", thread_id.as_str()),
            ("form[body]", "Yes, in this category."),
        ])
        .await?;
    assert_eq!(res.body["pending"], true, "{}", res.body);
    let seen = member
        .call::<GetThread>(&[("id", thread_id.as_str()), ("page", "1")])
        .await?;
    assert_eq!(seen.body["posts"].as_array().map(Vec::len), Some(1));
    assert_eq!(seen.body["replies"], 0);
    let listed = member.call::<ListThreads>(&list).await?;
    let row = listed.body["items"]
        .as_array()
        .and_then(|items| items.iter().find(|t| t["id"] == thread).cloned())
        .ok_or("not listed")?;
    assert_eq!(row["unread"], 0, "a reply awaiting approval is not news");
    let reply = post_of(&mut colleague, thread, 2).await?;
    assert_eq!(reply["status"], "pending");
    let reply_id = reply["id"].to_string();
    let reject = [
        ("form[post_id]", reply_id.as_str()),
        ("form[action]", "reject"),
        ("form[template]", "off_topic"),
    ];
    let refused = moderate(
        &mut staff,
        &[
            ("form[post_id]", reply_id.as_str()),
            ("form[action]", "reject"),
        ],
    )
    .await?;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "rejecting needs a reason"
    );
    assert_eq!(moderate(&mut staff, &reject).await?.status, StatusCode::OK);
    let rejected = post_of(&mut colleague, thread, 2).await?;
    assert_eq!(rejected["status"], "hidden");
    assert_eq!(rejected["reason"]["template"], "off_topic");
    let told = colleague.call::<ListNotifications>(&[]).await?;
    assert_eq!(told.body["items"][0]["kind"], "post_rejected");
    assert_ne!(
        member.call::<ListNotifications>(&[]).await?.body["items"][0]["kind"],
        "reply",
        "a reply not published is not news"
    );

    // An approved reply is news for the thread's followers, once approved.
    let res = colleague
        .call::<ReplyToThread>(&[
            ("form[thread_id]", thread_id.as_str()),
            ("form[body]", "The events page has the dates."),
        ])
        .await?;
    assert_eq!(res.body["pending"], true, "{}", res.body);
    let third = post_of(&mut colleague, thread, 3).await?["id"].to_string();
    let approve_reply = [
        ("form[post_id]", third.as_str()),
        ("form[action]", "approve"),
    ];
    assert_eq!(
        moderate(&mut staff, &approve_reply).await?.status,
        StatusCode::OK
    );
    let told = member.call::<ListNotifications>(&[]).await?;
    assert_eq!(told.body["items"][0]["kind"], "reply", "{}", told.body);

    // Staff post there directly.
    let res = staff
        .call::<ReplyToThread>(&[
            ("form[thread_id]", thread_id.as_str()),
            ("form[body]", "Welcome, please use the events page."),
        ])
        .await?;
    assert_eq!(res.body["pending"], false, "{}", res.body);
    Ok(())
}

/// Staff silence a member from one of their posts, for a period and with a reason: the member
/// still reads, sees until when and why, and is told; starting, replying and editing are refused
/// (409 `silenced`). Staff are never silenced. Lifting the silence lets them post again.
async fn a_silenced_member_reads_but_does_not_post(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let mut author = app.login(ORG_ADMIN).await?;
    let mut staff = app.login(STAFF).await?;
    let (thread, reply) = thread_with_reply(&mut member, &mut author).await?;
    let reply_id = reply.to_string();
    let thread_id = thread.to_string();
    let silence = [
        ("form[post_id]", reply_id.as_str()),
        ("form[action]", "silence"),
        ("form[template]", "patient_info"),
        ("form[note]", "Patient details twice this week."),
    ];
    let no_period = moderate(&mut staff, &silence).await?;
    assert_eq!(no_period.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(no_period.fields(), ["days"]);
    let with_period = [
        silence[0],
        silence[1],
        silence[2],
        silence[3],
        ("form[days]", "7"),
    ];
    let res = moderate(&mut staff, &with_period).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);

    let seen = author
        .call::<GetThread>(&[("id", thread_id.as_str()), ("page", "1")])
        .await?;
    assert_eq!(seen.status, StatusCode::OK, "they still read");
    assert_eq!(seen.body["silence"]["reason"]["template"], "patient_info");
    let until = seen.body["silence"]["until"].as_str().unwrap_or("");
    let until = chrono::DateTime::parse_from_rfc3339(until)?;
    let days = (until.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_hours();
    assert!(
        (167..=168).contains(&days),
        "about seven days: {days} hours"
    );
    let others = member
        .call::<GetThread>(&[("id", thread_id.as_str()), ("page", "1")])
        .await?;
    assert_eq!(others.body["silence"], Value::Null, "only the member's own");
    let told = author.call::<ListNotifications>(&[]).await?;
    assert_eq!(told.body["items"][0]["kind"], "silenced");

    let refused = author
        .call::<ReplyToThread>(&[
            ("form[thread_id]", thread_id.as_str()),
            ("form[body]", "Again"),
        ])
        .await?;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.body["kind"], "silenced");
    let refused = author
        .call::<StartThread>(&[
            ("form[category_id]", "1"),
            ("form[title]", "A new thread meanwhile"),
            ("form[body]", "Text"),
        ])
        .await?;
    assert_eq!(refused.body["kind"], "silenced");
    let refused = author
        .call::<app::api::post::EditPost>(&[
            ("form[post_id]", reply_id.as_str()),
            ("form[body]", "Edited"),
        ])
        .await?;
    assert_eq!(refused.body["kind"], "silenced");

    // Staff are never silenced (the thread's first post is staff's own here).
    let staff_thread = staff
        .call::<StartThread>(&[
            ("form[category_id]", "1"),
            ("form[title]", "Secretariat notice"),
            ("form[body]", "Text"),
        ])
        .await?;
    let staff_thread = staff_thread.body.as_i64().ok_or("no thread")?;
    let staff_post = post_of(&mut staff, staff_thread, 1).await?["id"].to_string();
    let refused = moderate(
        &mut staff,
        &[
            ("form[post_id]", staff_post.as_str()),
            ("form[action]", "silence"),
            ("form[template]", "spam"),
            ("form[days]", "1"),
        ],
    )
    .await?;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let lift = [
        ("form[post_id]", reply_id.as_str()),
        ("form[action]", "unsilence"),
        ("form[note]", "Discussed with the member."),
    ];
    assert_eq!(moderate(&mut staff, &lift).await?.status, StatusCode::OK);
    let again = moderate(&mut staff, &lift).await?;
    assert_eq!(
        again.body["kind"], "already_moderated",
        "not silenced any more"
    );
    let res = author
        .call::<ReplyToThread>(&[
            ("form[thread_id]", thread_id.as_str()),
            ("form[body]", "Thank you"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let log = staff
        .call::<GetModerationLog>(&[("query[action]", "silence")])
        .await?;
    assert_eq!(log.body["total"], 1);
    Ok(())
}

/// Staff move a thread to another category with a reason: it is listed there, the log keeps
/// it; moving it where it is already is refused, to a category that does not exist 404.
async fn staff_move_a_thread(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let mut other = app.login(ORG_ADMIN).await?;
    let mut staff = app.login(STAFF).await?;
    let (thread, _) = thread_with_reply(&mut member, &mut other).await?;
    let thread_id = thread.to_string();
    for (category, want) in [
        ("3", StatusCode::OK),
        ("3", StatusCode::CONFLICT),
        ("99", StatusCode::NOT_FOUND),
    ] {
        let args = [
            ("form[thread_id]", thread_id.as_str()),
            ("form[action]", "move"),
            ("form[category_id]", category),
            ("form[note]", "About regulations rather than patients."),
        ];
        let res = moderate(&mut staff, &args).await?;
        assert_eq!(res.status, want, "to {category}: {}", res.body);
    }
    let listed = member
        .call::<ListThreads>(&[("query[category]", "3")])
        .await?;
    let ids: Vec<i64> = listed.body["items"]
        .as_array()
        .map(|items| items.iter().filter_map(|t| t["id"].as_i64()).collect())
        .unwrap_or_default();
    assert!(ids.contains(&thread), "{}", listed.body);
    let log = staff
        .call::<GetModerationLog>(&[("query[action]", "move")])
        .await?;
    assert_eq!(log.body["total"], 1);
    Ok(())
}

/// A new member's first two posts wait for approval (in any category); once two are approved,
/// the next is published at once. Members who joined long ago post directly.
async fn a_new_members_first_two_posts_are_reviewed(backend: Backend) -> TestResult {
    use app::server::db::entity::user;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    let app = TestApp::new(backend).await?;
    // The demo's organization admin has written nothing yet: they joined today.
    user::Entity::update_many()
        .col_expr(user::Column::CreatedAt, Expr::value(chrono::Utc::now()))
        .filter(user::Column::Email.eq(ORG_ADMIN))
        .exec(&app.db)
        .await?;
    let mut newcomer = app.login(ORG_ADMIN).await?;
    let mut staff = app.login(STAFF).await?;
    let res = newcomer
        .call::<StartThread>(&[
            ("form[category_id]", "1"),
            ("form[title]", "Hello from a new member"),
            ("form[body]", "We are starting outbound work in Cambodia."),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let thread = res.body.as_i64().ok_or("no thread")?;
    let first = post_of(&mut newcomer, thread, 1).await?;
    assert_eq!(first["status"], "pending");
    let queue = staff.call::<GetReviewQueue>(&[]).await?;
    assert!(
        queue
            .body
            .as_array()
            .is_some_and(|q| q.iter().any(|i| i["place"]["post_id"] == first["id"]))
    );
    for number in 1..=3 {
        if number > 1 {
            let res = newcomer
                .call::<ReplyToThread>(&[
                    ("form[thread_id]", &thread.to_string()),
                    ("form[body]", &format!("Update {number}")),
                ])
                .await?;
            assert_eq!(
                res.body["pending"],
                number == 2,
                "post {number}: {}",
                res.body
            );
        }
        let post = post_of(&mut newcomer, thread, number).await?;
        if post["status"] == "pending" {
            let id = post["id"].to_string();
            let approve = [("form[post_id]", id.as_str()), ("form[action]", "approve")];
            assert_eq!(moderate(&mut staff, &approve).await?.status, StatusCode::OK);
        }
    }
    let third = post_of(&mut newcomer, thread, 3).await?;
    assert_eq!(
        third["status"], "published",
        "after two approved posts, no more review"
    );
    // A member who joined long ago posts at once.
    let mut member = app.login(MEMBER).await?;
    let res = member
        .call::<ReplyToThread>(&[
            ("form[thread_id]", &thread.to_string()),
            ("form[body]", "Welcome!"),
        ])
        .await?;
    assert_eq!(res.body["pending"], false);
    Ok(())
}

on_both_backends!(
    a_silenced_member_reads_but_does_not_post,
    staff_move_a_thread,
    a_new_members_first_two_posts_are_reviewed,
    posts_in_a_reviewed_category_wait_for_approval,
    a_flag_is_reviewed_and_everyone_is_told,
    two_moderators_at_once_one_wins
);
