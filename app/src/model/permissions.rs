//! Who may do what: the role matrix (`allows`), and the object rules on top of it (who may act
//! on whom). Services enforce these functions; pages call the same ones to decide what to offer,
//! so no rule is written twice.

use super::{AppError, AppResult, ConflictKind, OrganizationId, Role, UserId, UserStatus};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Browse the member directory and organization profiles.
    ViewDirectory,
    /// Edit one's own profile and password.
    EditOwnProfile,
    /// Edit one's own organization's profile; invite colleagues to it and remove them.
    ManageOwnOrganization,
    /// See the admin area and review membership applications.
    ReviewApplications,
    /// List all accounts and suspend or reactivate them.
    ManageAccounts,
    /// Record an organization's JIH / AMTAC recognitions.
    ManageRecognitions,
    /// Change anybody's role.
    ChangeRoles,
    /// Read the security log.
    ViewSecurityLog,
    /// Read the knowledge-sharing threads.
    ReadThreads,
    /// Start threads and reply in them.
    PostInThreads,
    /// Flag a post for the moderators, and follow what became of one's flags.
    FlagPosts,
    /// Work the review queue: claim items, hide and restore posts, dismiss flags, lock and pin
    /// threads.
    ModeratePosts,
    /// Read the moderation log.
    ViewModerationLog,
    /// Create, edit, order and delete the threads' categories.
    ManageCategories,
    /// Read one's own notifications.
    ReadNotifications,
    /// See the events open to one's organization, register for them (oneself, or a colleague
    /// as their organization's admin) and cancel.
    RegisterForEvents,
    /// Create, edit, publish and cancel events; decide, move and check in registrations.
    ManageEvents,
    /// See the published globalization projects, propose one, ask to join one, follow one;
    /// what one may do inside a project depends on one's organization's part in it.
    TakePartInProjects,
    /// Review proposed projects (publish, or return with a reason), back them for the Forum,
    /// and act in any project as its lead would.
    ReviewProjects,
    /// Submit an anonymized inbound case, and answer the cases one's organization is matched to.
    ReferPatients,
    /// See every inbound case and its history (the secretariat follows them all).
    ReviewReferrals,
    /// Set up or change one's own two-step verification: the one thing a staff member or admin
    /// may do before it is set up.
    SetUpTwoFactor,
}

/// Whether an active user with `role` may perform `action` at all.
pub fn allows(role: Role, action: Action) -> bool {
    use Action::*;
    match action {
        ViewDirectory | EditOwnProfile | SetUpTwoFactor | ReadThreads | PostInThreads
        | FlagPosts | ReadNotifications | RegisterForEvents | TakePartInProjects
        | ReferPatients => true,
        ManageOwnOrganization => matches!(role, Role::OrgAdmin | Role::Admin),
        ReviewApplications | ManageAccounts | ManageRecognitions | ModeratePosts
        | ViewModerationLog | ManageCategories | ManageEvents | ReviewProjects
        | ReviewReferrals => role.is_staff(),
        ChangeRoles | ViewSecurityLog => role == Role::Admin,
    }
}

/// A person as the object rules see them: who, in which role, of which organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Person {
    pub id: UserId,
    pub role: Role,
    pub organization_id: OrganizationId,
}

/// The roles an organization admin may give when inviting a colleague (never MEJ's own roles).
pub const INVITABLE_ROLES: &[Role] = &[Role::Member, Role::OrgAdmin];

/// Whether an organization admin may invite someone as `role`.
pub fn may_invite_as(role: Role) -> bool {
    INVITABLE_ROLES.contains(&role)
}

/// Whether an invitation made by `inviter` into `organization` still stands: only while the
/// inviter is active and may still invite into that organization. An admin who is suspended,
/// removed or demoted takes their open invitations with them.
pub fn invitation_stands(
    inviter: &Person,
    inviter_status: UserStatus,
    organization: OrganizationId,
) -> bool {
    inviter_status == UserStatus::Active
        && allows(inviter.role, Action::ManageOwnOrganization)
        && check_own_organization(inviter, organization).is_ok()
}

/// The statuses staff set by hand: active or suspended. `Pending` belongs to an account whose
/// application is waiting, and only the application's decision changes it.
pub fn may_set_status(status: UserStatus) -> bool {
    status != UserStatus::Pending
}

/// Nobody changes their own role or status, or removes themselves: the last admin could lock
/// everyone out, and a slip would lock oneself out.
pub fn check_not_self(actor: &Person, target: UserId) -> AppResult<()> {
    if actor.id == target {
        Err(AppError::conflict(ConflictKind::NotOnSelf))
    } else {
        Ok(())
    }
}

/// Only admins change roles, and never their own.
pub fn check_change_role(actor: &Person, target: UserId) -> AppResult<()> {
    if !allows(actor.role, Action::ChangeRoles) {
        return Err(AppError::Forbidden);
    }
    check_not_self(actor, target)
}

/// Staff suspend and reactivate accounts, but only an admin touches a staff member or an admin.
pub fn check_change_status(actor: &Person, target: &Person) -> AppResult<()> {
    if !allows(actor.role, Action::ManageAccounts) {
        return Err(AppError::Forbidden);
    }
    check_not_self(actor, target.id)?;
    if target.role.is_staff() && actor.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    Ok(())
}

/// An organization admin removes colleagues of their own organization, never MEJ staff.
pub fn check_remove_member(actor: &Person, target: &Person) -> AppResult<()> {
    if !allows(actor.role, Action::ManageOwnOrganization) {
        return Err(AppError::Forbidden);
    }
    check_not_self(actor, target.id)?;
    check_own_organization(actor, target.organization_id)?;
    if target.role.is_staff() {
        return Err(AppError::Forbidden);
    }
    Ok(())
}

/// Things that belong to an organization (its invitations, its people) are only for its own
/// people to manage.
pub fn check_own_organization(actor: &Person, organization: OrganizationId) -> AppResult<()> {
    if actor.organization_id == organization {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORG_A: OrganizationId = OrganizationId(1);
    const ORG_B: OrganizationId = OrganizationId(2);

    fn person(id: i32, role: Role, org: OrganizationId) -> Person {
        Person {
            id: UserId(id),
            role,
            organization_id: org,
        }
    }

    #[test]
    fn nobody_acts_on_themselves() {
        let admin = person(1, Role::Admin, ORG_A);
        let conflict = Err(AppError::conflict(ConflictKind::NotOnSelf));
        assert_eq!(check_change_role(&admin, admin.id), conflict);
        assert_eq!(check_change_status(&admin, &admin), conflict);
        assert_eq!(check_remove_member(&admin, &admin), conflict);
        assert_eq!(check_change_role(&admin, UserId(2)), Ok(()));
    }

    #[test]
    fn only_admins_change_roles() {
        for role in [Role::Member, Role::OrgAdmin, Role::Staff] {
            let p = person(1, role, ORG_A);
            assert_eq!(check_change_role(&p, UserId(2)), Err(AppError::Forbidden));
        }
    }

    #[test]
    fn staff_cannot_touch_staff_or_admins() {
        let staff = person(1, Role::Staff, ORG_A);
        let admin = person(2, Role::Admin, ORG_A);
        let other_staff = person(3, Role::Staff, ORG_A);
        let member = person(4, Role::Member, ORG_B);
        assert_eq!(check_change_status(&staff, &member), Ok(()));
        assert_eq!(
            check_change_status(&staff, &admin),
            Err(AppError::Forbidden)
        );
        assert_eq!(
            check_change_status(&staff, &other_staff),
            Err(AppError::Forbidden)
        );
        assert_eq!(check_change_status(&admin, &other_staff), Ok(()));
        assert_eq!(
            check_change_status(&person(5, Role::OrgAdmin, ORG_B), &member),
            Err(AppError::Forbidden)
        );
    }

    #[test]
    fn org_admins_remove_only_their_own_colleagues() {
        let org_admin = person(1, Role::OrgAdmin, ORG_A);
        assert_eq!(
            check_remove_member(&org_admin, &person(2, Role::Member, ORG_A)),
            Ok(())
        );
        assert_eq!(
            check_remove_member(&org_admin, &person(3, Role::Member, ORG_B)),
            Err(AppError::Forbidden)
        );
        assert_eq!(
            check_remove_member(&org_admin, &person(4, Role::Staff, ORG_A)),
            Err(AppError::Forbidden)
        );
        assert_eq!(
            check_remove_member(
                &person(5, Role::Member, ORG_A),
                &person(2, Role::Member, ORG_A)
            ),
            Err(AppError::Forbidden)
        );
    }

    #[test]
    fn pending_is_not_set_by_hand() {
        assert!(may_set_status(UserStatus::Active));
        assert!(may_set_status(UserStatus::Suspended));
        assert!(!may_set_status(UserStatus::Pending));
    }

    #[test]
    fn invitations_grant_only_organization_roles() {
        assert!(may_invite_as(Role::Member));
        assert!(may_invite_as(Role::OrgAdmin));
        assert!(!may_invite_as(Role::Staff));
        assert!(!may_invite_as(Role::Admin));
    }

    #[test]
    fn matrix() {
        use Action::*;
        let table = [
            (
                Role::Member,
                [
                    true, true, true, true, true, true, true, true, false, false, false, false,
                    false, false, false, false, false, false, true, false,
                ],
            ),
            (
                Role::OrgAdmin,
                [
                    true, true, true, true, true, true, true, true, true, false, false, false,
                    false, false, false, false, false, false, true, false,
                ],
            ),
            (
                Role::Staff,
                [
                    true, true, true, true, true, true, true, true, false, true, true, true, true,
                    true, true, true, true, false, true, true,
                ],
            ),
            (Role::Admin, [true; 20]),
        ];
        let actions = [
            ViewDirectory,
            EditOwnProfile,
            ReadThreads,
            PostInThreads,
            FlagPosts,
            ReadNotifications,
            RegisterForEvents,
            TakePartInProjects,
            ManageOwnOrganization,
            ReviewApplications,
            ManageAccounts,
            ManageRecognitions,
            ModeratePosts,
            ViewModerationLog,
            ManageCategories,
            ManageEvents,
            ReviewProjects,
            ChangeRoles,
            ReferPatients,
            ReviewReferrals,
        ];
        for (role, expected) in table {
            for (action, want) in actions.iter().zip(expected) {
                assert_eq!(allows(role, *action), want, "{role:?} {action:?}");
            }
        }
    }

    #[test]
    fn invitations_stand_only_while_their_inviter_may_invite() {
        let inviter = Person {
            id: UserId(7),
            role: Role::OrgAdmin,
            organization_id: ORG_A,
        };
        assert!(invitation_stands(&inviter, UserStatus::Active, ORG_A));
        assert!(!invitation_stands(&inviter, UserStatus::Suspended, ORG_A));
        let demoted = Person {
            role: Role::Member,
            ..inviter
        };
        assert!(!invitation_stands(&demoted, UserStatus::Active, ORG_A));
        let moved = Person {
            organization_id: OrganizationId(2),
            ..inviter
        };
        assert!(!invitation_stands(&moved, UserStatus::Active, ORG_A));
    }
}
