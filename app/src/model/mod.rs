//! Shared types and pure domain rules, compiled for both the server and the browser.

pub mod account;
pub mod directory;
pub mod error;
pub mod names;
pub mod organization;
pub mod permissions;
pub mod roles;
pub mod search;
pub mod validation;
pub mod vocab;

pub use error::{AppError, ErrorCode, FieldError};
pub use roles::{Locale, OrgKind, OrgStatus, Role, UserStatus};
