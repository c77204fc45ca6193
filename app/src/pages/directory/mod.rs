//! The member directory: the searchable list and an organization's profile.

mod list;
mod profile;

pub use list::DirectoryPage;
pub use profile::{OrganizationPage, ProfileData, load_profile};

use crate::i18n::term_label;
use crate::model::Locale;
use crate::model::directory::OrgSummary;
use crate::model::vocab::{COUNTRIES, PREFECTURES};

/// The organization's name in the reader's language, falling back to the other one.
pub fn org_name(o: &OrgSummary, locale: Locale) -> String {
    o.name.get(locale).to_string()
}

/// "Tokyo, Japan" or "東京都(日本)".
pub fn org_location(o: &OrgSummary, locale: Locale) -> String {
    let country = term_label(COUNTRIES, &o.country, locale);
    match &o.prefecture {
        Some(p) => {
            let pref = term_label(PREFECTURES, p, locale);
            if locale == Locale::Ja {
                format!("{pref}({country})")
            } else {
                format!("{pref}, {country}")
            }
        }
        None => country,
    }
}
