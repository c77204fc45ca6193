//! Server-only code: database, services, sessions, mail and demo data. Never compiled to WASM.

pub mod audit;
pub mod auth;
pub mod db;
pub mod ics;
pub mod mail;
pub mod markdown;
pub mod outbox;
pub mod page_status;
pub mod password;
pub mod seed;
pub mod seed_bulk;
pub mod seed_bulk_projects;
pub mod seed_data;
pub mod seed_digests;
pub mod seed_events;
pub mod seed_projects;
pub mod seed_referrals;
pub mod seed_threads;
pub mod service;
pub mod session_store;
pub mod site;
pub mod state;
pub mod token;
pub mod zone;
