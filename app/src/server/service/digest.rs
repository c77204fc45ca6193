//! Symposium digests: staff write one for an event that took place (a draft, previewed, then
//! published, or taken back to a draft); members read the published ones of the events they
//! may see, and any of them can start its discussion, once, in the category staff chose.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect,
};

use super::event::programme;
use super::registration::visible_event;
use super::thread::start_in;
use crate::i18n::EventTexts;
use crate::i18n::texts::AreaTexts;
use crate::model::digest::{
    DigestDraft, DigestForm, DigestLink, DigestPublication, DigestSummary, DigestView, key_points,
    materials, may_have_digest,
};
use crate::model::permissions::{Action, Person, allows};
use crate::model::{AppError, Bilingual, EventId, Locale, ThreadId};
use crate::routes;
use crate::server::auth::Actor;
use crate::server::db::begin_write;
use crate::server::db::entity::{digest, event};
use crate::server::markdown::{excerpt, render};
use crate::server::zone;

/// How much of a summary the list of digests shows.
const EXCERPT_CHARS: usize = 160;

/// The digests `actor` may read, latest event first: the published ones of the events they may
/// see, and for staff the drafts too.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
) -> Result<Vec<DigestSummary>, AppError> {
    let staff = may_edit(&actor.person());
    let mut find = digest::Entity::find();
    if !staff {
        find = find.filter(digest::Column::PublishedAt.is_not_null());
    }
    let digests = find.all(db).await?;
    let events = event::Entity::find()
        .filter(event::Column::Id.is_in(digests.iter().map(|d| d.event_id)))
        .filter(super::event::visible_to(&actor.person()))
        .order_by_desc(event::Column::StartsAt)
        .all(db)
        .await?;
    let reader = zone::zone(&actor.user.time_zone);
    Ok(events
        .into_iter()
        .filter_map(|e| {
            let d = digests.iter().find(|d| d.event_id == e.id)?;
            let tz = zone::zone(&e.time_zone);
            Some(DigestSummary {
                event_id: e.id,
                kind: e.kind,
                title: e.title(),
                when: zone::span(e.starts_at, e.ends_at, tz, reader),
                excerpt: Bilingual::new(
                    excerpt(&d.summary_ja, EXCERPT_CHARS),
                    excerpt(&d.summary_en, EXCERPT_CHARS),
                ),
                published: d.published_at.map(|t| zone::day(t, reader)),
            })
        })
        .collect())
}

/// The digest of event `id`, if `actor` may read it: published (or `actor` is staff) and of an
/// event they may see.
pub async fn view(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: EventId,
) -> Result<DigestView, AppError> {
    let person = actor.person();
    let e = visible_event(db, &person, id, false).await?;
    let d = readable(db, &person, id).await?;
    let mut view = page(db, actor, &e).await?;
    view.summary_html = Bilingual::new(&d.summary_ja_html, &d.summary_en_html);
    view.key_points_ja = key_points(&d.key_points_ja);
    view.key_points_en = key_points(&d.key_points_en);
    view.materials = materials(&d.materials);
    view.published = d
        .published_at
        .map(|t| zone::day(t, zone::zone(&actor.user.time_zone)));
    view.thread_id = d.thread_id;
    view.discussable = d.category_id.is_some() && d.published_at.is_some();
    view.can_edit = may_edit(&person);
    Ok(view)
}

/// Where event `id`'s page links to its digest, for `viewer`.
pub async fn link(
    db: &impl ConnectionTrait,
    viewer: &Person,
    e: &event::Model,
) -> Result<DigestLink, AppError> {
    let published = digest::Entity::find_by_id(e.id)
        .one(db)
        .await?
        .map(|d| d.published_at.is_some());
    Ok(match published {
        Some(true) => DigestLink::Published,
        Some(false) if may_edit(viewer) => DigestLink::Draft,
        None if may_edit(viewer) && may_have_digest(e.status, e.ends_at, Utc::now()) => {
            DigestLink::Writable
        }
        _ => DigestLink::Absent,
    })
}

/// The digest of event `id` as staff edit it: what is saved, or an empty form for an event
/// that took place and has none yet.
pub async fn form(db: &impl ConnectionTrait, id: EventId) -> Result<DigestForm, AppError> {
    let e = event::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    held(&e)?;
    Ok(match digest::Entity::find_by_id(id).one(db).await? {
        Some(d) => DigestForm {
            event_id: id,
            summary_ja: d.summary_ja,
            summary_en: d.summary_en,
            key_points_ja: d.key_points_ja,
            key_points_en: d.key_points_en,
            materials: d.materials,
            category_id: d.category_id.map(|c| c.to_string()).unwrap_or_default(),
        },
        None => DigestForm {
            event_id: id,
            ..Default::default()
        },
    })
}

/// The digest as the form would publish it, rendered, without saving it: the preview.
pub async fn preview(
    db: &impl ConnectionTrait,
    actor: &Actor,
    form: &DigestForm,
) -> Result<DigestView, AppError> {
    let draft = form
        .check()
        .map_err(|fields| AppError::Validation { fields })?;
    let e = event::Entity::find_by_id(form.event_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    held(&e)?;
    let mut view = page(db, actor, &e).await?;
    view.can_edit = true;
    view.summary_html = Bilingual::new(render(&draft.summary.ja), render(&draft.summary.en));
    view.key_points_ja = key_points(&draft.key_points.ja);
    view.key_points_en = key_points(&draft.key_points.en);
    view.materials = draft.materials;
    Ok(view)
}

/// Saves the digest of an event that took place (a new one is a draft; a published one stays
/// published, changed), its summary rendered now.
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    form: &DigestForm,
) -> Result<(), AppError> {
    let draft = form
        .check()
        .map_err(|fields| AppError::Validation { fields })?;
    let txn = begin_write(db).await?;
    // The event's row is locked: two staff saving a new digest at once write one after the other.
    let e = event::Entity::find_by_id(form.event_id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    held(&e)?;
    let now = Utc::now();
    match digest::Entity::find_by_id(e.id).one(&txn).await? {
        Some(d) => {
            let mut row = d.into_active_model();
            fill(&mut row, &draft, actor, now);
            row.update(&txn).await?;
        }
        None => {
            let mut row = digest::ActiveModel {
                event_id: Set(e.id),
                thread_id: Set(None),
                published_at: Set(None),
                created_at: Set(now),
                ..Default::default()
            };
            fill(&mut row, &draft, actor, now);
            row.insert(&txn).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Puts the checked values (and who changed them, when) in the row.
fn fill(row: &mut digest::ActiveModel, d: &DigestDraft, actor: &Actor, now: DateTime<Utc>) {
    row.summary_ja = Set(d.summary.ja.clone());
    row.summary_en = Set(d.summary.en.clone());
    row.summary_ja_html = Set(render(&d.summary.ja));
    row.summary_en_html = Set(render(&d.summary.en));
    row.key_points_ja = Set(d.key_points.ja.clone());
    row.key_points_en = Set(d.key_points.en.clone());
    row.materials = Set(d
        .materials
        .iter()
        .map(|m| format!("{} | {}", m.label, m.url))
        .collect::<Vec<_>>()
        .join("\n"));
    row.category_id = Set(d.category_id);
    row.updated_by = Set(actor.id());
    row.updated_at = Set(now);
}

/// Publishes a saved digest, or takes it back to a draft.
pub async fn publish(
    db: &DatabaseConnection,
    actor: &Actor,
    change: DigestPublication,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let d = digest::Entity::find_by_id(change.event_id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = Utc::now();
    let mut row = d.clone().into_active_model();
    row.published_at = Set(match (change.published, d.published_at) {
        (true, Some(at)) => Some(at),
        (true, None) => Some(now),
        (false, _) => None,
    });
    row.updated_by = Set(actor.id());
    row.updated_at = Set(now);
    row.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// The discussion of a published digest: the thread started for it, or a new one started now by
/// `actor` in the category staff chose (its first post links the digest and quotes its summary).
/// Two members asking at once get the same thread.
pub async fn discuss(
    db: &DatabaseConnection,
    actor: &Actor,
    id: EventId,
) -> Result<ThreadId, AppError> {
    let person = actor.person();
    let e = visible_event(db, &person, id, false).await?;
    let txn = begin_write(db).await?;
    let d = digest::Entity::find_by_id(id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .filter(|d| d.published_at.is_some())
        .ok_or(AppError::NotFound)?;
    if let Some(thread) = d.thread_id {
        return Ok(thread);
    }
    let category = d.category_id.ok_or(AppError::NotFound)?;
    let locale = actor.user.locale;
    let t = EventTexts::of(locale);
    let title = e.title();
    let title = crate::i18n::fill(t.digest_heading, title.get(locale));
    let summary = match locale {
        Locale::Ja => &d.summary_ja,
        Locale::En => &d.summary_en,
    };
    let body = format!(
        "{}\n\n> {}\n\n[{}]({})",
        t.digest_thread_intro,
        excerpt(summary, EXCERPT_CHARS * 2),
        t.digest_read,
        routes::digest(id)
    );
    let thread = start_in(&txn, &person, category, (&title, &body), None).await?;
    let mut row = d.into_active_model();
    row.thread_id = Set(Some(thread));
    row.update(&txn).await?;
    txn.commit().await?;
    Ok(thread)
}

/// The digest of event `id`, if `person` may read it (staff read drafts too).
async fn readable(
    db: &impl ConnectionTrait,
    person: &Person,
    id: EventId,
) -> Result<digest::Model, AppError> {
    digest::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|d| d.published_at.is_some() || may_edit(person))
        .ok_or(AppError::NotFound)
}

/// The event's part of its digest's page; the digest's own parts empty.
async fn page(
    db: &impl ConnectionTrait,
    actor: &Actor,
    e: &event::Model,
) -> Result<DigestView, AppError> {
    let tz = zone::zone(&e.time_zone);
    let reader = zone::zone(&actor.user.time_zone);
    Ok(DigestView {
        event_id: e.id,
        kind: e.kind,
        title: e.title(),
        when: zone::span(e.starts_at, e.ends_at, tz, reader),
        venue: e.venue(),
        summary_html: Bilingual::default(),
        key_points_ja: Vec::new(),
        key_points_en: Vec::new(),
        materials: Vec::new(),
        sessions: programme(db, e).await?,
        published: None,
        thread_id: None,
        discussable: false,
        can_edit: false,
    })
}

/// An event that did not take place (yet) has no digest to write: `NotFound`.
fn held(e: &event::Model) -> Result<(), AppError> {
    if may_have_digest(e.status, e.ends_at, Utc::now()) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

fn may_edit(person: &Person) -> bool {
    allows(person.role, Action::ManageEvents)
}
