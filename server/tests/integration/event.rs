//! Events over HTTP: staff create one (programme and questions in one request), publish it and
//! edit it; members find it in the list, read it in their own time zone, register with their
//! answers, and are told when it is cancelled. Drafts and other organizations' events stay
//! hidden.

use axum::http::StatusCode;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
};
use serde_json::Value;

use crate::common::*;
use app::api::event::*;
use app::api::notification::ListNotifications;
use app::api::registration::RegisterForEvent;
use app::model::EventId;
use app::server::db::entity::{event_question, registration, user};

/// A complete event two months ahead, in Tokyo, with one programme item and two questions.
pub(crate) fn symposium(extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, String)> {
    let day = (chrono::Utc::now() + chrono::Duration::days(60))
        .format("%Y-%m-%d")
        .to_string();
    let mut form: Vec<(&'static str, String)> = vec![
        ("form[kind]", "symposium".into()),
        ("form[format]", "hybrid".into()),
        ("form[visibility]", "members".into()),
        ("form[title_ja]", "MEJフォーラム シンポジウム".into()),
        ("form[title_en]", "MEJ Forum Symposium".into()),
        (
            "form[description_en]",
            "**Japanese medicine abroad**".into(),
        ),
        ("form[starts_at]", format!("{day}T14:00")),
        ("form[ends_at]", format!("{day}T17:30")),
        ("form[time_zone]", "Asia/Tokyo".into()),
        ("form[venue_ja]", "東京国際フォーラム".into()),
        ("form[venue_en]", "Tokyo International Forum".into()),
        ("form[online_url]", "https://meet.example.org/mej".into()),
        ("form[capacity]", "1".into()),
        ("form[sessions][0][starts_at]", format!("{day}T14:00")),
        ("form[sessions][0][ends_at]", format!("{day}T14:15")),
        ("form[sessions][0][title_ja]", "開会挨拶".into()),
        ("form[sessions][0][title_en]", "Opening remarks".into()),
        ("form[sessions][0][speakers]", "山田太郎, MEJ".into()),
        ("form[questions][0][kind]", "single".into()),
        ("form[questions][0][label_ja]", "懇親会".into()),
        ("form[questions][0][label_en]", "Reception".into()),
        (
            "form[questions][0][options]",
            "出席 / Attending\n欠席 / Not attending".into(),
        ),
        ("form[questions][0][required]", "true".into()),
        ("form[questions][1][kind]", "text".into()),
        ("form[questions][1][label_ja]", "食事の制限".into()),
        ("form[questions][1][label_en]", "Dietary needs".into()),
    ];
    for (k, v) in extra {
        form.retain(|(key, _)| key != k);
        form.push((k, v.to_string()));
    }
    form
}

pub(crate) fn pairs<'a>(form: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    form.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

pub(crate) async fn set_status(
    staff: &mut Client,
    id: &str,
    status: &str,
    reason: &str,
) -> Result<Response, Box<dyn std::error::Error>> {
    staff
        .call::<ChangeEventStatus>(&[
            ("change[id]", id),
            ("change[status]", status),
            ("change[reason]", reason),
        ])
        .await
}

/// Staff create, publish and edit an event; a member abroad reads it in both zones, registers
/// with answers (a missing required one is named) and then sees the meeting link.
async fn staff_create_and_members_register(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut staff = app.login(STAFF).await?;
    let mut member = app.login(MEMBER).await?;

    let bad = symposium(&[
        ("form[ends_at]", "2020-01-01T00:00"),
        ("form[capacity]", "0"),
        ("form[questions][0][options]", "出席"),
    ]);
    let res = staff.call::<SaveEvent>(&pairs(&bad)).await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(res.fields(), ["ends_at", "capacity", "questions.0.options"]);

    let res = staff.call::<SaveEvent>(&pairs(&symposium(&[]))).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let id = res.body.as_i64().ok_or("no id")?.to_string();

    // A draft: members do not see it.
    let res = member.call::<GetEvent>(&[("id", &id)]).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    let res = member.call::<SaveEvent>(&pairs(&symposium(&[]))).await?;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.body);
    let res = set_status(&mut staff, &id, "published", "").await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = set_status(&mut staff, &id, "published", "").await?;
    assert_eq!(res.error(), "conflict", "{}", res.body);

    // The member reads in Berlin time.
    let mut me = user::Entity::find()
        .filter(user::Column::Email.eq(MEMBER))
        .one(&app.db)
        .await?
        .ok_or("no member")?
        .into_active_model();
    me.time_zone = Set("Europe/Berlin".into());
    me.update(&app.db).await?;
    let res = member
        .call::<ListEvents>(&[("query[kind]", "symposium")])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let listed: Vec<&Value> = res.body["items"]
        .as_array()
        .ok_or("no items")?
        .iter()
        .filter(|e| e["id"].as_i64().is_some_and(|n| n.to_string() == id))
        .collect();
    assert_eq!(listed.len(), 1, "{}", res.body);
    let when = &listed[0]["when"];
    assert!(
        when["event"]["ja"]
            .as_str()
            .unwrap_or("")
            .ends_with("14:00〜17:30 (JST)"),
        "{when}"
    );
    assert!(
        when["viewer"]["en"]
            .as_str()
            .unwrap_or("")
            .ends_with("06:00–09:30 (CET)"),
        "{when}"
    );
    let res = member
        .call::<ListEvents>(&[("query[past]", "true")])
        .await?;
    assert!(
        !res.body["items"]
            .to_string()
            .contains("MEJ Forum Symposium"),
        "{}",
        res.body
    );

    let res = member.call::<GetEvent>(&[("id", &id)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        res.body["online_url"],
        Value::Null,
        "the link waits for a seat"
    );
    assert_eq!(res.body["sessions"][0]["time"]["en"], "14:00–14:15");
    assert_eq!(
        res.body["description_html"]["en"],
        "<p><strong>Japanese medicine abroad</strong></p>\n"
    );
    let questions = res.body["questions"]
        .as_array()
        .ok_or("no questions")?
        .clone();
    let (q1, q2) = (
        questions[0]["id"].to_string(),
        questions[1]["id"].to_string(),
    );

    let res = member
        .call::<RegisterForEvent>(&[("event_id", id.as_str()), ("answers[q0]", "x")])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(res.fields(), [format!("answers.q{q1}")]);
    let (reception, diet) = (format!("answers[q{q1}]"), format!("answers[q{q2}]"));
    let res = member
        .call::<RegisterForEvent>(&[
            ("event_id", id.as_str()),
            (&reception, "0"),
            (&diet, "ハラール"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(res.body["status"], "confirmed");
    let stored = registration::Entity::find()
        .filter(registration::Column::EventId.eq(id.parse::<i32>()?))
        .one(&app.db)
        .await?
        .ok_or("no registration")?;
    assert_eq!(
        stored.answers,
        format!(r#"{{"{q1}":[0],"{q2}":"ハラール"}}"#)
    );
    let res = member.call::<GetEvent>(&[("id", &id)]).await?;
    assert_eq!(res.body["online_url"], "https://meet.example.org/mej");
    assert_eq!(res.body["summary"]["mine"]["status"], "confirmed");
    assert_eq!(res.body["summary"]["seats_left"], 0);

    // Editing keeps the questions' ids; a capacity under the seats held is refused.
    let res = staff.call::<GetEventForm>(&[("id", &id)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        res.body["questions"][0]["options"],
        "出席 / Attending\n欠席 / Not attending"
    );
    assert_eq!(
        res.body["starts_at"]
            .as_str()
            .map(|s| s.ends_with("T14:00")),
        Some(true)
    );
    let mut edit = symposium(&[("form[title_en]", "MEJ Forum Symposium 2027")]);
    edit.push(("form[id]", id.clone()));
    edit.push(("form[questions][0][id]", q1.clone()));
    let mut too_small = edit.clone();
    too_small.retain(|(k, _)| *k != "form[capacity]");
    too_small.push(("form[capacity]", "0".into()));
    let res = staff.call::<SaveEvent>(&pairs(&too_small)).await?;
    assert_eq!(res.fields(), ["capacity"]);
    let res = staff.call::<SaveEvent>(&pairs(&edit)).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let kept = event_question::Entity::find()
        .filter(event_question::Column::EventId.eq(id.parse::<i32>()?))
        .all(&app.db)
        .await?;
    assert_eq!(kept.len(), 2);
    assert_eq!(
        kept.iter().filter(|q| q.id.to_string() == q1).count(),
        1,
        "the answered question stays"
    );
    Ok(())
}

/// Cancelling needs a reason; every registrant gets a notification that names the event, and a
/// mail with the reason; the event takes no more registrations.
async fn cancelling_tells_every_registrant(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let id = open_event(&app.db, 10).await?.to_string();
    let mut staff = app.login(STAFF).await?;
    let mut member = app.login(MEMBER).await?;
    let res = member
        .call::<RegisterForEvent>(&[("event_id", &id)])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);

    let res = set_status(&mut staff, &id, "cancelled", " ").await?;
    assert_eq!(res.fields(), ["reason"]);
    let reason = "講師の来日が延期となったため。";
    let res = set_status(&mut staff, &id, "cancelled", reason).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);

    let res = member.call::<ListNotifications>(&[]).await?;
    let first = &res.body["items"][0];
    assert_eq!(first["kind"], "event_cancelled", "{}", res.body);
    assert_eq!(first["event"]["title"]["en"], "MEJ Symposium");
    assert_eq!(first["reason"]["note"], reason);
    assert!(app.mails_to(MEMBER)?.iter().any(|m| m.contains(reason)));
    let res = member.call::<GetEvent>(&[("id", &id)]).await?;
    assert_eq!(res.body["cancel_reason"], reason);
    let res = set_status(&mut staff, &id, "published", "").await?;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.body);
    Ok(())
}

/// An event for invited organizations only, as staff set it up in the form: it must invite
/// someone; members of other organizations neither list it nor open it; staff read whom it
/// invites; the form brings the invitations back, and inviting the member's organization
/// shows it to them.
async fn invited_events_stay_hidden(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut staff = app.login(STAFF).await?;
    let mut member = app.login(MEMBER).await?;
    let orgs: std::collections::HashMap<String, String> = user::Entity::find()
        .all(&app.db)
        .await?
        .into_iter()
        .map(|u| (u.email, u.organization_id.to_string()))
        .collect();
    let (mine, other) = (
        orgs[MEMBER].clone(),
        orgs["ito@owari-minato.example"].clone(),
    );
    assert_ne!(mine, other);

    let res = staff
        .call::<SaveEvent>(&pairs(&symposium(&[("form[visibility]", "invited")])))
        .await?;
    assert_eq!(res.fields(), ["invited"], "{}", res.body);
    let res = staff
        .call::<SaveEvent>(&pairs(&symposium(&[
            ("form[visibility]", "invited"),
            ("form[invited][]", "99999"),
        ])))
        .await?;
    assert_eq!(
        res.fields(),
        ["invited"],
        "an organization that is not one: {}",
        res.body
    );
    let mut form = symposium(&[("form[visibility]", "invited")]);
    form.push(("form[invited][]", other.clone()));
    let res = staff.call::<SaveEvent>(&pairs(&form)).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let id = EventId(i32::try_from(res.body.as_i64().ok_or("no id")?)?);
    set_status(&mut staff, &id.to_string(), "published", "").await?;

    let shown = |body: &Value, id: EventId| {
        body["items"]
            .as_array()
            .is_some_and(|items| items.iter().any(|e| e["id"] == id.0))
    };
    let res = member
        .call::<ListEvents>(&[("query[past]", "false")])
        .await?;
    assert!(!shown(&res.body, id), "{}", res.body);
    let res = member.call::<GetEvent>(&[("id", &id.to_string())]).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res = staff.call::<GetEvent>(&[("id", &id.to_string())]).await?;
    assert_eq!(
        res.body["invited"].as_array().map(Vec::len),
        Some(1),
        "{}",
        res.body
    );
    let res = staff
        .call::<GetEventForm>(&[("id", &id.to_string())])
        .await?;
    assert_eq!(res.body["invited"].to_string(), format!("[{other}]"));

    // Inviting the member's organization too: now they see it.
    form.push(("form[id]", id.to_string()));
    form.push(("form[invited][]", mine));
    let res = staff.call::<SaveEvent>(&pairs(&form)).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = member
        .call::<ListEvents>(&[("query[past]", "false")])
        .await?;
    assert!(shown(&res.body, id), "{}", res.body);
    Ok(())
}

/// The demo's events go in beside the demo's people: every kind of state a page shows.
async fn demo_events_seed(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    app::server::seed_events::seed_events(&app.db, chrono::Utc::now()).await?;
    let mut member = app.login(MEMBER).await?;
    let res = member
        .call::<ListEvents>(&[("query[past]", "false")])
        .await?;
    assert_eq!(
        res.body["total"], 4,
        "upcoming, the committee by invitation: {}",
        res.body
    );
    let res = member
        .call::<ListEvents>(&[("query[past]", "true")])
        .await?;
    assert_eq!(
        res.body["total"], 2,
        "last year's symposium, last month's delegation: {}",
        res.body
    );
    let statuses: Vec<String> = registration::Entity::find()
        .all(&app.db)
        .await?
        .iter()
        .map(|r| r.status.as_str().to_string())
        .collect();
    for status in [
        "confirmed",
        "waitlisted",
        "pending",
        "cancelled",
        "declined",
        "attended",
    ] {
        assert!(
            statuses.iter().any(|s| s == status),
            "{status}: {statuses:?}"
        );
    }
    Ok(())
}

on_both_backends!(
    demo_events_seed,
    staff_create_and_members_register,
    cancelling_tells_every_registrant,
    invited_events_stay_hidden
);
