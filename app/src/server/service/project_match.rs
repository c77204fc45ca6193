//! The capability match: the organizations that could help a project (every active
//! organization's specialties and languages from the directory, ranked by
//! `project::rank_offers`), and the published projects that need what an organization does.

use std::collections::{BTreeSet, HashMap};

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};

use super::organization::names;
use super::project::{summary, visible};
use crate::model::directory::split_codes;
use crate::model::permissions::Person;
use crate::model::project::{
    Needs, Offer, ParticipantStatus, ProjectStatus, SupportKind, match_score, overlap, rank_offers,
};
use crate::model::project_match::{Helper, MATCHES_SHOWN, ProjectMatch};
use crate::model::{AppError, OrgStatus, OrganizationId, ProjectId};
use crate::server::db::entity::{organization, project, project_participant};

fn needs_of(p: &project::Model) -> Needs {
    Needs {
        support: split_codes(&p.support)
            .iter()
            .filter_map(|c| SupportKind::parse(c))
            .collect(),
        specialties: split_codes(&p.specialties).into_iter().collect(),
        languages: split_codes(&p.languages).into_iter().collect(),
    }
}

fn offer_of(o: &organization::Model) -> Offer {
    Offer {
        organization_id: o.id,
        specialties: split_codes(&o.specialties).into_iter().collect(),
        languages: split_codes(&o.languages).into_iter().collect(),
    }
}

/// The organizations that could help project `id` (not those taking part), best first.
pub async fn helpers(
    db: &DatabaseConnection,
    viewer: &Person,
    id: ProjectId,
) -> Result<Vec<Helper>, AppError> {
    let (project, _) = visible(db, viewer, id).await?;
    let needs = needs_of(&project);
    if needs.specialties.is_empty() && !needs.support.contains(&SupportKind::Expertise) {
        // Nothing a directory profile could meet (`match_score` would be 0 for everyone).
        return Ok(Vec::new());
    }
    let taking_part: BTreeSet<OrganizationId> = project_participant::Entity::find()
        .select_only()
        .column(project_participant::Column::OrganizationId)
        .filter(project_participant::Column::ProjectId.eq(id))
        .filter(project_participant::Column::Status.eq(ParticipantStatus::Active))
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let organizations: HashMap<OrganizationId, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Status.eq(OrgStatus::Active))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let offers: Vec<Offer> = organizations.values().map(offer_of).collect();
    Ok(rank_offers(&needs, &offers, &taking_part)
        .into_iter()
        .take(MATCHES_SHOWN)
        .filter_map(|(offer, score)| {
            let o = organizations.get(&offer.organization_id)?;
            let (specialties, languages) = overlap(&needs, offer);
            Some(Helper {
                organization_id: o.id,
                name: o.name(),
                score,
                specialties,
                languages,
                jih: o.jih_recommended,
            })
        })
        .collect())
}

/// The published projects that need what `viewer`'s organization does (not those it takes part
/// in or asked to join), best first, the most recently changed first among equals.
pub async fn needing(
    db: &DatabaseConnection,
    viewer: &Person,
) -> Result<Vec<ProjectMatch>, AppError> {
    let ours = organization::Entity::find_by_id(viewer.organization_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let offer = offer_of(&ours);
    let involved: BTreeSet<ProjectId> = project_participant::Entity::find()
        .select_only()
        .column(project_participant::Column::ProjectId)
        .filter(project_participant::Column::OrganizationId.eq(ours.id))
        .filter(project_participant::Column::Status.ne(ParticipantStatus::Declined))
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut scored: Vec<(project::Model, u32)> = project::Entity::find()
        .filter(project::Column::Status.eq(ProjectStatus::Published))
        .all(db)
        .await?
        .into_iter()
        .filter(|p| !involved.contains(&p.id))
        .map(|p| {
            let score = match_score(&needs_of(&p), &offer);
            (p, score)
        })
        .filter(|(_, score)| *score > 0)
        .collect();
    scored.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(b.0.updated_at.cmp(&a.0.updated_at))
            .then(a.0.id.cmp(&b.0.id))
    });
    scored.truncate(MATCHES_SHOWN);
    let leads = names(db, scored.iter().map(|(p, _)| p.lead_organization_id)).await?;
    Ok(scored
        .into_iter()
        .map(|(p, score)| {
            let (specialties, languages) = overlap(&needs_of(&p), &offer);
            ProjectMatch {
                project: summary(&p, &leads),
                score,
                specialties,
                languages,
            }
        })
        .collect())
}
