//! Reusable components: the shell around pages, form fields with their errors, badges.

pub mod action_button;
pub mod auth;
pub mod badges;
pub mod choices;
pub mod clock;
pub mod facts;
pub mod feedback;
pub mod form;
pub mod hydrated;
pub mod layout;
pub mod moderation;
pub mod pager;
pub mod person_fields;
pub mod post_editor;
pub mod project_place;
pub mod reason_form;
pub mod table;
