//! Domain services: the rules and the queries, one module per area. They take a database
//! connection and domain inputs and know nothing of HTTP or Leptos.

pub mod account;
pub mod audit;
pub mod auth;
pub mod bookmark;
pub mod calendar;
pub mod category;
pub mod digest;
pub mod directory;
pub mod event;
pub mod event_edit;
pub mod event_mail;
pub mod follow;
pub mod invitation;
pub mod membership;
pub mod mention;
pub mod moderation;
pub mod notification;
pub mod organization;
pub mod password_reset;
pub mod post;
pub mod profile;
pub mod project;
pub mod project_join;
pub mod project_match;
pub mod project_progress;
pub mod registrant;
pub mod registration;
pub mod registration_queue;
pub mod session;
pub mod thread;
pub mod thread_search;
pub mod throttle;
pub mod two_factor;
