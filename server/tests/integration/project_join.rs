//! Requests to join a project through their server functions: an organization asks with what it
//! brings, the lead accepts or declines with a reason, both sides are told; a declined
//! organization may ask again; two decisions at the same moment: one wins. Staff's review tells
//! the proposers. Project 1 (Hanoi) is led by the demo hospital (`MEMBER`), project 2 (endoscopy
//! in Thailand) by the endoscopy society.

use axum::http::StatusCode;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::common::*;
use app::api::notification::ListNotifications;
use app::api::project::{DecideJoinRequest, GetProject, RequestToJoinProject, ReviewProject};
use app::server::db::entity::project_participant;

/// A member of Owari Minato General Hospital, which takes part in neither project.
const ASKER: &str = "kato@owari-minato.example";
const ASKER_ORG: &str = "Owari Minato General Hospital";
/// A member of the endoscopy society, project 2's lead.
const SOCIETY: &str = "goto@jsiee.example";

fn ask<'a>(project: &'a str, role: &'a str, contribution: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("request[project]", project),
        ("request[role]", role),
        ("request[contribution]", contribution),
    ]
}

/// The request `organization` (by its English name) has waiting on `project`, as its lead sees it.
async fn request_of(
    lead: &mut Client,
    project: &str,
    organization: &str,
) -> Result<String, Box<dyn std::error::Error>> {
    let res = lead.call::<GetProject>(&[("id", project)]).await?;
    let requests = res.body["requests"].as_array().cloned().unwrap_or_default();
    let request = requests
        .iter()
        .find(|r| r["organization"]["en"] == organization)
        .ok_or_else(|| format!("no request of {organization}: {}", res.body))?;
    Ok(request["id"].to_string())
}

/// The reader's newest notification.
async fn newest_notice(
    client: &mut Client,
) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    let res = client.call::<ListNotifications>(&[]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(res.body["items"][0].clone())
}

async fn a_request_is_accepted_and_both_sides_are_told(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut asker = app.login(ASKER).await?;
    let mut lead = app.login(MEMBER).await?;
    let mut partner = app.login("li.mei@naniwa-mc.example").await?;
    let before = project_participant::Entity::find().count(&app.db).await?;

    // Bad input: each problem beside its field, nothing written.
    let res = asker
        .call::<RequestToJoinProject>(&ask("1", "lead", "  "))
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(res.fields(), ["role", "contribution"]);
    assert_eq!(
        project_participant::Entity::find().count(&app.db).await?,
        before
    );

    let brings = "Two interpreters for Vietnamese patients' families, one day a week.";
    let res = asker
        .call::<RequestToJoinProject>(&ask("1", "partner", brings))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = asker
        .call::<RequestToJoinProject>(&ask("1", "observer", brings))
        .await?;
    assert_eq!(
        res.status,
        StatusCode::CONFLICT,
        "asked already: {}",
        res.body
    );
    let res = asker.call::<GetProject>(&[("id", "1")]).await?;
    assert_eq!(res.body["mine"]["status"], "requested", "{}", res.body);
    assert_eq!(res.body["rights"]["join"], false);
    assert_eq!(
        res.body["requests"],
        serde_json::json!([]),
        "only the lead sees requests"
    );

    // The lead's people are told, naming the organization.
    let told = newest_notice(&mut lead).await?;
    assert_eq!(told["kind"], "project_join_requested", "{told}");
    assert_eq!(told["project"]["id"], 1);
    assert_eq!(told["organization"]["en"], ASKER_ORG);

    // Only the lead (or staff) decides.
    let id = request_of(&mut lead, "1", ASKER_ORG).await?;
    let accept = [
        ("decision[participant]", id.as_str()),
        ("decision[accept]", "true"),
    ];
    let res = partner.call::<DecideJoinRequest>(&accept).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    let res = asker.call::<DecideJoinRequest>(&accept).await?;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "not one's own request: {}",
        res.body
    );
    let res = lead.call::<DecideJoinRequest>(&accept).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = lead.call::<DecideJoinRequest>(&accept).await?;
    assert_eq!(
        res.status,
        StatusCode::CONFLICT,
        "decided already: {}",
        res.body
    );

    // The project shows both; the asker's people are told.
    let res = asker.call::<GetProject>(&[("id", "1")]).await?;
    let taking_part = res.body["participants"].to_string();
    assert!(taking_part.contains(ASKER_ORG), "{taking_part}");
    assert!(
        taking_part.contains("Toto Sakura Memorial Hospital"),
        "{taking_part}"
    );
    assert!(
        taking_part.contains(brings),
        "its contribution is shown: {taking_part}"
    );
    assert_eq!(res.body["mine"]["status"], "active");
    let told = newest_notice(&mut asker).await?;
    assert_eq!(told["kind"], "project_join_accepted", "{told}");
    assert_eq!(
        told["project"]["title"]["en"],
        "Japanese-style health-check center in Hanoi"
    );
    Ok(())
}

async fn a_declined_organization_reads_the_reason_and_may_ask_again(
    backend: Backend,
) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut asker = app.login(ASKER).await?;
    let mut lead = app.login(SOCIETY).await?;
    let res = asker
        .call::<RequestToJoinProject>(&ask(
            "2",
            "observer",
            "内視鏡室の看護師を研修に派遣できます。",
        ))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let id = request_of(&mut lead, "2", ASKER_ORG).await?;

    let decline = |reason: &'static str| {
        [
            ("decision[participant]", id.as_str()),
            ("decision[accept]", "false"),
            ("decision[reason]", reason),
        ]
    };
    let res = lead.call::<DecideJoinRequest>(&decline(" ")).await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(res.fields(), ["reason"]);
    let reason = "今期の研修枠は埋まりました。来年度にぜひ。";
    let res = lead.call::<DecideJoinRequest>(&decline(reason)).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);

    let res = asker.call::<GetProject>(&[("id", "2")]).await?;
    assert_eq!(res.body["mine"]["status"], "declined", "{}", res.body);
    assert_eq!(res.body["mine"]["reason"], reason);
    assert_eq!(res.body["rights"]["join"], true, "it may ask again");
    assert!(!res.body["participants"].to_string().contains(ASKER_ORG));
    let told = newest_notice(&mut asker).await?;
    assert_eq!(told["kind"], "project_join_declined", "{told}");
    assert_eq!(told["reason"]["note"], reason);
    // Others do not read the reason.
    let res = lead.call::<GetProject>(&[("id", "2")]).await?;
    assert!(!res.body.to_string().contains(reason), "{}", res.body);

    let res = asker
        .call::<RequestToJoinProject>(&ask("2", "partner", "来年度から看護師2名を派遣します。"))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = asker.call::<GetProject>(&[("id", "2")]).await?;
    assert_eq!(res.body["mine"]["status"], "requested", "{}", res.body);
    assert_eq!(res.body["mine"]["role"], "partner");
    assert_eq!(res.body["mine"]["reason"], serde_json::Value::Null);
    Ok(())
}

async fn two_decisions_at_once_one_wins(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut asker = app.login(ASKER).await?;
    let mut lead = app.login(MEMBER).await?;
    let mut staff = app.login(STAFF).await?;
    let res = asker
        .call::<RequestToJoinProject>(&ask("1", "observer", "Follow-up care in Nagoya."))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let id = request_of(&mut lead, "1", ASKER_ORG).await?;
    let accept = [
        ("decision[participant]", id.as_str()),
        ("decision[accept]", "true"),
    ];
    let decline = [
        ("decision[participant]", id.as_str()),
        ("decision[accept]", "false"),
        ("decision[reason]", "Not this year."),
    ];
    let (a, b) = tokio::join!(
        lead.call::<DecideJoinRequest>(&accept),
        staff.call::<DecideJoinRequest>(&decline)
    );
    let (a, b) = (a?, b?);
    let accepted = a.status == StatusCode::OK;
    let lost = one_wins(a, b);
    assert_eq!(lost.body["kind"], "already_decided", "{}", lost.body);
    let res = asker.call::<GetProject>(&[("id", "1")]).await?;
    let expected = if accepted { "active" } else { "declined" };
    assert_eq!(res.body["mine"]["status"], expected, "{}", res.body);
    let res = asker.call::<ListNotifications>(&[]).await?;
    let decisions = res.body["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter(|n| {
                    n["kind"]
                        .as_str()
                        .is_some_and(|k| k.starts_with("project_join_"))
                })
                .count()
        })
        .unwrap_or_default();
    assert_eq!(decisions, 1, "told once: {}", res.body);
    Ok(())
}

async fn staffs_review_tells_the_proposers(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    // Project 12 (the Philippines) was returned; project 11 (Chiang Mai) awaits review, proposed
    // by the Yaesu clinic.
    let mut staff = app.login(STAFF).await?;
    let res = staff
        .call::<ReviewProject>(&[
            ("review[id]", "11"),
            ("review[publish]", "false"),
            ("review[reason]", "Please add the budget."),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    // Every one of the lead organization's people is told.
    let mut proposer = app.login("morita@yaesu-healthcheck.example").await?;
    let told = newest_notice(&mut proposer).await?;
    assert_eq!(told["kind"], "project_returned", "{told}");
    assert_eq!(told["project"]["id"], 11);
    assert_eq!(told["reason"]["note"], "Please add the budget.");
    Ok(())
}

on_both_backends!(
    a_request_is_accepted_and_both_sides_are_told,
    a_declined_organization_reads_the_reason_and_may_ask_again,
    two_decisions_at_once_one_wins,
    staffs_review_tells_the_proposers,
);
