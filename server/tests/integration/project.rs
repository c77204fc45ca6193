//! Globalization projects through their server functions: proposing, staff returning a
//! proposal with a reason, proposing it again, publishing; the list's filters and its map;
//! who may see and edit a project. The demo's twelve projects are there (ten published, one
//! awaiting review, one returned).

use axum::http::StatusCode;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::common::*;
use app::api::project::{GetProject, GetProjectForm, ListProjects, ReviewProject, SaveProject};
use app::model::Field;
use app::server::db::entity::project;

/// A member of a hospital in Nagoya (Owari Minato, which leads none of the demo's outbound
/// projects).
const OTHER_MEMBER: &str = "kato@owari-minato.example";

async fn a_returned_proposal_is_proposed_again_and_published(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let mut other = app.login(OTHER_MEMBER).await?;
    let mut staff = app.login(STAFF).await?;

    let res = member
        .call::<SaveProject>(&project_proposal(
            "Maternal health training in Vientiane",
            "LA",
        ))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let id = res.body.to_string();
    // In review: its proposers and staff see it, nobody else.
    let res = member.call::<GetProject>(&[("id", &id)]).await?;
    assert_eq!(res.body["summary"]["status"], "proposed", "{}", res.body);
    assert_eq!(res.body["rights"]["edit"], true);
    assert_eq!(
        res.body["participants"][0]["organization"]["en"], "Toto Sakura Memorial Hospital",
        "the proposer's organization leads it: {}",
        res.body
    );
    let res = other.call::<GetProject>(&[("id", &id)]).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    let res = staff
        .call::<ListProjects>(&[("query[in_review]", "true")])
        .await?;
    let titles = res.body["items"].to_string();
    assert!(titles.contains("Vientiane"), "{titles}");
    assert!(
        titles.contains("Chiang Mai"),
        "the demo's proposal: {titles}"
    );

    // Returning needs a reason; the proposers read it.
    let res = staff
        .call::<ReviewProject>(&[("review[id]", &id), ("review[publish]", "false")])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(res.fields(), vec!["reason"]);
    let reason = "Please name the partner hospital.";
    let res = staff
        .call::<ReviewProject>(&[
            ("review[id]", &id),
            ("review[publish]", "false"),
            ("review[reason]", reason),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = member.call::<GetProject>(&[("id", &id)]).await?;
    assert_eq!(res.body["summary"]["status"], "returned");
    assert_eq!(res.body["return_reason"], reason);
    // Publishing what is not in review is refused.
    let res = staff
        .call::<ReviewProject>(&[("review[id]", &id), ("review[publish]", "true")])
        .await?;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.body);

    // Saved by its lead, it is proposed again; staff publish it; every member sees it.
    let mut again = project_proposal("Maternal health training in Vientiane", "LA");
    again.retain(|(name, _)| *name != "form[partners]");
    again.push(("form[partners]", "Mahosot Hospital"));
    again.push(("form[id]", &id));
    let res = member.call::<SaveProject>(&again).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = staff
        .call::<ReviewProject>(&[("review[id]", &id), ("review[publish]", "true")])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = other.call::<GetProject>(&[("id", &id)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(res.body["summary"]["status"], "published");
    assert_eq!(res.body["partners"], "Mahosot Hospital");
    assert_eq!(res.body["return_reason"], serde_json::Value::Null);
    assert_eq!(res.body["rights"]["edit"], false);
    let res = other
        .call::<ListProjects>(&[("query[country]", "LA")])
        .await?;
    assert_eq!(res.body["total"], 1, "{}", res.body);
    Ok(())
}

async fn bad_input_is_named_beside_its_fields_and_nothing_is_saved(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let before = project::Entity::find().count(&app.db).await?;
    let mut member = app.login(MEMBER).await?;
    let mut form = project_proposal("", "JP");
    form.push(("form[support][]", "money"));
    form.push(("form[specialties][]", "alchemy"));
    let res = member.call::<SaveProject>(&form).await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(
        res.fields(),
        vec!["title_en", "country", "support", "specialties"]
    );
    assert_eq!(project::Entity::find().count(&app.db).await?, before);
    Ok(())
}

/// The list as `member` gets it with `args`.
async fn list(
    member: &mut Client,
    args: &[(&str, &str)],
) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    let res = member.call::<ListProjects>(args).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(res.body)
}

async fn filters_narrow_the_list_and_its_map(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let all = list(&mut member, &[("query[in_review]", "false")]).await?;
    assert_eq!(all["total"], 10, "published only: {all}");
    assert_eq!(
        all["countries"][0],
        serde_json::json!({"country": "VN", "projects": 3})
    );
    let vietnam = list(&mut member, &[("query[country]", "VN")]).await?;
    assert_eq!(vietnam["total"], 3);
    assert_eq!(
        vietnam["countries"],
        serde_json::json!([{"country": "VN", "projects": 3}]),
        "the map follows the filters"
    );
    let inbound = list(&mut member, &[("query[direction]", "inbound")]).await?;
    assert_eq!(inbound["total"], 2);
    let funding = list(&mut member, &[("query[support]", "funding")]).await?;
    assert_eq!(funding["total"], 3, "{funding}");
    let operating_in_vietnam = list(
        &mut member,
        &[("query[country]", "VN"), ("query[phase]", "operation")],
    )
    .await?;
    assert_eq!(operating_in_vietnam["total"], 1);
    // Organization 3 (Naniwa) is a partner in two projects; the list names it for its chip.
    let naniwa = list(&mut member, &[("query[organization]", "3")]).await?;
    assert_eq!(naniwa["total"], 2, "{naniwa}");
    assert_eq!(
        naniwa["organization"]["name"]["en"], "Naniwa Central Medical Center",
        "{naniwa}"
    );
    // Or by its name, in either language, any case or width; with the other filters.
    for words in ["浪速中央", "NANIWA central", "ｎａｎｉｗａ"] {
        let found = list(&mut member, &[("query[org]", words)]).await?;
        assert_eq!(found["total"], 2, "{words}: {found}");
        assert_eq!(found["organization"], serde_json::Value::Null);
    }
    // One of the two is inbound (cancer patients from Vietnam).
    let inbound_naniwa = list(
        &mut member,
        &[("query[org]", "浪速中央"), ("query[direction]", "inbound")],
    )
    .await?;
    assert_eq!(inbound_naniwa["total"], 1, "{inbound_naniwa}");
    let long = "あ".repeat(201);
    let res = member
        .call::<ListProjects>(&[("query[org]", long.as_str())])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(res.fields(), [Field::Query.key()]);
    // A member's own organization's proposals in review: none for the demo hospital.
    let mine = list(&mut member, &[("query[in_review]", "true")]).await?;
    assert_eq!(mine["total"], 0, "{mine}");
    Ok(())
}

async fn only_the_lead_and_staff_edit(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    // Project 2 (endoscopy in Thailand): led by the endoscopy society, Naniwa a partner.
    let mut lead = app.login("goto@jsiee.example").await?;
    let mut partner = app.login("li.mei@naniwa-mc.example").await?;
    let mut staff = app.login(STAFF).await?;
    for (client, status) in [
        (&mut lead, StatusCode::OK),
        (&mut partner, StatusCode::NOT_FOUND),
        (&mut staff, StatusCode::OK),
    ] {
        let res = client.call::<GetProjectForm>(&[("id", "2")]).await?;
        assert_eq!(res.status, status, "{}", res.body);
    }
    let mut edit = project_proposal("Endoscopy training program in Thailand", "TH");
    edit.push(("form[id]", "2"));
    let res = partner.call::<SaveProject>(&edit).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    let res = lead.call::<SaveProject>(&edit).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = partner.call::<GetProject>(&[("id", "2")]).await?;
    assert_eq!(
        res.body["summary"]["status"], "published",
        "editing keeps it published"
    );
    assert_eq!(res.body["summary"]["region"], "Vientiane");
    Ok(())
}

on_both_backends!(
    a_returned_proposal_is_proposed_again_and_published,
    bad_input_is_named_beside_its_fields_and_nothing_is_saved,
    filters_narrow_the_list_and_its_map,
    only_the_lead_and_staff_edit,
);
