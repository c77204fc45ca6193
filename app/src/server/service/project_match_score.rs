//! `model::project::match_score` as SQL, so that the database scores thousands of rows and
//! hands back the few shown: for one organization's offer over the projects' needs
//! (`of_projects`), and for one project's needs over the organizations' offers
//! (`of_organizations`). An integration test checks that both rank as the rule does
//! (`match_score`, and `rank_offers` for the organizations).

use sea_orm::ColumnTrait;
use sea_orm::sea_query::{Expr, ExprTrait};

use crate::model::project::{Needs, Offer, SupportKind};
use crate::server::db::entity::{organization, project};
use crate::server::db::list_has;

/// 1 where the code list in `column` holds `code`, else 0.
fn has(column: impl ColumnTrait, code: &str) -> Expr {
    Expr::case(list_has(column, code), 1).finally(0).into()
}

/// How many of `codes` the code list in `column` holds.
fn hits<'c>(column: impl ColumnTrait + Copy, codes: impl IntoIterator<Item = &'c String>) -> Expr {
    codes
        .into_iter()
        .fold(Expr::val(0), |sum, code| sum.add(has(column, code)))
}

/// The specialties' points, and the languages' points when some specialty counts.
fn with_languages(specialties: Expr, languages: Expr) -> Expr {
    let counts = specialties.clone().gt(0);
    specialties.add(Expr::case(counts, languages).finally(0))
}

/// `match_score(needs of each project, offer)`.
pub fn of_projects(offer: &Offer) -> Expr {
    use project::Column as P;
    let any = i32::from(!offer.specialties.is_empty());
    let expertise = Expr::case(list_has(P::Support, SupportKind::Expertise.as_str()), any);
    let specialties = Expr::case(Expr::col(P::Specialties).eq(""), expertise.finally(0))
        .finally(hits(P::Specialties, &offer.specialties).mul(3));
    with_languages(specialties.into(), hits(P::Languages, &offer.languages))
}

/// `match_score(needs, offer of each organization)`.
pub fn of_organizations(needs: &Needs) -> Expr {
    use organization::Column as O;
    let specialties = if !needs.specialties.is_empty() {
        hits(O::Specialties, &needs.specialties).mul(3)
    } else if needs.support.contains(&SupportKind::Expertise) {
        Expr::case(Expr::col(O::Specialties).ne(""), 1)
            .finally(0)
            .into()
    } else {
        Expr::val(0)
    };
    with_languages(specialties, hits(O::Languages, &needs.languages))
}
