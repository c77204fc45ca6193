//! Domain services: the rules and the queries, one module per area. They take a database
//! connection and domain inputs and know nothing of HTTP or Leptos.

pub mod accounts;
pub mod applications;
pub mod directory;
pub mod invitations;
pub mod throttle;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::db::{entity::user, internal};
use crate::model::{AppError, ErrorCode, names::PersonName, search};

/// Fails with a field error on `field` when an account already uses `email`.
pub(crate) async fn ensure_email_free(
    conn: &impl ConnectionTrait,
    email: &str,
    field: &str,
) -> Result<(), AppError> {
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .count(conn)
        .await
        .map_err(internal)?;
    if taken > 0 {
        Err(AppError::field(field, ErrorCode::EmailTaken))
    } else {
        Ok(())
    }
}

/// The stored name of a user row.
pub(crate) fn person_name(u: &user::Model) -> PersonName {
    PersonName {
        family_name: u.family_name.clone(),
        given_name: u.given_name.clone(),
        family_name_kana: u.family_name_kana.clone(),
        given_name_kana: u.given_name_kana.clone(),
        romanized_name: u.romanized_name.clone(),
    }
}

/// The search haystack of a person: every form of the name, and the e-mail.
pub(crate) fn person_search_text(name: &PersonName, email: &str) -> String {
    search::haystack([
        name.family_name.as_str(),
        name.given_name.as_str(),
        name.family_name_kana.as_str(),
        name.given_name_kana.as_str(),
        name.romanized_name.as_str(),
        email,
    ])
}

/// The now-unique-violation of a concurrent insert, reported like the friendly check before it.
pub(crate) fn unique_violation_as(field: &'static str) -> impl Fn(sea_orm::DbErr) -> AppError {
    move |e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            AppError::field(field, ErrorCode::EmailTaken)
        }
        _ => internal(e),
    }
}
