//! Typed row ids: a user id cannot be passed where an organization id is expected. On the wire
//! and in forms an id is a plain number; on the server it is also a typed database column.

use serde::{Deserialize, Serialize};

macro_rules! id_types {
    ($($(#[$m:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$m])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "ssr", derive(sea_orm::DeriveValueType))]
        #[serde(transparent)]
        pub struct $name(pub i32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map($name)
            }
        }
    )+};
}

id_types!(
    /// A person's account.
    UserId,
    /// A member organization (or an applicant's, before approval).
    OrganizationId,
    /// A membership application.
    ApplicationId,
    /// An invitation to join an organization.
    InvitationId,
    /// A password-reset link.
    PasswordResetId,
    /// A mail in the outbox.
    MailId,
    /// A two-step verification recovery code.
    RecoveryCodeId,
    /// A category of knowledge-sharing threads.
    CategoryId,
    /// A knowledge-sharing thread.
    ThreadId,
    /// A post in a thread (its first post opens it).
    PostId,
    /// A member's flag on a post.
    FlagId,
    /// An entry of the moderation log.
    ModerationLogId,
    /// A notification to a member.
    NotificationId,
    /// An event (symposium, meeting, programme) members register for.
    EventId,
    /// An item of an event's programme.
    EventSessionId,
    /// A question an event asks at registration.
    EventQuestionId,
    /// A person's registration for an event.
    RegistrationId,
    /// A globalization project.
    ProjectId,
    /// An organization's part in a project (or its request to join).
    ParticipantId,
    /// A milestone of a project.
    MilestoneId,
    /// An entry of a project's timeline.
    ProjectUpdateId,
    /// An inbound referral: an anonymized case.
    ReferralId,
    /// A matched institution's answer to a case.
    ReferralAnswerId,
    /// A step in a case's history.
    ReferralStepId,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_numbers_on_the_wire() -> Result<(), serde_json::Error> {
        assert_eq!(serde_json::to_string(&UserId(7))?, "7");
        assert_eq!(
            serde_json::from_str::<OrganizationId>("12")?,
            OrganizationId(12)
        );
        assert_eq!("42".parse::<UserId>(), Ok(UserId(42)));
        assert!("x".parse::<UserId>().is_err());
        Ok(())
    }
}
