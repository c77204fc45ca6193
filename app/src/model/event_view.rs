//! Events as pages show them: the list (upcoming or past, by kind and format) and one event
//! with its programme, seats, questions and the viewer's own registration. Times arrive written
//! out by the server in both languages, in the event's zone and in the viewer's.

use serde::{Deserialize, Serialize};

use super::event::{Closed, EventFormat, EventKind, EventStatus, EventVisibility};
use super::event_answers::Question;
use super::registration::RegistrationStatus;
use super::{Bilingual, EventId, RegistrationId};

pub const EVENTS_PER_PAGE: u64 = 20;

/// A moment or a span written out: in the event's zone, and in the viewer's when it differs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct When {
    /// `2026年11月24日(火) 14:00〜17:30 (JST)` / `Tue 24 Nov 2026, 14:00–17:30 (JST)`.
    pub event: Bilingual,
    /// The same in the viewer's zone, when it is another one.
    pub viewer: Option<Bilingual>,
}

/// Which events a list shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventQuery {
    /// Past events (most recent first) instead of upcoming ones (soonest first).
    pub past: bool,
    /// Only the events the viewer holds an active registration for ("My registrations").
    pub mine: bool,
    pub kind: Option<EventKind>,
    pub format: Option<EventFormat>,
    /// From 1.
    pub page: u32,
}

/// The viewer's registration for an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyRegistration {
    pub id: RegistrationId,
    pub status: RegistrationStatus,
    /// The place on the waiting list (1: next for a seat).
    pub position: Option<u32>,
}

/// One line of the event list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventSummary {
    pub id: EventId,
    pub kind: EventKind,
    pub format: EventFormat,
    pub status: EventStatus,
    pub title: Bilingual,
    pub when: When,
    pub venue: Bilingual,
    pub seats_left: u32,
    /// Why registration is not taken now; `None` while it is open.
    pub closed: Option<Closed>,
    pub mine: Option<MyRegistration>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventList {
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub items: Vec<EventSummary>,
}

/// How many lines each list of the dashboard's events panel shows.
pub const NEWS_SHOWN: u64 = 5;

/// The dashboard's events panel.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventNews {
    /// The viewer's upcoming registrations, soonest first, with their standing.
    pub mine: Vec<EventSummary>,
    /// The next events open for registration that the viewer has not registered for.
    pub open: Vec<EventSummary>,
    /// For staff: the upcoming events with registrations awaiting approval.
    pub pending: Vec<PendingApprovals>,
}

/// An event's registrations awaiting staff's approval.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingApprovals {
    pub id: EventId,
    pub title: Bilingual,
    pub count: u32,
}

/// One item of the programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    /// `14:00〜14:30` in the event's zone (with the date when the event spans several days).
    pub time: Bilingual,
    pub title: Bilingual,
    /// One a line, `name, affiliation`.
    pub speakers: Vec<String>,
}

/// An event's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventView {
    pub summary: EventSummary,
    pub visibility: EventVisibility,
    /// The invited organizations' names (for staff, on an event for invited ones).
    pub invited: Vec<Bilingual>,
    pub description_html: Bilingual,
    pub time_zone: String,
    pub address: String,
    /// The meeting link: only for registrants holding a seat, and staff.
    pub online_url: Option<String>,
    pub capacity: u32,
    pub organization_limit: Option<u32>,
    pub requires_approval: bool,
    pub opens: Option<When>,
    pub closes: Option<When>,
    pub sessions: Vec<SessionView>,
    pub questions: Vec<Question>,
    pub cancel_reason: Option<String>,
    /// Where the page links to the event's digest.
    pub digest: super::digest::DigestLink,
    /// The project it is about.
    pub project: Option<super::project::ProjectPlace>,
    /// The viewer may edit the event and change its status.
    pub can_manage: bool,
}

/// A change of an event's status by staff; cancelling needs a reason, which registrants read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    pub id: EventId,
    pub status: EventStatus,
    #[serde(default)]
    pub reason: String,
}
