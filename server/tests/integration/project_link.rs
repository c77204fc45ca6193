//! Threads and events about a project: a member starts a thread from the project's page, staff
//! create an event there; both name the project, and the project's page lists them, each to
//! those who may see it. Only a published project can be named. Project 1 (Hanoi) is published;
//! project 11 is a proposal in review.

use axum::http::StatusCode;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::common::*;
use crate::event::{pairs, set_status, symposium};
use app::api::event::{GetEvent, GetEventForm, SaveEvent};
use app::api::project::GetProject;
use app::api::thread::{GetThread, StartThread};
use app::server::db::entity::thread;

async fn project(
    client: &mut Client,
    id: &str,
) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    let res = client.call::<GetProject>(&[("id", id)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(res.body)
}

async fn a_thread_about_a_project_is_listed_on_its_page(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let mut other = app.login("kato@owari-minato.example").await?;
    let page = project(&mut member, "1").await?;
    assert_eq!(page["rights"]["discuss"], true);
    assert_eq!(
        page["rights"]["schedule"], false,
        "members do not run events"
    );
    assert_eq!(page["threads"], serde_json::json!([]));

    let thread = [
        ("form[category_id]", "1"),
        ("form[title]", "ハノイ健診センターの通訳体制"),
        ("form[body]", "通訳の手配について意見をください。"),
        ("form[project_id]", "1"),
    ];
    let res = member.call::<StartThread>(&thread).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let id = res.body.to_string();
    let res = other
        .call::<GetThread>(&[("id", &id), ("page", "1")])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(res.body["project"]["id"], 1);
    assert_eq!(
        res.body["project"]["title"]["en"],
        "Japanese-style health-check center in Hanoi"
    );
    let listed = project(&mut other, "1").await?["threads"].clone();
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");
    assert_eq!(listed[0]["title"], "ハノイ健診センターの通訳体制");
    assert_eq!(listed[0]["replies"], 0);

    // A proposal in review cannot be named (its title is not for every member), nor can a
    // project that does not exist; nothing is written.
    let before = thread::Entity::find().count(&app.db).await?;
    for unseen in ["11", "999"] {
        let mut form = thread.to_vec();
        form[3] = ("form[project_id]", unseen);
        let res = member.call::<StartThread>(&form).await?;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    }
    assert_eq!(thread::Entity::find().count(&app.db).await?, before);
    Ok(())
}

async fn an_event_about_a_project_shows_once_published(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut staff = app.login(STAFF).await?;
    let mut member = app.login(MEMBER).await?;
    assert_eq!(project(&mut staff, "1").await?["rights"]["schedule"], true);

    let form = symposium(&[("form[project_id]", "1")]);
    let res = staff.call::<SaveEvent>(&pairs(&form)).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let id = res.body.to_string();
    // A draft is listed for staff only.
    let events = |body: serde_json::Value| body["events"].as_array().map(Vec::len);
    assert_eq!(events(project(&mut staff, "1").await?), Some(1));
    assert_eq!(events(project(&mut member, "1").await?), Some(0));
    let res = set_status(&mut staff, &id, "published", "").await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let listed = project(&mut member, "1").await?["events"].clone();
    assert_eq!(listed[0]["title"]["en"], "MEJ Forum Symposium", "{listed}");
    let res = member.call::<GetEvent>(&[("id", &id)]).await?;
    assert_eq!(res.body["project"]["id"], 1, "{}", res.body);
    // Its form carries the project, so an edit keeps it.
    let res = staff.call::<GetEventForm>(&[("id", &id)]).await?;
    assert_eq!(res.body["project_id"], 1, "{}", res.body);

    let form = symposium(&[("form[project_id]", "11")]);
    let res = staff.call::<SaveEvent>(&pairs(&form)).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    Ok(())
}

on_both_backends!(
    a_thread_about_a_project_is_listed_on_its_page,
    an_event_about_a_project_shows_once_published,
);
