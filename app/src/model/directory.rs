//! The member directory: organization summaries, profiles and the search filters.

use serde::{Deserialize, Serialize};

use super::ids::OrganizationId;
use super::names::PersonName;
use super::{Bilingual, OrgKind, Role};

/// Filters for the directory; empty strings mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DirectoryQuery {
    pub q: String,
    pub kind: String,
    pub country: String,
    pub specialty: String,
    /// "jih", "amtac" or empty.
    pub badge: String,
    /// 1-based; 0 is read as 1.
    pub page: u32,
}

/// One page of directory results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPage {
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub items: Vec<OrgSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgSummary {
    pub id: OrganizationId,
    pub kind: OrgKind,
    pub name: Bilingual,
    pub country: String,
    pub prefecture: Option<String>,
    pub specialties: Vec<String>,
    pub jih: bool,
    pub amtac: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgProfile {
    pub summary: OrgSummary,
    pub website: String,
    pub languages: Vec<String>,
    pub description: Bilingual,
    pub contacts: Vec<OrgContact>,
}

/// A person listed on an organization's profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgContact {
    pub name: PersonName,
    pub role: Role,
}

/// Splits a stored comma-separated code list.
pub fn split_codes(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn split_codes_ignores_blanks() {
        assert_eq!(super::split_codes("a, b,,c "), ["a", "b", "c"]);
        assert!(super::split_codes("").is_empty());
    }
}
