//! Accounts as staff see them in the admin area.

use serde::{Deserialize, Serialize};

use super::ids::{OrganizationId, UserId};
use super::names::PersonName;
use super::permissions::Person;
use super::{Bilingual, Role, UserStatus};

/// An account as staff see it in the admin area.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub id: UserId,
    pub organization_id: OrganizationId,
    pub email: String,
    pub name: PersonName,
    pub role: Role,
    pub status: UserStatus,
    pub organization_name: Bilingual,
}

impl AccountSummary {
    pub fn person(&self) -> Person {
        Person {
            id: self.id,
            role: self.role,
            organization_id: self.organization_id,
        }
    }
}
