//! Symposium digests over HTTP: staff write one only for an event that took place, each problem
//! named beside its field; the preview and the page show the summary through the sanitizing
//! pipeline; members read it only once published; its discussion is started once, however many
//! members ask for it at the same moment.

use axum::http::StatusCode;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::common::*;
use app::api::digest::{
    DiscussDigest, GetDigest, GetDigestForm, ListDigests, PreviewDigest, PublishDigest, SaveDigest,
};
use app::api::event::GetEvent;
use app::server::db::entity::thread;

const SUMMARY_EN: &str = "## Keynote\n\nTraining **comes first**.<script>alert(1)</script>";

/// The form's fields for event `id`, with `materials`.
fn form<'a>(id: &'a str, materials: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("form[event_id]", id),
        ("form[summary_ja]", "研修が先です。"),
        ("form[summary_en]", SUMMARY_EN),
        ("form[key_points_ja]", "・研修\n・許認可"),
        ("form[key_points_en]", "- Training\n- Licences"),
        ("form[materials]", materials),
        ("form[category_id]", "1"),
    ]
}

const SLIDES: &str = "Slides | https://example.org/slides.pdf";

async fn staff_write_and_publish_members_read(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let id = held_event(&app.db).await?.to_string();
    let mut staff = app.login(STAFF).await?;
    let mut member = app.login(MEMBER).await?;

    // Not for an event still to come; every problem beside its field.
    let upcoming = open_event(&app.db, 10).await?.to_string();
    let res = staff.call::<SaveDigest>(&form(&upcoming, SLIDES)).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    let res = staff
        .call::<SaveDigest>(&form(&id, "Slides | javascript:alert(1)"))
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(res.body.to_string().contains("materials"), "{}", res.body);

    // The preview renders without saving, sanitized.
    let res = staff.call::<PreviewDigest>(&form(&id, SLIDES)).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let html = res.body["summary_html"]["en"].as_str().unwrap_or_default();
    assert!(html.contains("<strong>comes first</strong>"), "{html}");
    assert!(!html.contains("<script"), "{html}");
    assert_eq!(
        res.body["key_points_en"],
        serde_json::json!(["Training", "Licences"])
    );
    let res = staff.call::<GetDigestForm>(&[("event_id", &id)]).await?;
    assert_eq!(res.body["summary_en"], "", "nothing saved by the preview");

    // Saved, it is a draft: staff see it, members do not.
    let res = staff.call::<SaveDigest>(&form(&id, SLIDES)).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = member.call::<GetDigest>(&[("event_id", &id)]).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    assert_eq!(
        member.call::<ListDigests>(&[]).await?.body,
        serde_json::json!([])
    );
    let res = staff.call::<ListDigests>(&[]).await?;
    assert_eq!(
        res.body[0]["published"],
        serde_json::Value::Null,
        "{}",
        res.body
    );
    let res = member.call::<GetEvent>(&[("id", &id)]).await?;
    assert_eq!(res.body["digest"], "Absent", "{}", res.body);

    // Published, members read it, linked from the event.
    let res = staff
        .call::<PublishDigest>(&[("change[event_id]", &id), ("change[published]", "true")])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = member.call::<GetDigest>(&[("event_id", &id)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        res.body["key_points_ja"],
        serde_json::json!(["研修", "許認可"])
    );
    assert_eq!(
        res.body["materials"],
        serde_json::json!([{"label": "Slides", "url": "https://example.org/slides.pdf"}])
    );
    assert_eq!(res.body["can_edit"], false);
    assert_eq!(res.body["discussable"], true);
    let res = member.call::<ListDigests>(&[]).await?;
    assert_eq!(
        res.body[0]["excerpt"]["en"], "Keynote Training comes first.<script>alert(1)</script>",
        "{}",
        res.body
    );
    let res = member.call::<GetEvent>(&[("id", &id)]).await?;
    assert_eq!(res.body["digest"], "Published", "{}", res.body);

    // Taken back to a draft, it is gone for members again.
    staff
        .call::<PublishDigest>(&[("change[event_id]", &id), ("change[published]", "false")])
        .await?;
    let res = member.call::<GetDigest>(&[("event_id", &id)]).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    Ok(())
}

async fn one_discussion_however_many_start_it(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let id = held_event(&app.db).await?.to_string();
    let mut staff = app.login(STAFF).await?;
    staff.call::<SaveDigest>(&form(&id, SLIDES)).await?;
    let args = [("event_id", id.as_str())];
    let mut member = app.login(MEMBER).await?;
    let res = member.call::<DiscussDigest>(&args).await?;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "a draft has no discussion"
    );
    staff
        .call::<PublishDigest>(&[("change[event_id]", &id), ("change[published]", "true")])
        .await?;

    let mut other = app.login(ORG_ADMIN).await?;
    let before = thread::Entity::find().count(&app.db).await?;
    let (a, b) = tokio::join!(
        member.call::<DiscussDigest>(&args),
        other.call::<DiscussDigest>(&args)
    );
    let (a, b) = (a?, b?);
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(b.status, StatusCode::OK, "{}", b.body);
    assert_eq!(a.body, b.body, "both reach the same thread");
    let after = thread::Entity::find().count(&app.db).await?;
    assert_eq!(after, before + 1, "one thread started");
    let res = staff.call::<GetDigest>(&args).await?;
    assert_eq!(res.body["thread_id"], a.body, "{}", res.body);
    Ok(())
}

on_both_backends!(
    staff_write_and_publish_members_read,
    one_discussion_however_many_start_it
);
