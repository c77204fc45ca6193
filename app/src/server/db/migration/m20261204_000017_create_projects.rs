//! Globalization projects: the project (direction, bilingual title and summary, where, phase,
//! its review, the support it seeks), the organizations taking part and their requests to
//! join, its milestones, its timeline of updates, and who follows it.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum UserAccount {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Project {
    Table,
    Id,
    Direction,
    TitleJa,
    TitleEn,
    SummaryJa,
    SummaryEn,
    Country,
    Region,
    Partners,
    Phase,
    Status,
    LeadOrganizationId,
    /// Comma-separated codes, as the directory's lists are.
    Support,
    Specialties,
    Languages,
    Backed,
    ReturnReason,
    ProposedBy,
    PublishedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProjectParticipant {
    Table,
    Id,
    ProjectId,
    OrganizationId,
    Role,
    Status,
    Contribution,
    Reason,
    RequestedBy,
    DecidedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProjectMilestone {
    Table,
    Id,
    ProjectId,
    Position,
    TitleJa,
    TitleEn,
    DueOn,
    DoneAt,
    DoneBy,
}

#[derive(DeriveIden)]
enum ProjectUpdate {
    Table,
    Id,
    ProjectId,
    AuthorId,
    OrganizationId,
    Body,
    BodyHtml,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ProjectFollow {
    Table,
    ProjectId,
    UserId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Project::Table)
                    .col(pk_auto(Project::Id))
                    .col(text(Project::Direction))
                    .col(text(Project::TitleJa))
                    .col(text(Project::TitleEn))
                    .col(text(Project::SummaryJa))
                    .col(text(Project::SummaryEn))
                    .col(text(Project::Country))
                    .col(text(Project::Region))
                    .col(text(Project::Partners))
                    .col(text(Project::Phase))
                    .col(text(Project::Status))
                    .col(integer(Project::LeadOrganizationId))
                    .col(text(Project::Support))
                    .col(text(Project::Specialties))
                    .col(text(Project::Languages))
                    .col(boolean(Project::Backed))
                    .col(text_null(Project::ReturnReason))
                    .col(integer(Project::ProposedBy))
                    .col(timestamp_with_time_zone_null(Project::PublishedAt))
                    .col(timestamp_with_time_zone(Project::CreatedAt))
                    .col(timestamp_with_time_zone(Project::UpdatedAt))
                    .foreign_key(&mut fk(
                        "fk_project_lead",
                        (Project::Table, Project::LeadOrganizationId),
                        (Organization::Table, Organization::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_project_proposed_by",
                        (Project::Table, Project::ProposedBy),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "idx_project_status_updated",
                [Project::Status, Project::UpdatedAt],
            ),
            ("idx_project_country", [Project::Country, Project::Status]),
        ] {
            manager
                .create_index(index(name, Project::Table, columns))
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ProjectParticipant::Table)
                    .col(pk_auto(ProjectParticipant::Id))
                    .col(integer(ProjectParticipant::ProjectId))
                    .col(integer(ProjectParticipant::OrganizationId))
                    .col(text(ProjectParticipant::Role))
                    .col(text(ProjectParticipant::Status))
                    .col(text(ProjectParticipant::Contribution))
                    .col(text_null(ProjectParticipant::Reason))
                    .col(integer(ProjectParticipant::RequestedBy))
                    .col(integer_null(ProjectParticipant::DecidedBy))
                    .col(timestamp_with_time_zone(ProjectParticipant::CreatedAt))
                    .col(timestamp_with_time_zone(ProjectParticipant::UpdatedAt))
                    .foreign_key(&mut fk(
                        "fk_project_participant_project",
                        (ProjectParticipant::Table, ProjectParticipant::ProjectId),
                        (Project::Table, Project::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_project_participant_organization",
                        (
                            ProjectParticipant::Table,
                            ProjectParticipant::OrganizationId,
                        ),
                        (Organization::Table, Organization::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_project_participant_requested_by",
                        (ProjectParticipant::Table, ProjectParticipant::RequestedBy),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    "idx_project_participant_unique",
                    ProjectParticipant::Table,
                    [
                        ProjectParticipant::ProjectId,
                        ProjectParticipant::OrganizationId,
                    ],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_project_participant_organization",
                ProjectParticipant::Table,
                [
                    ProjectParticipant::OrganizationId,
                    ProjectParticipant::Status,
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProjectMilestone::Table)
                    .col(pk_auto(ProjectMilestone::Id))
                    .col(integer(ProjectMilestone::ProjectId))
                    .col(integer(ProjectMilestone::Position))
                    .col(text(ProjectMilestone::TitleJa))
                    .col(text(ProjectMilestone::TitleEn))
                    .col(date_null(ProjectMilestone::DueOn))
                    .col(timestamp_with_time_zone_null(ProjectMilestone::DoneAt))
                    .col(integer_null(ProjectMilestone::DoneBy))
                    .foreign_key(&mut fk(
                        "fk_project_milestone_project",
                        (ProjectMilestone::Table, ProjectMilestone::ProjectId),
                        (Project::Table, Project::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_project_milestone_project",
                ProjectMilestone::Table,
                [ProjectMilestone::ProjectId, ProjectMilestone::Position],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProjectUpdate::Table)
                    .col(pk_auto(ProjectUpdate::Id))
                    .col(integer(ProjectUpdate::ProjectId))
                    .col(integer(ProjectUpdate::AuthorId))
                    .col(integer(ProjectUpdate::OrganizationId))
                    .col(text(ProjectUpdate::Body))
                    .col(text(ProjectUpdate::BodyHtml))
                    .col(timestamp_with_time_zone(ProjectUpdate::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_project_update_project",
                        (ProjectUpdate::Table, ProjectUpdate::ProjectId),
                        (Project::Table, Project::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_project_update_author",
                        (ProjectUpdate::Table, ProjectUpdate::AuthorId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_project_update_project",
                ProjectUpdate::Table,
                [ProjectUpdate::ProjectId, ProjectUpdate::CreatedAt],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProjectFollow::Table)
                    .col(integer(ProjectFollow::ProjectId))
                    .col(integer(ProjectFollow::UserId))
                    .col(timestamp_with_time_zone(ProjectFollow::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(ProjectFollow::ProjectId)
                            .col(ProjectFollow::UserId),
                    )
                    .foreign_key(&mut fk(
                        "fk_project_follow_project",
                        (ProjectFollow::Table, ProjectFollow::ProjectId),
                        (Project::Table, Project::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_project_follow_user",
                        (ProjectFollow::Table, ProjectFollow::UserId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
