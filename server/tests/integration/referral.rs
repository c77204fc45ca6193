//! Inbound referrals through their server functions: a partner hospital refers a case (refused
//! with what identifies the patient, or when no institution matches), the matched institutions
//! are told and answer, the submitter chooses one and the others are told; an institution the
//! case did not reach gets "not found" from every function; two choices at once close the case
//! once; organization admins set what their institution accepts. Demo acceptance: Toto Sakura
//! (`MEMBER`) and Naniwa accept oncology; Owari does not.

use axum::http::StatusCode;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::common::*;
use app::api::referral::{
    AddReferralInfo, AnswerReferral, ChooseReferralAnswer, GetReferral, SaveAcceptance,
    SubmitReferral, WithdrawReferral,
};
use app::server::db::entity::referral;

/// The Vietnamese partner hospital's coordinator.
const SUBMITTER: &str = "an.nguyen@hoasen-hospital.example";
const NANIWA: &str = "li.mei@naniwa-mc.example";
const NANIWA_ADMIN: &str = "yamamoto@naniwa-mc.example";
/// Owari Minato accepts neither oncology nor, until it says so, any case.
const UNMATCHED: &str = "kato@owari-minato.example";

fn case<'a>(specialty: &'a str, summary: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("form[specialty]", specialty),
        ("form[summary]", summary),
        ("form[languages][]", "vi"),
        ("form[languages][]", "en"),
        ("form[country]", "VN"),
        ("form[urgency]", "soon"),
        ("form[earliest]", "2027-02-01"),
        ("form[latest]", "2027-04-30"),
        ("form[accompanied]", "true"),
    ]
}

const SUMMARY: &str = "Woman, 49. Breast cancer, stage II, diagnosed in September 2026.";

/// Submits the standard oncology case; answers its id.
async fn submit(client: &mut Client) -> Result<String, Box<dyn std::error::Error>> {
    let res = client
        .call::<SubmitReferral>(&case("oncology", SUMMARY))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(res.body.to_string())
}

async fn view(
    client: &mut Client,
    id: &str,
) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    let res = client.call::<GetReferral>(&[("id", id)]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(res.body)
}

async fn a_case_reaches_the_matched_institutions_and_the_submitter_chooses(
    backend: Backend,
) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut submitter = app.login(SUBMITTER).await?;
    let mut sakura = app.login(MEMBER).await?;
    let mut naniwa = app.login(NANIWA).await?;
    let mut unmatched = app.login(UNMATCHED).await?;
    let before = referral::Entity::find().count(&app.db).await?;

    // What identifies the patient is refused, each kind named; nothing is written.
    let identifying = "Mr. Tran, born 1977-03-14, passport B7654321, tel +84 90 123 4567";
    let res = submitter
        .call::<SubmitReferral>(&case("oncology", identifying))
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    let codes: Vec<&str> = res.body["fields"]
        .as_array()
        .map(|f| {
            f.iter()
                .filter_map(|e| e["code"]["limit"].as_str())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(codes, ["name", "date", "passport", "phone"], "{}", res.body);
    // No institution accepts dentistry: refused, so the submitter can change the case.
    let res = submitter
        .call::<SubmitReferral>(&case("dentistry", SUMMARY))
        .await?;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.body);
    assert_eq!(res.body["kind"], "no_institution_matches");
    assert_eq!(referral::Entity::find().count(&app.db).await?, before);

    let id = submit(&mut submitter).await?;
    assert_eq!(told(&mut sakura, "referral_received").await?, 1);
    assert_eq!(told(&mut naniwa, "referral_received").await?, 1);
    assert_eq!(told(&mut unmatched, "referral_received").await?, 0);

    // An institution the case did not reach: not found, whatever it tries.
    let res = unmatched.call::<GetReferral>(&[("id", &id)]).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    let answer = [
        ("form[referral]", id.as_str()),
        ("form[status]", "can_accept"),
        ("form[earliest]", "2027-02-10"),
        ("form[note]", "Our breast surgery team can see her."),
    ];
    let res = unmatched.call::<AnswerReferral>(&answer).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    let info = [("info[referral]", id.as_str()), ("info[note]", "x")];
    let res = unmatched.call::<AddReferralInfo>(&info).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);

    // Naniwa can accept; Sakura asks for more.
    let res = naniwa.call::<AnswerReferral>(&answer).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let ask = [
        ("form[referral]", id.as_str()),
        ("form[status]", "needs_info"),
        ("form[note]", "Please send the pathology report."),
    ];
    let res = sakura.call::<AnswerReferral>(&ask).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(told(&mut submitter, "referral_answered").await?, 2);

    // A matched institution sees its own answer, not the other's.
    let seen = view(&mut sakura, &id).await?;
    assert_eq!(seen["answers"], serde_json::json!([]));
    assert_eq!(seen["own_answer"]["status"], "needs_info");
    assert_eq!(seen["rights"]["answer"], true);
    assert_eq!(seen["rights"]["decide"], false);
    let steps: Vec<&str> = seen["history"]
        .as_array()
        .map(|h| h.iter().filter_map(|s| s["step"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(steps, ["submitted", "answered"], "{seen}");

    // The submitter sees both, the one that can accept first, and chooses it.
    let mine = view(&mut submitter, &id).await?;
    assert_eq!(mine["answers"][0]["status"], "can_accept", "{mine}");
    assert_eq!(mine["answers"][1]["status"], "needs_info");
    let naniwa_answer = mine["answers"][0]["id"].to_string();
    let sakura_answer = mine["answers"][1]["id"].to_string();
    let res = naniwa
        .call::<ChooseReferralAnswer>(&[("choice[answer]", &naniwa_answer)])
        .await?;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "only the submitter chooses: {}",
        res.body
    );
    let res = submitter
        .call::<ChooseReferralAnswer>(&[("choice[answer]", &sakura_answer)])
        .await?;
    assert_eq!(res.body["kind"], "answer_not_acceptance", "{}", res.body);
    let res = submitter
        .call::<ChooseReferralAnswer>(&[("choice[answer]", &naniwa_answer)])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(told(&mut naniwa, "referral_chosen").await?, 1);
    assert_eq!(told(&mut sakura, "referral_closed").await?, 1);
    let closed = view(&mut submitter, &id).await?;
    assert_eq!(closed["summary"]["status"], "chosen");
    assert_eq!(closed["answers"][0]["chosen"], true);
    assert_eq!(closed["rights"]["decide"], false);

    // Closed: no answer changes any more.
    let res = sakura.call::<AnswerReferral>(&ask).await?;
    assert_eq!(res.body["kind"], "referral_closed", "{}", res.body);
    // Sakura is told the case closed, not who was chosen.
    let seen = view(&mut sakura, &id).await?;
    let chosen = seen["history"]
        .as_array()
        .and_then(|h| h.iter().find(|s| s["step"] == "chosen"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(chosen["organization"], serde_json::Value::Null, "{seen}");
    Ok(())
}

async fn two_choices_at_once_close_the_case_once(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut submitter = app.login(SUBMITTER).await?;
    let id = submit(&mut submitter).await?;
    for (who, note) in [
        (MEMBER, "Cardio-oncology team."),
        (NANIWA, "Surgery in March."),
    ] {
        let mut client = app.login(who).await?;
        let answer = [
            ("form[referral]", id.as_str()),
            ("form[status]", "can_accept"),
            ("form[earliest]", "2027-03-01"),
            ("form[note]", note),
        ];
        let res = client.call::<AnswerReferral>(&answer).await?;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    }
    let mine = view(&mut submitter, &id).await?;
    let (a, b) = (
        mine["answers"][0]["id"].to_string(),
        mine["answers"][1]["id"].to_string(),
    );
    let mut other_tab = submitter.tab();
    let (pick_a, pick_b) = (
        [("choice[answer]", a.as_str())],
        [("choice[answer]", b.as_str())],
    );
    let (first, second) = tokio::join!(
        submitter.call::<ChooseReferralAnswer>(&pick_a),
        other_tab.call::<ChooseReferralAnswer>(&pick_b)
    );
    let lost = one_wins(first?, second?);
    assert_eq!(lost.body["kind"], "referral_closed", "{}", lost.body);
    let closed = view(&mut submitter, &id).await?;
    let chosen = closed["answers"]
        .as_array()
        .map(|a| a.iter().filter(|a| a["chosen"] == true).count());
    assert_eq!(chosen, Some(1), "{closed}");
    Ok(())
}

async fn the_submitter_adds_information_and_withdraws(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut submitter = app.login(SUBMITTER).await?;
    let mut naniwa = app.login(NANIWA).await?;
    let id = submit(&mut submitter).await?;

    let res = submitter
        .call::<AddReferralInfo>(&[
            ("info[referral]", &id),
            ("info[note]", "call 090-1234-5678"),
        ])
        .await?;
    assert_eq!(res.fields(), ["note"], "{}", res.body);
    let res = submitter
        .call::<AddReferralInfo>(&[
            ("info[referral]", &id),
            (
                "info[note]",
                "Pathology: invasive ductal carcinoma, HER2 negative.",
            ),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(told(&mut naniwa, "referral_info_added").await?, 1);

    let withdraw = [
        ("reason[referral]", id.as_str()),
        ("reason[note]", "Treated at home."),
    ];
    let res = naniwa.call::<WithdrawReferral>(&withdraw).await?;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "only the submitter: {}",
        res.body
    );
    let res = submitter.call::<WithdrawReferral>(&withdraw).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(told(&mut naniwa, "referral_withdrawn").await?, 1);
    assert_eq!(
        view(&mut naniwa, &id).await?["summary"]["status"],
        "withdrawn"
    );
    let res = submitter.call::<WithdrawReferral>(&withdraw).await?;
    assert_eq!(res.body["kind"], "referral_closed", "{}", res.body);
    Ok(())
}

async fn organization_admins_set_what_their_institution_accepts(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut admin = app.login(NANIWA_ADMIN).await?;
    let mut naniwa = app.login(NANIWA).await?;
    let mut submitter = app.login(SUBMITTER).await?;

    let res = naniwa
        .call::<SaveAcceptance>(&[
            ("form[accepts]", "true"),
            ("form[specialties][]", "oncology"),
        ])
        .await?;
    assert_eq!(
        res.status,
        StatusCode::FORBIDDEN,
        "members do not: {}",
        res.body
    );
    let res = admin
        .call::<SaveAcceptance>(&[("form[accepts]", "true")])
        .await?;
    assert_eq!(res.fields(), ["specialties"], "{}", res.body);
    // Naniwa stops taking cases: the next one reaches Sakura only.
    let res = admin
        .call::<SaveAcceptance>(&[("form[accepts]", "false")])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let id = submit(&mut submitter).await?;
    assert_eq!(view(&mut submitter, &id).await?["summary"]["matched"], 1);
    let res = naniwa.call::<GetReferral>(&[("id", &id)]).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    Ok(())
}

on_both_backends!(
    a_case_reaches_the_matched_institutions_and_the_submitter_chooses,
    two_choices_at_once_close_the_case_once,
    the_submitter_adds_information_and_withdraws,
    organization_admins_set_what_their_institution_accepts,
);
