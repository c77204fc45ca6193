//! Registrations for events: registering (oneself, or a colleague as their organization's
//! admin), cancelling, and the waiting list's promotions. Each change is one write transaction
//! that first locks the event (`BEGIN IMMEDIATE` on SQLite, `SELECT … FOR UPDATE` of the event
//! row on PostgreSQL, so several app servers queue too), then counts its seats and applies the
//! decision of `model::registration`: no concurrency overbooks an event, loses a promotion or
//! puts two people at one place on the waiting list.

use std::collections::{BTreeMap, HashMap};

use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::notification::tell_of_event;
use super::registration_queue::Request;
use crate::model::event::{Closed, EventVisibility, may_see};
use crate::model::notification::NotificationKind;
use crate::model::permissions::Person;
use crate::model::registration::{
    Placement, RegistrationStatus, Seats, may_act_for, position, promotions,
};
use crate::model::{
    AppError, ConflictKind, EventId, OrganizationId, RegistrationId, UserId, UserStatus,
};
use crate::server::auth::person_of;
use crate::server::db::entity::{event, event_invitation, registration, user};
use crate::server::db::{WriteTxn, begin_write};
use crate::server::outbox::{MailTemplate, Mailer, Outbox};
use crate::server::state::AppState;

/// The event, if `viewer` may see it (see `model::event::may_see`); `NotFound` otherwise, so an
/// event of other organizations is not even known to exist.
pub async fn visible_event(
    db: &impl ConnectionTrait,
    viewer: &Person,
    id: EventId,
    lock: bool,
) -> Result<event::Model, AppError> {
    let mut find = event::Entity::find_by_id(id);
    if lock {
        find = find.lock_exclusive();
    }
    let event = find.one(db).await?.ok_or(AppError::NotFound)?;
    // Only an event for invited organizations asks whether the viewer's is one of them.
    let invited = event.visibility == EventVisibility::Invited
        && event_invitation::Entity::find_by_id((id, viewer.organization_id))
            .one(db)
            .await?
            .is_some();
    if may_see(viewer, event.status, event.visibility, invited) {
        Ok(event)
    } else {
        Err(AppError::NotFound)
    }
}

/// Registers `subject` (the actor, or a colleague the actor may register: see
/// `model::registration::may_act_for`) for the event, with their answers to its questions (as
/// the form sent them; see `model::event_answers`), and mails them where it went with the
/// event's facts. Registrations that arrive together are decided together, in their order
/// (`registration_queue`). Returns where the registration went.
pub async fn register(
    state: &AppState,
    actor: &user::Model,
    subject: UserId,
    event_id: EventId,
    answers: BTreeMap<String, String>,
) -> Result<Placement, AppError> {
    // Whom the mail goes to is known before the event is locked.
    let subject = subject_of(&state.db, actor, subject).await?;
    let request = Request {
        actor: person_of(actor),
        subject,
        answers,
    };
    state.registrations.register(state, event_id, request).await
}

/// Cancels a registration that is still active. A freed seat goes, in the same transaction, to
/// the first on the waiting list, who is notified (a notification and a mail).
pub async fn cancel(
    db: &DatabaseConnection,
    mailer: Mailer<'_>,
    actor: &Person,
    id: RegistrationId,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let (event, reg) = locked_registration(&txn, id).await?;
    if !may_act_for(actor, reg.user_id, reg.organization_id) {
        return Err(AppError::NotFound);
    }
    if !reg.status.is_active() {
        return Err(AppError::conflict(ConflictKind::RegistrationChanged));
    }
    let freed = reg.status.holds_seat();
    let mut row = reg.into_active_model();
    row.status = Set(RegistrationStatus::Cancelled);
    row.waitlist_seq = Set(None);
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    let mut outbox = Outbox::new(mailer);
    if freed {
        promote(&txn, &mut outbox, &event).await?;
    }
    outbox.commit(txn).await
}

/// A registration and its event, the event locked, the registration read again after the lock:
/// every change to the event's registrations waits for this one, so two changes cannot both
/// free (or take) one seat.
pub(crate) async fn locked_registration(
    txn: &WriteTxn,
    id: RegistrationId,
) -> Result<(event::Model, registration::Model), AppError> {
    let found = registration::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let event = event::Entity::find_by_id(found.event_id)
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let reg = registration::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((event, reg))
}

/// Gives the free seats of `event` to the first on its waiting list, in order, and tells them.
/// Runs inside the transaction of the change that freed the seats (a cancellation, a larger
/// capacity), after the event was locked.
pub async fn promote(
    txn: &WriteTxn,
    outbox: &mut Outbox<'_>,
    event: &event::Model,
) -> Result<(), AppError> {
    let seats = seats(txn, event, None).await?;
    let n = promotions(seats.capacity, seats.taken, seats.waitlisted);
    if n == 0 {
        return Ok(());
    }
    let next = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event.id))
        .filter(registration::Column::Status.eq(RegistrationStatus::Waitlisted))
        .order_by_asc(registration::Column::WaitlistSeq)
        .limit(u64::from(n))
        .all(txn)
        .await?;
    let ids: Vec<RegistrationId> = next.iter().map(|r| r.id).collect();
    registration::Entity::update_many()
        .col_expr(
            registration::Column::Status,
            Expr::value(RegistrationStatus::Confirmed.as_str()),
        )
        .col_expr(
            registration::Column::WaitlistSeq,
            Expr::value(Option::<i32>::None),
        )
        .col_expr(registration::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(registration::Column::Id.is_in(ids))
        .exec(txn)
        .await?;
    let people = next.iter().map(|r| r.user_id).collect();
    let kind = NotificationKind::RegistrationPromoted;
    tell_of_event(txn, outbox, people, event, kind, None, &PROMOTED).await
}

pub(super) const CONFIRMED: MailTemplate = MailTemplate {
    subject: |m| m.mail_registration_confirmed_subject,
    body: |m| m.mail_registration_confirmed_body,
};

pub(super) const WAITLISTED: MailTemplate = MailTemplate {
    subject: |m| m.mail_registration_waitlisted_subject,
    body: |m| m.mail_registration_waitlisted_body,
};

pub(super) const PENDING: MailTemplate = MailTemplate {
    subject: |m| m.mail_registration_pending_subject,
    body: |m| m.mail_registration_pending_body,
};

pub(crate) const PROMOTED: MailTemplate = MailTemplate {
    subject: |m| m.mail_registration_promoted_subject,
    body: |m| m.mail_registration_promoted_body,
};

/// The places on their events' waiting lists (1: next for a seat) of those of `regs` that wait,
/// in one statement.
pub async fn waitlist_positions(
    db: &impl ConnectionTrait,
    regs: &[registration::Model],
) -> Result<HashMap<RegistrationId, u32>, AppError> {
    let waiting: Vec<(&registration::Model, i32)> = regs
        .iter()
        .filter(|r| r.status == RegistrationStatus::Waitlisted)
        .filter_map(|r| Some((r, r.waitlist_seq?)))
        .collect();
    if waiting.is_empty() {
        return Ok(HashMap::new());
    }
    let ahead_of = |(r, seq): &(&registration::Model, i32)| {
        Condition::all()
            .add(registration::Column::EventId.eq(r.event_id))
            .add(registration::Column::WaitlistSeq.lt(*seq))
    };
    let ahead: HashMap<EventId, i64> = registration::Entity::find()
        .select_only()
        .column(registration::Column::EventId)
        .column_as(registration::Column::Id.count(), "n")
        .filter(registration::Column::Status.eq(RegistrationStatus::Waitlisted))
        .filter(
            waiting
                .iter()
                .map(ahead_of)
                .fold(Condition::any(), Condition::add),
        )
        .group_by(registration::Column::EventId)
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(waiting
        .iter()
        .map(|(r, _)| {
            let n = ahead.get(&r.event_id).copied().unwrap_or(0);
            (r.id, position(u32::try_from(n).unwrap_or(u32::MAX)))
        })
        .collect())
}

/// The event's seats as the rules see them (and `organization`'s active registrations).
pub(crate) async fn seats(
    txn: &impl ConnectionTrait,
    event: &event::Model,
    organization: Option<OrganizationId>,
) -> Result<Seats, AppError> {
    let by_status: HashMap<RegistrationStatus, i64> = registration::Entity::find()
        .select_only()
        .column(registration::Column::Status)
        .column_as(registration::Column::Id.count(), "n")
        .filter(registration::Column::EventId.eq(event.id))
        .group_by(registration::Column::Status)
        .into_tuple::<(RegistrationStatus, i64)>()
        .all(txn)
        .await?
        .into_iter()
        .collect();
    let n = |statuses: &[RegistrationStatus]| -> u32 {
        statuses
            .iter()
            .filter_map(|s| by_status.get(s))
            .map(|&n| u32::try_from(n).unwrap_or(u32::MAX))
            .sum()
    };
    // The organization's registrations count only where the event sets a limit.
    let organization_active = match organization.filter(|_| event.organization_limit.is_some()) {
        Some(org) => {
            registration::Entity::find()
                .filter(registration::Column::EventId.eq(event.id))
                .filter(registration::Column::OrganizationId.eq(org))
                .filter(registration::Column::Status.is_in(RegistrationStatus::active()))
                .count(txn)
                .await?
        }
        None => 0,
    };
    Ok(Seats {
        capacity: u32::try_from(event.capacity).unwrap_or(0),
        taken: n(&[RegistrationStatus::Confirmed, RegistrationStatus::Attended]),
        waitlisted: n(&[RegistrationStatus::Waitlisted]),
        organization_limit: event.organization_limit.and_then(|l| u32::try_from(l).ok()),
        organization_active: u32::try_from(organization_active).unwrap_or(u32::MAX),
        requires_approval: event.requires_approval,
    })
}

/// Takes the next place on the event's waiting list (the event is locked).
pub(crate) async fn take_waitlist_place(
    txn: &WriteTxn,
    event: &event::Model,
) -> Result<i32, AppError> {
    event::Entity::update_many()
        .col_expr(
            event::Column::WaitlistNext,
            Expr::col(event::Column::WaitlistNext).add(1),
        )
        .filter(event::Column::Id.eq(event.id))
        .exec(txn)
        .await?;
    Ok(event.waitlist_next)
}

/// The person registered (their row, which the mail also needs): the actor, or someone the actor
/// may act for.
async fn subject_of(
    db: &DatabaseConnection,
    actor: &user::Model,
    subject: UserId,
) -> Result<user::Model, AppError> {
    if subject == actor.id {
        return Ok(actor.clone());
    }
    let u = user::Entity::find_by_id(subject)
        .one(db)
        .await?
        .filter(|u| u.status == UserStatus::Active)
        .ok_or(AppError::NotFound)?;
    if !may_act_for(&person_of(actor), u.id, u.organization_id) {
        return Err(AppError::Forbidden);
    }
    Ok(u)
}

pub(super) fn closed(why: Closed) -> AppError {
    AppError::conflict(match why {
        Closed::NotYetOpen => ConflictKind::RegistrationNotOpen,
        Closed::Ended => ConflictKind::RegistrationEnded,
        Closed::EventCancelled => ConflictKind::EventCancelled,
    })
}
