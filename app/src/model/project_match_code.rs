//! The capability match as rows that can be indexed: each project's and organization's
//! specialties and languages, one (field, code) row each. Two sides match when they share a
//! specialty row, and `shared_score` — the points of every row they share — is then
//! `project::match_score`: an app server's match index looks up only the candidates sharing a
//! specialty row and scores those, instead of every project or organization.

use super::code_enum::code_enum;
use super::project::{Needs, Offer, SupportKind};

code_enum!(
    /// What a match row holds.
    MatchField {
        Specialty => "specialty",
        Language => "language",
    }
);

/// The specialty row of "some specialty": held by a project that seeks expertise without naming
/// a specialty, and by every organization that practises one.
pub const ANY_SPECIALTY: &str = "*";

/// One match row: a specialty or a working language, by its vocabulary code.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MatchCode {
    pub field: MatchField,
    pub code: String,
}

impl MatchCode {
    /// Three points for a named specialty shared, one for "some specialty" or a language.
    pub fn points(&self) -> u32 {
        if self.field == MatchField::Specialty && self.code != ANY_SPECIALTY {
            3
        } else {
            1
        }
    }
}

fn rows<'c>(
    specialties: impl IntoIterator<Item = &'c String>,
    languages: impl IntoIterator<Item = &'c String>,
) -> Vec<MatchCode> {
    let row = |field| {
        move |code: &String| MatchCode {
            field,
            code: code.clone(),
        }
    };
    specialties
        .into_iter()
        .map(row(MatchField::Specialty))
        .chain(languages.into_iter().map(row(MatchField::Language)))
        .collect()
}

impl Needs {
    /// A project's rows: the specialties it seeks, or "some specialty" when it seeks expertise
    /// without naming one (no specialty row when no profile could meet it); its languages.
    pub fn match_codes(&self) -> Vec<MatchCode> {
        let specialties: Vec<String> = if !self.specialties.is_empty() {
            self.specialties.iter().cloned().collect()
        } else if self.support.contains(&SupportKind::Expertise) {
            vec![ANY_SPECIALTY.to_string()]
        } else {
            Vec::new()
        };
        rows(&specialties, &self.languages)
    }
}

impl Offer {
    /// An organization's rows: the specialties it practises and, if any, "some specialty"; its
    /// languages.
    pub fn match_codes(&self) -> Vec<MatchCode> {
        let any = (!self.specialties.is_empty()).then(|| ANY_SPECIALTY.to_string());
        rows(self.specialties.iter().chain(&any), &self.languages)
    }
}

/// The codes of `ours` in `field`.
pub fn codes_in(ours: &[MatchCode], field: MatchField) -> Vec<String> {
    ours.iter()
        .filter(|c| c.field == field)
        .map(|c| c.code.clone())
        .collect()
}

/// The points of the rows two sides share, when they share a specialty row; else 0.
pub fn shared_score(ours: &[MatchCode], theirs: &[MatchCode]) -> u32 {
    let shared: Vec<&MatchCode> = ours.iter().filter(|c| theirs.contains(c)).collect();
    if shared.iter().any(|c| c.field == MatchField::Specialty) {
        shared.iter().map(|c| c.points()).sum()
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::model::OrganizationId;
    use crate::model::project::match_score;

    /// Every subset of `codes`.
    fn subsets(codes: &[&str]) -> Vec<BTreeSet<String>> {
        (0..1u32 << codes.len())
            .map(|bits| {
                codes
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| bits >> i & 1 == 1)
                    .map(|(_, c)| c.to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn shared_rows_score_as_the_rule_does() {
        let specialties = subsets(&["endoscopy", "oncology", "dialysis"]);
        let languages = subsets(&["en", "vi"]);
        let supports = [
            BTreeSet::new(),
            [SupportKind::Expertise].into(),
            [SupportKind::Funding].into(),
        ];
        let mut compared = 0;
        for support in &supports {
            for (ns, nl) in specialties
                .iter()
                .flat_map(|s| languages.iter().map(move |l| (s, l)))
            {
                let needs = Needs {
                    support: support.clone(),
                    specialties: ns.clone(),
                    languages: nl.clone(),
                };
                for (os, ol) in specialties
                    .iter()
                    .flat_map(|s| languages.iter().map(move |l| (s, l)))
                {
                    let offer = Offer {
                        organization_id: OrganizationId(1),
                        specialties: os.clone(),
                        languages: ol.clone(),
                    };
                    let rule = match_score(&needs, &offer);
                    assert_eq!(
                        shared_score(&needs.match_codes(), &offer.match_codes()),
                        rule,
                        "{needs:?} / {offer:?}"
                    );
                    assert_eq!(
                        shared_score(&offer.match_codes(), &needs.match_codes()),
                        rule
                    );
                    compared += 1;
                }
            }
        }
        assert_eq!(compared, 3 * 32 * 32);
    }

    #[test]
    fn a_project_seeking_expertise_without_a_specialty_holds_the_any_row() {
        let needs = Needs {
            support: [SupportKind::Expertise].into(),
            ..Needs::default()
        };
        assert_eq!(
            needs.match_codes(),
            vec![MatchCode {
                field: MatchField::Specialty,
                code: ANY_SPECIALTY.into()
            }]
        );
        let funding = Needs {
            support: [SupportKind::Funding].into(),
            languages: ["en".to_string()].into(),
            ..Needs::default()
        };
        assert_eq!(funding.match_codes().len(), 1);
        assert_eq!(funding.match_codes()[0].field, MatchField::Language);
    }

    #[test]
    fn only_an_organization_practising_something_holds_the_any_row() {
        let offer = Offer {
            specialties: ["dialysis".to_string()].into(),
            ..Offer::default()
        };
        let codes: Vec<String> = offer.match_codes().into_iter().map(|c| c.code).collect();
        assert_eq!(codes, ["dialysis", ANY_SPECIALTY]);
        assert!(Offer::default().match_codes().is_empty());
    }
}
