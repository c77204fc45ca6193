//! Staff's work on an event's registrants: the list (by status, found by any form of the name,
//! in kana order as a door list is read), its CSV export, and a decision on one registration —
//! approve, decline with a reason, seat a waiting person, check in — each in one transaction
//! with the event locked, that tells the registrant.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, IntoActiveModel, QueryFilter,
};

use super::account::person_name;
use super::event::questions;
use super::notification::tell_of_event;
use super::registration::{
    PROMOTED, locked_registration, seats, take_waitlist_place, waitlist_positions,
};
use crate::i18n::texts::AreaTexts;
use crate::model::error::internal;
use crate::model::event_answers::{Answers, answer_text};
use crate::model::notification::NotificationKind;
use crate::model::registrant::{
    DECLINE_REASON_MAX, Decision, REGISTRANTS_PER_PAGE, Registrant, RegistrantDecision,
    RegistrantList, RegistrantQuery, StatusCount,
};
use crate::model::registration::{Placement, RegistrationStatus, Seats, place};
use crate::model::search;
use crate::model::thread::{clamp_page, page_count};
use crate::model::validation::reason_given;
use crate::model::{
    AppError, ConflictKind, EventId, Field, Locale, OrganizationId, RegistrationId, UserId,
};
use crate::server::db::begin_write;
use crate::server::db::entity::{event, organization, registration, user};
use crate::server::outbox::{MailTemplate, Mailer, Outbox};
use crate::server::zone;

/// Every registrant of an event, with their account and organization, in kana order.
pub(crate) struct Roll {
    pub event: event::Model,
    pub rows: Vec<(registration::Model, user::Model, organization::Model)>,
    /// The waiting registrants' places on the waiting list (1: next for a seat).
    pub positions: HashMap<RegistrationId, u32>,
}

/// Reads an event's whole roll: five statements, however many registrants.
pub(crate) async fn roll(db: &impl ConnectionTrait, id: EventId) -> Result<Roll, AppError> {
    let event = event::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let regs = registration::Entity::find()
        .filter(registration::Column::EventId.eq(id))
        .all(db)
        .await?;
    let positions = waitlist_positions(db, &regs).await?;
    let mut users: HashMap<UserId, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(regs.iter().map(|r| r.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let orgs: HashMap<OrganizationId, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(regs.iter().map(|r| r.organization_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut rows: Vec<_> = regs
        .into_iter()
        .filter_map(|r| {
            let u = users.remove(&r.user_id)?;
            let o = orgs.get(&r.organization_id)?.clone();
            Some((r, u, o))
        })
        .collect();
    rows.sort_by(|(ra, a, _), (rb, b, _)| {
        let key = |u: &user::Model| {
            (
                format!("{}{}", u.family_name_kana, u.given_name_kana),
                u.romanized_name.to_lowercase(),
            )
        };
        key(a).cmp(&key(b)).then(ra.id.cmp(&rb.id))
    });
    Ok(Roll {
        event,
        rows,
        positions,
    })
}

/// One page of an event's registrants for staff.
pub async fn list(
    db: &DatabaseConnection,
    q: &RegistrantQuery,
) -> Result<RegistrantList, AppError> {
    AppError::check(search::check_query(Field::Query, &q.q))?;
    let roll = roll(db, q.event).await?;
    let questions = questions(db, q.event).await?;
    let counts = RegistrationStatus::ALL
        .iter()
        .map(|&status| StatusCount {
            status,
            count: roll
                .rows
                .iter()
                .filter(|(r, _, _)| r.status == status)
                .count() as u64,
        })
        .collect();
    let terms: Vec<String> = search::fold(&q.q)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    let matching: Vec<_> = roll
        .rows
        .iter()
        .filter(|(r, _, _)| q.status.is_none_or(|s| r.status == s))
        .filter(|(_, u, o)| {
            terms
                .iter()
                .all(|t| u.search_text.contains(t.as_str()) || o.search_text.contains(t.as_str()))
        })
        .collect();
    let total = matching.len() as u64;
    let pages = page_count(total, REGISTRANTS_PER_PAGE);
    let page = clamp_page(q.page, pages);
    let items = matching
        .into_iter()
        .skip((page as usize - 1) * REGISTRANTS_PER_PAGE as usize)
        .take(REGISTRANTS_PER_PAGE as usize)
        .map(|(r, u, o)| Registrant {
            id: r.id,
            name: person_name(u),
            email: u.email.clone(),
            organization: o.name(),
            status: r.status,
            position: roll.positions.get(&r.id).copied(),
            answers: serde_json::from_str(&r.answers).unwrap_or_default(),
            reason: r.reason.clone(),
            registered_at: r.created_at,
            checked_in_at: r.checked_in_at,
        })
        .collect();
    Ok(RegistrantList {
        event: roll.event.id,
        title: roll.event.title(),
        capacity: u32::try_from(roll.event.capacity).unwrap_or(0),
        questions,
        counts,
        total,
        page,
        pages,
        items,
    })
}

/// Takes staff's decision on one registration, if it still applies (another member of staff
/// may have decided first: then nothing changes and the answer says so).
pub async fn decide(
    db: &DatabaseConnection,
    mailer: Mailer<'_>,
    d: &RegistrantDecision,
) -> Result<(), AppError> {
    let reason = d.reason.trim();
    if d.decision == Decision::Decline {
        AppError::check(reason_given(reason, DECLINE_REASON_MAX))?;
    }
    let txn = begin_write(db).await?;
    let (event, reg) = locked_registration(&txn, d.id).await?;
    if !d.decision.applies_to(reg.status) {
        return Err(AppError::conflict(ConflictKind::RegistrationChanged));
    }
    let user = reg.user_id;
    let now = Utc::now();
    let mut row = reg.into_active_model();
    row.updated_at = Set(now);
    if let Some(status) = d.decision.result() {
        row.status = Set(status);
    }
    // Nothing else moves: a declined waiting person leaves the list (those behind move up), a
    // seat given by hand takes no one else's.
    let told: Option<(NotificationKind, &MailTemplate)> = match d.decision {
        Decision::Approve => {
            // Placed as a registration that needs no approval; the person already counts
            // towards their organization's limit.
            let seats = Seats {
                requires_approval: false,
                organization_limit: None,
                ..seats(&txn, &event, None).await?
            };
            let placement = place(&seats)
                .map_err(|refusal| internal(format!("{refusal:?} without a limit")))?;
            if let Placement::Waitlisted { .. } = placement {
                row.waitlist_seq = Set(Some(take_waitlist_place(&txn, &event).await?));
            }
            row.status = Set(placement.status());
            Some((NotificationKind::RegistrationApproved, &APPROVED))
        }
        Decision::Decline => {
            row.waitlist_seq = Set(None);
            row.reason = Set(Some(reason.to_string()));
            Some((NotificationKind::RegistrationDeclined, &DECLINED))
        }
        Decision::Seat => {
            row.waitlist_seq = Set(None);
            Some((NotificationKind::RegistrationPromoted, &PROMOTED))
        }
        Decision::CheckIn => {
            row.checked_in_at = Set(Some(now));
            None
        }
        Decision::UndoCheckIn => {
            row.checked_in_at = Set(None);
            None
        }
    };
    row.update(&txn).await?;
    let mut outbox = Outbox::new(mailer);
    if let Some((kind, template)) = told {
        let why = (d.decision == Decision::Decline).then_some(reason);
        tell_of_event(&txn, &mut outbox, vec![user], &event, kind, why, template).await?;
    }
    outbox.commit(txn).await
}

const APPROVED: MailTemplate = MailTemplate {
    subject: |m| m.mail_registration_approved_subject,
    body: |m| m.mail_registration_approved_body,
};

const DECLINED: MailTemplate = MailTemplate {
    subject: |m| m.mail_registration_declined_subject,
    body: |m| m.mail_registration_declined_body,
};

/// The whole roll as a CSV file for Excel: UTF-8 with a byte-order mark (without it Excel reads
/// Japanese as mojibake), a header row and one row per registration, names in kanji, kana and
/// Latin letters, times in the event's zone, texts in `locale`. Returns the file's name too.
pub async fn csv(
    db: &DatabaseConnection,
    id: EventId,
    locale: Locale,
) -> Result<(String, Vec<u8>), AppError> {
    let roll = roll(db, id).await?;
    let questions = questions(db, id).await?;
    let tz = zone::zone(&roll.event.time_zone);
    let at = |t: DateTime<Utc>| t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string();
    let t = crate::i18n::EventTexts::of(locale);
    let mut out = csv::Writer::from_writer(BOM.to_vec());
    let mut header = vec![
        t.registrant_number,
        t.registrant_status,
        t.registrant_position,
        t.registrant_name,
        t.registrant_kana,
        t.registrant_romanized,
        t.registrant_organization,
        t.registrant_email,
        t.registrant_registered_at,
        t.registrant_checked_in_at,
        t.registrant_reason,
    ]
    .into_iter()
    .map(str::to_string)
    .collect::<Vec<_>>();
    header.extend(questions.iter().map(|q| q.label.get(locale).to_string()));
    out.write_record(&header).map_err(internal)?;
    for (r, u, o) in &roll.rows {
        let name = person_name(u);
        let answers: Answers = serde_json::from_str(&r.answers).unwrap_or_default();
        let mut record = vec![
            r.id.to_string(),
            t.registration_status(r.status).to_string(),
            roll.positions
                .get(&r.id)
                .map(u32::to_string)
                .unwrap_or_default(),
            format!("{} {}", name.family_name, name.given_name)
                .trim()
                .to_string(),
            format!("{} {}", name.family_name_kana, name.given_name_kana)
                .trim()
                .to_string(),
            name.romanized_name,
            o.name().get(locale).to_string(),
            u.email.clone(),
            at(r.created_at),
            r.checked_in_at.map(at).unwrap_or_default(),
            r.reason.clone().unwrap_or_default(),
        ];
        record.extend(questions.iter().map(|q| {
            answers
                .get(&q.id)
                .map(|a| answer_text(q, a, locale))
                .unwrap_or_default()
        }));
        out.write_record(&record).map_err(internal)?;
    }
    let bytes = out.into_inner().map_err(internal)?;
    Ok((format!("registrants-event-{id}.csv"), bytes))
}

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";
