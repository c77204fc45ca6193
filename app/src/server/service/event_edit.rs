//! Staff's changes to events: creating and editing one (with its programme, questions and
//! invited organizations, in one transaction), and moving it along its life (publishing, closing registration, finishing,
//! cancelling — which tells every registrant why).

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    TryIntoModel,
};

use super::event::questions;
use super::notification::tell_of_event;
use super::project_link;
use super::registration::{promote, seats};
use crate::model::event::EventStatus;
use crate::model::event_form::{
    CAPACITY_MAX, EventDraft, EventForm, OrganizationChoice, QuestionForm, SessionForm,
    options_text,
};
use crate::model::event_view::StatusChange;
use crate::model::notification::NotificationKind;
use crate::model::registration::RegistrationStatus;
use crate::model::validation::reason_given;
use crate::model::{
    AppError, Bilingual, ErrorCode, EventId, Field, FieldError, OrgStatus, OrganizationId, UserId,
};
use crate::server::auth::Actor;
use crate::server::db::entity::{
    event, event_invitation, event_question, event_session, organization, registration,
};
use crate::server::db::{WriteTxn, begin_write};
use crate::server::markdown::render;
use crate::server::outbox::{MailTemplate, Mailer, Outbox};
use crate::server::zone::{self, local_input, to_utc};

pub const CANCEL_REASON_MAX: u32 = 1_000;

/// The form of an existing event, as staff edit it.
pub async fn form(db: &DatabaseConnection, id: EventId) -> Result<EventForm, AppError> {
    let e = event::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let tz = zone::zone(&e.time_zone);
    let at = |t| local_input(t, tz);
    let sessions = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(id))
        .order_by_asc(event_session::Column::Position)
        .all(db)
        .await?;
    Ok(EventForm {
        id: Some(e.id),
        kind: e.kind.as_str().into(),
        format: e.format.as_str().into(),
        visibility: e.visibility.as_str().into(),
        title_ja: e.title_ja,
        title_en: e.title_en,
        description_ja: e.description_ja,
        description_en: e.description_en,
        starts_at: at(e.starts_at),
        ends_at: at(e.ends_at),
        time_zone: e.time_zone,
        venue_ja: e.venue_ja,
        venue_en: e.venue_en,
        address: e.address,
        online_url: e.online_url.unwrap_or_default(),
        capacity: e.capacity.to_string(),
        organization_limit: e
            .organization_limit
            .map(|l| l.to_string())
            .unwrap_or_default(),
        opens_at: e.opens_at.map(at).unwrap_or_default(),
        closes_at: e.closes_at.map(at).unwrap_or_default(),
        requires_approval: e.requires_approval,
        sessions: sessions
            .into_iter()
            .map(|s| SessionForm {
                starts_at: at(s.starts_at),
                ends_at: at(s.ends_at),
                title_ja: s.title_ja,
                title_en: s.title_en,
                speakers: s.speakers,
            })
            .collect(),
        questions: questions(db, id)
            .await?
            .into_iter()
            .map(|q| QuestionForm {
                id: Some(q.id),
                kind: q.kind.as_str().into(),
                label_ja: q.label.ja,
                label_en: q.label.en,
                options: options_text(&q.options),
                required: q.required,
            })
            .collect(),
        invited: invited(db, id).await?,
        project_id: e.project_id,
    })
}

/// Creates an event (a draft) or saves an existing one; answers its id. A larger capacity gives
/// the new seats to the waiting list at once; a capacity below the seats already held is
/// refused (nobody loses a confirmed seat to an edit).
pub async fn save(
    db: &DatabaseConnection,
    mailer: Mailer<'_>,
    actor: &Actor,
    form: &EventForm,
) -> Result<EventId, AppError> {
    let draft = form
        .check()
        .map_err(|fields| AppError::Validation { fields })?;
    let tz = zone::zone(&draft.time_zone);
    let utc =
        |field, t| to_utc(t, tz).ok_or_else(|| AppError::field(field, ErrorCode::InvalidDateTime));
    let starts_at = utc(Field::StartsAt, draft.starts_at)?;
    let ends_at = utc(Field::EndsAt, draft.ends_at)?;
    let opens_at = draft.opens_at.map(|t| utc(Field::OpensAt, t)).transpose()?;
    let closes_at = draft
        .closes_at
        .map(|t| utc(Field::ClosesAt, t))
        .transpose()?;
    if let Some(project) = form.project_id {
        project_link::place(db, project).await?;
    }
    let now = Utc::now();
    let txn = begin_write(db).await?;
    let existing = match draft.id {
        Some(id) => Some(
            event::Entity::find_by_id(id)
                .lock_exclusive()
                .one(&txn)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    if let Some(e) = &existing {
        let taken = seats(&txn, e, None).await?.taken;
        if draft.capacity < taken {
            return Err(AppError::field(
                Field::Capacity,
                ErrorCode::OutOfRange {
                    min: taken,
                    max: CAPACITY_MAX,
                },
            ));
        }
    }
    let mut row = match existing.clone() {
        Some(e) => e.into_active_model(),
        None => event::ActiveModel {
            status: Set(EventStatus::Draft),
            waitlist_next: Set(1),
            cancel_reason: Set(None),
            created_by: Set(actor.id()),
            created_at: Set(now),
            ..Default::default()
        },
    };
    let d = &draft;
    row.kind = Set(d.kind);
    row.format = Set(d.format);
    row.visibility = Set(d.visibility);
    row.title_ja = Set(d.title.ja.clone());
    row.title_en = Set(d.title.en.clone());
    row.description_ja_html = Set(render(&d.description.ja));
    row.description_en_html = Set(render(&d.description.en));
    row.description_ja = Set(d.description.ja.clone());
    row.description_en = Set(d.description.en.clone());
    row.starts_at = Set(starts_at);
    row.ends_at = Set(ends_at);
    row.time_zone = Set(d.time_zone.clone());
    row.venue_ja = Set(d.venue.ja.clone());
    row.venue_en = Set(d.venue.en.clone());
    row.address = Set(d.address.clone());
    row.online_url = Set(d.online_url.clone());
    row.capacity = Set(i32::try_from(d.capacity).unwrap_or(i32::MAX));
    row.organization_limit = Set(d.organization_limit.and_then(|l| i32::try_from(l).ok()));
    row.opens_at = Set(opens_at);
    row.closes_at = Set(closes_at);
    row.requires_approval = Set(d.requires_approval);
    row.project_id = Set(form.project_id);
    row.updated_at = Set(now);
    let saved = row.save(&txn).await?.try_into_model()?;
    save_sessions(&txn, saved.id, d, tz).await?;
    save_questions(&txn, saved.id, d).await?;
    save_invitations(&txn, saved.id, &d.invited).await?;
    let mut outbox = Outbox::new(mailer);
    if existing.is_some() {
        promote(&txn, &mut outbox, &saved).await?;
    }
    outbox.commit(txn).await?;
    Ok(saved.id)
}

/// The programme is replaced as a whole (nothing refers to its items).
async fn save_sessions(
    txn: &WriteTxn,
    id: EventId,
    d: &EventDraft,
    tz: chrono_tz::Tz,
) -> Result<(), AppError> {
    event_session::Entity::delete_many()
        .filter(event_session::Column::EventId.eq(id))
        .exec(txn)
        .await?;
    let mut rows = Vec::new();
    for (i, s) in d.sessions.iter().enumerate() {
        let at = |field, t| {
            to_utc(t, tz).ok_or_else(|| AppError::Validation {
                fields: vec![FieldError {
                    field: crate::model::event_form::item_key(Field::Sessions, i, field),
                    code: ErrorCode::InvalidDateTime,
                }],
            })
        };
        rows.push(event_session::ActiveModel {
            event_id: Set(id),
            position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
            starts_at: Set(at(Field::StartsAt, s.starts_at)?),
            ends_at: Set(at(Field::EndsAt, s.ends_at)?),
            title_ja: Set(s.title.ja.clone()),
            title_en: Set(s.title.en.clone()),
            speakers: Set(s.speakers.clone()),
            ..Default::default()
        });
    }
    if !rows.is_empty() {
        event_session::Entity::insert_many(rows).exec(txn).await?;
    }
    Ok(())
}

/// The invited organizations are replaced as a whole; each must be an active member
/// organization.
async fn save_invitations(
    txn: &WriteTxn,
    id: EventId,
    invited: &[OrganizationId],
) -> Result<(), AppError> {
    let known = organization::Entity::find()
        .filter(organization::Column::Id.is_in(invited.iter().copied()))
        .filter(organization::Column::Status.eq(OrgStatus::Active))
        .count(txn)
        .await?;
    if known != invited.len() as u64 {
        return Err(AppError::field(Field::Invited, ErrorCode::InvalidChoice));
    }
    event_invitation::Entity::delete_many()
        .filter(event_invitation::Column::EventId.eq(id))
        .exec(txn)
        .await?;
    if !invited.is_empty() {
        event_invitation::Entity::insert_many(invited.iter().map(|&organization_id| {
            event_invitation::ActiveModel {
                event_id: Set(id),
                organization_id: Set(organization_id),
            }
        }))
        .exec(txn)
        .await?;
    }
    Ok(())
}

/// The organizations staff can invite to an event: the active ones, by English name.
pub async fn organization_choices(
    db: &impl ConnectionTrait,
) -> Result<Vec<OrganizationChoice>, AppError> {
    Ok(organization::Entity::find()
        .filter(organization::Column::Status.eq(OrgStatus::Active))
        .order_by_asc(organization::Column::NameEn)
        .all(db)
        .await?
        .into_iter()
        .map(|o| OrganizationChoice {
            id: o.id,
            name: Bilingual::new(o.name_ja, o.name_en),
        })
        .collect())
}

/// The organizations invited to event `id`.
pub async fn invited(
    db: &impl ConnectionTrait,
    id: EventId,
) -> Result<Vec<OrganizationId>, AppError> {
    Ok(event_invitation::Entity::find()
        .filter(event_invitation::Column::EventId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|i| i.organization_id)
        .collect())
}

/// Questions keep their ids (and so their answers) across edits; those taken out of the form
/// are deleted, new ones added.
async fn save_questions(txn: &WriteTxn, id: EventId, d: &EventDraft) -> Result<(), AppError> {
    let kept: Vec<_> = d.questions.iter().filter_map(|q| q.id).collect();
    event_question::Entity::delete_many()
        .filter(event_question::Column::EventId.eq(id))
        .filter(event_question::Column::Id.is_not_in(kept))
        .exec(txn)
        .await?;
    let mut existing: HashMap<_, _> = event_question::Entity::find()
        .filter(event_question::Column::EventId.eq(id))
        .all(txn)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    for (i, q) in d.questions.iter().enumerate() {
        let mut row = match q.id.and_then(|qid| existing.remove(&qid)) {
            Some(r) => r.into_active_model(),
            None => event_question::ActiveModel {
                event_id: Set(id),
                ..Default::default()
            },
        };
        row.position = Set(i32::try_from(i).unwrap_or(i32::MAX));
        row.kind = Set(q.kind);
        row.label_ja = Set(q.label.ja.clone());
        row.label_en = Set(q.label.en.clone());
        row.options =
            Set(serde_json::to_string(&q.options).map_err(crate::model::error::internal)?);
        row.required = Set(q.required);
        row.save(txn).await?;
    }
    Ok(())
}

/// Moves an event along its life (see `EventStatus::may_become`). Cancelling needs a reason;
/// every active registrant is told it (a notification and a mail) in the same transaction.
pub async fn change_status(
    db: &DatabaseConnection,
    mailer: Mailer<'_>,
    change: &StatusChange,
) -> Result<(), AppError> {
    let reason = change.reason.trim();
    if change.status == EventStatus::Cancelled {
        AppError::check(reason_given(reason, CANCEL_REASON_MAX))?;
    }
    let txn = begin_write(db).await?;
    let e = event::Entity::find_by_id(change.id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if !e.status.may_become(change.status) {
        return Err(AppError::conflict(
            crate::model::ConflictKind::EventStatusChanged,
        ));
    }
    let mut row = e.clone().into_active_model();
    row.status = Set(change.status);
    row.updated_at = Set(Utc::now());
    if change.status == EventStatus::Cancelled {
        row.cancel_reason = Set(Some(reason.to_string()));
    }
    let e = row.update(&txn).await?;
    let mut outbox = Outbox::new(mailer);
    if change.status == EventStatus::Cancelled {
        tell_cancelled(&txn, &mut outbox, &e, reason).await?;
    }
    outbox.commit(txn).await
}

async fn tell_cancelled(
    txn: &WriteTxn,
    outbox: &mut Outbox<'_>,
    e: &event::Model,
    reason: &str,
) -> Result<(), AppError> {
    let people: Vec<UserId> = registration::Entity::find()
        .select_only()
        .column(registration::Column::UserId)
        .filter(registration::Column::EventId.eq(e.id))
        .filter(registration::Column::Status.is_in(RegistrationStatus::active()))
        .into_tuple::<UserId>()
        .all(txn)
        .await?;
    let kind = NotificationKind::EventCancelled;
    tell_of_event(txn, outbox, people, e, kind, Some(reason), &CANCELLED).await
}

const CANCELLED: MailTemplate = MailTemplate {
    subject: |m| m.mail_event_cancelled_subject,
    body: |m| m.mail_event_cancelled_body,
};
