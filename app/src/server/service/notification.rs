//! Notifications: written in the transaction of what they tell (through `notify`), listed unread
//! first, counted for the header, marked read.

use std::collections::HashMap;

use crate::server::db::{WriteTxn, scalar};
use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::account::person_name;
use super::event_mail::EventMail;
use super::organization::names;
use super::thread::{places, users};
use crate::model::moderation::Reason;
use crate::model::notification::{
    EventPlace, NOTIFICATIONS_SHOWN, NotificationKind, NotificationList, NotificationView,
};
use crate::model::project::ProjectPlace;
use crate::model::referral::ReferralPlace;
use crate::model::{
    AppError, Bilingual, EventId, OrganizationId, PostId, ProjectId, ReferralId, UserId,
};
use crate::server::db::entity::{event, notification, post, project, referral};
use crate::server::outbox::{MailTemplate, Outbox};

/// A notification to write.
pub struct Notice {
    pub to: UserId,
    pub kind: NotificationKind,
    pub subject: Subject,
    pub reason: Option<Reason>,
}

/// What a notification is about.
#[derive(Clone, Copy)]
pub enum Subject {
    Post(PostId),
    Event(EventId),
    /// A project, and the organization the notice names (the one asking to join), if any.
    Project(ProjectId, Option<OrganizationId>),
    /// An inbound case, and the institution the notice names (the one that answered), if any.
    Referral(ReferralId, Option<OrganizationId>),
}

/// Writes the notices in one statement, as part of the caller's transaction.
pub async fn notify(db: &impl ConnectionTrait, notices: Vec<Notice>) -> Result<(), AppError> {
    if notices.is_empty() {
        return Ok(());
    }
    let now = Utc::now();
    notification::Entity::insert_many(notices.into_iter().map(|n| {
        let reason = n.reason.unwrap_or_default();
        let mut row = notification::ActiveModel {
            post_id: Set(None),
            event_id: Set(None),
            project_id: Set(None),
            referral_id: Set(None),
            organization_id: Set(None),
            ..Default::default()
        };
        match n.subject {
            Subject::Post(post) => row.post_id = Set(Some(post)),
            Subject::Event(event) => row.event_id = Set(Some(event)),
            Subject::Project(project, organization) => {
                row.project_id = Set(Some(project));
                row.organization_id = Set(organization);
            }
            Subject::Referral(referral, organization) => {
                row.referral_id = Set(Some(referral));
                row.organization_id = Set(organization);
            }
        }
        notification::ActiveModel {
            user_id: Set(n.to),
            kind: Set(n.kind),
            reason_template: Set(reason.template),
            reason_note: Set(reason.note),
            created_at: Set(now),
            read_at: Set(None),
            mailed_at: Set(None),
            ..row
        }
    }))
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Tells `people` of one thing (with a staff or lead's reason, if any), in the caller's
/// transaction.
pub async fn tell(
    db: &impl ConnectionTrait,
    people: &[UserId],
    kind: NotificationKind,
    subject: Subject,
    reason: Option<&str>,
) -> Result<(), AppError> {
    let notices = people.iter().map(|&to| Notice {
        to,
        kind,
        subject,
        reason: reason.map(|note| Reason {
            template: None,
            note: note.to_string(),
        }),
    });
    notify(db, notices.collect()).await
}

/// Tells `people` what happened to `event`: a notification each (with the reason, if any) and a
/// mail each with the event's facts (see `event_mail`), in the caller's transaction.
pub async fn tell_of_event(
    txn: &WriteTxn,
    outbox: &mut Outbox<'_>,
    people: Vec<UserId>,
    event: &event::Model,
    kind: NotificationKind,
    reason: Option<&str>,
    mail: &MailTemplate,
) -> Result<(), AppError> {
    tell(txn, &people, kind, Subject::Event(event.id), reason).await?;
    EventMail::new(event, mail)
        .because(reason)
        .send_to(txn, outbox, &people)
        .await
}

/// How many notifications `reader` has not read.
pub async fn unread_count(db: &impl ConnectionTrait, reader: UserId) -> Result<u64, AppError> {
    scalar::count(db, &unread_count_query(reader)).await
}

/// The statement counting `reader`'s unread notifications (the header nests it).
pub(super) fn unread_count_query(reader: UserId) -> SelectStatement {
    scalar::count_of(
        notification::Entity,
        Condition::all()
            .add(notification::Column::UserId.eq(reader))
            .add(notification::Column::ReadAt.is_null()),
    )
}

/// The reader's newest notifications, unread first.
pub async fn list(db: &DatabaseConnection, reader: UserId) -> Result<NotificationList, AppError> {
    let rows = notification::Entity::find()
        .filter(notification::Column::UserId.eq(reader))
        .order_by_desc(Expr::col(notification::Column::ReadAt).is_null())
        .order_by_desc(notification::Column::Id)
        .limit(NOTIFICATIONS_SHOWN)
        .all(db)
        .await?;
    let unread = unread_count(db, reader).await?;
    Ok(NotificationList {
        unread,
        items: views(db, rows).await?,
    })
}

/// The reader's latest notifications of one kind, newest first.
pub async fn latest(
    db: &DatabaseConnection,
    reader: UserId,
    kind: NotificationKind,
    limit: u64,
) -> Result<Vec<NotificationView>, AppError> {
    let rows = notification::Entity::find()
        .filter(notification::Column::UserId.eq(reader))
        .filter(notification::Column::Kind.eq(kind))
        .order_by_desc(notification::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    views(db, rows).await
}

/// Notifications as their reader sees them: where, by whom, why; in eight statements.
async fn views(
    db: &DatabaseConnection,
    rows: Vec<notification::Model>,
) -> Result<Vec<NotificationView>, AppError> {
    let places = places(db, rows.iter().filter_map(|n| n.post_id)).await?;
    let writers: HashMap<PostId, UserId> = post::Entity::find()
        .select_only()
        .columns([post::Column::Id, post::Column::AuthorId])
        .filter(
            post::Column::Id.is_in(
                rows.iter()
                    .filter(|n| n.kind.names_writer())
                    .filter_map(|n| n.post_id),
            ),
        )
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let people = users(db, writers.values().copied()).await?;
    let events: HashMap<EventId, Bilingual> = event::Entity::find()
        .filter(event::Column::Id.is_in(rows.iter().filter_map(|n| n.event_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.title()))
        .collect();
    let projects: HashMap<ProjectId, Bilingual> = project::Entity::find()
        .filter(project::Column::Id.is_in(rows.iter().filter_map(|n| n.project_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.title()))
        .collect();
    let referrals: HashMap<ReferralId, ReferralPlace> = referral::Entity::find()
        .filter(referral::Column::Id.is_in(rows.iter().filter_map(|n| n.referral_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| {
            let place = ReferralPlace {
                id: r.id,
                specialty: r.specialty,
                country: r.country,
            };
            (r.id, place)
        })
        .collect();
    let organizations = names(db, rows.iter().filter_map(|n| n.organization_id)).await?;
    Ok(rows
        .into_iter()
        .map(|n| {
            let has_reason = n.reason_template.is_some() || !n.reason_note.is_empty();
            NotificationView {
                id: n.id,
                kind: n.kind,
                place: n.post_id.and_then(|p| places.get(&p).cloned()),
                event: n.event_id.and_then(|id| {
                    Some(EventPlace {
                        id,
                        title: events.get(&id)?.clone(),
                    })
                }),
                project: n.project_id.and_then(|id| {
                    Some(ProjectPlace {
                        id,
                        title: projects.get(&id)?.clone(),
                    })
                }),
                referral: n.referral_id.and_then(|id| referrals.get(&id).cloned()),
                organization: n
                    .organization_id
                    .and_then(|id| organizations.get(&id).cloned()),
                actor: n
                    .post_id
                    .and_then(|p| people.get(writers.get(&p)?))
                    .map(person_name),
                reason: has_reason.then_some(Reason {
                    template: n.reason_template,
                    note: n.reason_note,
                }),
                created_at: n.created_at,
                read: n.read_at.is_some(),
            }
        })
        .collect())
}

/// Marks every notification of `reader` read.
pub async fn mark_all_read(db: &DatabaseConnection, reader: UserId) -> Result<(), AppError> {
    notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Utc::now()))
        .filter(notification::Column::UserId.eq(reader))
        .filter(notification::Column::ReadAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
