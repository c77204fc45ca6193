//! sea-orm entities: one table each, no logic.

pub mod audit_event;
pub mod category;
pub mod invitation;
pub mod login_throttle;
pub mod mail_outbox;
pub mod membership_application;
pub mod moderation_claim;
pub mod moderation_log;
pub mod notification;
pub mod organization;
pub mod password_reset;
pub mod post;
pub mod post_bookmark;
pub mod post_flag;
pub mod post_revision;
pub mod recovery_code;
pub mod session;
pub mod thread;
pub mod thread_follow;
pub mod thread_read;
pub mod two_factor;
pub mod user;
