//! Events and their registrations: the event (bilingual, in its own time zone, with seats, a
//! per-organization limit, a registration window, approval and visibility), its programme, its
//! questions, the organizations invited to it, and one registration per person and event with
//! its place on the waiting list.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum UserAccount {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Notification {
    Table,
    EventId,
}

#[derive(DeriveIden)]
enum Event {
    Table,
    Id,
    Kind,
    Format,
    Status,
    Visibility,
    TitleJa,
    TitleEn,
    DescriptionJa,
    DescriptionEn,
    DescriptionJaHtml,
    DescriptionEnHtml,
    StartsAt,
    EndsAt,
    TimeZone,
    VenueJa,
    VenueEn,
    Address,
    OnlineUrl,
    Capacity,
    OrganizationLimit,
    OpensAt,
    ClosesAt,
    RequiresApproval,
    /// The next place on the waiting list (a counter kept in the registration's transaction).
    WaitlistNext,
    CancelReason,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EventInvitation {
    Table,
    EventId,
    OrganizationId,
}

#[derive(DeriveIden)]
enum EventSession {
    Table,
    Id,
    EventId,
    Position,
    StartsAt,
    EndsAt,
    TitleJa,
    TitleEn,
    Speakers,
}

#[derive(DeriveIden)]
enum EventQuestion {
    Table,
    Id,
    EventId,
    Position,
    Kind,
    LabelJa,
    LabelEn,
    Options,
    Required,
}

#[derive(DeriveIden)]
enum Registration {
    Table,
    Id,
    EventId,
    UserId,
    OrganizationId,
    Status,
    WaitlistSeq,
    Answers,
    RegisteredBy,
    Reason,
    CheckedInAt,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Event::Table)
                    .col(pk_auto(Event::Id))
                    .col(string(Event::Kind))
                    .col(string(Event::Format))
                    .col(string(Event::Status))
                    .col(string(Event::Visibility))
                    .col(string(Event::TitleJa))
                    .col(string(Event::TitleEn))
                    .col(text(Event::DescriptionJa))
                    .col(text(Event::DescriptionEn))
                    .col(text(Event::DescriptionJaHtml))
                    .col(text(Event::DescriptionEnHtml))
                    .col(timestamp_with_time_zone(Event::StartsAt))
                    .col(timestamp_with_time_zone(Event::EndsAt))
                    .col(string(Event::TimeZone))
                    .col(string(Event::VenueJa))
                    .col(string(Event::VenueEn))
                    .col(text(Event::Address))
                    .col(string_null(Event::OnlineUrl))
                    .col(integer(Event::Capacity))
                    .col(integer_null(Event::OrganizationLimit))
                    .col(timestamp_with_time_zone_null(Event::OpensAt))
                    .col(timestamp_with_time_zone_null(Event::ClosesAt))
                    .col(boolean(Event::RequiresApproval))
                    .col(integer(Event::WaitlistNext).default(1))
                    .col(text_null(Event::CancelReason))
                    .col(integer(Event::CreatedBy))
                    .col(timestamp_with_time_zone(Event::CreatedAt))
                    .col(timestamp_with_time_zone(Event::UpdatedAt))
                    .foreign_key(&mut fk(
                        "fk_event_created_by",
                        (Event::Table, Event::CreatedBy),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // Lists: upcoming and past events by start.
        manager
            .create_index(index(
                "idx_event_status_starts",
                Event::Table,
                [Event::Status, Event::StartsAt],
            ))
            .await?;
        manager
            .create_index(index("idx_event_starts", Event::Table, [Event::StartsAt]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventInvitation::Table)
                    .col(integer(EventInvitation::EventId))
                    .col(integer(EventInvitation::OrganizationId))
                    .primary_key(
                        Index::create()
                            .col(EventInvitation::EventId)
                            .col(EventInvitation::OrganizationId),
                    )
                    .foreign_key(&mut fk(
                        "fk_event_invitation_event",
                        (EventInvitation::Table, EventInvitation::EventId),
                        (Event::Table, Event::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_event_invitation_organization",
                        (EventInvitation::Table, EventInvitation::OrganizationId),
                        (Organization::Table, Organization::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_event_invitation_organization",
                EventInvitation::Table,
                [EventInvitation::OrganizationId],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventSession::Table)
                    .col(pk_auto(EventSession::Id))
                    .col(integer(EventSession::EventId))
                    .col(integer(EventSession::Position))
                    .col(timestamp_with_time_zone(EventSession::StartsAt))
                    .col(timestamp_with_time_zone(EventSession::EndsAt))
                    .col(string(EventSession::TitleJa))
                    .col(string(EventSession::TitleEn))
                    .col(text(EventSession::Speakers))
                    .foreign_key(&mut fk(
                        "fk_event_session_event",
                        (EventSession::Table, EventSession::EventId),
                        (Event::Table, Event::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_event_session_event",
                EventSession::Table,
                [EventSession::EventId, EventSession::Position],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventQuestion::Table)
                    .col(pk_auto(EventQuestion::Id))
                    .col(integer(EventQuestion::EventId))
                    .col(integer(EventQuestion::Position))
                    .col(string(EventQuestion::Kind))
                    .col(string(EventQuestion::LabelJa))
                    .col(string(EventQuestion::LabelEn))
                    .col(text(EventQuestion::Options))
                    .col(boolean(EventQuestion::Required))
                    .foreign_key(&mut fk(
                        "fk_event_question_event",
                        (EventQuestion::Table, EventQuestion::EventId),
                        (Event::Table, Event::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_event_question_event",
                EventQuestion::Table,
                [EventQuestion::EventId, EventQuestion::Position],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Registration::Table)
                    .col(pk_auto(Registration::Id))
                    .col(integer(Registration::EventId))
                    .col(integer(Registration::UserId))
                    .col(integer(Registration::OrganizationId))
                    .col(string(Registration::Status))
                    .col(integer_null(Registration::WaitlistSeq))
                    .col(text(Registration::Answers))
                    .col(integer(Registration::RegisteredBy))
                    .col(text_null(Registration::Reason))
                    .col(timestamp_with_time_zone_null(Registration::CheckedInAt))
                    .col(timestamp_with_time_zone(Registration::CreatedAt))
                    .col(timestamp_with_time_zone(Registration::UpdatedAt))
                    .foreign_key(&mut fk(
                        "fk_registration_event",
                        (Registration::Table, Registration::EventId),
                        (Event::Table, Event::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_registration_user",
                        (Registration::Table, Registration::UserId),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_registration_organization",
                        (Registration::Table, Registration::OrganizationId),
                        (Organization::Table, Organization::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_registration_registered_by",
                        (Registration::Table, Registration::RegisteredBy),
                        (UserAccount::Table, UserAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // One registration per person and event (registering again reuses it); no two people
        // at one place on an event's waiting list.
        manager
            .create_index(
                index(
                    "idx_registration_event_user",
                    Registration::Table,
                    [Registration::EventId, Registration::UserId],
                )
                .unique()
                .take(),
            )
            .await?;
        manager
            .create_index(
                index(
                    "idx_registration_event_waitlist",
                    Registration::Table,
                    [Registration::EventId, Registration::WaitlistSeq],
                )
                .unique()
                .take(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_registration_event_status",
                Registration::Table,
                [Registration::EventId, Registration::Status],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_registration_event_organization",
                Registration::Table,
                [Registration::EventId, Registration::OrganizationId],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_registration_user",
                Registration::Table,
                [Registration::UserId],
            ))
            .await?;
        // A notification tells of a post or of an event (a seat freed for a waiting member).
        manager
            .alter_table(
                Table::alter()
                    .table(Notification::Table)
                    .add_column(integer_null(Notification::EventId))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
