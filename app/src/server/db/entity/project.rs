use sea_orm::entity::prelude::*;

use crate::model::project::{ProjectDirection, ProjectPhase, ProjectStatus};
use crate::model::{Bilingual, OrganizationId, ProjectId, UserId};

/// A globalization project, outbound or inbound.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: ProjectId,
    pub direction: ProjectDirection,
    pub title_ja: String,
    pub title_en: String,
    pub summary_ja: String,
    pub summary_en: String,
    /// The partner country's code (`vocab::COUNTRIES`).
    pub country: String,
    /// Region or city in the partner country.
    pub region: String,
    /// Partner institutions and government bodies, as written.
    pub partners: String,
    pub phase: ProjectPhase,
    pub status: ProjectStatus,
    pub lead_organization_id: OrganizationId,
    /// Comma-separated codes, as the directory's lists are: the support sought, the
    /// specialties sought as expertise, the working languages.
    pub support: String,
    pub specialties: String,
    pub languages: String,
    /// Marked by staff: the Forum backs the project.
    pub backed: bool,
    /// Staff's reason when they returned the proposal.
    pub return_reason: Option<String>,
    pub proposed_by: UserId,
    pub published_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl Model {
    pub fn title(&self) -> Bilingual {
        Bilingual::new(&self.title_ja, &self.title_en)
    }

    pub fn summary(&self) -> Bilingual {
        Bilingual::new(&self.summary_ja, &self.summary_en)
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
