//! Integration tests against the real router and a real database (a SQLite file, and a fresh
//! PostgreSQL database when `TEST_DATABASE_URL` is set). One test binary with a module per
//! area: one link step instead of one per file keeps build time and disk use down.

#[macro_use]
mod common;

mod account;
mod audit;
mod auth;
mod calendar;
mod category;
mod digest;
mod directory;
mod event;
mod invitation;
mod membership;
mod moderation;
mod operations;
mod organization;
mod pages;
mod password_reset;
mod permissions;
mod post;
mod profile;
mod project;
mod project_join;
mod project_link;
mod project_match;
mod project_progress;
mod referral;
mod registrant;
mod registration;
mod server_fns;
mod session;
mod thread;
mod two_factor;
