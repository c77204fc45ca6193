//! Globalization projects: the list (filtered, with where its projects are), one project's
//! page, proposing one (the proposer's organization leads it), editing it (a returned proposal
//! is proposed again), and staff's review (publish, or return with a reason) and backing.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select,
    sea_query::IntoCondition,
};

use super::directory::text_has;
use super::notification::{Subject, tell};
use super::organization::{names, people};
use super::project_link;
use super::project_progress::{follow, progress};
use crate::model::directory::split_codes;
use crate::model::notification::NotificationKind;
use crate::model::permissions::{Action, Person, allows};
use crate::model::project::{
    Part, ParticipantRole, ParticipantStatus, ProjectStatus, SupportKind, may_be_named,
    may_decide_requests, may_edit, may_post_update, may_request_to_join, may_see,
};
use crate::model::project_form::{ProjectDraft, ProjectForm, Review};
use crate::model::project_view::{
    CountryCount, OrganizationChoice, PROJECTS_PER_PAGE, ParticipantView, ProjectList,
    ProjectQuery, ProjectRights, ProjectSummary, ProjectView,
};
use crate::model::thread::{clamp_page, page_count};
use crate::model::{AppError, Bilingual, ConflictKind, Field, OrganizationId, ProjectId, search};
use crate::server::db::entity::{organization, project, project_participant};
use crate::server::db::{begin_write, list_has};

/// The projects `viewer` may see that match `query`, a page at a time, most recently changed
/// first; and every selected project's country, for the map.
pub async fn list(
    db: &impl ConnectionTrait,
    viewer: &Person,
    query: &ProjectQuery,
) -> Result<ProjectList, AppError> {
    AppError::check(search::check_query(Field::Query, &query.org))?;
    let find = selection(viewer, query);
    let countries = countries(db, find.clone()).await?;
    let paginator = find
        .order_by_desc(project::Column::UpdatedAt)
        .order_by_desc(project::Column::Id)
        .paginate(db, PROJECTS_PER_PAGE);
    let total = paginator.num_items().await?;
    let pages = page_count(total, PROJECTS_PER_PAGE);
    let page = clamp_page(query.page, pages);
    let rows = paginator.fetch_page(u64::from(page - 1)).await?;
    let leads = names(db, rows.iter().map(|p| p.lead_organization_id)).await?;
    Ok(ProjectList {
        total,
        page,
        pages,
        items: rows.iter().map(|p| summary(p, &leads)).collect(),
        countries,
        organization: chosen(db, query).await?,
    })
}

/// The organization the list is narrowed to, named for its chip.
async fn chosen(
    db: &impl ConnectionTrait,
    query: &ProjectQuery,
) -> Result<Option<OrganizationChoice>, AppError> {
    let Some(id) = query.organization else {
        return Ok(None);
    };
    Ok(names(db, [id].into_iter())
        .await?
        .remove(&id)
        .map(|name| OrganizationChoice { id, name }))
}

/// The projects `viewer` may see that `query` selects.
fn selection(viewer: &Person, query: &ProjectQuery) -> Select<project::Entity> {
    let mut find = project::Entity::find();
    find = if !query.in_review {
        find.filter(project::Column::Status.eq(ProjectStatus::Published))
    } else if allows(viewer.role, Action::ReviewProjects) {
        find.filter(project::Column::Status.eq(ProjectStatus::Proposed))
    } else {
        find.filter(project::Column::Status.ne(ProjectStatus::Published))
            .filter(project::Column::LeadOrganizationId.eq(viewer.organization_id))
    };
    if let Some(direction) = query.direction {
        find = find.filter(project::Column::Direction.eq(direction));
    }
    if !query.country.is_empty() {
        find = find.filter(project::Column::Country.eq(query.country.as_str()));
    }
    if let Some(phase) = query.phase {
        find = find.filter(project::Column::Phase.eq(phase));
    }
    if let Some(support) = query.support {
        find = find.filter(list_has(project::Column::Support, support.as_str()));
    }
    if let Some(organization) = query.organization {
        find = find.filter(taken_part_by(
            project_participant::Column::OrganizationId.eq(organization),
        ));
    }
    if !query.org.trim().is_empty() {
        find = find.filter(taken_part_by(
            project_participant::Column::OrganizationId.in_subquery(
                Query::select()
                    .column(organization::Column::Id)
                    .from(organization::Entity)
                    .cond_where(text_has(&query.org))
                    .to_owned(),
            ),
        ));
    }
    find
}

/// The projects in which an organization `which` selects takes part.
fn taken_part_by(which: impl IntoCondition) -> Expr {
    project::Column::Id.in_subquery(
        Query::select()
            .column(project_participant::Column::ProjectId)
            .from(project_participant::Entity)
            .cond_where(which)
            .and_where(project_participant::Column::Status.eq(ParticipantStatus::Active))
            .to_owned(),
    )
}

/// How many of the selected projects are in each country, most first.
async fn countries(
    db: &impl ConnectionTrait,
    find: Select<project::Entity>,
) -> Result<Vec<CountryCount>, AppError> {
    let mut counts: Vec<CountryCount> = find
        .select_only()
        .column(project::Column::Country)
        .column_as(project::Column::Id.count(), "n")
        .group_by(project::Column::Country)
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(country, n)| CountryCount {
            country,
            projects: u32::try_from(n).unwrap_or(u32::MAX),
        })
        .collect();
    counts.sort_by(|a, b| b.projects.cmp(&a.projects).then(a.country.cmp(&b.country)));
    Ok(counts)
}

pub(super) fn summary(
    p: &project::Model,
    leads: &HashMap<OrganizationId, Bilingual>,
) -> ProjectSummary {
    ProjectSummary {
        id: p.id,
        direction: p.direction,
        phase: p.phase,
        status: p.status,
        title: p.title(),
        summary: p.summary(),
        country: p.country.clone(),
        region: p.region.clone(),
        lead: leads
            .get(&p.lead_organization_id)
            .cloned()
            .unwrap_or_default(),
        support: split_codes(&p.support)
            .iter()
            .filter_map(|c| SupportKind::parse(c))
            .collect(),
        backed: p.backed,
    }
}

/// `organization`'s row in `project`: its part, or its request to join.
pub(super) async fn participation(
    db: &impl ConnectionTrait,
    organization: OrganizationId,
    project: ProjectId,
) -> Result<Option<project_participant::Model>, AppError> {
    Ok(project_participant::Entity::find()
        .filter(project_participant::Column::ProjectId.eq(project))
        .filter(project_participant::Column::OrganizationId.eq(organization))
        .one(db)
        .await?)
}

/// `viewer`'s organization's part in `project`.
async fn part_of(
    db: &impl ConnectionTrait,
    viewer: &Person,
    project: ProjectId,
) -> Result<Option<Part>, AppError> {
    Ok(participation(db, viewer.organization_id, project)
        .await?
        .map(|r| r.part()))
}

/// The project and `viewer`'s part in it, if `viewer` may see it (otherwise: not found).
pub(super) async fn visible(
    db: &impl ConnectionTrait,
    viewer: &Person,
    id: ProjectId,
) -> Result<(project::Model, Option<Part>), AppError> {
    let project = project::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let part = part_of(db, viewer, id).await?;
    if !may_see(viewer, project.status, part) {
        return Err(AppError::NotFound);
    }
    Ok((project, part))
}

/// One project's page, if `viewer` may see it.
pub async fn view(
    db: &DatabaseConnection,
    viewer: &Person,
    id: ProjectId,
) -> Result<ProjectView, AppError> {
    let (project, part) = visible(db, viewer, id).await?;
    let rows = project_participant::Entity::find()
        .filter(project_participant::Column::ProjectId.eq(id))
        .order_by_asc(project_participant::Column::UpdatedAt)
        .all(db)
        .await?;
    let names = names(
        db,
        rows.iter()
            .map(|r| r.organization_id)
            .chain([project.lead_organization_id]),
    )
    .await?;
    let edit = may_edit(viewer, part);
    let decide = may_decide_requests(viewer, part);
    let mut view = ProjectView {
        summary: summary(&project, &names),
        partners: project.partners.clone(),
        specialties: split_codes(&project.specialties),
        languages: split_codes(&project.languages),
        return_reason: project.return_reason.clone().filter(|_| edit),
        participants: Vec::new(),
        requests: Vec::new(),
        mine: None,
        progress: progress(db, viewer, id).await?,
        threads: project_link::threads(db, id).await?,
        events: project_link::events(db, viewer, id).await?,
        rights: ProjectRights {
            edit,
            review: allows(viewer.role, Action::ReviewProjects),
            join: may_request_to_join(project.status, part).is_ok(),
            decide,
            post: may_post_update(viewer, project.status, part),
            discuss: may_be_named(project.status) && allows(viewer.role, Action::PostInThreads),
            schedule: may_be_named(project.status) && allows(viewer.role, Action::ManageEvents),
        },
    };
    for r in rows {
        let ours = r.organization_id == viewer.organization_id;
        let participant = ParticipantView {
            id: r.id,
            organization_id: r.organization_id,
            organization: names.get(&r.organization_id).cloned().unwrap_or_default(),
            role: r.role,
            status: r.status,
            contribution: r.contribution,
            reason: r.reason.filter(|_| ours),
        };
        if ours {
            view.mine = Some(participant.clone());
        }
        match participant.status {
            ParticipantStatus::Active => view.participants.push(participant),
            ParticipantStatus::Requested if decide => view.requests.push(participant),
            _ => {}
        }
    }
    view.participants
        .sort_by_key(|p| (p.role, p.organization.en.clone()));
    Ok(view)
}

/// A project as its form shows it, for those who may edit it.
pub async fn form(
    db: &impl ConnectionTrait,
    viewer: &Person,
    id: ProjectId,
) -> Result<ProjectForm, AppError> {
    let (p, part) = visible(db, viewer, id).await?;
    if !may_edit(viewer, part) {
        return Err(AppError::NotFound);
    }
    Ok(ProjectForm {
        id: Some(p.id),
        direction: p.direction.as_str().to_string(),
        title_ja: p.title_ja,
        title_en: p.title_en,
        summary_ja: p.summary_ja,
        summary_en: p.summary_en,
        country: p.country,
        region: p.region,
        partners: p.partners,
        phase: p.phase.as_str().to_string(),
        support: split_codes(&p.support),
        specialties: split_codes(&p.specialties),
        languages: split_codes(&p.languages),
    })
}

fn describe(row: &mut project::ActiveModel, d: &ProjectDraft) {
    row.direction = Set(d.direction);
    row.title_ja = Set(d.title_ja.clone());
    row.title_en = Set(d.title_en.clone());
    row.summary_ja = Set(d.summary_ja.clone());
    row.summary_en = Set(d.summary_en.clone());
    row.country = Set(d.country.clone());
    row.region = Set(d.region.clone());
    row.partners = Set(d.partners.clone());
    row.phase = Set(d.phase);
    let support: Vec<&str> = d.support.iter().map(|s| s.as_str()).collect();
    row.support = Set(support.join(","));
    row.specialties = Set(d.specialties.join(","));
    row.languages = Set(d.languages.join(","));
}

/// Proposes a new project (its form without an id) led by the proposer's organization, or
/// saves an existing one; a returned proposal saved by its lead is proposed again. Answers the
/// project's id.
pub async fn save(
    db: &DatabaseConnection,
    viewer: &Person,
    form: &ProjectForm,
) -> Result<ProjectId, AppError> {
    let draft = form
        .check()
        .map_err(|fields| AppError::Validation { fields })?;
    let now = Utc::now();
    let txn = begin_write(db).await?;
    let saved = match form.id {
        None => {
            let mut row = project::ActiveModel {
                status: Set(ProjectStatus::Proposed),
                lead_organization_id: Set(viewer.organization_id),
                backed: Set(false),
                return_reason: Set(None),
                proposed_by: Set(viewer.id),
                published_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            };
            describe(&mut row, &draft);
            let project = row.insert(&txn).await?;
            project_participant::ActiveModel {
                project_id: Set(project.id),
                organization_id: Set(viewer.organization_id),
                role: Set(ParticipantRole::Lead),
                status: Set(ParticipantStatus::Active),
                contribution: Set(String::new()),
                reason: Set(None),
                requested_by: Set(viewer.id),
                decided_by: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            follow(&txn, project.id, viewer.id).await?;
            project
        }
        Some(id) => {
            let project = project::Entity::find_by_id(id)
                .lock_exclusive()
                .one(&txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let part = part_of(&txn, viewer, id).await?;
            if !may_see(viewer, project.status, part) || !may_edit(viewer, part) {
                return Err(AppError::NotFound);
            }
            let resubmitted = project.status == ProjectStatus::Returned && Part::leads(part);
            let mut row = project.into_active_model();
            describe(&mut row, &draft);
            if resubmitted {
                row.status = Set(ProjectStatus::Proposed);
            }
            row.updated_at = Set(now);
            row.update(&txn).await?
        }
    };
    txn.commit().await?;
    Ok(saved.id)
}

/// Staff's review of a proposed project: publish it, or return it to its proposers with a
/// reason they read on its page. The lead organization's people are told either way.
pub async fn review(db: &DatabaseConnection, review: &Review) -> Result<(), AppError> {
    review
        .check()
        .map_err(|fields| AppError::Validation { fields })?;
    let txn = begin_write(db).await?;
    let project = project::Entity::find_by_id(review.id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let next = if review.publish {
        ProjectStatus::Published
    } else {
        ProjectStatus::Returned
    };
    if !project.status.may_become(next) {
        return Err(AppError::conflict(ConflictKind::AlreadyDecided));
    }
    let now = Utc::now();
    let (id, lead) = (project.id, project.lead_organization_id);
    let mut row = project.into_active_model();
    row.status = Set(next);
    row.return_reason = Set((!review.publish).then(|| review.reason.trim().to_string()));
    if review.publish {
        row.published_at = Set(Some(now));
    }
    row.updated_at = Set(now);
    row.update(&txn).await?;
    let (kind, reason) = if review.publish {
        (NotificationKind::ProjectPublished, None)
    } else {
        (
            NotificationKind::ProjectReturned,
            Some(review.reason.trim()),
        )
    };
    let proposers = people(&txn, lead).await?;
    tell(&txn, &proposers, kind, Subject::Project(id, None), reason).await?;
    txn.commit().await?;
    Ok(())
}

/// Marks a project as backed by the Forum, or takes the mark away (staff).
pub async fn back(db: &DatabaseConnection, id: ProjectId, backed: bool) -> Result<(), AppError> {
    let changed = project::Entity::update_many()
        .col_expr(project::Column::Backed, Expr::value(backed))
        .filter(project::Column::Id.eq(id))
        .exec(db)
        .await?;
    if changed.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}
