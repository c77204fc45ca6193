//! The capability match as members read it: on a project, the organizations that could help;
//! for an organization, the projects that need what it does. Scored by `project::match_score`.

use serde::{Deserialize, Serialize};

use super::project_view::ProjectSummary;
use super::{Bilingual, OrganizationId};

/// The most matches a list shows.
pub const MATCHES_SHOWN: usize = 10;

/// An organization that could help a project, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Helper {
    pub organization_id: OrganizationId,
    pub name: Bilingual,
    pub score: u32,
    /// Specialty codes sought that it practises.
    pub specialties: Vec<String>,
    /// Working language codes it shares with the project.
    pub languages: Vec<String>,
    /// Recommended by Japan International Hospitals (JIH).
    pub jih: bool,
}

/// A project that needs what the reader's organization does, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectMatch {
    pub project: ProjectSummary,
    pub score: u32,
    pub specialties: Vec<String>,
    pub languages: Vec<String>,
}
