//! The member directory over HTTP: search folding kana and width.

use crate::common::*;
use app::api::directory::*;
use axum::http::StatusCode;

async fn directory_search_folds_kana_and_width(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut c = app.login(MEMBER).await?;
    let all = c.call::<SearchDirectory>(&[("query[q]", "")]).await?;
    let total = all.body["total"].as_u64().ok_or("no total")?;
    assert!(total >= 20, "{total}");
    // Pending applicants are not listed.
    let names: Vec<String> = all.body["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|o| o["name"]["en"].as_str().map(String::from))
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Hinata") || n.contains("Kotonoha"))
    );
    assert!(names.iter().any(|n| n.contains("Owari")));

    let jih = c
        .call::<SearchDirectory>(&[("query[badge]", "jih")])
        .await?;
    let jih_items = jih.body["items"].as_array().ok_or("items")?;
    assert!(!jih_items.is_empty() && jih_items.iter().all(|o| o["jih"] == true));

    // The first demo hospital, searched by its Japanese name in full-width katakana and half-width.
    let sakura = &all.body["items"]
        .as_array()
        .ok_or("items")?
        .iter()
        .find(|o| {
            o["name"]["en"]
                .as_str()
                .is_some_and(|n| n.contains("Sakura"))
        })
        .ok_or("no Sakura")?
        .clone();
    let hiragana = c.call::<SearchDirectory>(&[("query[q]", "さくら")]).await?;
    let katakana_half = c.call::<SearchDirectory>(&[("query[q]", "ｻｸﾗ")]).await?;
    let latin_full = c
        .call::<SearchDirectory>(&[("query[q]", "ＳＡＫＵＲＡ")])
        .await?;
    for res in [&hiragana, &katakana_half, &latin_full] {
        assert!(
            res.body["items"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|o| o["id"] == sakura["id"]),
            "{}",
            res.body
        );
    }
    let profile = c
        .call::<GetOrganization>(&[("id", &sakura["id"].to_string())])
        .await?;
    assert_eq!(profile.status, StatusCode::OK);
    assert!(
        profile.body["contacts"]
            .as_array()
            .is_some_and(|c| !c.is_empty())
    );
    Ok(())
}

on_both_backends!(directory_search_folds_kana_and_width);
