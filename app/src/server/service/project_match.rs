//! The capability match: the organizations that could help a project (every active
//! organization's specialties and languages from the directory), ranked by
//! `project::match_score` as the database computes it over the organizations' match rows
//! (`project_match_code`) for the candidates sharing a specialty, so that only the rows shown
//! leave it; and the published projects that need what an organization does, which each app
//! server scores in memory (`project_match_index`).

use std::collections::{BTreeSet, HashMap};

use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, Order, QueryFilter, QueryOrder, QuerySelect,
};

use super::organization::names;
use super::project::{summary, visible};
use super::project_match_code::ORGANIZATIONS;
use super::project_match_index::ProjectMatchIndex;
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
/// by organization id).
pub async fn helpers(
    db: &DatabaseConnection,
    viewer: &Person,
    id: ProjectId,
) -> Result<Vec<Helper>, AppError> {
    let (project, _) = visible(db, viewer, id).await?;
    let needs = needs_of(&project);
    let ours = needs.match_codes();
    let taking_part = Query::select()
        .column(project_participant::Column::OrganizationId)
        .from(project_participant::Entity)
        .and_where(project_participant::Column::ProjectId.eq(id))
        .and_where(project_participant::Column::Status.eq(ParticipantStatus::Active))
        .to_owned();
    let ids: Vec<OrganizationId> = organization::Entity::find()
        .select_only()
        .column(organization::Column::Id)
        .filter(organization::Column::Id.in_subquery(ORGANIZATIONS.sharing(&ours)))
        .filter(organization::Column::Status.eq(OrgStatus::Active))
        .filter(organization::Column::Id.not_in_subquery(taking_part))
        .order_by(
            ORGANIZATIONS.shared_points(&ours, (organization::Entity, organization::Column::Id)),
            Order::Desc,
        )
        .order_by_asc(organization::Column::Id)
        .limit(MATCHES_SHOWN as u64)
        .into_tuple()
        .all(db)
        .await?;
    let rows = organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids.clone()))
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
/// this server's `ProjectMatchIndex`.
pub async fn needing(
    db: &DatabaseConnection,
    index: &ProjectMatchIndex,
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
    let ids = index.best(db, &offer, &involved, MATCHES_SHOWN).await?;
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
