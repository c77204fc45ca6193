//! The permission matrix: which role may do what. Object rules (own organization, own account)
//! are checked by the services on top of this.

use super::Role;

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
}

/// Whether an active user with `role` may perform `action` at all.
pub fn allows(role: Role, action: Action) -> bool {
    use Action::*;
    match action {
        ViewDirectory | EditOwnProfile => true,
        ManageOwnOrganization => matches!(role, Role::OrgAdmin | Role::Admin),
        ReviewApplications | ManageAccounts | ManageRecognitions => role.is_staff(),
        ChangeRoles => role == Role::Admin,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix() {
        use Action::*;
        let table = [
            (
                Role::Member,
                [true, true, false, false, false, false, false],
            ),
            (
                Role::OrgAdmin,
                [true, true, true, false, false, false, false],
            ),
            (Role::Staff, [true, true, false, true, true, true, false]),
            (Role::Admin, [true, true, true, true, true, true, true]),
        ];
        let actions = [
            ViewDirectory,
            EditOwnProfile,
            ManageOwnOrganization,
            ReviewApplications,
            ManageAccounts,
            ManageRecognitions,
            ChangeRoles,
        ];
        for (role, expected) in table {
            for (action, want) in actions.iter().zip(expected) {
                assert_eq!(allows(role, *action), want, "{role:?} {action:?}");
            }
        }
    }
}
