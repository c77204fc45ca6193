//! Who is logged in, as every page sees it.

use serde::{Deserialize, Serialize};

use super::ids::{OrganizationId, UserId};
use super::names::PersonName;
use super::permissions::Person;
use super::{Bilingual, Locale, Role};

/// The logged-in user, as every page sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: UserId,
    pub email: String,
    pub name: PersonName,
    pub role: Role,
    pub locale: Locale,
    pub time_zone: String,
    pub organization_id: OrganizationId,
    pub organization_name: Bilingual,
    /// Two-step verification is on for the account.
    pub two_factor_enabled: bool,
    /// Notifications not read yet (the header shows the count).
    pub unread_notifications: u64,
    /// For moderators: the posts waiting in the review queue.
    pub review_queue: Option<u64>,
}

impl CurrentUser {
    /// The role requires two-step verification and it is not set up yet: until it is, the
    /// server refuses everything but setting it up.
    pub fn must_set_up_two_factor(&self) -> bool {
        super::two_factor::required_for(self.role) && !self.two_factor_enabled
    }

    /// The logged-in user as the object rules see them.
    pub fn person(&self) -> Person {
        Person {
            id: self.id,
            role: self.role,
            organization_id: self.organization_id,
        }
    }
}
