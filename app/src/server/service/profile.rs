//! One's own profile: names, language, time zone and password.

use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, IntoActiveModel};

use super::account::{person_name, set_name};
use super::password_reset::end_open_links;
use crate::model::Field;
use crate::model::audit::AuditKind;
use crate::model::profile::{ProfileForm, validate_password_change};
use crate::model::{AppError, ErrorCode, Locale};
use crate::server::audit::Event;
use crate::server::auth::Actor;
use crate::server::db::begin_write;
use crate::server::db::entity::user;
use crate::server::password;

pub async fn update_profile(
    db: &DatabaseConnection,
    actor: &Actor,
    form: ProfileForm,
) -> Result<(), AppError> {
    AppError::check(form.validate())?;
    let name = form.name.trimmed();
    let mut row = actor.user.clone().into_active_model();
    set_name(&mut row, name, &actor.user.email);
    row.locale = Set(Locale::parse(&form.locale)
        .ok_or_else(|| AppError::field(Field::Locale, ErrorCode::InvalidChoice))?);
    row.time_zone = Set(form.time_zone);
    row.update(db).await?;
    Ok(())
}

/// Sets a new password after checking the current one; every other session of the account ends
/// (`session_key` is the caller's, which goes on).
pub async fn change_password(
    db: &DatabaseConnection,
    actor: &Actor,
    session_key: &str,
    current: &str,
    new: &str,
    confirm: &str,
) -> Result<user::Model, AppError> {
    let mut errors = validate_password_change(new, confirm);
    password::check_strength(
        &mut errors,
        Field::NewPassword,
        new,
        &actor.user.email,
        &person_name(&actor.user),
    );
    if !password::verify(current, &actor.user.password_hash).await {
        errors.insert(
            0,
            crate::model::FieldError::new(Field::CurrentPassword, ErrorCode::WrongPassword),
        );
    }
    AppError::check(errors)?;
    let password_hash = password::hash(new).await?;
    let txn = begin_write(db).await?;
    let mut row = actor.user.clone().into_active_model();
    row.password_hash = Set(password_hash);
    let account = row.update(&txn).await?;
    end_open_links(&txn, account.id).await?;
    super::session::end_others(&txn, account.id, session_key).await?;
    Event::by(actor, AuditKind::PasswordChanged)
        .user(account.id)
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(account)
}
