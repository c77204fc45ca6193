//! The capability match: the organizations that could help a project (every active
//! organization's specialties and languages from the directory, ranked by
//! `project::rank_offers`), and the published projects that need what an organization does.

use std::collections::{BTreeSet, HashMap};

use sea_orm::prelude::DateTimeUtc;
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

fn needs_of(support: &str, specialties: &str, languages: &str) -> Needs {
    Needs {
        support: split_codes(support)
            .iter()
            .filter_map(|c| SupportKind::parse(c))
            .collect(),
        specialties: split_codes(specialties).into_iter().collect(),
        languages: split_codes(languages).into_iter().collect(),
    }
}

fn offer_of(organization_id: OrganizationId, specialties: &str, languages: &str) -> Offer {
    Offer {
        organization_id,
        specialties: split_codes(specialties).into_iter().collect(),
        languages: split_codes(languages).into_iter().collect(),
    }
}

fn project_needs(p: &project::Model) -> Needs {
    needs_of(&p.support, &p.specialties, &p.languages)
}

/// The organizations that could help project `id` (not those taking part), best first.
pub async fn helpers(
    db: &DatabaseConnection,
    viewer: &Person,
    id: ProjectId,
) -> Result<Vec<Helper>, AppError> {
    let (project, _) = visible(db, viewer, id).await?;
    let needs = project_needs(&project);
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
    // Ranked on what the directory says of every active organization; the rows of the few
    // shown are read after.
    let offers: Vec<Offer> = organization::Entity::find()
        .select_only()
        .columns([
            organization::Column::Id,
            organization::Column::Specialties,
            organization::Column::Languages,
        ])
        .filter(organization::Column::Status.eq(OrgStatus::Active))
        .into_tuple::<(OrganizationId, String, String)>()
        .all(db)
        .await?
        .iter()
        .map(|(id, specialties, languages)| offer_of(*id, specialties, languages))
        .collect();
    let ranked: Vec<(&Offer, u32)> = rank_offers(&needs, &offers, &taking_part)
        .into_iter()
        .take(MATCHES_SHOWN)
        .collect();
    let shown: HashMap<OrganizationId, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(ranked.iter().map(|(o, _)| o.organization_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    Ok(ranked
        .into_iter()
        .filter_map(|(offer, score)| {
            let o = shown.get(&offer.organization_id)?;
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
    let offer = offer_of(ours.id, &ours.specialties, &ours.languages);
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
    // Scored on the needs of every published project; the rows of the few shown are read after.
    let mut scored: Vec<(ProjectId, DateTimeUtc, u32)> = project::Entity::find()
        .select_only()
        .columns([
            project::Column::Id,
            project::Column::UpdatedAt,
            project::Column::Support,
            project::Column::Specialties,
            project::Column::Languages,
        ])
        .filter(project::Column::Status.eq(ProjectStatus::Published))
        .into_tuple::<(ProjectId, DateTimeUtc, String, String, String)>()
        .all(db)
        .await?
        .into_iter()
        .filter(|(id, ..)| !involved.contains(id))
        .map(|(id, updated_at, support, specialties, languages)| {
            let score = match_score(&needs_of(&support, &specialties, &languages), &offer);
            (id, updated_at, score)
        })
        .filter(|(.., score)| *score > 0)
        .collect();
    scored.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(&a.1)).then(a.0.cmp(&b.0)));
    scored.truncate(MATCHES_SHOWN);
    let mut rows: HashMap<ProjectId, project::Model> = project::Entity::find()
        .filter(project::Column::Id.is_in(scored.iter().map(|(id, ..)| *id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let leads = names(db, rows.values().map(|p| p.lead_organization_id)).await?;
    Ok(scored
        .into_iter()
        .filter_map(|(id, _, score)| {
            let p = rows.remove(&id)?;
            let (specialties, languages) = overlap(&project_needs(&p), &offer);
            Some(ProjectMatch {
                project: summary(&p, &leads),
                score,
                specialties,
                languages,
            })
        })
        .collect())
}
