//! Calendars: an event's file (for anyone who may see the event) and a member's feed at a
//! secret address (the events they hold a seat at, for calendar apps that subscribe to it). The
//! feed's address is a random token of which only the SHA-256 is stored; making a new one
//! replaces the old, and its owner can stop it.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder,
};

use super::registration::visible_event;
use crate::i18n::EventTexts;
use crate::i18n::texts::AreaTexts;
use crate::model::calendar::CalendarFeed;
use crate::model::event::EventStatus;
use crate::model::permissions::{Action, allows};
use crate::model::registration::RegistrationStatus;
use crate::model::{AppError, EventId, Locale, UserId, UserStatus};
use crate::routes;
use crate::server::db::begin_write;
use crate::server::db::entity::{calendar_feed, event, registration, user};
use crate::server::ics::{CalendarEntry, calendar};
use crate::server::site::Site;
use crate::server::token::{new_token, sha256_hex};
use crate::server::zone;

/// Past events stay in the feed this long.
const FEED_KEEPS_DAYS: i64 = 180;

/// An event's calendar file for `reader` (who must be able to see the event): its name and its
/// text. The meeting link is in it for those holding a seat, and for staff.
pub async fn event_file(
    db: &impl ConnectionTrait,
    reader: &user::Model,
    id: EventId,
    site: Site<'_>,
) -> Result<(String, String), AppError> {
    let person = crate::server::auth::person_of(reader);
    let e = visible_event(db, &person, id, false).await?;
    let seat = registration::Entity::find()
        .filter(registration::Column::EventId.eq(id))
        .filter(registration::Column::UserId.eq(reader.id))
        .one(db)
        .await?
        .is_some_and(|r| r.status.holds_seat());
    let seat = seat || allows(reader.role, Action::ManageEvents);
    let entry = entry(&e, reader.locale, site, seat);
    let name = format!("mej-event-{id}.ics");
    Ok((
        name,
        calendar(&entry.title, std::slice::from_ref(&entry), Utc::now()),
    ))
}

/// The feed at the address holding `token`: the events its owner holds a seat at, upcoming and
/// of the last months, in the owner's language. `NotFound` for an address that was replaced or
/// stopped, or whose owner can no longer log in.
pub async fn feed(
    db: &DatabaseConnection,
    token: &str,
    site: Site<'_>,
) -> Result<String, AppError> {
    let owner = calendar_feed::Entity::find()
        .filter(calendar_feed::Column::TokenHash.eq(sha256_hex(token)))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let reader = user::Entity::find_by_id(owner.user_id)
        .one(db)
        .await?
        .filter(|u| u.status == UserStatus::Active)
        .ok_or(AppError::NotFound)?;
    let ids: Vec<EventId> = registration::Entity::find()
        .filter(registration::Column::UserId.eq(reader.id))
        .filter(
            registration::Column::Status
                .is_in([RegistrationStatus::Confirmed, RegistrationStatus::Attended]),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.event_id)
        .collect();
    let now = Utc::now();
    let events = event::Entity::find()
        .filter(event::Column::Id.is_in(ids))
        .filter(event::Column::Status.ne(EventStatus::Draft))
        .filter(event::Column::EndsAt.gte(now - Duration::days(FEED_KEEPS_DAYS)))
        .order_by_asc(event::Column::StartsAt)
        .all(db)
        .await?;
    let entries: Vec<CalendarEntry> = events
        .iter()
        .map(|e| entry(e, reader.locale, site, true))
        .collect();
    let name = EventTexts::of(reader.locale).calendar_feed_name;
    Ok(calendar(name, &entries, now))
}

/// Whether `user` has a feed, and since when (in their zone).
pub async fn status(
    db: &impl ConnectionTrait,
    user: &user::Model,
) -> Result<CalendarFeed, AppError> {
    let tz = zone::zone(&user.time_zone);
    Ok(CalendarFeed {
        since: calendar_feed::Entity::find_by_id(user.id)
            .one(db)
            .await?
            .map(|f| zone::moment(f.created_at, tz, tz)),
        address: None,
    })
}

/// Makes a new address for `user`'s feed (the old one, if any, stops working) and answers it,
/// this once.
pub async fn renew(
    db: &DatabaseConnection,
    user: &user::Model,
    site: Site<'_>,
) -> Result<CalendarFeed, AppError> {
    let token = new_token();
    let txn = begin_write(db).await?;
    calendar_feed::Entity::delete_by_id(user.id)
        .exec(&txn)
        .await?;
    calendar_feed::ActiveModel {
        user_id: Set(user.id),
        token_hash: Set(sha256_hex(&token)),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    let mut feed = status(&txn, user).await?;
    txn.commit().await?;
    feed.address = Some(site.link(&routes::calendar_feed(&token)));
    Ok(feed)
}

/// Stops `user`'s feed: its address answers 404 from now on.
pub async fn stop(db: &DatabaseConnection, user: UserId) -> Result<CalendarFeed, AppError> {
    calendar_feed::Entity::delete_by_id(user).exec(db).await?;
    Ok(CalendarFeed::default())
}

/// The event as a calendar shows it to a reader in `locale`.
fn entry(e: &event::Model, locale: Locale, site: Site<'_>, seat: bool) -> CalendarEntry {
    let t = EventTexts::of(locale);
    let url = site.link(&routes::event(e.id));
    let cancelled = e.status == EventStatus::Cancelled;
    let description = match locale {
        Locale::Ja => &e.description_ja,
        Locale::En => &e.description_en,
    };
    let mut parts = vec![description.trim().to_string()];
    if let Some(online) = e.online_url.as_ref().filter(|_| seat && !cancelled) {
        parts.push(format!("{}: {online}", t.event_online_url));
    }
    parts.push(url.clone());
    let location = [e.venue().get(locale), e.address.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    CalendarEntry {
        uid: format!("event-{}@{}", e.id, site.host()),
        title: e.title().get(locale).to_string(),
        starts_at: e.starts_at,
        ends_at: e.ends_at,
        tz: zone::zone(&e.time_zone),
        location,
        description: parts
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n"),
        url,
        cancelled,
        updated_at: e.updated_at,
    }
}
