//! sea-orm entities: one table each, no logic.

pub mod audit_event;
pub mod invitation;
pub mod login_throttle;
pub mod mail_outbox;
pub mod membership_application;
pub mod organization;
pub mod password_reset;
pub mod recovery_code;
pub mod session;
pub mod two_factor;
pub mod user;
