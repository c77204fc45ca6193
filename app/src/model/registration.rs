//! The seat rules of an event, as pure functions: where a new registration goes (a seat, the
//! waiting list, or a staff member's approval), how many on the waiting list a freed seat
//! promotes, and what the per-organization limit counts. The service reads the counts inside
//! one locked transaction and applies the decision in it.

use serde::{Deserialize, Serialize};

use super::code_enum::code_enum;
use super::permissions::{Action, Person, allows};
use super::{OrganizationId, Role, UserId};

code_enum!(
    /// Where a registration stands. `Confirmed` and `Attended` hold a seat; `Waitlisted` waits
    /// for one in order; `Pending` waits for staff approval (without a seat); `Cancelled` (by the
    /// registrant, their organization's admin or staff) and `Declined` (by staff) hold nothing.
    RegistrationStatus {
        Confirmed => "confirmed",
        Waitlisted => "waitlisted",
        Pending => "pending",
        Cancelled => "cancelled",
        Declined => "declined",
        Attended => "attended",
    }
);

impl RegistrationStatus {
    /// Holds one of the event's seats.
    pub fn holds_seat(self) -> bool {
        matches!(self, Self::Confirmed | Self::Attended)
    }

    /// Counts towards the per-organization limit: everyone still taking part or waiting to.
    pub fn is_active(self) -> bool {
        !matches!(self, Self::Cancelled | Self::Declined)
    }

    /// Every active status (for queries).
    pub fn active() -> impl Iterator<Item = Self> {
        Self::ALL.iter().copied().filter(|s| s.is_active())
    }
}

/// What an event holds at the moment of a change, read inside the change's transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seats {
    pub capacity: u32,
    /// Registrations holding a seat (confirmed or attended).
    pub taken: u32,
    pub waitlisted: u32,
    /// At most this many active registrations per organization, if the event sets a limit.
    pub organization_limit: Option<u32>,
    /// The registrant's organization's active registrations (confirmed, attended, waitlisted,
    /// pending).
    pub organization_active: u32,
    pub requires_approval: bool,
}

/// Where a new registration goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Placement {
    Confirmed,
    /// On the waiting list at `position` (1: next to get a seat).
    Waitlisted {
        position: u32,
    },
    Pending,
}

impl Placement {
    pub fn status(self) -> RegistrationStatus {
        match self {
            Placement::Confirmed => RegistrationStatus::Confirmed,
            Placement::Waitlisted { .. } => RegistrationStatus::Waitlisted,
            Placement::Pending => RegistrationStatus::Pending,
        }
    }
}

/// Why a registration cannot be placed at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    /// The registrant's organization already has as many registrations as the event allows.
    OrganizationLimit,
}

/// Places a new registration (or one that staff just approved: `seats.requires_approval` is
/// then false). A free seat goes to the newcomer only when nobody is waiting: seats freed while
/// people wait go to them first (see [`promotions`]), so a free seat and a waiting list never
/// exist together.
pub fn place(seats: &Seats) -> Result<Placement, Refusal> {
    if seats
        .organization_limit
        .is_some_and(|limit| seats.organization_active >= limit)
    {
        return Err(Refusal::OrganizationLimit);
    }
    Ok(if seats.requires_approval {
        Placement::Pending
    } else if seats.taken < seats.capacity && seats.waitlisted == 0 {
        Placement::Confirmed
    } else {
        Placement::Waitlisted {
            position: seats.waitlisted + 1,
        }
    })
}

/// How many of the waiting list to move to a seat now (after a cancellation, or when staff
/// raise the capacity): the first ones in order, as many as there are free seats.
pub fn promotions(capacity: u32, taken: u32, waitlisted: u32) -> u32 {
    capacity.saturating_sub(taken).min(waitlisted)
}

/// A waiting registration's position: 1 + how many of the event's waiting list joined it
/// before (`ahead`). Positions follow the order of joining and move up as people leave.
pub fn position(ahead: u32) -> u32 {
    ahead + 1
}

/// Whether `actor` may register `user` (of `organization`) for an event or cancel their
/// registration: anyone for themselves, an organization's admin for its people, staff for
/// anybody.
pub fn may_act_for(actor: &Person, user: UserId, organization: OrganizationId) -> bool {
    actor.id == user
        || allows(actor.role, Action::ManageEvents)
        || (actor.role == Role::OrgAdmin && actor.organization_id == organization)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_act_for_themselves_admins_for_colleagues_staff_for_all() {
        let person = |id, role, org| Person {
            id: UserId(id),
            role,
            organization_id: OrganizationId(org),
        };
        let member = person(1, Role::Member, 10);
        let colleague = person(2, Role::Member, 10);
        let org_admin = person(3, Role::OrgAdmin, 10);
        let other_admin = person(4, Role::OrgAdmin, 20);
        let staff = person(5, Role::Staff, 1);
        let acts = |actor: &Person, subject: &Person| {
            may_act_for(actor, subject.id, subject.organization_id)
        };
        assert!(acts(&member, &member));
        assert!(!acts(&member, &colleague));
        assert!(acts(&org_admin, &colleague));
        assert!(!acts(&other_admin, &colleague));
        assert!(acts(&staff, &colleague));
        assert!(!acts(&colleague, &staff));
    }

    fn seats(capacity: u32, taken: u32, waitlisted: u32) -> Seats {
        Seats {
            capacity,
            taken,
            waitlisted,
            organization_limit: None,
            organization_active: 0,
            requires_approval: false,
        }
    }

    #[test]
    fn a_free_seat_confirms() {
        assert_eq!(place(&seats(50, 49, 0)), Ok(Placement::Confirmed));
        assert_eq!(place(&seats(50, 0, 0)), Ok(Placement::Confirmed));
    }

    #[test]
    fn a_full_event_waitlists_at_the_end() {
        assert_eq!(
            place(&seats(50, 50, 0)),
            Ok(Placement::Waitlisted { position: 1 })
        );
        assert_eq!(
            place(&seats(50, 50, 7)),
            Ok(Placement::Waitlisted { position: 8 })
        );
    }

    #[test]
    fn nobody_jumps_the_waiting_list() {
        // A seat that is free while people wait is theirs, not the newcomer's.
        assert_eq!(
            place(&seats(50, 49, 3)),
            Ok(Placement::Waitlisted { position: 4 })
        );
    }

    #[test]
    fn a_zero_capacity_event_only_waitlists() {
        assert_eq!(
            place(&seats(0, 0, 0)),
            Ok(Placement::Waitlisted { position: 1 })
        );
    }

    #[test]
    fn approval_comes_before_any_seat() {
        let s = Seats {
            requires_approval: true,
            ..seats(50, 0, 0)
        };
        assert_eq!(place(&s), Ok(Placement::Pending));
        let full = Seats {
            requires_approval: true,
            ..seats(50, 50, 2)
        };
        assert_eq!(place(&full), Ok(Placement::Pending));
    }

    #[test]
    fn the_organization_limit_counts_every_active_registration() {
        let s = Seats {
            organization_limit: Some(2),
            organization_active: 1,
            ..seats(50, 10, 0)
        };
        assert_eq!(place(&s), Ok(Placement::Confirmed));
        let at_limit = Seats {
            organization_active: 2,
            ..s
        };
        assert_eq!(place(&at_limit), Err(Refusal::OrganizationLimit));
        // Also when the event is full or needs approval: the limit is about people, not seats.
        let full = Seats {
            taken: 50,
            ..at_limit
        };
        assert_eq!(place(&full), Err(Refusal::OrganizationLimit));
        let approval = Seats {
            requires_approval: true,
            ..at_limit
        };
        assert_eq!(place(&approval), Err(Refusal::OrganizationLimit));
    }

    #[test]
    fn promotions_fill_free_seats_from_the_waiting_list() {
        assert_eq!(promotions(50, 49, 3), 1);
        assert_eq!(promotions(50, 50, 3), 0);
        assert_eq!(promotions(60, 50, 3), 3);
        assert_eq!(promotions(60, 50, 30), 10);
        assert_eq!(promotions(50, 45, 0), 0);
        // Capacity lowered below the seats taken: nobody is promoted, nobody loses a seat.
        assert_eq!(promotions(40, 50, 3), 0);
    }

    #[test]
    fn statuses_hold_seats_and_count_for_the_organization() {
        use RegistrationStatus::*;
        let holding: Vec<_> = RegistrationStatus::ALL
            .iter()
            .filter(|s| s.holds_seat())
            .collect();
        assert_eq!(holding, [&Confirmed, &Attended]);
        let active: Vec<_> = RegistrationStatus::ALL
            .iter()
            .filter(|s| s.is_active())
            .collect();
        assert_eq!(active, [&Confirmed, &Waitlisted, &Pending, &Attended]);
    }

    /// Any sequence of registrations, cancellations and capacity changes, each followed by the
    /// promotions it allows, keeps the rules: never more seats taken than capacity, never a free
    /// seat while someone waits, the waiting list served in order.
    mod sequences {
        use super::*;
        use proptest::prelude::*;

        #[derive(Clone, Debug)]
        enum Step {
            Register,
            Cancel(usize),
            Capacity(u32),
        }

        fn step() -> impl Strategy<Value = Step> {
            prop_oneof![
                4 => Just(Step::Register),
                3 => any::<usize>().prop_map(Step::Cancel),
                1 => (0u32..12).prop_map(Step::Capacity),
            ]
        }

        proptest! {
            #[test]
            fn invariants_hold(capacity in 0u32..10, steps in proptest::collection::vec(step(), 1..80)) {
                let mut capacity = capacity;
                // (person, status) in the order they registered.
                let mut people: Vec<(usize, RegistrationStatus)> = Vec::new();
                let mut promoted_order = Vec::new();
                for (n, s) in steps.into_iter().enumerate() {
                    let taken = people.iter().filter(|p| p.1.holds_seat()).count() as u32;
                    let waiting = people.iter().filter(|p| p.1 == RegistrationStatus::Waitlisted).count() as u32;
                    match s {
                        Step::Register => {
                            let placed = place(&seats(capacity, taken, waiting)).expect("no limit");
                            match placed {
                                Placement::Waitlisted { position } => prop_assert_eq!(position, waiting + 1),
                                Placement::Confirmed => prop_assert!(taken < capacity, "confirmed beyond capacity"),
                                Placement::Pending => prop_assert!(false, "no approval here"),
                            }
                            people.push((n, placed.status()));
                        }
                        Step::Cancel(i) if !people.is_empty() => {
                            let i = i % people.len();
                            people[i].1 = RegistrationStatus::Cancelled;
                        }
                        Step::Cancel(_) => {}
                        Step::Capacity(c) => capacity = c,
                    }
                    let taken = people.iter().filter(|p| p.1.holds_seat()).count() as u32;
                    let waiting = people.iter().filter(|p| p.1 == RegistrationStatus::Waitlisted).count() as u32;
                    let promote = promotions(capacity, taken, waiting) as usize;
                    for p in people.iter_mut().filter(|p| p.1 == RegistrationStatus::Waitlisted).take(promote) {
                        p.1 = RegistrationStatus::Confirmed;
                        promoted_order.push(p.0);
                    }
                    let taken = people.iter().filter(|p| p.1.holds_seat()).count() as u32;
                    let waiting = people.iter().filter(|p| p.1 == RegistrationStatus::Waitlisted).count() as u32;
                    // Lowering the capacity keeps the seats already given: only then may more
                    // seats be taken than there are.
                    prop_assert!(taken <= capacity || promote == 0, "promoted beyond capacity");
                    prop_assert!(waiting == 0 || taken >= capacity, "a free seat while {} wait", waiting);
                }
                let mut sorted = promoted_order.clone();
                sorted.sort_unstable();
                prop_assert_eq!(promoted_order, sorted, "the waiting list is served in order");
            }
        }
    }
}
