//! Events as members read them: the list (upcoming or past, by kind and format, only the events
//! the reader may see) and one event's page with its programme, seats, questions and the
//! reader's registration. Times are written out in the event's zone and the reader's.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
};

use super::registration::{visible_event, waitlist_positions};
use crate::model::event::{EventStatus, EventVisibility, registration_open};
use crate::model::event_answers::Question;
use crate::model::event_view::{
    EVENTS_PER_PAGE, EventList, EventNews, EventQuery, EventSummary, EventView, MyRegistration,
    NEWS_SHOWN, PendingApprovals, SessionView,
};
use crate::model::permissions::{Action, Person, allows};
use crate::model::registration::RegistrationStatus;
use crate::model::thread::{clamp_page, page_count};
use crate::model::{AppError, Bilingual, EventId};
use crate::server::auth::Actor;
use crate::server::db::entity::{
    event, event_invitation, event_question, event_session, organization, registration,
};
use crate::server::zone::{self, session_time, span};

/// The events `actor` may see that match `query`, a page at a time: upcoming ones soonest
/// first, past ones latest first.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    query: &EventQuery,
) -> Result<EventList, AppError> {
    let find = selection(&actor.person(), query, Utc::now());
    page_of(db, actor, find, query.page, EVENTS_PER_PAGE).await
}

/// The events `viewer` may see that match `query`, in the list's order.
fn selection(viewer: &Person, query: &EventQuery, now: DateTime<Utc>) -> Select<event::Entity> {
    let mut find = event::Entity::find().filter(visible_to(viewer));
    find = if query.past {
        find.filter(event::Column::EndsAt.lt(now))
            .order_by_desc(event::Column::StartsAt)
    } else {
        find.filter(event::Column::EndsAt.gte(now))
            .order_by_asc(event::Column::StartsAt)
    };
    if query.mine {
        find = find.filter(event::Column::Id.in_subquery(active_registrations_of(viewer)));
    }
    if let Some(kind) = query.kind {
        find = find.filter(event::Column::Kind.eq(kind));
    }
    if let Some(format) = query.format {
        find = find.filter(event::Column::Format.eq(format));
    }
    find.order_by_asc(event::Column::Id)
}

/// Page `page` (from 1, clamped) of `find`, `per_page` at a time, as the list shows it.
async fn page_of(
    db: &impl ConnectionTrait,
    actor: &Actor,
    find: Select<event::Entity>,
    page: u32,
    per_page: u64,
) -> Result<EventList, AppError> {
    let paginator = find.paginate(db, per_page);
    let total = paginator.num_items().await?;
    let pages = page_count(total, per_page);
    let page = clamp_page(page, pages);
    let rows = paginator.fetch_page(u64::from(page - 1)).await?;
    let ids: Vec<EventId> = rows.iter().map(|e| e.id).collect();
    let taken = seats_taken(db, &ids).await?;
    let mine = registrations_of(db, &actor.person(), &ids).await?;
    let items = rows
        .iter()
        .map(|e| summary(e, actor, &taken, mine.get(&e.id).copied()))
        .collect();
    Ok(EventList {
        total,
        page,
        pages,
        items,
    })
}

/// The dashboard's events panel for `actor`: their upcoming registrations, the next events open
/// for registration they have not registered for, and, for staff, the upcoming events with
/// registrations awaiting approval.
pub async fn news(db: &impl ConnectionTrait, actor: &Actor) -> Result<EventNews, AppError> {
    let viewer = actor.person();
    let now = Utc::now();
    let upcoming = EventQuery::default();
    let mine = selection(
        &viewer,
        &EventQuery {
            mine: true,
            ..Default::default()
        },
        now,
    );
    let open = selection(&viewer, &upcoming, now)
        .filter(open_for_registration(now))
        .filter(event::Column::Id.not_in_subquery(active_registrations_of(&viewer)));
    let mine = page_of(db, actor, mine, 1, NEWS_SHOWN).await?.items;
    let open = page_of(db, actor, open, 1, NEWS_SHOWN).await?.items;
    let pending = if allows(actor.role(), Action::ManageEvents) {
        pending_approvals(db).await?
    } else {
        Vec::new()
    };
    Ok(EventNews {
        mine,
        open,
        pending,
    })
}

/// The upcoming events with registrations awaiting approval, soonest first, with their counts.
async fn pending_approvals(db: &impl ConnectionTrait) -> Result<Vec<PendingApprovals>, AppError> {
    let counts: HashMap<EventId, i64> = registration::Entity::find()
        .select_only()
        .column(registration::Column::EventId)
        .column_as(registration::Column::Id.count(), "n")
        .filter(registration::Column::Status.eq(RegistrationStatus::Pending))
        .group_by(registration::Column::EventId)
        .into_tuple::<(EventId, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let events = event::Entity::find()
        .filter(event::Column::Id.is_in(counts.keys().copied()))
        .filter(event::Column::EndsAt.gte(Utc::now()))
        .order_by_asc(event::Column::StartsAt)
        .all(db)
        .await?;
    Ok(events
        .into_iter()
        .map(|e| PendingApprovals {
            id: e.id,
            title: e.title(),
            count: u32::try_from(counts.get(&e.id).copied().unwrap_or(0)).unwrap_or(0),
        })
        .collect())
}

/// One event's page, if `actor` may see it.
pub async fn view(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: EventId,
) -> Result<EventView, AppError> {
    let viewer = actor.person();
    let e = visible_event(db, &viewer, id, false).await?;
    let taken = seats_taken(db, &[id]).await?;
    let mine = registrations_of(db, &viewer, &[id])
        .await?
        .get(&id)
        .copied();
    let can_manage = allows(viewer.role, Action::ManageEvents);
    let tz = zone::zone(&e.time_zone);
    let reader = zone::zone(&actor.user.time_zone);
    let holds_seat = mine.is_some_and(|m| m.status.holds_seat());
    Ok(EventView {
        summary: summary(&e, actor, &taken, mine),
        visibility: e.visibility,
        invited: if can_manage && e.visibility == EventVisibility::Invited {
            invited_names(db, id).await?
        } else {
            Vec::new()
        },
        description_html: Bilingual::new(&e.description_ja_html, &e.description_en_html),
        time_zone: e.time_zone.clone(),
        address: e.address.clone(),
        online_url: e.online_url.clone().filter(|_| holds_seat || can_manage),
        capacity: u32::try_from(e.capacity).unwrap_or(0),
        organization_limit: e.organization_limit.and_then(|l| u32::try_from(l).ok()),
        requires_approval: e.requires_approval,
        opens: e.opens_at.map(|t| zone::moment(t, tz, reader)),
        closes: e.closes_at.map(|t| zone::moment(t, tz, reader)),
        sessions: programme(db, &e).await?,
        questions: questions(db, id).await?,
        cancel_reason: e.cancel_reason.clone(),
        digest: super::digest::link(db, &viewer, &e).await?,
        project: super::project_link::named(db, e.project_id).await?,
        can_manage,
    })
}

/// The names of the organizations invited to event `id`.
async fn invited_names(db: &impl ConnectionTrait, id: EventId) -> Result<Vec<Bilingual>, AppError> {
    let ids = super::event_edit::invited(db, id).await?;
    Ok(organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids))
        .order_by_asc(organization::Column::NameEn)
        .all(db)
        .await?
        .into_iter()
        .map(|o| Bilingual::new(o.name_ja, o.name_en))
        .collect())
}

/// The event's programme, in order, its hours in the event's zone.
pub async fn programme(
    db: &impl ConnectionTrait,
    e: &event::Model,
) -> Result<Vec<SessionView>, AppError> {
    let tz = zone::zone(&e.time_zone);
    let several_days =
        e.starts_at.with_timezone(&tz).date_naive() != e.ends_at.with_timezone(&tz).date_naive();
    Ok(event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(e.id))
        .order_by_asc(event_session::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|s| SessionView {
            time: session_time(s.starts_at, s.ends_at, tz, several_days),
            title: s.title(),
            speakers: s
                .speakers
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect(),
        })
        .collect())
}

/// The event's registration questions, in order.
pub async fn questions(db: &impl ConnectionTrait, id: EventId) -> Result<Vec<Question>, AppError> {
    Ok(event_question::Entity::find()
        .filter(event_question::Column::EventId.eq(id))
        .order_by_asc(event_question::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|q| Question {
            id: q.id,
            kind: q.kind,
            label: Bilingual::new(q.label_ja, q.label_en),
            options: serde_json::from_str(&q.options).unwrap_or_default(),
            required: q.required,
        })
        .collect())
}

/// The events `viewer` sees: staff all of them; members those published (or later) that are
/// open to every member or to which their organization is invited.
pub(super) fn visible_to(viewer: &Person) -> Condition {
    if allows(viewer.role, Action::ManageEvents) {
        return Condition::all();
    }
    let invited = Query::select()
        .column(event_invitation::Column::EventId)
        .from(event_invitation::Entity)
        .and_where(Expr::col(event_invitation::Column::OrganizationId).eq(viewer.organization_id))
        .to_owned();
    Condition::all()
        .add(event::Column::Status.ne(EventStatus::Draft))
        .add(
            Condition::any()
                .add(event::Column::Visibility.eq(crate::model::event::EventVisibility::Members))
                .add(event::Column::Id.in_subquery(invited)),
        )
}

/// The events taking registrations at `now`: `model::event::registration_open` as a query.
fn open_for_registration(now: DateTime<Utc>) -> Condition {
    Condition::all()
        .add(event::Column::Status.eq(EventStatus::Published))
        .add(event::Column::StartsAt.gt(now))
        .add(
            Condition::any()
                .add(event::Column::OpensAt.is_null())
                .add(event::Column::OpensAt.lte(now)),
        )
        .add(
            Condition::any()
                .add(event::Column::ClosesAt.is_null())
                .add(event::Column::ClosesAt.gt(now)),
        )
}

fn active_registrations_of(viewer: &Person) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(registration::Column::EventId)
        .from(registration::Entity)
        .and_where(registration::Column::UserId.eq(viewer.id))
        .and_where(registration::Column::Status.is_in(RegistrationStatus::active()))
        .to_owned()
}

fn summary(
    e: &event::Model,
    actor: &Actor,
    taken: &HashMap<EventId, u32>,
    mine: Option<MyRegistration>,
) -> EventSummary {
    let capacity = u32::try_from(e.capacity).unwrap_or(0);
    EventSummary {
        id: e.id,
        kind: e.kind,
        format: e.format,
        status: e.status,
        title: e.title(),
        when: span(
            e.starts_at,
            e.ends_at,
            zone::zone(&e.time_zone),
            zone::zone(&actor.user.time_zone),
        ),
        venue: e.venue(),
        seats_left: capacity.saturating_sub(taken.get(&e.id).copied().unwrap_or(0)),
        closed: registration_open(e.status, e.opens_at, e.closes_at, e.starts_at, Utc::now()).err(),
        mine,
    }
}

/// The seats held (confirmed or attended) at each of `ids`, in one statement.
async fn seats_taken(
    db: &impl ConnectionTrait,
    ids: &[EventId],
) -> Result<HashMap<EventId, u32>, AppError> {
    Ok(registration::Entity::find()
        .select_only()
        .column(registration::Column::EventId)
        .column_as(registration::Column::Id.count(), "n")
        .filter(registration::Column::EventId.is_in(ids.iter().copied()))
        .filter(
            registration::Column::Status
                .is_in([RegistrationStatus::Confirmed, RegistrationStatus::Attended]),
        )
        .group_by(registration::Column::EventId)
        .into_tuple::<(EventId, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, n)| (id, u32::try_from(n).unwrap_or(u32::MAX)))
        .collect())
}

/// `viewer`'s active registrations for `ids`, with their places on the waiting lists.
async fn registrations_of(
    db: &impl ConnectionTrait,
    viewer: &Person,
    ids: &[EventId],
) -> Result<HashMap<EventId, MyRegistration>, AppError> {
    let rows = registration::Entity::find()
        .filter(registration::Column::UserId.eq(viewer.id))
        .filter(registration::Column::EventId.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let positions = waitlist_positions(db, &rows).await?;
    Ok(rows
        .into_iter()
        .filter(|r| r.status.is_active())
        .map(|r| {
            let mine = MyRegistration {
                id: r.id,
                status: r.status,
                position: positions.get(&r.id).copied(),
            };
            (r.event_id, mine)
        })
        .collect())
}
