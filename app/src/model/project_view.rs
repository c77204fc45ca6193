//! Projects as pages show them: the list (with the filters it answers and where its projects
//! are, for the map) and one project's page with the organizations taking part and what the
//! viewer may do there.

use serde::{Deserialize, Serialize};

use super::project::{
    ParticipantRole, ParticipantStatus, ProjectDirection, ProjectPhase, ProjectStatus, SupportKind,
};
use super::{Bilingual, EventId, OrganizationId, ParticipantId, ProjectId, ThreadId};

pub const PROJECTS_PER_PAGE: u64 = 20;

/// Which projects a list shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectQuery {
    pub direction: Option<ProjectDirection>,
    /// A country code; empty for every country.
    pub country: String,
    pub phase: Option<ProjectPhase>,
    pub support: Option<SupportKind>,
    /// Projects this organization takes part in.
    pub organization: Option<OrganizationId>,
    /// Projects an organization takes part in whose name (in kanji, kana or Latin letters) or
    /// place holds these words.
    pub org: String,
    /// The projects in review instead of the published ones: for staff every proposed one,
    /// for members their own organization's proposals.
    pub in_review: bool,
    /// From 1.
    pub page: u32,
}

/// One line of the project list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectSummary {
    pub id: ProjectId,
    pub direction: ProjectDirection,
    pub phase: ProjectPhase,
    pub status: ProjectStatus,
    pub title: Bilingual,
    pub summary: Bilingual,
    /// The partner country's code.
    pub country: String,
    pub region: String,
    /// The lead organization's name.
    pub lead: Bilingual,
    pub support: Vec<SupportKind>,
    /// Staff marked it: the Forum backs it.
    pub backed: bool,
}

/// How many of the listed projects are in one country (the map's points).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryCount {
    pub country: String,
    pub projects: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectList {
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub items: Vec<ProjectSummary>,
    /// Every project the filters select (not only this page's), by country, most first.
    pub countries: Vec<CountryCount>,
    /// The organization the list is narrowed to (`ProjectQuery::organization`), for its chip.
    pub organization: Option<OrganizationChoice>,
}

/// The organization a filter names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationChoice {
    pub id: OrganizationId,
    pub name: Bilingual,
}

/// An organization taking part in a project, or asking to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantView {
    pub id: ParticipantId,
    pub organization_id: OrganizationId,
    pub organization: Bilingual,
    pub role: ParticipantRole,
    pub status: ParticipantStatus,
    /// What it brings, as its request said.
    pub contribution: String,
    /// The lead's reason for declining (shown to the requester only).
    pub reason: Option<String>,
}

/// What the viewer may do on a project's page (the server decides; the page only shows).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectRights {
    /// Change the description (its lead's people, staff).
    pub edit: bool,
    /// Publish or return a proposal, back the project (staff).
    pub review: bool,
    /// Ask to join it (an organization not taking part, or declined before).
    pub join: bool,
    /// Accept or decline requests to join (its lead's people, staff).
    pub decide: bool,
    /// Post updates and tick milestones (its lead's and partners' people, staff).
    pub post: bool,
    /// Start a thread about it (members who post in threads, once it is published).
    pub discuss: bool,
    /// Create an event about it (staff who run events, once it is published).
    pub schedule: bool,
}

/// A thread about a project, as the project's page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectThread {
    pub id: ThreadId,
    pub title: String,
    pub replies: u64,
    pub last_post_at: chrono::DateTime<chrono::Utc>,
}

/// An event about a project, as the project's page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectEvent {
    pub id: EventId,
    pub title: Bilingual,
    /// The day it begins, in the zone it happens in.
    pub day: Bilingual,
}

/// Threads a project's page lists, latest activity first, and events, latest first.
pub const LINKS_SHOWN: u64 = 10;

/// A project's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectView {
    pub summary: ProjectSummary,
    pub partners: String,
    /// Specialty codes sought as expertise.
    pub specialties: Vec<String>,
    /// Working language codes.
    pub languages: Vec<String>,
    /// Staff's reason for returning the proposal (shown to its proposers and staff).
    pub return_reason: Option<String>,
    /// The organizations taking part: the lead first, then partners, then observers.
    pub participants: Vec<ParticipantView>,
    /// Requests waiting for a decision, oldest first (for those who decide them).
    pub requests: Vec<ParticipantView>,
    /// The viewer's organization's part or request (with the lead's reason if declined).
    pub mine: Option<ParticipantView>,
    pub progress: super::project_progress::Progress,
    /// Threads about it (latest activity first) and events about it (latest first).
    pub threads: Vec<ProjectThread>,
    pub events: Vec<ProjectEvent>,
    pub rights: ProjectRights,
}
