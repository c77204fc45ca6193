//! The capability match, scored in memory. Each app server keeps a copy of the match's
//! candidates — the published projects' needs, for "projects that need what we do", and the
//! active organizations' offers, for "organizations that could help" — indexed by the specialty
//! rows they have (`model::project_match_code`), and loads a side again when its version has
//! moved: triggers bump it in the transaction of every write of a project or an organization
//! (whoever writes, on whichever server). A request reads the version (one statement) and
//! scores by `project::match_score` only the candidates sharing a specialty row with it: a few
//! thousand in well under a millisecond, where the database took several.

use std::cmp::Reverse;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, PoisonError, RwLock};

use sea_orm::sea_query::{Alias, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect,
    prelude::DateTimeUtc,
};

use super::project_match::{needs, offer};
use crate::model::project::{Needs, Offer, ProjectStatus};
use crate::model::project_match_code::{MatchCode, MatchField, codes_in};
use crate::model::{OrgStatus, OrganizationId, ProjectId};
use crate::server::db::entity::{organization, project};

/// One side of the match as this server keeps it.
pub trait Candidate: Sized + Send + Sync + 'static {
    type Id: Copy;
    /// What ranks equal scores: the smaller first.
    type Tie: Ord;
    /// The side's version table: one row, bumped by triggers with every write of the side.
    const VERSION: &'static str;
    /// The side's candidates as the database has them now.
    fn load(db: &DatabaseConnection) -> impl Future<Output = Result<Vec<Self>, DbErr>> + Send;
    fn id(&self) -> Self::Id;
    fn tie(&self) -> Self::Tie;
    fn match_codes(&self) -> Vec<MatchCode>;
}

/// A published project: what it needs.
pub struct ProjectNeeds {
    id: ProjectId,
    updated_at: DateTimeUtc,
    pub needs: Needs,
}

/// An active organization: what it offers.
pub struct OrganizationOffer {
    pub offer: Offer,
}

impl Candidate for ProjectNeeds {
    type Id = ProjectId;
    /// The most recently changed first, then by id.
    type Tie = (Reverse<DateTimeUtc>, ProjectId);

    const VERSION: &'static str = "project_match_version";

    async fn load(db: &DatabaseConnection) -> Result<Vec<Self>, DbErr> {
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
        Ok(rows
            .into_iter()
            .map(|(id, updated_at, support, specialties, languages)| Self {
                id,
                updated_at,
                needs: needs(&support, &specialties, &languages),
            })
            .collect())
    }

    fn id(&self) -> ProjectId {
        self.id
    }

    fn tie(&self) -> Self::Tie {
        (Reverse(self.updated_at), self.id)
    }

    fn match_codes(&self) -> Vec<MatchCode> {
        self.needs.match_codes()
    }
}

impl Candidate for OrganizationOffer {
    type Id = OrganizationId;
    type Tie = OrganizationId;

    const VERSION: &'static str = "organization_match_version";

    async fn load(db: &DatabaseConnection) -> Result<Vec<Self>, DbErr> {
        let rows: Vec<(OrganizationId, String, String)> = organization::Entity::find()
            .select_only()
            .columns([
                organization::Column::Id,
                organization::Column::Specialties,
                organization::Column::Languages,
            ])
            .filter(organization::Column::Status.eq(OrgStatus::Active))
            .into_tuple()
            .all(db)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(id, specialties, languages)| Self {
                offer: offer(id, &specialties, &languages),
            })
            .collect())
    }

    fn id(&self) -> OrganizationId {
        self.offer.organization_id
    }

    fn tie(&self) -> OrganizationId {
        self.offer.organization_id
    }

    fn match_codes(&self) -> Vec<MatchCode> {
        self.offer.match_codes()
    }
}

/// The version of a side as the database has it now.
async fn version(db: &DatabaseConnection, table: &str) -> Result<i64, DbErr> {
    let select = Query::select()
        .column(Alias::new("version"))
        .from(Alias::new(table))
        .to_owned();
    match db.query_one(&select).await? {
        Some(row) => row.try_get("", "version"),
        None => Ok(0),
    }
}

/// This server's copy of one side of the match, as of a version.
pub struct MatchIndex<C> {
    current: RwLock<Option<Arc<Snapshot<C>>>>,
}

impl<C> Default for MatchIndex<C> {
    fn default() -> Self {
        Self {
            current: RwLock::new(None),
        }
    }
}

/// The candidates as of `version`.
struct Snapshot<C> {
    version: i64,
    candidates: Vec<C>,
    /// The candidates with each specialty row (a specialty, or "some specialty"), by their
    /// place in `candidates`.
    by_specialty: HashMap<String, Vec<usize>>,
}

impl<C: Candidate> Snapshot<C> {
    /// Reads the candidates. The version is read before them, so the rows are at least as new
    /// as the version they are kept under.
    async fn load(db: &DatabaseConnection, version: i64) -> Result<Self, DbErr> {
        let candidates = C::load(db).await?;
        let mut by_specialty: HashMap<String, Vec<usize>> = HashMap::new();
        for (place, c) in candidates.iter().enumerate() {
            for code in codes_in(&c.match_codes(), MatchField::Specialty) {
                by_specialty.entry(code).or_default().push(place);
            }
        }
        Ok(Self {
            version,
            candidates,
            by_specialty,
        })
    }
}

impl<C: Candidate> MatchIndex<C> {
    /// The candidates as of the database's version now: the copy kept, or a new one.
    async fn snapshot(&self, db: &DatabaseConnection) -> Result<Arc<Snapshot<C>>, DbErr> {
        let version = version(db, C::VERSION).await?;
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

    /// The `shown` candidates sharing a specialty row with `ours` that `score` rates highest
    /// (a score of 0 leaves one out), equal scores by the candidates' tie order.
    pub async fn best(
        &self,
        db: &DatabaseConnection,
        ours: &[MatchCode],
        score: impl Fn(&C) -> u32,
        shown: usize,
    ) -> Result<Vec<C::Id>, DbErr> {
        let snapshot = self.snapshot(db).await?;
        let mut places: Vec<usize> = codes_in(ours, MatchField::Specialty)
            .iter()
            .filter_map(|code| snapshot.by_specialty.get(code))
            .flatten()
            .copied()
            .collect();
        places.sort_unstable();
        places.dedup();
        let mut scored: Vec<(&C, u32)> = places
            .into_iter()
            .map(|place| &snapshot.candidates[place])
            .map(|c| (c, score(c)))
            .filter(|(_, score)| *score > 0)
            .collect();
        let order =
            |a: &(&C, u32), b: &(&C, u32)| b.1.cmp(&a.1).then_with(|| a.0.tie().cmp(&b.0.tie()));
        if scored.len() > shown {
            scored.select_nth_unstable_by(shown, order);
            scored.truncate(shown);
        }
        scored.sort_unstable_by(order);
        Ok(scored.into_iter().map(|(c, _)| c.id()).collect())
    }
}
