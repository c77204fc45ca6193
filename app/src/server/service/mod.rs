//! Domain services: the rules and the queries, one module per area. They take a database
//! connection and domain inputs and know nothing of HTTP or Leptos.

pub mod accounts;
pub mod applications;
pub mod directory;
pub mod invitations;
pub mod organizations;
pub mod password_resets;
pub mod throttle;

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
};

use super::db::entity::user;
use crate::model::{
    AppError, ErrorCode, Locale, OrganizationId, Role, UserStatus, names::PersonName, search,
};

/// Fails with a field error on `field` when an account already uses `email`.
pub(crate) async fn ensure_email_free(
    conn: &impl ConnectionTrait,
    email: &str,
    field: &str,
) -> Result<(), AppError> {
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .count(conn)
        .await?;
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
        _ => AppError::from(e),
    }
}

/// Writes a (trimmed) name and the search text that goes with it into an account row.
pub(crate) fn set_name(row: &mut user::ActiveModel, name: PersonName, email: &str) {
    row.search_text = Set(person_search_text(&name, email));
    row.family_name = Set(name.family_name);
    row.given_name = Set(name.given_name);
    row.family_name_kana = Set(name.family_name_kana);
    row.given_name_kana = Set(name.given_name_kana);
    row.romanized_name = Set(name.romanized_name);
}

/// A new account, as every way of creating one (application, invitation, seed, create-admin)
/// fills it in.
pub(crate) struct NewUser<'a> {
    pub organization_id: OrganizationId,
    pub email: &'a str,
    pub password_hash: String,
    pub name: PersonName,
    pub locale: Locale,
    pub time_zone: &'a str,
    pub role: Role,
    pub status: UserStatus,
}

impl NewUser<'_> {
    pub fn into_row(self) -> user::ActiveModel {
        let mut row = user::ActiveModel {
            organization_id: Set(self.organization_id),
            email: Set(self.email.to_string()),
            password_hash: Set(self.password_hash),
            locale: Set(self.locale),
            time_zone: Set(self.time_zone.to_string()),
            role: Set(self.role),
            status: Set(self.status),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        };
        set_name(&mut row, self.name, self.email);
        row
    }
}
