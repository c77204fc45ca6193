//! The member directory over HTTP: search folding kana and width.

use crate::common::*;
use app::api::directory::*;
use app::model::Field;
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

/// Searches are capped in size (every word is a condition) and their wildcards are literal.
async fn searches_are_capped_and_literal(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let long = "あ".repeat(201);
    let many = "a ".repeat(11);
    for q in [long.as_str(), many.as_str()] {
        let res = member.call::<SearchDirectory>(&[("query[q]", q)]).await?;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
        assert_eq!(res.fields(), [Field::Query.key()]);
    }
    // `%` and `_` match only themselves: no organization has them in a name or a specialty.
    for (key, value) in [
        ("query[q]", "%"),
        ("query[q]", "_"),
        ("query[specialty]", "%"),
    ] {
        let res = member.call::<SearchDirectory>(&[(key, value)]).await?;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(res.body["total"], 0, "{key}={value}");
    }
    let mut staff = app.login(STAFF).await?;
    let res = staff
        .call::<app::api::account::ListAccounts>(&[("query", "%")])
        .await?;
    assert_eq!(res.body.as_array().map(Vec::len), Some(0), "{}", res.body);
    let res = staff
        .call::<app::api::account::ListAccounts>(&[("query", long.as_str())])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    Ok(())
}

on_both_backends!(
    searches_are_capped_and_literal,
    directory_search_folds_kana_and_width
);
