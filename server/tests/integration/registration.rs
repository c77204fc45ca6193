//! Registering for events under load: truly concurrent requests from many members, on one app
//! server and on two (each with its own connection pool), against the seat rules.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder,
};

use crate::common::*;
use app::api::registration::{CancelRegistration, RegisterForEvent};
use app::model::registration::RegistrationStatus;
use app::model::{EventId, OrganizationId, RegistrationId};
use app::server::db::entity::{notification, registration, user};

/// `n` active members (spread over the demo organizations), logged in, each from an address of
/// their own.
async fn members(app: &TestApp, n: usize) -> Result<Vec<Client>, Box<dyn std::error::Error>> {
    let model = user::Entity::find()
        .filter(user::Column::Email.eq(MEMBER))
        .one(&app.db)
        .await?
        .ok_or("no demo member")?;
    let mut clients = Vec::new();
    for i in 0..n {
        let email = format!("load{i}@example.jp");
        let mut row = user::ActiveModel::from(model.clone()).reset_all();
        row.id = sea_orm::ActiveValue::NotSet;
        row.email = Set(email);
        row.organization_id = Set(OrganizationId(2 + (i % 5) as i32));
        row.insert(&app.db).await?;
        let mut c = app.client();
        c.forwarded_for = Some(format!("10.0.{}.{}", i / 200, i % 200 + 1));
        clients.push(c);
    }
    // Logging in checks a password hash (deliberately slow): a few at a time.
    for (n, chunk) in clients.chunks_mut(4).enumerate() {
        let logins = chunk.iter_mut().enumerate().map(|(j, c)| {
            let email = format!("load{}@example.jp", n * 4 + j);
            async move {
                c.call::<app::api::auth::Login>(&[("email", &email), ("password", PASSWORD)])
                    .await
                    .map_err(|e| e.to_string())
            }
        });
        for res in futures::future::join_all(logins).await {
            let res = res?;
            assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        }
    }
    Ok(clients)
}

/// Sends every client's registration at once; answers the responses in the clients' order.
async fn send_all(
    clients: &mut [Client],
    id: EventId,
) -> Result<Vec<Response>, Box<dyn std::error::Error>> {
    let event_id = id.to_string();
    let calls = clients.iter_mut().map(|c| {
        let event_id = event_id.clone();
        async move {
            c.call::<RegisterForEvent>(&[("event_id", &event_id)])
                .await
                .map_err(|e| e.to_string())
        }
    });
    let mut responses = Vec::new();
    for res in futures::future::join_all(calls).await {
        responses.push(res?);
    }
    Ok(responses)
}

/// Sends every client's registration at once; nobody may see an error. Answers each
/// response's placement.
async fn register_all(
    clients: &mut [Client],
    id: EventId,
) -> Result<Vec<serde_json::Value>, Box<dyn std::error::Error>> {
    let mut placements = Vec::new();
    for res in send_all(clients, id).await? {
        assert_eq!(
            res.status,
            StatusCode::OK,
            "no error for anybody: {}",
            res.body
        );
        placements.push(res.body);
    }
    Ok(placements)
}

/// The event's registrations by status, and its waiting list in order.
async fn standing(
    db: &DatabaseConnection,
    id: EventId,
) -> Result<(BTreeMap<String, usize>, Vec<registration::Model>), sea_orm::DbErr> {
    let rows = registration::Entity::find()
        .filter(registration::Column::EventId.eq(id))
        .order_by_asc(registration::Column::WaitlistSeq)
        .all(db)
        .await?;
    let mut counts = BTreeMap::new();
    for r in &rows {
        *counts.entry(r.status.as_str().to_string()).or_insert(0) += 1;
    }
    let waiting = rows
        .into_iter()
        .filter(|r| r.status == RegistrationStatus::Waitlisted)
        .collect();
    Ok((counts, waiting))
}

/// 200 members register at the same moment for 50 seats: exactly 50 get a seat and 150 wait,
/// at positions 1 to 150 in one strict order, and nobody sees an error. With `two_servers`, the
/// members alternate between two app servers, each with its own connection pool.
async fn fifty_seats_for_two_hundred(backend: Backend, two_servers: bool) -> TestResult {
    let app = TestApp::new(backend).await?;
    let id = open_event(&app.db, 50).await?;
    let mut clients = members(&app, 200).await?;
    if two_servers {
        let pool = app::server::db::connect(&app.url).await?;
        let second = router(&pool, &app.mail_dir);
        for c in clients.iter_mut().skip(1).step_by(2) {
            *c = c.with_router(second.clone()).await?;
        }
    }
    let placements = register_all(&mut clients, id).await?;
    let confirmed = placements
        .iter()
        .filter(|p| p["status"] == "confirmed")
        .count();
    let mut positions: Vec<u64> = placements
        .iter()
        .filter(|p| p["status"] == "waitlisted")
        .filter_map(|p| p["position"].as_u64())
        .collect();
    positions.sort_unstable();
    assert_eq!(confirmed, 50);
    assert_eq!(positions, (1..=150).collect::<Vec<u64>>(), "one place each");
    let (counts, waiting) = standing(&app.db, id).await?;
    assert_eq!(counts.get("confirmed"), Some(&50));
    assert_eq!(counts.get("waitlisted"), Some(&150));
    let seqs: Vec<i32> = waiting.iter().filter_map(|r| r.waitlist_seq).collect();
    assert_eq!(seqs, (1..=150).collect::<Vec<i32>>(), "one strict order");
    Ok(())
}

async fn fifty_seats_for_two_hundred_on_one_server(backend: Backend) -> TestResult {
    fifty_seats_for_two_hundred(backend, false).await
}

async fn fifty_seats_for_two_hundred_on_two_servers(backend: Backend) -> TestResult {
    fifty_seats_for_two_hundred(backend, true).await
}

/// A cancelled seat goes to the first on the waiting list, who is told; the others move up;
/// cancelling twice is refused; a member cannot cancel another's registration.
async fn a_cancelled_seat_promotes_the_first_waiting(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let id = open_event(&app.db, 1).await?;
    let mut clients = members(&app, 3).await?;
    let mut placements = Vec::new();
    for c in clients.iter_mut() {
        placements.push(register_all(std::slice::from_mut(c), id).await?.remove(0));
    }
    assert_eq!(placements[0]["status"], "confirmed");
    assert_eq!(placements[1]["position"], 1);
    assert_eq!(placements[2]["position"], 2);
    let again = clients[0]
        .call::<RegisterForEvent>(&[("event_id", &id.to_string())])
        .await?;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.body["kind"], "already_registered", "{}", again.body);

    let rows = registration::Entity::find()
        .filter(registration::Column::EventId.eq(id))
        .order_by_asc(registration::Column::Id)
        .all(&app.db)
        .await?;
    let first: RegistrationId = rows[0].id;
    let not_mine = clients[2]
        .call::<CancelRegistration>(&[("id", &first.to_string())])
        .await?;
    assert_eq!(not_mine.status, StatusCode::NOT_FOUND);
    let res = clients[0]
        .call::<CancelRegistration>(&[("id", &first.to_string())])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let twice = clients[0]
        .call::<CancelRegistration>(&[("id", &first.to_string())])
        .await?;
    assert_eq!(twice.status, StatusCode::CONFLICT);

    let (counts, waiting) = standing(&app.db, id).await?;
    assert_eq!(counts.get("confirmed"), Some(&1));
    assert_eq!(counts.get("cancelled"), Some(&1));
    assert_eq!(waiting.len(), 1);
    assert_eq!(
        waiting[0].user_id, rows[2].user_id,
        "the third waits, now first"
    );
    let promoted = registration::Entity::find_by_id(rows[1].id)
        .one(&app.db)
        .await?
        .ok_or("gone")?;
    assert_eq!(promoted.status, RegistrationStatus::Confirmed);
    let told = notification::Entity::find()
        .filter(notification::Column::UserId.eq(promoted.user_id))
        .filter(notification::Column::EventId.eq(id))
        .all(&app.db)
        .await?;
    assert_eq!(told.len(), 1, "the promoted member is notified");
    // Mailed twice: placed on the waiting list, then given the seat.
    let mails = app.mails_to("load1@example.jp")?;
    assert_eq!(mails.len(), 2, "{mails:?}");
    assert!(mails[0].contains("on its waiting list"), "{}", mails[0]);
    assert!(mails[1].contains("is now confirmed"), "{}", mails[1]);
    Ok(())
}

/// Requests sent at the same moment are decided together, each on its own: a member who sends
/// theirs twice gets one registration and one "already registered"; of two colleagues under a
/// limit of one per organization, one gets the place; nobody sees a server error.
async fn each_request_of_a_burst_is_decided_on_its_own(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let id = open_event(&app.db, 10).await?;
    change_event(&app.db, id, |e| e.organization_limit = Set(Some(1))).await?;
    // load0 and load5 are colleagues (organization 2); load1 sends twice.
    let mut clients = members(&app, 6).await?;
    clients.push(app.login("load1@example.jp").await?);
    let mut statuses = BTreeMap::new();
    for res in send_all(&mut clients, id).await? {
        let key = match res.status {
            StatusCode::OK => "ok".to_string(),
            _ => format!("{} {}", res.status.as_u16(), res.body["kind"]),
        };
        *statuses.entry(key).or_insert(0) += 1;
    }
    let expected = BTreeMap::from([
        ("ok".to_string(), 5),
        ("409 \"already_registered\"".to_string(), 1),
        ("409 \"organization_limit_reached\"".to_string(), 1),
    ]);
    assert_eq!(statuses, expected);
    let (counts, _) = standing(&app.db, id).await?;
    assert_eq!(counts.get("confirmed"), Some(&5));
    Ok(())
}

on_both_backends!(
    each_request_of_a_burst_is_decided_on_its_own,
    fifty_seats_for_two_hundred_on_one_server,
    fifty_seats_for_two_hundred_on_two_servers,
    a_cancelled_seat_promotes_the_first_waiting,
);
