//! Reading the security log: newest first, a page at a time, optionally of one kind of event.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::model::audit::{AuditEntry, AuditKind, PAGE_SIZE};
use crate::model::{AppError, Locale, OrganizationId, UserId};
use crate::server::db::entity::{audit_event, organization, user};

/// One page of entries older than `before` (an entry id; the newest page without it).
pub async fn list(
    db: &DatabaseConnection,
    kind: Option<AuditKind>,
    before: Option<i64>,
) -> Result<Vec<AuditEntry>, AppError> {
    let mut query = audit_event::Entity::find();
    if let Some(kind) = kind {
        query = query.filter(audit_event::Column::Kind.eq(kind));
    }
    if let Some(before) = before {
        query = query.filter(audit_event::Column::Id.lt(before));
    }
    let rows = query
        .order_by_desc(audit_event::Column::Id)
        .limit(PAGE_SIZE)
        .all(db)
        .await?;
    // Three queries whatever the page holds: the events, then the people and organizations they
    // name, in one batch each.
    let people: HashMap<UserId, String> = user::Entity::find()
        .filter(
            user::Column::Id.is_in(
                rows.iter()
                    .flat_map(|r| [r.actor_id, r.target_user_id])
                    .flatten(),
            ),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.email))
        .collect();
    let organizations: HashMap<OrganizationId, String> = organization::Entity::find()
        .filter(
            organization::Column::Id.is_in(rows.iter().filter_map(|r| r.target_organization_id)),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name().get(Locale::En).to_string()))
        .collect();
    Ok(rows
        .into_iter()
        .map(|r| AuditEntry {
            id: r.id.into(),
            at: r.at.timestamp(),
            kind: r.kind,
            actor: r.actor_id.and_then(|id| people.get(&id).cloned()),
            subject: r
                .target_user_id
                .and_then(|id| people.get(&id).cloned())
                .or_else(|| {
                    r.target_organization_id
                        .and_then(|id| organizations.get(&id).cloned())
                })
                .or(r.target_email),
            client_ip: r.client_ip,
            detail: r.detail,
        })
        .collect())
}
