//! Registrations for one event that arrive together are decided together. Each request joins
//! the event's queue in this process; whoever gets the event's turn takes every request waiting
//! and decides them in one transaction, in the order they came (the same rules as one at a
//! time: `model::registration::place`, each decision counting the ones before it), with one
//! lock of the event, one read of its questions and counts, and one write of the new
//! registrations. A burst of a thousand is then a handful of transactions instead of a thousand
//! queued on the event's lock. Several app servers queue on the event's row lock as before.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QuerySelect,
};
use tokio::sync::oneshot;

use super::event::questions;
use super::event_mail::{EventMail, Standing};
use super::registration::{CONFIRMED, PENDING, WAITLISTED, closed, seats};
use crate::model::event::{Closed, EventVisibility, may_see, registration_open};
use crate::model::event_answers::{Question, check_answers};
use crate::model::permissions::Person;
use crate::model::registration::{Placement, Refusal, RegistrationStatus, Seats, place};
use crate::model::{AppError, ConflictKind, EventId, OrganizationId, UserId};
use crate::server::auth::person_of;
use crate::server::db::entity::{event, event_invitation, registration, user};
use crate::server::db::{WriteTxn, begin_write};
use crate::server::outbox::Outbox;
use crate::server::state::AppState;

/// One registration asked for: who acts, whom they register (their row), and the answers as
/// the form sent them.
pub struct Request {
    pub actor: Person,
    pub subject: user::Model,
    pub answers: BTreeMap<String, String>,
}

struct Waiting {
    request: Request,
    answer: oneshot::Sender<Result<Placement, AppError>>,
}

/// The queues of this process, per event (kept in `AppState`).
#[derive(Default)]
pub struct RegistrationQueue {
    waiting: Mutex<HashMap<EventId, Vec<Waiting>>>,
    turns: Mutex<HashMap<EventId, Arc<tokio::sync::Mutex<()>>>>,
}

impl RegistrationQueue {
    /// Decides `request` for event `id`, with the others that wait for it; answers where it went.
    pub async fn register(
        &self,
        state: &AppState,
        id: EventId,
        request: Request,
    ) -> Result<Placement, AppError> {
        let (answer, mut answered) = oneshot::channel();
        lock(&self.waiting)
            .entry(id)
            .or_default()
            .push(Waiting { request, answer });
        let turn = lock(&self.turns).entry(id).or_default().clone();
        let _turn = turn.lock().await;
        // A batch decided while this one waited for the turn may have held it.
        if let Ok(placement) = answered.try_recv() {
            return placement;
        }
        let batch = lock(&self.waiting).remove(&id).unwrap_or_default();
        // The batch is decided to its end even if this request's caller goes away.
        let state = state.clone();
        let decided = tokio::spawn(async move { decide(&state, id, batch).await });
        decided.await.map_err(crate::model::error::internal)?;
        answered.await.map_err(crate::model::error::internal)?
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Decides the batch in one transaction and answers each request.
async fn decide(state: &AppState, id: EventId, batch: Vec<Waiting>) {
    let (requests, answers): (Vec<Request>, Vec<_>) =
        batch.into_iter().map(|w| (w.request, w.answer)).unzip();
    let results = match register_all(state, id, &requests).await {
        Ok(results) => results,
        Err(error) => vec![Err(error); requests.len()],
    };
    for (answer, result) in answers.into_iter().zip(results) {
        let _ = answer.send(result);
    }
}

/// One decided registration, to be written.
struct Decided<'a> {
    request: &'a Request,
    existing: Option<registration::Model>,
    placement: Placement,
    waitlist_seq: Option<i32>,
    answers: String,
}

/// What a batch's decisions read (the event, read once under its lock) and what they count
/// (seats, organizations, the waiting list's next place) as the decisions before left them.
struct Batch<'e> {
    event: &'e event::Model,
    invited: HashSet<OrganizationId>,
    questions: Vec<Question>,
    open: Result<(), Closed>,
    existing: HashMap<UserId, registration::Model>,
    seats: Seats,
    organizations: HashMap<OrganizationId, u32>,
    next_seq: i32,
    subjects: HashSet<UserId>,
}

impl Batch<'_> {
    fn sees(&self, p: &Person) -> bool {
        may_see(
            p,
            self.event.status,
            self.event.visibility,
            self.invited.contains(&p.organization_id),
        )
    }

    /// Decides one request after the ones before it, counting it when it is placed.
    fn decide_one<'r>(&mut self, request: &'r Request) -> Result<Decided<'r>, AppError> {
        let subject = person_of(&request.subject);
        let visible =
            self.sees(&subject) && (subject.id == request.actor.id || self.sees(&request.actor));
        if !visible {
            return Err(AppError::NotFound);
        }
        let answers = check_answers(&self.questions, &request.answers)
            .map_err(|fields| AppError::Validation { fields })?;
        self.open.map_err(closed)?;
        let existing = self.existing.get(&subject.id).cloned();
        if existing.as_ref().is_some_and(|r| r.status.is_active())
            || self.subjects.contains(&subject.id)
        {
            return Err(AppError::conflict(ConflictKind::AlreadyRegistered));
        }
        let active = self
            .organizations
            .entry(subject.organization_id)
            .or_default();
        self.seats.organization_active = *active;
        let placement = place(&self.seats).map_err(|refusal| match refusal {
            Refusal::OrganizationLimit => {
                AppError::conflict(ConflictKind::OrganizationLimitReached)
            }
        })?;
        *active += 1;
        self.subjects.insert(subject.id);
        let waitlist_seq = match placement {
            Placement::Confirmed => {
                self.seats.taken += 1;
                None
            }
            Placement::Waitlisted { .. } => {
                self.seats.waitlisted += 1;
                self.next_seq += 1;
                Some(self.next_seq - 1)
            }
            Placement::Pending => None,
        };
        Ok(Decided {
            request,
            existing,
            placement,
            waitlist_seq,
            answers: serde_json::to_string(&answers).map_err(crate::model::error::internal)?,
        })
    }
}

async fn register_all(
    state: &AppState,
    id: EventId,
    requests: &[Request],
) -> Result<Vec<Result<Placement, AppError>>, AppError> {
    let txn = begin_write(&state.db).await?;
    let event = event::Entity::find_by_id(id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let invited = if event.visibility == EventVisibility::Invited {
        event_invitation::Entity::find()
            .filter(event_invitation::Column::EventId.eq(id))
            .all(&txn)
            .await?
            .into_iter()
            .map(|i| i.organization_id)
            .collect()
    } else {
        HashSet::new()
    };
    let existing = registration::Entity::find()
        .filter(registration::Column::EventId.eq(id))
        .filter(registration::Column::UserId.is_in(requests.iter().map(|r| r.subject.id)))
        .all(&txn)
        .await?
        .into_iter()
        .map(|r| (r.user_id, r))
        .collect();
    let mut batch = Batch {
        event: &event,
        invited,
        questions: questions(&txn, id).await?,
        open: registration_open(
            event.status,
            event.opens_at,
            event.closes_at,
            event.starts_at,
            Utc::now(),
        ),
        existing,
        seats: seats(&txn, &event, None).await?,
        organizations: organization_counts(&txn, &event, requests).await?,
        next_seq: event.waitlist_next,
        subjects: HashSet::new(),
    };
    let mut decided = Vec::new();
    let mut results = Vec::with_capacity(requests.len());
    for request in requests {
        let outcome = batch.decide_one(request);
        results.push(outcome.as_ref().map(|d| d.placement).map_err(Clone::clone));
        decided.extend(outcome.ok());
    }
    let next_seq = batch.next_seq;
    write(state, txn, &event, &decided, next_seq).await?;
    Ok(results)
}

/// The active registrations of the batch's organizations, where the event sets a limit.
async fn organization_counts(
    txn: &WriteTxn,
    event: &event::Model,
    requests: &[Request],
) -> Result<HashMap<OrganizationId, u32>, AppError> {
    if event.organization_limit.is_none() {
        return Ok(HashMap::new());
    }
    Ok(registration::Entity::find()
        .select_only()
        .column(registration::Column::OrganizationId)
        .column_as(registration::Column::Id.count(), "n")
        .filter(registration::Column::EventId.eq(event.id))
        .filter(registration::Column::Status.is_in(RegistrationStatus::active()))
        .filter(
            registration::Column::OrganizationId
                .is_in(requests.iter().map(|r| r.subject.organization_id)),
        )
        .group_by(registration::Column::OrganizationId)
        .into_tuple::<(OrganizationId, i64)>()
        .all(txn)
        .await?
        .into_iter()
        .map(|(org, n)| (org, u32::try_from(n).unwrap_or(u32::MAX)))
        .collect())
}

/// New registrations go in together (a few hundred rows a statement); a registration taken
/// again after a cancellation is updated; then the waiting list's counter, and each
/// registrant's mail.
async fn write(
    state: &AppState,
    txn: WriteTxn,
    event: &event::Model,
    decided: &[Decided<'_>],
    next_seq: i32,
) -> Result<(), AppError> {
    const ROWS_PER_INSERT: usize = 500;
    let now = Utc::now();
    let mut new_rows = Vec::new();
    for d in decided {
        let mut row = match &d.existing {
            Some(r) => r.clone().into_active_model(),
            None => registration::ActiveModel {
                event_id: Set(event.id),
                user_id: Set(d.request.subject.id),
                created_at: Set(now),
                ..Default::default()
            },
        };
        row.organization_id = Set(d.request.subject.organization_id);
        row.status = Set(d.placement.status());
        row.waitlist_seq = Set(d.waitlist_seq);
        row.answers = Set(d.answers.clone());
        row.registered_by = Set(d.request.actor.id);
        row.reason = Set(None);
        row.checked_in_at = Set(None);
        row.updated_at = Set(now);
        if d.existing.is_some() {
            row.update(&txn).await?;
        } else {
            new_rows.push(row);
        }
    }
    while !new_rows.is_empty() {
        let rest = new_rows.split_off(new_rows.len().min(ROWS_PER_INSERT));
        registration::Entity::insert_many(new_rows)
            .exec(&txn)
            .await?;
        new_rows = rest;
    }
    if next_seq != event.waitlist_next {
        event::Entity::update_many()
            .col_expr(event::Column::WaitlistNext, Expr::value(next_seq))
            .filter(event::Column::Id.eq(event.id))
            .exec(&txn)
            .await?;
    }
    let mut outbox = Outbox::new(state.mailer());
    for d in decided {
        let template = match d.placement {
            Placement::Confirmed => &CONFIRMED,
            Placement::Waitlisted { .. } => &WAITLISTED,
            Placement::Pending => &PENDING,
        };
        let standing = Standing {
            seat: d.placement == Placement::Confirmed,
            waiting_place: match d.placement {
                Placement::Waitlisted { position } => Some(position),
                _ => None,
            },
        };
        EventMail::new(event, template)
            .send(&txn, &mut outbox, &d.request.subject, standing)
            .await?;
    }
    outbox.commit(txn).await
}
