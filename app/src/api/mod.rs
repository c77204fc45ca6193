//! Server functions, one file per area. Each body: who is calling → may they → one service call.

pub mod admin;
pub mod auth;
pub mod directory;
pub mod membership;
pub mod organization;
pub mod profile;
