//! Generated projects for benchmarks: outbound and inbound, across the partner countries, every
//! phase and the support kinds, led by the active organizations in turn; one in twenty waits
//! for review. A thousand rows per statement; the match rows are written afresh.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};

use super::db::entity::{organization, project, project_participant, user};
use crate::model::organization::OrgStatus;
use crate::model::project::{
    ParticipantRole, ParticipantStatus, ProjectDirection, ProjectPhase, ProjectStatus, SupportKind,
    partner_countries,
};
use crate::model::vocab::{SPECIALTIES, Term};
use crate::model::{AppError, OrganizationId, ProjectId, UserId, UserStatus};

/// Rows per insert statement.
const CHUNK: usize = 1000;

/// Adds `count` generated projects, each with its lead organization taking part.
pub async fn seed_bulk_projects(db: &DatabaseConnection, count: usize) -> Result<(), AppError> {
    let leads: Vec<OrganizationId> = organization::Entity::find()
        .select_only()
        .column(organization::Column::Id)
        .filter(organization::Column::Status.eq(OrgStatus::Active))
        .order_by_asc(organization::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let proposer: Option<UserId> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Status.eq(UserStatus::Active))
        .order_by_asc(user::Column::Id)
        .into_tuple()
        .one(db)
        .await?;
    let (Some(proposer), false) = (proposer, leads.is_empty()) else {
        return Err(AppError::Internal);
    };
    let countries: Vec<&Term> = partner_countries().collect();
    let start = Utc::now() - Duration::days(365);
    let txn = db.begin().await?;
    let before: Option<ProjectId> = project::Entity::find()
        .select_only()
        .column(project::Column::Id)
        .order_by_desc(project::Column::Id)
        .into_tuple()
        .one(&txn)
        .await?;
    for chunk in (0..count).collect::<Vec<_>>().chunks(CHUNK) {
        project::Entity::insert_many(chunk.iter().map(|&n| {
            let country = countries[n % countries.len()];
            let specialty = &SPECIALTIES[(n / 3) % SPECIALTIES.len()];
            let other = &SPECIALTIES[(n * 7 + 1) % SPECIALTIES.len()];
            let status = if n % 20 == 0 {
                ProjectStatus::Proposed
            } else {
                ProjectStatus::Published
            };
            let at = start + Duration::minutes(n as i64 * 50);
            let support: Vec<&str> = SupportKind::ALL
                .iter()
                .enumerate()
                .filter(|(k, _)| (n >> k) & 1 == 1 || *k == n % SupportKind::ALL.len())
                .map(|(_, s)| s.as_str())
                .collect();
            project::ActiveModel {
                direction: Set(if n % 4 == 0 {
                    ProjectDirection::Inbound
                } else {
                    ProjectDirection::Outbound
                }),
                title_ja: Set(format!(
                    "{}・{}協力 第{}号",
                    country.ja,
                    specialty.ja,
                    n + 1
                )),
                title_en: Set(format!(
                    "{} cooperation in {} No. {}",
                    specialty.en,
                    country.en,
                    n + 1
                )),
                summary_ja: Set("ベンチマーク用に生成されたプロジェクトです。".into()),
                summary_en: Set("A project generated for benchmarks.".into()),
                country: Set(country.code.into()),
                region: Set(String::new()),
                partners: Set(String::new()),
                phase: Set(ProjectPhase::ALL[n % ProjectPhase::ALL.len()]),
                status: Set(status),
                lead_organization_id: Set(leads[n % leads.len()]),
                support: Set(support.join(",")),
                specialties: Set(format!("{},{}", specialty.code, other.code)),
                languages: Set("ja,en".into()),
                backed: Set(n % 9 == 0),
                return_reason: Set(None),
                proposed_by: Set(proposer),
                published_at: Set((status == ProjectStatus::Published).then_some(at)),
                created_at: Set(at),
                updated_at: Set(at),
                ..Default::default()
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    let rows: Vec<(ProjectId, OrganizationId, chrono::DateTime<Utc>)> = project::Entity::find()
        .select_only()
        .columns([
            project::Column::Id,
            project::Column::LeadOrganizationId,
            project::Column::CreatedAt,
        ])
        .filter(project::Column::Id.gt(before.map_or(0, |p| p.0)))
        .order_by_asc(project::Column::Id)
        .into_tuple()
        .all(&txn)
        .await?;
    for chunk in rows.chunks(CHUNK) {
        project_participant::Entity::insert_many(chunk.iter().map(|&(id, lead, at)| {
            project_participant::ActiveModel {
                project_id: Set(id),
                organization_id: Set(lead),
                role: Set(ParticipantRole::Lead),
                status: Set(ParticipantStatus::Active),
                contribution: Set(String::new()),
                reason: Set(None),
                requested_by: Set(proposer),
                decided_by: Set(None),
                created_at: Set(at),
                updated_at: Set(at),
                ..Default::default()
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}
