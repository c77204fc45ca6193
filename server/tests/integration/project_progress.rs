//! A project's progress through its server functions: the lead adds milestones, the lead and
//! partners tick them and post updates (sanitized markdown), members follow the project and
//! are told, never of what they did themselves. Project 1 (Hanoi) is led by the demo hospital
//! (`MEMBER`), with the Yaesu clinic a partner and Shinonome Imaging an observer.

use axum::http::StatusCode;

use crate::common::*;
use app::api::project::{
    AddMilestone, FollowProject, GetProject, PostProjectUpdate, TickMilestone,
};

/// A member of Owari Minato General Hospital, which takes no part in project 1.
const FOLLOWER: &str = "kato@owari-minato.example";
const PARTNER: &str = "morita@yaesu-healthcheck.example";
const OBSERVER: &str = "sakamoto@shinonome-imaging.example";

async fn progress(client: &mut Client) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    let res = client.call::<GetProject>(&[("id", "1")]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(res.body["progress"].clone())
}

async fn the_lead_adds_milestones_partners_tick_them_followers_are_told(
    backend: Backend,
) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut lead = app.login(MEMBER).await?;
    let mut partner = app.login(PARTNER).await?;
    let mut observer = app.login(OBSERVER).await?;
    let mut follower = app.login(FOLLOWER).await?;

    let res = follower
        .call::<FollowProject>(&[("id", "1"), ("follow", "true")])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(progress(&mut follower).await?["following"], true);

    // Bad input: each problem beside its field.
    let bad = [
        ("form[project]", "1"),
        ("form[title_ja]", " "),
        ("form[due_on]", "2027-13-01"),
    ];
    let res = lead.call::<AddMilestone>(&bad).await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(res.fields(), ["title_ja", "due_on"]);
    let add = [
        ("form[project]", "1"),
        ("form[title_ja]", "開所式"),
        ("form[title_en]", "Opening ceremony"),
        ("form[due_on]", "2027-05-20"),
    ];
    let res = partner.call::<AddMilestone>(&add).await?;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "only the lead adds: {}",
        res.body
    );
    let res = lead.call::<AddMilestone>(&add).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let id = res.body.to_string();
    let milestones = progress(&mut lead).await?["milestones"].clone();
    let last = milestones
        .as_array()
        .and_then(|m| m.last())
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        last["title"]["en"], "Opening ceremony",
        "added last: {milestones}"
    );
    assert_eq!(last["done_at"], serde_json::Value::Null);

    // The lead and partners tick; an observer or an outsider cannot.
    let tick = [("id", id.as_str()), ("done", "true")];
    for client in [&mut observer, &mut follower] {
        let res = client.call::<TickMilestone>(&tick).await?;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    }
    let (a, b) = tokio::join!(
        partner.call::<TickMilestone>(&tick),
        lead.call::<TickMilestone>(&tick)
    );
    assert_eq!(a?.status, StatusCode::OK);
    assert_eq!(
        b?.status,
        StatusCode::OK,
        "ticked twice: the second changes nothing"
    );
    assert_eq!(told(&mut follower, "milestone_done").await?, 1, "told once");
    assert_eq!(
        told(&mut partner, "milestone_done").await?,
        0,
        "not of one's own tick"
    );
    let milestones = progress(&mut follower).await?["milestones"].to_string();
    assert!(milestones.contains("Opening ceremony"), "{milestones}");

    // Not following any more: not told.
    let res = follower
        .call::<FollowProject>(&[("id", "1"), ("follow", "false")])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    lead.call::<TickMilestone>(&[("id", id.as_str()), ("done", "false")])
        .await?;
    lead.call::<TickMilestone>(&tick).await?;
    assert_eq!(told(&mut follower, "milestone_done").await?, 1);
    assert_eq!(progress(&mut follower).await?["following"], false);
    Ok(())
}

async fn updates_go_through_the_sanitizer_and_followers_are_told(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut partner = app.login(PARTNER).await?;
    let mut observer = app.login(OBSERVER).await?;
    let mut follower = app.login(FOLLOWER).await?;
    follower
        .call::<FollowProject>(&[("id", "1"), ("follow", "true")])
        .await?;

    let res = partner
        .call::<PostProjectUpdate>(&[("form[project]", "1"), ("form[body]", " \n ")])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(res.fields(), ["body"]);
    let body =
        "**機器の据付が完了**しました。<script>alert(1)</script> [report](javascript:alert(1))";
    let update = [("form[project]", "1"), ("form[body]", body)];
    let res = observer.call::<PostProjectUpdate>(&update).await?;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "observers read: {}",
        res.body
    );
    let res = partner.call::<PostProjectUpdate>(&update).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);

    let newest = progress(&mut follower).await?["updates"][0].clone();
    let html = newest["body_html"].as_str().unwrap_or_default();
    assert!(html.contains("<strong>機器の据付が完了</strong>"), "{html}");
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("javascript:"), "{html}");
    assert_eq!(
        newest["organization"]["en"], "Yaesu Health Check Clinic",
        "{newest}"
    );
    assert_eq!(told(&mut follower, "project_updated").await?, 1);
    assert_eq!(
        told(&mut partner, "project_updated").await?,
        0,
        "not of one's own update"
    );
    // Posting follows the project: the partner is told of the next update.
    let mut lead = app.login(MEMBER).await?;
    let res = lead
        .call::<PostProjectUpdate>(&[("form[project]", "1"), ("form[body]", "Opening on 20 May.")])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(told(&mut partner, "project_updated").await?, 1);
    assert_eq!(told(&mut follower, "project_updated").await?, 2);

    // A proposal in review takes no updates, even from its lead.
    let mut proposer = app.login(PARTNER).await?;
    let res = proposer
        .call::<PostProjectUpdate>(&[("form[project]", "11"), ("form[body]", "x")])
        .await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    Ok(())
}

on_both_backends!(
    the_lead_adds_milestones_partners_tick_them_followers_are_told,
    updates_go_through_the_sanitizer_and_followers_are_told,
);
