//! Organizations' own profiles (edited by their administrators, shown in the directory) and the
//! recognitions staff record.

use crate::common::*;
use app::api::{directory::*, organization::*};
use app::model::Field;
use axum::http::StatusCode;

const PROFILE: [(&str, &str); 10] = [
    ("form[name_ja]", "東都さくら国際病院"),
    ("form[name_en]", "Toto Sakura Global Hospital"),
    ("form[website]", "https://sakura-global.example"),
    ("form[prefecture]", "27"),
    ("form[specialties][]", "oncology"),
    ("form[specialties][]", "cardiology"),
    ("form[languages][]", "en"),
    ("form[languages][]", "ja"),
    (
        "form[description_ja]",
        "  がん治療と心臓病治療の国際連携に取り組んでいます。 ",
    ),
    (
        "form[description_en]",
        "International partnerships in cancer and heart care.",
    ),
];

async fn org_admins_edit_their_public_profile(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut admin = app.login(ORG_ADMIN).await?;
    let before = admin.call::<GetOwnOrganization>(&[]).await?;
    assert_eq!(before.status, StatusCode::OK, "{}", before.body);
    assert_eq!(
        before.body["profile"]["name_en"],
        "Toto Sakura Memorial Hospital"
    );
    let id = before.body["id"].to_string();

    let saved = admin.call::<UpdateOwnOrganization>(&PROFILE).await?;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let p = &saved.body["profile"];
    assert_eq!(
        p["specialties"],
        serde_json::json!(["cardiology", "oncology"])
    );
    assert_eq!(
        p["languages"],
        serde_json::json!(["ja", "en"]),
        "vocabulary order"
    );
    assert_eq!(
        p["description_ja"],
        "がん治療と心臓病治療の国際連携に取り組んでいます。"
    );

    // Members see the new profile, and find it by its new name and prefecture.
    let mut member = app.login(MEMBER).await?;
    let shown = member.call::<GetOrganization>(&[("id", &id)]).await?;
    assert_eq!(
        shown.body["summary"]["name"]["en"],
        "Toto Sakura Global Hospital"
    );
    assert_eq!(shown.body["summary"]["prefecture"], "27");
    assert_eq!(shown.body["website"], "https://sakura-global.example");
    for q in ["global", "大阪"] {
        let found = member.call::<SearchDirectory>(&[("query[q]", q)]).await?;
        let names: Vec<&str> = found.body["items"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|o| o["name"]["en"].as_str())
            .collect();
        assert!(
            names.contains(&"Toto Sakura Global Hospital"),
            "{q}: {names:?}"
        );
    }

    // Unticking every box clears the lists (absent checkboxes mean none).
    let cleared: Vec<_> = PROFILE
        .iter()
        .copied()
        .filter(|(k, _)| !k.ends_with("[]"))
        .collect();
    let res = admin.call::<UpdateOwnOrganization>(&cleared).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(res.body["profile"]["specialties"], serde_json::json!([]));
    Ok(())
}

async fn invalid_profiles_change_nothing(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut admin = app.login(ORG_ADMIN).await?;
    let before = admin.call::<GetOwnOrganization>(&[]).await?;
    let long = "あ".repeat(2001);
    let bad = [
        ("form[name_ja]", ""),
        ("form[name_en]", " "),
        ("form[website]", "sakura.example"),
        ("form[prefecture]", "99"),
        ("form[specialties][]", "oncology"),
        ("form[specialties][]", "astrology"),
        ("form[description_en]", long.as_str()),
    ];
    let res = admin.call::<UpdateOwnOrganization>(&bad).await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(
        res.fields(),
        [
            Field::NameJa,
            Field::Website,
            Field::Prefecture,
            Field::Specialties,
            Field::DescriptionEn
        ]
        .map(Field::key)
    );
    let after = admin.call::<GetOwnOrganization>(&[]).await?;
    assert_eq!(before.body, after.body, "nothing was written");
    Ok(())
}

async fn staff_record_recognitions(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut staff = app.login(STAFF).await?;
    let mut member = app.login(MEMBER).await?;
    let jih_names = |res: &Response| -> Vec<String> {
        res.body["items"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|o| o["name"]["en"].as_str().map(String::from))
            .collect()
    };
    // The demo's partner hospital in Vietnam (its id taken from the directory) is not JIH-recommended.
    let found = member
        .call::<SearchDirectory>(&[("query[q]", "Hoa Sen")])
        .await?;
    let target = &found.body["items"][0];
    let (id, name) = (target["id"].to_string(), target["name"]["en"].clone());
    let name = name.as_str().ok_or("no organization found")?.to_string();
    let res = staff
        .call::<SetRecognitions>(&[("organization_id", &id), ("recognitions[jih]", "true")])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(res.body, serde_json::json!({"jih": true, "amtac": false}));
    let jih = member
        .call::<SearchDirectory>(&[("query[badge]", "jih")])
        .await?;
    assert!(jih_names(&jih).contains(&name), "{name}");

    // No boxes ticked: both recognitions are withdrawn.
    let res = staff
        .call::<SetRecognitions>(&[("organization_id", &id)])
        .await?;
    assert_eq!(res.body, serde_json::json!({"jih": false, "amtac": false}));
    let jih = member
        .call::<SearchDirectory>(&[("query[badge]", "jih")])
        .await?;
    assert!(!jih_names(&jih).contains(&name));

    let missing = staff
        .call::<SetRecognitions>(&[("organization_id", "99999")])
        .await?;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    Ok(())
}

on_both_backends!(
    org_admins_edit_their_public_profile,
    invalid_profiles_change_nothing,
    staff_record_recognitions,
);
