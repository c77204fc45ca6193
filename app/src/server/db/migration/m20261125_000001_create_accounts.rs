//! Organizations, their people, membership applications, invitations, sessions, login
//! throttling and the mail outbox.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
    Kind,
    NameJa,
    NameEn,
    Country,
    Prefecture,
    Website,
    Specialties,
    Languages,
    DescriptionJa,
    DescriptionEn,
    JihRecommended,
    AmtacAccredited,
    Status,
    SearchText,
    CreatedAt,
}

#[derive(DeriveIden)]
enum UserAccount {
    Table,
    Id,
    OrganizationId,
    Email,
    PasswordHash,
    FamilyName,
    GivenName,
    FamilyNameKana,
    GivenNameKana,
    RomanizedName,
    Locale,
    TimeZone,
    Role,
    Status,
    SearchText,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MembershipApplication {
    Table,
    Id,
    OrganizationId,
    ApplicantId,
    Status,
    Reason,
    ReviewedBy,
    ReviewedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Invitation {
    Table,
    Id,
    OrganizationId,
    Email,
    Role,
    TokenHash,
    InvitedBy,
    ExpiresAt,
    AcceptedAt,
    RevokedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    Id,
    Data,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum LoginThrottle {
    Table,
    Key,
    Failures,
    WindowStart,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    Id,
    Recipient,
    Subject,
    Body,
    CreatedAt,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organization::Table)
                    .col(pk_auto(Organization::Id))
                    .col(string(Organization::Kind))
                    .col(string(Organization::NameJa))
                    .col(string(Organization::NameEn))
                    .col(string(Organization::Country))
                    .col(string_null(Organization::Prefecture))
                    .col(string(Organization::Website))
                    .col(string(Organization::Specialties))
                    .col(string(Organization::Languages))
                    .col(text(Organization::DescriptionJa))
                    .col(text(Organization::DescriptionEn))
                    .col(boolean(Organization::JihRecommended))
                    .col(boolean(Organization::AmtacAccredited))
                    .col(string(Organization::Status))
                    .col(text(Organization::SearchText))
                    .col(timestamp_with_time_zone(Organization::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organization_status")
                    .table(Organization::Table)
                    .col(Organization::Status)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(UserAccount::Table)
                    .col(pk_auto(UserAccount::Id))
                    .col(integer(UserAccount::OrganizationId))
                    .col(string_uniq(UserAccount::Email))
                    .col(string(UserAccount::PasswordHash))
                    .col(string(UserAccount::FamilyName))
                    .col(string(UserAccount::GivenName))
                    .col(string(UserAccount::FamilyNameKana))
                    .col(string(UserAccount::GivenNameKana))
                    .col(string(UserAccount::RomanizedName))
                    .col(string(UserAccount::Locale))
                    .col(string(UserAccount::TimeZone))
                    .col(string(UserAccount::Role))
                    .col(string(UserAccount::Status))
                    .col(text(UserAccount::SearchText))
                    .col(timestamp_with_time_zone(UserAccount::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_user_organization",
                        (UserAccount::Table, UserAccount::OrganizationId),
                        (Organization::Table, Organization::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_user_organization")
                    .table(UserAccount::Table)
                    .col(UserAccount::OrganizationId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MembershipApplication::Table)
                    .col(pk_auto(MembershipApplication::Id))
                    .col(integer(MembershipApplication::OrganizationId))
                    .col(integer(MembershipApplication::ApplicantId))
                    .col(string(MembershipApplication::Status))
                    .col(text_null(MembershipApplication::Reason))
                    .col(integer_null(MembershipApplication::ReviewedBy))
                    .col(timestamp_with_time_zone_null(
                        MembershipApplication::ReviewedAt,
                    ))
                    .col(timestamp_with_time_zone(MembershipApplication::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_application_organization",
                        (
                            MembershipApplication::Table,
                            MembershipApplication::OrganizationId,
                        ),
                        (Organization::Table, Organization::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_application_applicant",
                        (
                            MembershipApplication::Table,
                            MembershipApplication::ApplicantId,
                        ),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Invitation::Table)
                    .col(pk_auto(Invitation::Id))
                    .col(integer(Invitation::OrganizationId))
                    .col(string(Invitation::Email))
                    .col(string(Invitation::Role))
                    .col(string_uniq(Invitation::TokenHash))
                    .col(integer(Invitation::InvitedBy))
                    .col(timestamp_with_time_zone(Invitation::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Invitation::AcceptedAt))
                    .col(timestamp_with_time_zone_null(Invitation::RevokedAt))
                    .col(timestamp_with_time_zone(Invitation::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_invitation_organization",
                        (Invitation::Table, Invitation::OrganizationId),
                        (Organization::Table, Organization::Id),
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    .col(string(Session::Id).primary_key())
                    .col(text(Session::Data))
                    .col(big_integer(Session::ExpiresAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_session_expires_at")
                    .table(Session::Table)
                    .col(Session::ExpiresAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(LoginThrottle::Table)
                    .col(string(LoginThrottle::Key).primary_key())
                    .col(integer(LoginThrottle::Failures))
                    .col(big_integer(LoginThrottle::WindowStart))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MailOutbox::Table)
                    .col(pk_auto(MailOutbox::Id))
                    .col(string(MailOutbox::Recipient))
                    .col(string(MailOutbox::Subject))
                    .col(text(MailOutbox::Body))
                    .col(timestamp_with_time_zone(MailOutbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(MailOutbox::SentAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Forward-only: restoring a backup is the way back.
        Err(DbErr::Migration("this migration cannot be reverted".into()))
    }
}
