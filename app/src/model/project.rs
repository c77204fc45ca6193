//! Globalization projects as members and staff see them: their direction and phase, their
//! review (proposed → published, or returned with a reason and proposed again), the
//! organizations taking part and in which role, the support they seek, and who may see, edit,
//! post updates or decide requests to join. Also the capability match: which organizations
//! could help a project, ranked by what they do against what it seeks.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::code_enum::code_enum;
use super::permissions::{Action, Person, allows};
use super::vocab::{COUNTRIES, Term};
use super::{Bilingual, OrganizationId, ProjectId};

/// The countries a project can be with: every country of the vocabulary but Japan, which is home
/// (for inbound projects: where the patients come from).
pub fn partner_countries() -> impl Iterator<Item = &'static Term> {
    COUNTRIES.iter().filter(|c| c.code != "JP")
}

/// A project named elsewhere (a notification, a thread, an event): its number and title.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectPlace {
    pub id: ProjectId,
    pub title: Bilingual,
}

code_enum!(
    /// Which way a project carries Japanese medicine: abroad (facilities, training, market
    /// entry) or home (patients received from abroad).
    ProjectDirection {
        Outbound => "outbound",
        Inbound => "inbound",
    }
);

code_enum!(
    /// How far a project has come, in order.
    ProjectPhase {
        Exploration => "exploration",
        Feasibility => "feasibility",
        Agreement => "agreement",
        Setup => "setup",
        Operation => "operation",
        Completed => "completed",
    }
);

code_enum!(
    /// Where a project stands with the Forum's staff: proposed and waiting for review,
    /// returned to its proposers with a reason, or published to members.
    ProjectStatus {
        Proposed => "proposed",
        Returned => "returned",
        Published => "published",
    }
);

code_enum!(
    /// An organization's part in a project.
    ParticipantRole {
        Lead => "lead",
        Partner => "partner",
        Observer => "observer",
    }
);

code_enum!(
    /// An organization's place in a project: asked to join, taking part, or declined.
    ParticipantStatus {
        Requested => "requested",
        Active => "active",
        Declined => "declined",
    }
);

code_enum!(
    /// The kinds of help a project may seek.
    SupportKind {
        Expertise => "expertise",
        HumanResources => "human_resources",
        Equipment => "equipment",
        Regulatory => "regulatory",
        Funding => "funding",
        Introductions => "introductions",
    }
);

impl ProjectPhase {
    /// The phase's place in the order (exploration is 0).
    pub fn rank(self) -> usize {
        Self::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The moves a project's lead may make: forward by any number of phases (a project may
    /// skip one), or back by one (an agreement that falls through returns to feasibility).
    /// A completed project stays completed.
    pub fn may_become(self, next: ProjectPhase) -> bool {
        self != ProjectPhase::Completed
            && (next.rank() > self.rank() || next.rank() + 1 == self.rank())
    }
}

impl ProjectStatus {
    /// The review's moves: staff publish a proposed project or return it with a reason; its
    /// proposers propose a returned one again. A published project stays published.
    pub fn may_become(self, next: ProjectStatus) -> bool {
        use ProjectStatus::*;
        matches!(
            (self, next),
            (Proposed, Published) | (Proposed, Returned) | (Returned, Proposed)
        )
    }
}

/// How the viewer's organization takes part in a project, if it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    pub role: ParticipantRole,
    pub status: ParticipantStatus,
}

impl Part {
    /// The organization takes part (not only asked to, nor declined).
    pub fn is_active(part: Option<Part>) -> bool {
        part.is_some_and(|p| p.status == ParticipantStatus::Active)
    }

    /// The organization leads the project.
    pub fn leads(part: Option<Part>) -> bool {
        part.is_some_and(|p| {
            p.status == ParticipantStatus::Active && p.role == ParticipantRole::Lead
        })
    }
}

/// Whether `viewer` sees a project: staff see every project; members see published ones, and
/// their own organization's while it is in review.
/// Whether a thread or an event may name a project as the one it is about: a published one
/// (every member reads threads and events; the others are seen by their proposers and staff).
pub fn may_be_named(status: ProjectStatus) -> bool {
    status == ProjectStatus::Published
}

pub fn may_see(viewer: &Person, status: ProjectStatus, part: Option<Part>) -> bool {
    allows(viewer.role, Action::ReviewProjects)
        || status == ProjectStatus::Published
        || Part::leads(part)
}

/// Whether `viewer` may change a project's description, phase, support sought and milestones:
/// the people of its lead organization, and staff.
pub fn may_edit(viewer: &Person, part: Option<Part>) -> bool {
    allows(viewer.role, Action::ReviewProjects) || Part::leads(part)
}

/// Whether `viewer` may post an update or tick a milestone: the people of the organizations
/// taking part as lead or partner (an observer reads), and staff.
pub fn may_post_update(viewer: &Person, status: ProjectStatus, part: Option<Part>) -> bool {
    status == ProjectStatus::Published
        && (allows(viewer.role, Action::ReviewProjects)
            || (Part::is_active(part) && part.is_some_and(|p| p.role != ParticipantRole::Observer)))
}

/// Whether `viewer` may decide another organization's request to join: the lead's people.
pub fn may_decide_requests(viewer: &Person, part: Option<Part>) -> bool {
    Part::leads(part) || allows(viewer.role, Action::ReviewProjects)
}

/// Why an organization may not ask to join a project.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinRefusal {
    /// Only a published project takes requests.
    NotPublished,
    /// The organization takes part already, or its request waits for the lead.
    AlreadyInvolved,
}

/// Whether an organization whose current part is `part` may ask to join a project with
/// `status`. A declined organization may ask again (with a new contribution).
pub fn may_request_to_join(status: ProjectStatus, part: Option<Part>) -> Result<(), JoinRefusal> {
    if status != ProjectStatus::Published {
        return Err(JoinRefusal::NotPublished);
    }
    match part {
        Some(p) if p.status != ParticipantStatus::Declined => Err(JoinRefusal::AlreadyInvolved),
        _ => Ok(()),
    }
}

/// What a project seeks, as the match reads it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    pub support: BTreeSet<SupportKind>,
    /// Specialties sought as expertise (codes of `vocab::SPECIALTIES`).
    pub specialties: BTreeSet<String>,
    /// Languages the work is done in (codes of `vocab::LANGUAGES`).
    pub languages: BTreeSet<String>,
}

/// What an organization offers, from its directory profile.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Offer {
    pub organization_id: OrganizationId,
    pub specialties: BTreeSet<String>,
    pub languages: BTreeSet<String>,
}

/// How well an organization could help: three points for every specialty sought that it
/// practises, one for every working language it speaks. A project that seeks expertise but
/// names no specialty counts every practised specialty once, at one point. Zero: no match.
pub fn match_score(needs: &Needs, offer: &Offer) -> u32 {
    let specialties = if needs.specialties.is_empty() {
        if needs.support.contains(&SupportKind::Expertise) {
            offer.specialties.len().min(1)
        } else {
            0
        }
    } else {
        3 * needs.specialties.intersection(&offer.specialties).count()
    };
    let languages = needs.languages.intersection(&offer.languages).count();
    let score = specialties + if specialties > 0 { languages } else { 0 };
    u32::try_from(score).unwrap_or(u32::MAX)
}

/// The offers that could help, best first (ties by organization id, so the order is stable),
/// leaving out the organizations already taking part.
pub fn rank_offers<'o>(
    needs: &Needs,
    offers: &'o [Offer],
    taking_part: &BTreeSet<OrganizationId>,
) -> Vec<(&'o Offer, u32)> {
    let mut ranked: Vec<(&Offer, u32)> = offers
        .iter()
        .filter(|o| !taking_part.contains(&o.organization_id))
        .map(|o| (o, match_score(needs, o)))
        .filter(|(_, score)| *score > 0)
        .collect();
    ranked.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(a.0.organization_id.cmp(&b.0.organization_id))
    });
    ranked
}

/// What `offer` has of what `needs` seeks: the specialties, and the working languages when
/// some specialty matches (as `match_score` counts them).
pub fn overlap(needs: &Needs, offer: &Offer) -> (Vec<String>, Vec<String>) {
    let specialties: Vec<String> = needs
        .specialties
        .intersection(&offer.specialties)
        .cloned()
        .collect();
    let languages = if match_score(needs, offer) > 0 {
        needs
            .languages
            .intersection(&offer.languages)
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    (specialties, languages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Role, UserId};

    fn person(role: Role) -> Person {
        Person {
            id: UserId(1),
            role,
            organization_id: OrganizationId(7),
        }
    }

    fn part(role: ParticipantRole, status: ParticipantStatus) -> Option<Part> {
        Some(Part { role, status })
    }

    fn set(codes: &[&str]) -> BTreeSet<String> {
        codes.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn the_overlap_names_what_matched() {
        let needs = Needs {
            support: [SupportKind::Expertise].into(),
            specialties: set(&["endoscopy", "oncology"]),
            languages: set(&["en", "vi"]),
        };
        let offer = |specialties: &[&str], languages: &[&str]| Offer {
            organization_id: OrganizationId(9),
            specialties: set(specialties),
            languages: set(languages),
        };
        assert_eq!(
            overlap(&needs, &offer(&["endoscopy", "cardiology"], &["vi", "zh"])),
            (vec!["endoscopy".to_string()], vec!["vi".to_string()])
        );
        assert_eq!(
            overlap(&needs, &offer(&["cardiology"], &["en", "vi"])),
            (vec![], vec![]),
            "languages alone are no match"
        );
    }

    #[test]
    fn phases_go_forward_or_back_by_one() {
        use ProjectPhase::*;
        assert!(Exploration.may_become(Feasibility));
        assert!(Exploration.may_become(Agreement), "a phase may be skipped");
        assert!(Agreement.may_become(Feasibility), "back by one");
        assert!(!Agreement.may_become(Exploration), "not back by two");
        assert!(!Setup.may_become(Setup));
        assert!(!Completed.may_become(Operation), "completed stays");
        assert_eq!(Completed.rank(), 5);
    }

    #[test]
    fn review_publishes_or_returns_and_returned_is_proposed_again() {
        use ProjectStatus::*;
        assert!(Proposed.may_become(Published));
        assert!(Proposed.may_become(Returned));
        assert!(Returned.may_become(Proposed));
        assert!(
            !Returned.may_become(Published),
            "staff review it again first"
        );
        assert!(!Published.may_become(Proposed));
    }

    #[test]
    fn who_sees_and_edits() {
        use ParticipantRole::*;
        use ParticipantStatus::*;
        let member = person(Role::Member);
        let staff = person(Role::Staff);
        assert!(may_see(&member, ProjectStatus::Published, None));
        assert!(!may_see(&member, ProjectStatus::Proposed, None));
        assert!(!may_see(
            &member,
            ProjectStatus::Returned,
            part(Partner, Active)
        ));
        assert!(may_see(
            &member,
            ProjectStatus::Returned,
            part(Lead, Active)
        ));
        assert!(may_see(&staff, ProjectStatus::Proposed, None));

        assert!(may_edit(&member, part(Lead, Active)));
        assert!(!may_edit(&member, part(Partner, Active)));
        assert!(!may_edit(&member, part(Lead, Requested)));
        assert!(may_edit(&staff, None));

        assert!(may_post_update(
            &member,
            ProjectStatus::Published,
            part(Partner, Active)
        ));
        assert!(!may_post_update(
            &member,
            ProjectStatus::Published,
            part(Observer, Active)
        ));
        assert!(!may_post_update(
            &member,
            ProjectStatus::Published,
            part(Partner, Requested)
        ));
        assert!(!may_post_update(
            &member,
            ProjectStatus::Proposed,
            part(Lead, Active)
        ));

        assert!(may_decide_requests(&member, part(Lead, Active)));
        assert!(!may_decide_requests(&member, part(Partner, Active)));
    }

    #[test]
    fn joining_asks_once_and_again_after_a_decline() {
        use ParticipantRole::*;
        use ParticipantStatus::*;
        assert_eq!(may_request_to_join(ProjectStatus::Published, None), Ok(()));
        assert_eq!(
            may_request_to_join(ProjectStatus::Proposed, None),
            Err(JoinRefusal::NotPublished)
        );
        assert_eq!(
            may_request_to_join(ProjectStatus::Published, part(Partner, Requested)),
            Err(JoinRefusal::AlreadyInvolved)
        );
        assert_eq!(
            may_request_to_join(ProjectStatus::Published, part(Partner, Declined)),
            Ok(())
        );
    }

    #[test]
    fn the_match_ranks_specialties_then_languages() {
        let needs = Needs {
            support: [SupportKind::Expertise, SupportKind::HumanResources].into(),
            specialties: set(&["endoscopy", "gastroenterology"]),
            languages: set(&["th", "en"]),
        };
        let offer = |id: i32, s: &[&str], l: &[&str]| Offer {
            organization_id: OrganizationId(id),
            specialties: set(s),
            languages: set(l),
        };
        let offers = [
            offer(1, &["endoscopy"], &["ja"]),
            offer(2, &["endoscopy", "gastroenterology"], &["ja", "en"]),
            offer(3, &["dentistry"], &["th", "en"]),
            offer(4, &["endoscopy"], &["th"]),
            offer(5, &["endoscopy", "gastroenterology"], &["en", "th"]),
        ];
        assert_eq!(match_score(&needs, &offers[1]), 7);
        assert_eq!(
            match_score(&needs, &offers[2]),
            0,
            "languages alone do not help"
        );
        let taking_part = [OrganizationId(5)].into();
        let ranked: Vec<(i32, u32)> = rank_offers(&needs, &offers, &taking_part)
            .into_iter()
            .map(|(o, s)| (o.organization_id.0, s))
            .collect();
        assert_eq!(ranked, vec![(2, 7), (4, 4), (1, 3)]);
    }

    #[test]
    fn expertise_without_named_specialties_counts_any() {
        let needs = Needs {
            support: [SupportKind::Expertise].into(),
            specialties: BTreeSet::new(),
            languages: set(&["vi"]),
        };
        let offer = Offer {
            organization_id: OrganizationId(1),
            specialties: set(&["cardiology", "oncology"]),
            languages: set(&["vi"]),
        };
        assert_eq!(match_score(&needs, &offer), 2);
        let funding_only = Needs {
            support: [SupportKind::Funding].into(),
            ..needs
        };
        assert_eq!(match_score(&funding_only, &offer), 0);
    }
}
