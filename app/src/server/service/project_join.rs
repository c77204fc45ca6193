//! Requests to join a project and the lead's decision on them. Each is one transaction with the
//! notices that tell the other side: the lead's people of a request, the requester's people of
//! the decision.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, DatabaseConnection, EntityTrait, IntoActiveModel,
    QuerySelect,
};

use super::notification::{Subject, tell};
use super::organization::people;
use super::project::participation;
use super::project_progress::follow;
use crate::model::notification::NotificationKind;
use crate::model::permissions::Person;
use crate::model::project::{
    JoinRefusal, ParticipantStatus, may_decide_requests, may_request_to_join, may_see,
};
use crate::model::project_join::{JoinDecision, JoinRequest};
use crate::model::{AppError, ConflictKind};
use crate::server::db::begin_write;
use crate::server::db::entity::{project, project_participant};

/// The caller's organization asks to join a published project (again, after a decline); the
/// lead's people are told.
pub async fn request(
    db: &DatabaseConnection,
    viewer: &Person,
    form: &JoinRequest,
) -> Result<(), AppError> {
    let (role, contribution) = form
        .check()
        .map_err(|fields| AppError::Validation { fields })?;
    let txn = begin_write(db).await?;
    // The project's row is the lock: two requests of one organization come one after the other.
    let project = project::Entity::find_by_id(form.project)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let row = participation(&txn, viewer.organization_id, project.id).await?;
    let part = row.as_ref().map(project_participant::Model::part);
    if !may_see(viewer, project.status, part) {
        return Err(AppError::NotFound);
    }
    may_request_to_join(project.status, part).map_err(|refusal| {
        AppError::conflict(match refusal {
            JoinRefusal::NotPublished => ConflictKind::ProjectNotPublished,
            JoinRefusal::AlreadyInvolved => ConflictKind::AlreadyInProject,
        })
    })?;
    let now = Utc::now();
    let mut asked = match row {
        Some(declined) => declined.into_active_model(),
        None => project_participant::ActiveModel {
            project_id: Set(project.id),
            organization_id: Set(viewer.organization_id),
            created_at: Set(now),
            ..Default::default()
        },
    };
    asked.role = Set(role);
    asked.status = Set(ParticipantStatus::Requested);
    asked.contribution = Set(contribution);
    asked.reason = Set(None);
    asked.requested_by = Set(viewer.id);
    asked.decided_by = Set(None);
    asked.updated_at = Set(now);
    asked.save(&txn).await?;
    let lead = people(&txn, project.lead_organization_id).await?;
    let subject = Subject::Project(project.id, Some(viewer.organization_id));
    tell(
        &txn,
        &lead,
        NotificationKind::ProjectJoinRequested,
        subject,
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The lead (or staff) accepts a request to join, or declines it with a reason; the requester's
/// people are told. A request decided already (by another of the lead's people) is refused.
pub async fn decide(
    db: &DatabaseConnection,
    viewer: &Person,
    decision: &JoinDecision,
) -> Result<(), AppError> {
    decision
        .check()
        .map_err(|fields| AppError::Validation { fields })?;
    let txn = begin_write(db).await?;
    let asked = project_participant::Entity::find_by_id(decision.participant)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let project = project::Entity::find_by_id(asked.project_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let part = participation(&txn, viewer.organization_id, project.id)
        .await?
        .map(|r| r.part());
    if !may_see(viewer, project.status, part) || !may_decide_requests(viewer, part) {
        return Err(AppError::NotFound);
    }
    if asked.status != ParticipantStatus::Requested {
        return Err(AppError::conflict(ConflictKind::AlreadyDecided));
    }
    let (organization, requested_by) = (asked.organization_id, asked.requested_by);
    let reason = (!decision.accept).then(|| decision.reason.trim().to_string());
    let mut row = asked.into_active_model();
    row.status = Set(if decision.accept {
        ParticipantStatus::Active
    } else {
        ParticipantStatus::Declined
    });
    row.reason = Set(reason.clone());
    row.decided_by = Set(Some(viewer.id));
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    if decision.accept {
        follow(&txn, project.id, requested_by).await?;
    }
    let requester = people(&txn, organization).await?;
    let kind = if decision.accept {
        NotificationKind::ProjectJoinAccepted
    } else {
        NotificationKind::ProjectJoinDeclined
    };
    let subject = Subject::Project(project.id, None);
    tell(&txn, &requester, kind, subject, reason.as_deref()).await?;
    txn.commit().await?;
    Ok(())
}
