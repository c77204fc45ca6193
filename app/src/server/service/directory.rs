//! The member directory: active organizations, searched and filtered, and their profiles.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};

use super::account::person_name;
use crate::model::directory::{
    DirectoryPage, DirectoryQuery, OrgContact, OrgProfile, OrgSummary, split_codes,
};
use crate::model::{
    AppError, Bilingual, Field, OrgKind, OrgStatus, OrganizationId, UserStatus, search,
};
use crate::server::db::entity::{organization, user};
use crate::server::db::{contains_literal, list_has};

pub const PAGE_SIZE: u64 = 30;

fn summary(o: organization::Model) -> OrgSummary {
    OrgSummary {
        id: o.id,
        kind: o.kind,
        name: o.name(),
        country: o.country,
        prefecture: o.prefecture,
        specialties: split_codes(&o.specialties),
        jih: o.jih_recommended,
        amtac: o.amtac_accredited,
    }
}

/// Organizations whose names (in kanji, kana or Latin letters) or place hold every word of
/// `query`, in any of the forms `search::fold` makes equal.
pub fn text_has(query: &str) -> Condition {
    search::fold(query)
        .split(' ')
        .filter(|t| !t.is_empty())
        .fold(Condition::all(), |cond, term| {
            cond.add(Expr::col(organization::Column::SearchText).like(contains_literal(term)))
        })
}

pub async fn search(
    db: &DatabaseConnection,
    q: &DirectoryQuery,
) -> Result<DirectoryPage, AppError> {
    AppError::check(search::check_query(Field::Query, &q.q))?;
    let mut cond = Condition::all()
        .add(organization::Column::Status.eq(OrgStatus::Active))
        .add(text_has(&q.q));
    if let Some(kind) = OrgKind::parse(&q.kind) {
        cond = cond.add(organization::Column::Kind.eq(kind));
    }
    if !q.country.is_empty() {
        cond = cond.add(organization::Column::Country.eq(q.country.as_str()));
    }
    if !q.specialty.is_empty() {
        cond = cond.add(list_has(organization::Column::Specialties, &q.specialty));
    }
    match q.badge.as_str() {
        "jih" => cond = cond.add(organization::Column::JihRecommended.eq(true)),
        "amtac" => cond = cond.add(organization::Column::AmtacAccredited.eq(true)),
        _ => {}
    }
    let paginator = organization::Entity::find()
        .filter(cond)
        .order_by_asc(organization::Column::NameEn)
        .order_by_asc(organization::Column::Id)
        .paginate(db, PAGE_SIZE);
    let total = paginator.num_items().await?;
    let page = std::cmp::max(q.page, 1);
    let items = paginator.fetch_page(u64::from(page - 1)).await?;
    Ok(DirectoryPage {
        total,
        page,
        pages: std::cmp::max(total.div_ceil(PAGE_SIZE), 1) as u32,
        items: items.into_iter().map(summary).collect(),
    })
}

/// The public profile of an active organization, with its active people.
pub async fn profile(db: &DatabaseConnection, id: OrganizationId) -> Result<OrgProfile, AppError> {
    let org = organization::Entity::find_by_id(id)
        .filter(organization::Column::Status.eq(OrgStatus::Active))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let people = user::Entity::find()
        .filter(user::Column::OrganizationId.eq(id))
        .filter(user::Column::Status.eq(UserStatus::Active))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?;
    let contacts = people
        .iter()
        .map(|u| OrgContact {
            name: person_name(u),
            role: u.role,
        })
        .collect();
    Ok(OrgProfile {
        website: org.website.clone(),
        languages: split_codes(&org.languages),
        description: Bilingual::new(&org.description_ja, &org.description_en),
        contacts,
        summary: summary(org),
    })
}
