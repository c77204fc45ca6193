//! Demo data for a fresh database, and bulk organizations and members for benchmarks.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, TransactionTrait,
};

use super::db::entity::{membership_application as application, organization, two_factor, user};
use super::password;
use super::seed_data::{ORGANIZATIONS, SeedOrg, USERS};
use super::service::account::NewUser;
use super::service::organization::organization_search_text;
use crate::model::names::PersonName;
use crate::model::two_factor::required_for;
use crate::model::vocab::{COUNTRIES, PREFECTURES, SPECIALTIES};
use crate::model::{AppError, ApplicationStatus, OrgKind, OrgStatus, OrganizationId, UserStatus};

/// The password of every demo account (listed in the README).
pub const DEMO_PASSWORD: &str = "Forum-demo-2026";
/// The authenticator-app key of the demo staff and admin accounts, whose roles require
/// two-step verification (listed in the README, base32).
pub const DEMO_TOTP_SECRET: &str = "MEJFORUMDEMOSTAFFKEYTWOSTEPVERIF";

fn org_row(o: &SeedOrg, created_at: chrono::DateTime<Utc>) -> organization::ActiveModel {
    organization::ActiveModel {
        kind: Set(o.kind),
        name_ja: Set(o.name_ja.to_string()),
        name_en: Set(o.name_en.to_string()),
        country: Set(o.country.to_string()),
        prefecture: Set(o.prefecture.map(String::from)),
        website: Set(o.website.to_string()),
        specialties: Set(o.specialties.join(",")),
        languages: Set(o.languages.join(",")),
        description_ja: Set(o.description_ja.to_string()),
        description_en: Set(o.description_en.to_string()),
        jih_recommended: Set(o.jih),
        amtac_accredited: Set(o.amtac),
        status: Set(o.status),
        search_text: Set(organization_search_text(
            o.name_ja,
            o.name_en,
            o.country,
            o.prefecture,
        )),
        created_at: Set(created_at),
        ..Default::default()
    }
}

/// Fills an empty database with the demo organizations and people; does nothing otherwise.
/// Returns whether it seeded.
pub async fn seed_demo(db: &DatabaseConnection) -> Result<bool, AppError> {
    if organization::Entity::find().count(db).await? > 0 {
        return Ok(false);
    }
    // One hash serves every demo account: hashing 45 times would only slow the start.
    let hash = password::hash(DEMO_PASSWORD).await?;
    let now = Utc::now();
    let txn = db.begin().await?;
    let mut ids = std::collections::HashMap::new();
    for (i, o) in ORGANIZATIONS.iter().enumerate() {
        let created = now - Duration::days(400 - i as i64 * 10);
        let row = org_row(o, created).insert(&txn).await?;
        ids.insert(o.key, row.id);
    }
    let mut user_ids = std::collections::HashMap::new();
    for u in USERS {
        let org_id = *ids.get(u.org).ok_or(AppError::Internal)?;
        let name = PersonName {
            family_name: u.family_name.into(),
            given_name: u.given_name.into(),
            family_name_kana: u.family_name_kana.unwrap_or_default().into(),
            given_name_kana: u.given_name_kana.unwrap_or_default().into(),
            romanized_name: u.romanized_name.unwrap_or_default().into(),
        };
        let mut row = NewUser {
            organization_id: org_id,
            email: u.email,
            password_hash: hash.clone(),
            name,
            locale: u.locale,
            time_zone: u.time_zone,
            role: u.role,
            status: u.status,
        }
        .into_row();
        // The demo's members joined long ago (a new member's first posts wait for approval);
        // applicants are waiting for their decision.
        row.created_at = Set(if u.status == UserStatus::Pending {
            now - Duration::days(2)
        } else {
            now - Duration::days(400)
        });
        let row = row.insert(&txn).await?;
        user_ids.insert(u.email, row.id);
        if required_for(u.role) {
            two_factor::ActiveModel {
                user_id: Set(row.id),
                secret: Set(DEMO_TOTP_SECRET.to_string()),
                enabled_at: Set(Some(now)),
                last_step: Set(None),
                created_at: Set(now),
            }
            .insert(&txn)
            .await?;
        }
        if u.status == UserStatus::Pending {
            application::ActiveModel {
                organization_id: Set(org_id),
                applicant_id: Set(row.id),
                status: Set(ApplicationStatus::Pending),
                reason: Set(None),
                reviewed_by: Set(None),
                reviewed_at: Set(None),
                created_at: Set(now - Duration::days(2)),
                email_confirmed_at: Set(Some(now - Duration::days(2))),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    super::seed_threads::seed_threads(&txn, |email| user_ids.get(email).copied(), now).await?;
    // An organization's projects were proposed by its first active person (by staff for an
    // organization without one on the platform).
    let mut first_of = std::collections::HashMap::new();
    for u in USERS.iter().filter(|u| u.status == UserStatus::Active) {
        if let (Some(&org), Some(&user)) = (ids.get(u.org), user_ids.get(u.email)) {
            first_of.entry(org).or_insert(user);
        }
    }
    let staff = user_ids.get("staff@example.jp").copied();
    super::seed_projects::seed_projects(
        &txn,
        &ids,
        |org| first_of.get(&org).copied().or(staff),
        now,
    )
    .await?;
    super::seed_referrals::seed_referrals(
        &txn,
        &ids,
        |email| user_ids.get(email).copied(),
        |org| first_of.get(&org).copied(),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// The demo site: `seed_demo`, and the demo events with their registrations (tests seed the
/// people only, and make the events they need).
pub async fn seed_demo_site(db: &DatabaseConnection) -> Result<bool, AppError> {
    let seeded = seed_demo(db).await?;
    if seeded {
        let txn = db.begin().await?;
        super::seed_events::seed_events(&txn, Utc::now()).await?;
        super::seed_digests::seed_digests(&txn, Utc::now()).await?;
        super::seed_projects::seed_project_links(&txn).await?;
        txn.commit().await?;
    }
    Ok(seeded)
}

/// Adds `count` generated active organizations (for benchmarks and load tests).
pub async fn seed_bulk_organizations(
    db: &DatabaseConnection,
    count: usize,
) -> Result<(), AppError> {
    let now = Utc::now();
    let txn = db.begin().await?;
    let kinds = [
        OrgKind::Hospital,
        OrgKind::Clinic,
        OrgKind::Company,
        OrgKind::Association,
        OrgKind::Society,
    ];
    for i in 0..count {
        let pref = &PREFECTURES[i % PREFECTURES.len()];
        let country = if i % 7 == 0 {
            &COUNTRIES[(i / 7) % COUNTRIES.len()]
        } else {
            &COUNTRIES[0]
        };
        let spec = [
            SPECIALTIES[i % SPECIALTIES.len()].code,
            SPECIALTIES[(i * 7 + 3) % SPECIALTIES.len()].code,
        ];
        let name_ja = format!("{}第{}医療センター", pref.ja, i + 1);
        let name_en = format!("{} Medical Center No. {}", pref.en, i + 1);
        let o = SeedOrg {
            key: "",
            kind: kinds[i % kinds.len()],
            name_ja: "",
            name_en: "",
            country: country.code,
            prefecture: (country.code == "JP").then_some(pref.code),
            website: "https://bench.example",
            specialties: &[],
            languages: &["ja", "en"],
            jih: i % 5 == 0,
            amtac: i % 11 == 0,
            description_ja: "ベンチマーク用に生成された組織です。",
            description_en: "An organization generated for benchmarks.",
            status: OrgStatus::Active,
        };
        let mut row = org_row(&o, now);
        row.search_text = Set(organization_search_text(
            &name_ja,
            &name_en,
            o.country,
            o.prefecture,
        ));
        row.name_ja = Set(name_ja);
        row.name_en = Set(name_en);
        row.specialties = Set(spec.join(","));
        row.insert(&txn).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The MEJ secretariat, the organization of MEJ's own staff and admins: the one real
/// organization among the demo data.
pub fn secretariat_row() -> (&'static str, organization::ActiveModel) {
    let secretariat = &ORGANIZATIONS[0];
    (secretariat.name_en, org_row(secretariat, Utc::now()))
}

/// Adds `count` members for benchmarks (`burst{i}@bench.example`, with the demo password),
/// spread over the active organizations in turn; a thousand rows per statement.
pub async fn seed_bulk_members(db: &DatabaseConnection, count: usize) -> Result<(), AppError> {
    let hash = password::hash(DEMO_PASSWORD).await?;
    let orgs: Vec<OrganizationId> = organization::Entity::find()
        .filter(organization::Column::Status.eq(OrgStatus::Active))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    let emails: Vec<String> = (0..count)
        .map(|i| format!("burst{i}@bench.example"))
        .collect();
    let rows: Vec<_> = emails
        .iter()
        .enumerate()
        .map(|(i, email)| {
            NewUser {
                organization_id: orgs[i % orgs.len()],
                email,
                password_hash: hash.clone(),
                name: PersonName {
                    family_name: "計測".into(),
                    given_name: format!("{i}番"),
                    family_name_kana: "けいそく".into(),
                    given_name_kana: "ばん".into(),
                    romanized_name: format!("BURST No{i}"),
                },
                locale: crate::model::Locale::En,
                time_zone: "Asia/Tokyo",
                role: crate::model::Role::Member,
                status: UserStatus::Active,
            }
            .into_row()
        })
        .collect();
    let txn = db.begin().await?;
    for chunk in rows.chunks(1000) {
        user::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(())
}
