//! Shared types and pure domain rules, compiled for both the server and the browser.

pub mod account;
pub mod audit;
pub mod auth;
pub mod bilingual;
pub mod calendar;
pub mod category;
pub mod code_enum;
pub mod digest;
pub mod directory;
pub mod error;
pub mod event;
pub mod event_answers;
pub mod event_form;
pub mod event_view;
pub mod field;
pub mod identifiers;
pub mod ids;
pub mod invitation;
pub mod locale;
pub mod membership;
pub mod mention;
pub mod moderation;
pub mod names;
pub mod notification;
pub mod organization;
pub mod permissions;
pub mod post;
pub mod profile;
pub mod project;
pub mod project_form;
pub mod project_join;
pub mod project_match;
pub mod project_match_code;
pub mod project_progress;
pub mod project_view;
pub mod referral;
pub mod referral_view;
pub mod registrant;
pub mod registration;
pub mod role;
pub mod search;
pub mod session;
pub mod thread;
pub mod two_factor;
pub mod validation;
pub mod vocab;

pub use bilingual::Bilingual;
pub use error::{AppError, AppResult, ConflictKind, ErrorCode, FieldError};
pub use field::Field;
pub use ids::{
    ApplicationId, CategoryId, EventId, EventQuestionId, EventSessionId, FlagId, InvitationId,
    MailId, MilestoneId, ModerationLogId, NotificationId, OrganizationId, ParticipantId,
    PasswordResetId, PostId, ProjectId, ProjectUpdateId, RecoveryCodeId, ReferralAnswerId,
    ReferralId, ReferralStepId, RegistrationId, ThreadId, UserId,
};
pub use locale::Locale;
pub use membership::ApplicationStatus;
pub use organization::{OrgKind, OrgStatus};
pub use role::{Role, UserStatus};
