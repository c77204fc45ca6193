//! Inbound referrals: the anonymized case, the answer of each institution it reached, and its
//! history; what each institution accepts (set by its organization admins); and the case a
//! notification concerns.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
    AcceptsInternational,
    InternationalSpecialties,
}

#[derive(DeriveIden)]
enum UserAccount {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Notification {
    Table,
    ReferralId,
}

#[derive(DeriveIden)]
enum Referral {
    Table,
    Id,
    Status,
    Specialty,
    Summary,
    /// Comma-separated language codes.
    Languages,
    Country,
    Urgency,
    Earliest,
    Latest,
    Accompanied,
    OrganizationId,
    SubmittedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ReferralAnswer {
    Table,
    Id,
    ReferralId,
    OrganizationId,
    Status,
    Note,
    Earliest,
    Chosen,
    AnsweredBy,
    AnsweredAt,
}

#[derive(DeriveIden)]
enum ReferralStep {
    Table,
    Id,
    ReferralId,
    Step,
    OrganizationId,
    Answer,
    ActorId,
    Note,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one change at a time.
        for column in [
            boolean(Organization::AcceptsInternational)
                .default(false)
                .to_owned(),
            text(Organization::InternationalSpecialties)
                .default("")
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Organization::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Notification::Table)
                    .add_column(integer_null(Notification::ReferralId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Referral::Table)
                    .col(pk_auto(Referral::Id))
                    .col(text(Referral::Status))
                    .col(text(Referral::Specialty))
                    .col(text(Referral::Summary))
                    .col(text(Referral::Languages))
                    .col(text(Referral::Country))
                    .col(text(Referral::Urgency))
                    .col(date_null(Referral::Earliest))
                    .col(date_null(Referral::Latest))
                    .col(boolean(Referral::Accompanied))
                    .col(integer(Referral::OrganizationId))
                    .col(integer(Referral::SubmittedBy))
                    .col(timestamp_with_time_zone(Referral::CreatedAt))
                    .col(timestamp_with_time_zone(Referral::UpdatedAt))
                    .foreign_key(&mut fk(
                        "fk_referral_organization",
                        (Referral::Table, Referral::OrganizationId),
                        (Organization::Table, Organization::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_referral_submitted_by",
                        (Referral::Table, Referral::SubmittedBy),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_referral_organization",
                Referral::Table,
                [Referral::OrganizationId, Referral::CreatedAt],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReferralAnswer::Table)
                    .col(pk_auto(ReferralAnswer::Id))
                    .col(integer(ReferralAnswer::ReferralId))
                    .col(integer(ReferralAnswer::OrganizationId))
                    .col(text(ReferralAnswer::Status))
                    .col(text(ReferralAnswer::Note))
                    .col(date_null(ReferralAnswer::Earliest))
                    .col(boolean(ReferralAnswer::Chosen))
                    .col(integer_null(ReferralAnswer::AnsweredBy))
                    .col(timestamp_with_time_zone_null(ReferralAnswer::AnsweredAt))
                    .foreign_key(&mut fk(
                        "fk_referral_answer_referral",
                        (ReferralAnswer::Table, ReferralAnswer::ReferralId),
                        (Referral::Table, Referral::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_referral_answer_organization",
                        (ReferralAnswer::Table, ReferralAnswer::OrganizationId),
                        (Organization::Table, Organization::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    "idx_referral_answer_unique",
                    ReferralAnswer::Table,
                    [ReferralAnswer::ReferralId, ReferralAnswer::OrganizationId],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_referral_answer_organization",
                ReferralAnswer::Table,
                [ReferralAnswer::OrganizationId],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReferralStep::Table)
                    .col(pk_auto(ReferralStep::Id))
                    .col(integer(ReferralStep::ReferralId))
                    .col(text(ReferralStep::Step))
                    .col(integer_null(ReferralStep::OrganizationId))
                    .col(text_null(ReferralStep::Answer))
                    .col(integer(ReferralStep::ActorId))
                    .col(text(ReferralStep::Note))
                    .col(timestamp_with_time_zone(ReferralStep::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_referral_step_referral",
                        (ReferralStep::Table, ReferralStep::ReferralId),
                        (Referral::Table, Referral::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_referral_step_referral",
                ReferralStep::Table,
                [ReferralStep::ReferralId, ReferralStep::CreatedAt],
            ))
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
