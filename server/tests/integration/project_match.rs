//! The capability match through its server functions: on a project, the organizations that
//! could help (best first, those taking part left out); for an organization, the projects that
//! need what it does (those it is in left out). An organization whose directory profile is set
//! to exactly what a project seeks must come first.

use std::collections::BTreeSet;

use axum::http::StatusCode;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::common::*;
use app::api::project::{GetProject, ListMatchingProjects, ListProjectHelpers, SaveProject};
use app::model::directory::split_codes;
use app::model::permissions::Person;
use app::model::project::{Offer, ParticipantStatus, ProjectStatus, match_score, rank_offers};
use app::model::project_match::MATCHES_SHOWN;
use app::model::{OrgStatus, OrganizationId, Role, UserId};
use app::server::db::entity::{organization, project, project_participant};
use app::server::service::organization::{own, update_profile};
use app::server::service::project_match::{helpers, needing, needs_of, offer_of};
use app::server::service::project_match_index::MatchIndex;

/// A member of Owari Minato General Hospital (organization `OWARI`), in neither project 1 nor 2.
const OWARI_MEMBER: &str = "kato@owari-minato.example";

/// Sets an organization's specialties and languages through its directory profile.
async fn profile(
    app: &TestApp,
    id: OrganizationId,
    specialties: &str,
    languages: &str,
) -> TestResult {
    let mut form = own(&app.db, id).await?.profile;
    form.specialties = split_codes(specialties);
    form.languages = split_codes(languages);
    update_profile(&app.db, id, &form).await?;
    Ok(())
}

fn scores(list: &serde_json::Value) -> Vec<u64> {
    list.as_array()
        .map(|a| a.iter().filter_map(|x| x["score"].as_u64()).collect())
        .unwrap_or_default()
}

async fn organizations_that_could_help_come_best_first(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let project = member.call::<GetProject>(&[("id", "1")]).await?.body;
    let mut owari = app.login(OWARI_MEMBER).await?;
    let mine = owari.call::<GetProject>(&[("id", "1")]).await?.body["mine"].clone();
    assert_eq!(mine, serde_json::Value::Null, "Owari takes no part: {mine}");
    // Owari's profile becomes exactly what project 1 seeks.
    let org = app.organization_of(OWARI_MEMBER).await?;
    profile(&app, org, "endoscopy,health_checkup,radiology", "en,vi,ja").await?;

    let res = member.call::<ListProjectHelpers>(&[("id", "1")]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let helpers = res.body;
    assert_eq!(
        helpers[0]["name"]["en"], "Owari Minato General Hospital",
        "{helpers}"
    );
    assert_eq!(
        helpers[0]["specialties"],
        serde_json::json!(["endoscopy", "health_checkup", "radiology"])
    );
    assert_eq!(helpers[0]["languages"], serde_json::json!(["en", "vi"]));
    assert_eq!(helpers[0]["score"], 3 * 3 + 2);
    let s = scores(&helpers);
    assert!(s.windows(2).all(|w| w[0] >= w[1]), "best first: {s:?}");
    assert!(s.iter().all(|&x| x > 0), "{s:?}");
    let taking_part = project["participants"].to_string();
    for h in helpers.as_array().into_iter().flatten() {
        assert!(
            !taking_part.contains(&format!("\"organization_id\":{}", h["organization_id"])),
            "a participant is not offered: {h}"
        );
    }
    Ok(())
}

async fn projects_that_need_what_we_do(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut owari = app.login(OWARI_MEMBER).await?;
    let org = app.organization_of(OWARI_MEMBER).await?;
    profile(&app, org, "endoscopy,gastroenterology", "th").await?;
    let res = owari.call::<ListMatchingProjects>(&[]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let list = res.body;
    assert_eq!(
        list[0]["project"]["title"]["en"], "Endoscopy training program in Thailand",
        "{list}"
    );
    assert_eq!(list[0]["score"], 3 * 2 + 1);
    let s = scores(&list);
    assert!(s.windows(2).all(|w| w[0] >= w[1]), "best first: {s:?}");
    // Projects it leads or takes part in (Owari leads the inbound one from the Middle East) are
    // left out.
    let titles = list.to_string();
    assert!(!titles.contains("Cardiac surgery patients"), "{titles}");

    // Nothing in the profile: nothing matches.
    profile(&app, org, "", "en").await?;
    let res = owari.call::<ListMatchingProjects>(&[]).await?;
    assert_eq!(res.body, serde_json::json!([]));
    Ok(())
}

/// The match ranks as the rule does (`match_score`, `rank_offers`): for every published
/// project of the demo, the organizations that could help; for every organization, the projects
/// that need what it does. Two profiles on the edges join the demo's: one with no specialty, one
/// with languages only.
async fn the_match_ranks_as_the_rule_does(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let org = app.organization_of(OWARI_MEMBER).await?;
    profile(&app, org, "", "en,vi").await?;
    let other = app.organization_of(MEMBER).await?;
    profile(&app, other, "oncology", "").await?;
    let organizations: Vec<organization::Model> = organization::Entity::find()
        .filter(organization::Column::Status.eq(OrgStatus::Active))
        .all(&app.db)
        .await?;
    let offers: Vec<Offer> = organizations.iter().map(offer_of).collect();
    let projects = project::Entity::find()
        .filter(project::Column::Status.eq(ProjectStatus::Published))
        .all(&app.db)
        .await?;
    let participants = project_participant::Entity::find().all(&app.db).await?;
    let staff = Person {
        id: UserId(0),
        role: Role::Staff,
        organization_id: OrganizationId(0),
    };
    let mut compared = 0;
    let (organizations_index, projects_index) = (MatchIndex::default(), MatchIndex::default());
    for p in &projects {
        let taking_part: BTreeSet<OrganizationId> = participants
            .iter()
            .filter(|r| r.project_id == p.id && r.status == ParticipantStatus::Active)
            .map(|r| r.organization_id)
            .collect();
        let expected: Vec<(OrganizationId, u32)> = rank_offers(&needs_of(p), &offers, &taking_part)
            .into_iter()
            .take(MATCHES_SHOWN)
            .map(|(o, score)| (o.organization_id, score))
            .collect();
        let got: Vec<(OrganizationId, u32)> = helpers(&app.db, &organizations_index, &staff, p.id)
            .await?
            .into_iter()
            .map(|h| (h.organization_id, h.score))
            .collect();
        assert_eq!(got, expected, "project {}", p.id);
        compared += got.len();
    }
    for o in &organizations {
        let offer = offer_of(o);
        let involved: BTreeSet<_> = participants
            .iter()
            .filter(|r| r.organization_id == o.id && r.status != ParticipantStatus::Declined)
            .map(|r| r.project_id)
            .collect();
        let mut expected: Vec<&project::Model> = projects
            .iter()
            .filter(|p| !involved.contains(&p.id) && match_score(&needs_of(p), &offer) > 0)
            .collect();
        expected.sort_by(|a, b| {
            let (sa, sb) = (
                match_score(&needs_of(a), &offer),
                match_score(&needs_of(b), &offer),
            );
            sb.cmp(&sa)
                .then(b.updated_at.cmp(&a.updated_at))
                .then(a.id.cmp(&b.id))
        });
        let expected: Vec<_> = expected.iter().take(MATCHES_SHOWN).map(|p| p.id).collect();
        let viewer = Person {
            id: UserId(0),
            role: Role::Member,
            organization_id: o.id,
        };
        let got: Vec<_> = needing(&app.db, &projects_index, &viewer)
            .await?
            .into_iter()
            .map(|m| m.project.id)
            .collect();
        assert_eq!(got, expected, "organization {}", o.id);
        compared += got.len();
    }
    assert!(
        compared > 50,
        "the demo gives enough to compare: {compared}"
    );
    Ok(())
}

/// A project seeking expertise in `specialty` (and English), or the project `id` saved so.
fn seeking<'a>(specialty: &'a str, id: Option<&'a str>) -> Vec<(&'static str, &'a str)> {
    let mut form: Vec<_> = project_proposal("Medical cooperation in Vientiane", "LA")
        .into_iter()
        .filter(|(name, _)| !matches!(*name, "form[support][]" | "form[specialties][]"))
        .collect();
    form.extend([
        ("form[support][]", "expertise"),
        ("form[specialties][]", specialty),
    ]);
    form.extend(id.map(|id| ("form[id]", id)));
    form
}

/// The specialties of each organization that could help project `id`, as its lead sees them.
async fn helper_specialties(
    client: &mut Client,
    id: &str,
) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let res = client.call::<ListProjectHelpers>(&[("id", id)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(res
        .body
        .as_array()
        .into_iter()
        .flatten()
        .map(|h| h["specialties"].to_string())
        .collect())
}

/// The match follows what is saved: a project's helpers change with its form, and an
/// organization joins them when its profile comes to offer what the project seeks — saved
/// beside the app server (as another server would), which learns it from the organizations'
/// version.
async fn the_match_follows_what_is_saved(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let res = member
        .call::<SaveProject>(&seeking("dialysis", None))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let id = res.body.to_string();
    let found = helper_specialties(&mut member, &id).await?;
    assert!(!found.is_empty(), "the demo has a dialysis centre");
    assert!(found.iter().all(|s| s == r#"["dialysis"]"#), "{found:?}");

    let res = member
        .call::<SaveProject>(&seeking("obstetrics", Some(&id)))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let found = helper_specialties(&mut member, &id).await?;
    assert!(!found.is_empty(), "the demo has a maternity hospital");
    assert!(found.iter().all(|s| s == r#"["obstetrics"]"#), "{found:?}");

    let owari = app.organization_of(OWARI_MEMBER).await?;
    profile(&app, owari, "obstetrics,dialysis", "en").await?;
    let res = member.call::<ListProjectHelpers>(&[("id", &id)]).await?;
    let helpers = res.body.as_array().cloned().unwrap_or_default();
    let owari = helpers
        .iter()
        .find(|h| h["organization_id"] == owari.0)
        .ok_or_else(|| format!("Owari now offers obstetrics: {}", res.body))?;
    assert_eq!(owari["score"], 3 + 1, "{owari}");
    Ok(())
}

/// The ids of a match list.
fn project_ids(list: &serde_json::Value) -> Vec<u64> {
    list.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|m| m["project"]["id"].as_u64())
                .collect()
        })
        .unwrap_or_default()
}

/// Each app server ranks "projects that need what we do" from its own copy of the projects: a
/// project written elsewhere (another server, a tool on the database) is ranked as it is now
/// on the next request, whether its needs changed or it was withdrawn.
async fn the_match_sees_projects_written_elsewhere(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut owari = app.login(OWARI_MEMBER).await?;
    let org = app.organization_of(OWARI_MEMBER).await?;
    profile(&app, org, "endoscopy,gastroenterology", "th").await?;
    let before = owari.call::<ListMatchingProjects>(&[]).await?.body;
    let shown = project_ids(&before);
    assert!(!shown.is_empty(), "{before}");
    let involved: Vec<_> = project_participant::Entity::find()
        .filter(project_participant::Column::OrganizationId.eq(org))
        .all(&app.db)
        .await?
        .into_iter()
        .map(|r| r.project_id)
        .collect();
    let other = project::Entity::find()
        .filter(project::Column::Status.eq(ProjectStatus::Published))
        .all(&app.db)
        .await?
        .into_iter()
        .find(|p| !shown.contains(&(p.id.0 as u64)) && !involved.contains(&p.id))
        .ok_or("the demo has another published project")?;

    // Written straight into the database: it now seeks exactly what Owari does, and is the
    // most recently changed of the best.
    project::Entity::update_many()
        .col_expr(project::Column::Support, Expr::value("expertise"))
        .col_expr(
            project::Column::Specialties,
            Expr::value("endoscopy,gastroenterology"),
        )
        .col_expr(project::Column::Languages, Expr::value("th"))
        .col_expr(project::Column::UpdatedAt, Expr::value(chrono::Utc::now()))
        .filter(project::Column::Id.eq(other.id))
        .exec(&app.db)
        .await?;
    let list = owari.call::<ListMatchingProjects>(&[]).await?.body;
    assert_eq!(project_ids(&list)[0], other.id.0 as u64, "{list}");
    assert_eq!(list[0]["score"], 3 * 2 + 1, "{list}");

    project::Entity::update_many()
        .col_expr(project::Column::Status, Expr::value("returned"))
        .filter(project::Column::Id.eq(other.id))
        .exec(&app.db)
        .await?;
    let list = owari.call::<ListMatchingProjects>(&[]).await?.body;
    assert_eq!(project_ids(&list), shown, "withdrawn, it leaves the list");
    Ok(())
}

on_both_backends!(
    organizations_that_could_help_come_best_first,
    projects_that_need_what_we_do,
    the_match_ranks_as_the_rule_does,
    the_match_follows_what_is_saved,
    the_match_sees_projects_written_elsewhere,
);
