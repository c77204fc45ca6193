//! What a person may be on the platform (role) and whether their account is usable (status).

use super::code_enum::code_enum;

code_enum!(
    /// What a person may do on the platform; staff and admins are MEJ's own people.
    Role { Member => "member", OrgAdmin => "org_admin", Staff => "staff", Admin => "admin" }
);

code_enum!(
    UserStatus { Pending => "pending", Active => "active", Suspended => "suspended" }
);

impl Role {
    /// Staff and admins run the Forum.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Staff | Role::Admin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(*r));
        }
        for s in UserStatus::ALL {
            assert_eq!(UserStatus::parse(s.as_str()), Some(*s));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
