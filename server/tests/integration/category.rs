//! Staff manage the threads' categories over HTTP: create, edit, order and delete, each recorded
//! in the security log; names are unique in each language (also when two staff members add the
//! same one at once); reorders sent at the same moment leave every category one place.

use axum::http::StatusCode;
use sea_orm::{EntityTrait, QueryOrder};
use serde_json::Value;

use crate::common::*;
use app::api::category::*;
use app::server::db::entity::{audit_event, category};

/// The categories as a member's list shows them: (id, English name, thread count).
async fn listed(
    client: &mut Client,
) -> Result<Vec<(i64, String, u64)>, Box<dyn std::error::Error>> {
    let res = client.call::<ListCategories>(&[]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(res
        .body
        .as_array()
        .ok_or("no list")?
        .iter()
        .map(|c: &Value| {
            (
                c["id"].as_i64().unwrap_or(0),
                c["name"]["en"].as_str().unwrap_or("").to_string(),
                c["thread_count"].as_u64().unwrap_or(0),
            )
        })
        .collect())
}

const NEW: &[(&str, &str)] = &[
    ("form[name_ja]", "医療機器の輸出"),
    ("form[name_en]", "Exporting medical devices"),
    (
        "form[description_en]",
        "Certification, distributors and after-sales service abroad.",
    ),
];

/// A staff member adds a category, corrects it, moves it to the top and deletes it; refusals
/// name the field or the reason; a member sees each state; the security log keeps each step.
async fn staff_manage_categories(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut staff = app.login(STAFF).await?;
    let mut member = app.login(MEMBER).await?;
    let before = listed(&mut member).await?;

    let res = staff
        .call::<SaveCategory>(&[("form[name_en]", " ")])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(res.fields(), ["name_ja", "name_en"]);
    // The name of an existing category, in other case: taken.
    let taken = before[0].1.to_uppercase();
    let res = staff
        .call::<SaveCategory>(&[("form[name_ja]", "新しい名前"), ("form[name_en]", &taken)])
        .await?;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(res.fields(), ["name_en"]);
    assert_eq!(
        res.body["fields"][0]["code"]["code"], "name_taken",
        "{}",
        res.body
    );

    let res = staff.call::<SaveCategory>(NEW).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let id = res.body.as_i64().ok_or("no id")?.to_string();
    let after = listed(&mut member).await?;
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(
        after.last().map(|c| c.1.as_str()),
        Some("Exporting medical devices")
    );

    let res = staff
        .call::<SaveCategory>(&[
            ("form[id]", id.as_str()),
            ("form[name_ja]", "医療機器"),
            ("form[name_en]", "Medical devices abroad"),
            ("form[requires_approval]", "true"),
        ])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = member.call::<ListCategories>(&[]).await?;
    let saved = res.body.as_array().and_then(|l| l.last()).ok_or("empty")?;
    assert_eq!(saved["name"]["ja"], "医療機器");
    assert_eq!(saved["requires_approval"], true);

    // Up, one place at a time, to the top; one more "up" leaves it there.
    for _ in 0..=before.len() {
        let res = staff
            .call::<MoveCategory>(&[("change[id]", id.as_str()), ("change[up]", "true")])
            .await?;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    }
    let top = listed(&mut member).await?;
    assert_eq!(top[0].1, "Medical devices abroad");
    assert_eq!(top[1..], after[..before.len()]);

    // A category with threads stays; the empty one goes.
    let full = before
        .iter()
        .find(|c| c.2 > 0)
        .ok_or("no category with threads")?;
    let res = staff
        .call::<DeleteCategory>(&[("id", &full.0.to_string())])
        .await?;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.body);
    assert_eq!(res.body["kind"], "category_not_empty");
    let res = staff.call::<DeleteCategory>(&[("id", id.as_str())]).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(listed(&mut member).await?, before);

    let res = member.call::<SaveCategory>(NEW).await?;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let kinds: Vec<String> = audit_event::Entity::find()
        .order_by_asc(audit_event::Column::Id)
        .all(&app.db)
        .await?
        .into_iter()
        .map(|e| e.kind.as_str().to_string())
        .filter(|k| k.starts_with("category_"))
        .collect();
    let mut want = vec!["category_created", "category_changed"];
    want.extend(std::iter::repeat_n("category_moved", before.len() + 1));
    want.push("category_deleted");
    assert_eq!(kinds, want);
    Ok(())
}

/// Twelve moves sent at the same moment by a staff member and an admin (several tabs each), and
/// two tabs adding the same category at once: every category keeps a place of its own, and one of the two adds.
async fn concurrent_changes_keep_the_order_whole(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let ids: Vec<String> = category::Entity::find()
        .all(&app.db)
        .await?
        .iter()
        .map(|c| c.id.to_string())
        .collect();
    let people = [app.login(STAFF).await?, app.login(ADMIN).await?];
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..12 {
        let mut staff = people[n % 2].tab();
        let id = ids[n % ids.len()].clone();
        let up = (n % 3 != 0).to_string();
        tasks.spawn(async move {
            staff
                .call::<MoveCategory>(&[("change[id]", id.as_str()), ("change[up]", up.as_str())])
                .await
                .map(|r| (r.status, r.body.to_string()))
                .map_err(|e| e.to_string())
        });
    }
    for person in &people {
        let mut staff = person.tab();
        tasks.spawn(async move {
            staff
                .call::<SaveCategory>(NEW)
                .await
                .map(|r| (r.status, r.body.to_string()))
                .map_err(|e| e.to_string())
        });
    }
    let mut statuses = Vec::new();
    while let Some(done) = tasks.join_next().await {
        let (status, body) = done??;
        statuses.push((status, body));
    }
    let added = statuses
        .iter()
        .filter(|(s, b)| *s == StatusCode::OK && b.parse::<i64>().is_ok())
        .count();
    let refused: Vec<&String> = statuses
        .iter()
        .filter(|(s, _)| *s != StatusCode::OK)
        .map(|(_, b)| b)
        .collect();
    assert_eq!(refused.len(), 1, "{statuses:?}");
    assert!(refused[0].contains("name_taken"), "{}", refused[0]);
    assert!(added >= 1);
    let mut positions: Vec<i32> = category::Entity::find()
        .all(&app.db)
        .await?
        .iter()
        .map(|c| c.position)
        .collect();
    positions.sort_unstable();
    positions.dedup();
    assert_eq!(positions.len(), ids.len() + 1, "{positions:?}");
    Ok(())
}

on_both_backends!(
    staff_manage_categories,
    concurrent_changes_keep_the_order_whole
);
