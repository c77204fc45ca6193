//! "Projects that need what we do", scored in memory. Each app server keeps the published
//! projects' needs, indexed by the specialty rows they seek, and loads them again when the
//! projects' version has moved: triggers bump it in the transaction of every write of a project
//! (whoever writes, on whichever server). A request reads the version (one statement) and scores
//! only the projects sharing a specialty row with the organization, by `project::match_score`:
//! a few thousand of 10,000 in well under a millisecond, where the database took about five.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, PoisonError, RwLock};

use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect,
    prelude::DateTimeUtc,
};

use super::project_match::needs;
use super::project_match_code::codes_in;
use crate::model::ProjectId;
use crate::model::project::{Needs, Offer, ProjectStatus, match_score};
use crate::model::project_match_code::MatchField;
use crate::server::db::entity::{project, project_match_version};

/// This server's copy of the published projects' needs, as of a version.
#[derive(Default)]
pub struct ProjectMatchIndex {
    current: RwLock<Option<Arc<Snapshot>>>,
}

/// A published project as the match reads it.
struct Candidate {
    id: ProjectId,
    updated_at: DateTimeUtc,
    needs: Needs,
}

/// The published projects as of `version`.
struct Snapshot {
    version: i64,
    projects: Vec<Candidate>,
    /// The projects seeking each specialty row (a specialty, or "some specialty"), by their
    /// place in `projects`.
    by_specialty: HashMap<String, Vec<usize>>,
}

impl Snapshot {
    /// Reads the published projects. The version is read before them, so the rows are at least
    /// as new as the version they are kept under.
    async fn load(db: &DatabaseConnection, version: i64) -> Result<Self, DbErr> {
        let rows: Vec<(ProjectId, DateTimeUtc, String, String, String)> = project::Entity::find()
            .select_only()
            .columns([
                project::Column::Id,
                project::Column::UpdatedAt,
                project::Column::Support,
                project::Column::Specialties,
                project::Column::Languages,
            ])
            .filter(project::Column::Status.eq(ProjectStatus::Published))
            .into_tuple()
            .all(db)
            .await?;
        let projects: Vec<Candidate> = rows
            .into_iter()
            .map(
                |(id, updated_at, support, specialties, languages)| Candidate {
                    id,
                    updated_at,
                    needs: needs(&support, &specialties, &languages),
                },
            )
            .collect();
        let mut by_specialty: HashMap<String, Vec<usize>> = HashMap::new();
        for (place, p) in projects.iter().enumerate() {
            for code in codes_in(&p.needs.match_codes(), MatchField::Specialty) {
                by_specialty.entry(code).or_default().push(place);
            }
        }
        Ok(Self {
            version,
            projects,
            by_specialty,
        })
    }
}

/// The projects' version as the database has it now.
async fn version(db: &DatabaseConnection) -> Result<i64, DbErr> {
    Ok(project_match_version::Entity::find()
        .one(db)
        .await?
        .map_or(0, |row| row.version))
}

impl ProjectMatchIndex {
    /// The published projects as of the database's version now: the copy kept, or a new one.
    async fn snapshot(&self, db: &DatabaseConnection) -> Result<Arc<Snapshot>, DbErr> {
        let version = version(db).await?;
        let kept = self
            .current
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        if let Some(kept) = kept.filter(|s| s.version == version) {
            return Ok(kept);
        }
        let fresh = Arc::new(Snapshot::load(db, version).await?);
        let mut current = self.current.write().unwrap_or_else(PoisonError::into_inner);
        // A request that loaded a later version meanwhile keeps its copy.
        if current.as_ref().is_none_or(|s| s.version <= version) {
            *current = Some(fresh.clone());
        }
        Ok(fresh)
    }

    /// The `shown` published projects that best meet `offer`, leaving out `involved`: the
    /// highest score first, then the most recently changed, then by id.
    pub async fn best(
        &self,
        db: &DatabaseConnection,
        offer: &Offer,
        involved: &BTreeSet<ProjectId>,
        shown: usize,
    ) -> Result<Vec<ProjectId>, DbErr> {
        let snapshot = self.snapshot(db).await?;
        let mut places: Vec<usize> = codes_in(&offer.match_codes(), MatchField::Specialty)
            .iter()
            .filter_map(|code| snapshot.by_specialty.get(code))
            .flatten()
            .copied()
            .collect();
        places.sort_unstable();
        places.dedup();
        let mut scored: Vec<(&Candidate, u32)> = places
            .into_iter()
            .map(|place| &snapshot.projects[place])
            .filter(|p| !involved.contains(&p.id))
            .map(|p| (p, match_score(&p.needs, offer)))
            .filter(|(_, score)| *score > 0)
            .collect();
        let order = |a: &(&Candidate, u32), b: &(&Candidate, u32)| {
            b.1.cmp(&a.1)
                .then(b.0.updated_at.cmp(&a.0.updated_at))
                .then(a.0.id.cmp(&b.0.id))
        };
        if scored.len() > shown {
            scored.select_nth_unstable_by(shown, order);
            scored.truncate(shown);
        }
        scored.sort_unstable_by(order);
        Ok(scored.into_iter().map(|(p, _)| p.id).collect())
    }
}
