//! The capability match: the organizations that could help a project (every active
//! organization's specialties and languages from the directory), and the published projects
//! that need what an organization does, both ranked by `project::match_score` over this app
//! server's copy of the other side (`project_match_index`); only the rows shown are read from
//! the database as they are now.

use std::collections::{BTreeSet, HashMap};

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};

use super::organization::names;
use super::project::{summary, visible};
use super::project_match_index::{Candidate, MatchIndex, OrganizationOffer, ProjectNeeds};
use crate::model::directory::split_codes;
use crate::model::permissions::Person;
use crate::model::project::{
    Needs, Offer, ParticipantStatus, ProjectStatus, SupportKind, match_score, overlap,
};
use crate::model::project_match::{Helper, MATCHES_SHOWN, ProjectMatch};
use crate::model::{AppError, OrgStatus, OrganizationId, ProjectId};
use crate::server::db::entity::{organization, project, project_participant};

/// What a project seeks, from its row's code lists.
pub fn needs(support: &str, specialties: &str, languages: &str) -> Needs {
    Needs {
        support: split_codes(support)
            .iter()
            .filter_map(|c| SupportKind::parse(c))
            .collect(),
        specialties: split_codes(specialties).into_iter().collect(),
        languages: split_codes(languages).into_iter().collect(),
    }
}

/// What a project seeks, from its row.
pub fn needs_of(p: &project::Model) -> Needs {
    needs(&p.support, &p.specialties, &p.languages)
}

/// What organization `id` offers, from its directory row's code lists.
pub fn offer(id: OrganizationId, specialties: &str, languages: &str) -> Offer {
    Offer {
        organization_id: id,
        specialties: split_codes(specialties).into_iter().collect(),
        languages: split_codes(languages).into_iter().collect(),
    }
}

/// What an organization offers, from its directory row.
pub fn offer_of(o: &organization::Model) -> Offer {
    offer(o.id, &o.specialties, &o.languages)
}

/// Rows read in the order the database ranked their ids.
fn in_order<K: std::hash::Hash + Eq + Copy, R>(
    ids: &[K],
    rows: Vec<R>,
    key: impl Fn(&R) -> K,
) -> Vec<R> {
    let mut rows: HashMap<K, R> = rows.into_iter().map(|r| (key(&r), r)).collect();
    ids.iter().filter_map(|id| rows.remove(id)).collect()
}

/// The organizations that could help project `id` (not those taking part), best first (ties
/// by organization id): ranked by this server's copy of the organizations' offers.
pub async fn helpers(
    db: &DatabaseConnection,
    index: &MatchIndex<OrganizationOffer>,
    viewer: &Person,
    id: ProjectId,
) -> Result<Vec<Helper>, AppError> {
    let (project, _) = visible(db, viewer, id).await?;
    let needs = needs_of(&project);
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
    let score = |o: &OrganizationOffer| {
        if taking_part.contains(&o.offer.organization_id) {
            0
        } else {
            match_score(&needs, &o.offer)
        }
    };
    let ids = index
        .best(db, &needs.match_codes(), score, MATCHES_SHOWN)
        .await?;
    // Read again as they are now: one may have changed since the index's copy.
    let rows = organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids.clone()))
        .filter(organization::Column::Status.eq(OrgStatus::Active))
        .all(db)
        .await?;
    Ok(in_order(&ids, rows, |o| o.id)
        .into_iter()
        .map(|o| {
            let offer = offer_of(&o);
            let (specialties, languages) = overlap(&needs, &offer);
            Helper {
                organization_id: o.id,
                name: o.name(),
                score: match_score(&needs, &offer),
                specialties,
                languages,
                jih: o.jih_recommended,
            }
        })
        .collect())
}

/// The published projects that need what `viewer`'s organization does (not those it takes part
/// in or asked to join), best first, the most recently changed first among equals: ranked by
/// this server's copy of the projects' needs.
pub async fn needing(
    db: &DatabaseConnection,
    index: &MatchIndex<ProjectNeeds>,
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
    let score = |p: &ProjectNeeds| {
        if involved.contains(&p.id()) {
            0
        } else {
            match_score(&p.needs, &offer)
        }
    };
    let ids = index
        .best(db, &offer.match_codes(), score, MATCHES_SHOWN)
        .await?;
    // Read again as they are now: one may have changed since the index's copy.
    let rows = project::Entity::find()
        .filter(project::Column::Id.is_in(ids.clone()))
        .filter(project::Column::Status.eq(ProjectStatus::Published))
        .all(db)
        .await?;
    let rows = in_order(&ids, rows, |p| p.id);
    let leads = names(db, rows.iter().map(|p| p.lead_organization_id)).await?;
    Ok(rows
        .iter()
        .map(|p| {
            let needs = needs_of(p);
            let (specialties, languages) = overlap(&needs, &offer);
            ProjectMatch {
                project: summary(p, &leads),
                score: match_score(&needs, &offer),
                specialties,
                languages,
            }
        })
        .collect())
}
