//! A member's calendar feed: a secret address their calendar app subscribes to, listing the
//! events they hold a seat at. Only the address's SHA-256 is kept, so the address itself is
//! shown once, when it is made; making a new one ends the old one, and the member can stop it.

use serde::{Deserialize, Serialize};

use super::event_view::When;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarFeed {
    /// When the address in use was made; `None` when the member has none.
    pub since: Option<When>,
    /// The address, only in the answer that made it.
    pub address: Option<String>,
}
