//! Organizations: the profile their administrators edit, their people (listed and removed by
//! the organization admin), and the recognitions (JIH, AMTAC) that staff record.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect,
};

use super::account::{other_account, person_name, person_of};

use crate::model::audit::AuditKind;
use crate::model::directory::split_codes;
use crate::model::organization::OrgMember;
use crate::model::organization::{OrgProfileForm, OwnOrganization, Recognitions};
use crate::model::permissions;
use crate::model::vocab::{COUNTRIES, PREFECTURES, find};
use crate::model::{AppError, Bilingual, OrganizationId, UserId, UserStatus, search};
use crate::server::audit::Event;
use crate::server::auth::Actor;
use crate::server::db::begin_write;
use crate::server::db::entity::{organization, user};

/// The search haystack of an organization: both names, and the country and prefecture in both
/// languages.
pub fn organization_search_text(
    name_ja: &str,
    name_en: &str,
    country: &str,
    prefecture: Option<&str>,
) -> String {
    let country = find(COUNTRIES, country);
    let pref = prefecture.and_then(|p| find(PREFECTURES, p));
    search::haystack([
        name_ja,
        name_en,
        country.map_or("", |c| c.ja),
        country.map_or("", |c| c.en),
        pref.map_or("", |p| p.ja),
        pref.map_or("", |p| p.en),
    ])
}

async fn find_org(
    db: &impl ConnectionTrait,
    id: OrganizationId,
) -> Result<organization::Model, AppError> {
    organization::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The profile of organization `id` as its form shows it.
pub async fn own(db: &DatabaseConnection, id: OrganizationId) -> Result<OwnOrganization, AppError> {
    Ok(as_own(find_org(db, id).await?))
}

fn as_own(o: organization::Model) -> OwnOrganization {
    OwnOrganization {
        id: o.id,
        country: o.country,
        profile: OrgProfileForm {
            name_ja: o.name_ja,
            name_en: o.name_en,
            website: o.website,
            prefecture: o.prefecture.unwrap_or_default(),
            specialties: split_codes(&o.specialties),
            languages: split_codes(&o.languages),
            description_ja: o.description_ja,
            description_en: o.description_en,
        },
    }
}

/// Validates and saves the profile of organization `id` (one UPDATE, search text included),
/// and its match rows.
pub async fn update_profile(
    db: &DatabaseConnection,
    id: OrganizationId,
    form: &OrgProfileForm,
) -> Result<OwnOrganization, AppError> {
    let org = find_org(db, id).await?;
    AppError::check(form.validate(&org.country))?;
    let f = form.normalized();
    let prefecture = Some(f.prefecture.clone()).filter(|p| !p.is_empty());
    let search_text =
        organization_search_text(&f.name_ja, &f.name_en, &org.country, prefecture.as_deref());
    let mut row = org.into_active_model();
    row.search_text = Set(search_text);
    row.name_ja = Set(f.name_ja);
    row.name_en = Set(f.name_en);
    row.website = Set(f.website);
    row.prefecture = Set(prefecture);
    row.specialties = Set(f.specialties.join(","));
    row.languages = Set(f.languages.join(","));
    row.description_ja = Set(f.description_ja);
    row.description_en = Set(f.description_en);
    let txn = begin_write(db).await?;
    // The UPDATE returns the saved row: no second query to show it.
    let saved = row.update(&txn).await?;
    txn.commit().await?;
    Ok(as_own(saved))
}

/// Records the JIH / AMTAC recognitions of organization `id`.
pub async fn set_recognitions(
    db: &DatabaseConnection,
    actor: &Actor,
    id: OrganizationId,
    r: Recognitions,
) -> Result<Recognitions, AppError> {
    let txn = begin_write(db).await?;
    let mut row = find_org(&txn, id).await?.into_active_model();
    row.jih_recommended = Set(r.jih);
    row.amtac_accredited = Set(r.amtac);
    row.update(&txn).await?;
    Event::by(actor, AuditKind::RecognitionsChanged)
        .organization(id)
        .detail(format!("JIH: {}, AMTAC: {}", r.jih, r.amtac))
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(r)
}

fn org_member(u: user::Model) -> OrgMember {
    OrgMember {
        id: u.id,
        name: person_name(&u),
        organization_id: u.organization_id,
        role: u.role,
        status: u.status,
        email: u.email,
    }
}

/// The active people of one organization.
pub async fn list_members(
    db: &DatabaseConnection,
    organization_id: OrganizationId,
) -> Result<Vec<OrgMember>, AppError> {
    let rows = user::Entity::find()
        .filter(user::Column::OrganizationId.eq(organization_id))
        .filter(user::Column::Status.eq(UserStatus::Active))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(org_member).collect())
}

/// An organization admin removes a colleague: the account is deactivated (its history stays)
/// and its sessions stop working at once.
pub async fn remove_member(
    db: &DatabaseConnection,
    actor: &Actor,
    user_id: UserId,
) -> Result<(), AppError> {
    let target = other_account(db, actor, user_id).await?;
    permissions::check_remove_member(&actor.person(), &person_of(&target))?;
    let txn = begin_write(db).await?;
    let mut row = target.into_active_model();
    row.status = Set(UserStatus::Suspended);
    let target = row.update(&txn).await?;
    super::session::end_all(&txn, target.id).await?;
    Event::by(actor, AuditKind::MemberRemoved)
        .user(target.id)
        .organization(target.organization_id)
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// The names of `ids`' organizations.
pub async fn names(
    db: &impl ConnectionTrait,
    ids: impl Iterator<Item = OrganizationId>,
) -> Result<HashMap<OrganizationId, Bilingual>, AppError> {
    let ids: Vec<OrganizationId> = ids.collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name()))
        .collect())
}

/// The ids of an organization's active people (those told of what concerns it).
pub async fn people(
    db: &impl ConnectionTrait,
    organization_id: OrganizationId,
) -> Result<Vec<UserId>, AppError> {
    people_in(db, [organization_id]).await
}

/// The ids of the active people of these organizations.
pub async fn people_in(
    db: &impl ConnectionTrait,
    organizations: impl IntoIterator<Item = OrganizationId>,
) -> Result<Vec<UserId>, AppError> {
    Ok(user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::OrganizationId.is_in(organizations))
        .filter(user::Column::Status.eq(UserStatus::Active))
        .into_tuple()
        .all(db)
        .await?)
}
