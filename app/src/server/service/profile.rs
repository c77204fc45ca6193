//! One's own profile: names, language, time zone and password.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, DatabaseConnection, IntoActiveModel, TransactionTrait,
};

use super::account::set_name;
use super::password_reset::end_open_links;
use crate::model::Field;
use crate::model::profile::{ProfileForm, validate_password_change};
use crate::model::{AppError, ErrorCode, Locale};
use crate::server::auth::Actor;
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

pub async fn change_password(
    db: &DatabaseConnection,
    actor: &Actor,
    current: &str,
    new: &str,
    confirm: &str,
) -> Result<user::Model, AppError> {
    let mut errors = validate_password_change(new, confirm);
    if !password::verify(current, &actor.user.password_hash).await {
        errors.insert(
            0,
            crate::model::FieldError::new(Field::CurrentPassword, ErrorCode::WrongPassword),
        );
    }
    AppError::check(errors)?;
    let password_hash = password::hash(new).await?;
    let txn = db.begin().await?;
    let mut row = actor.user.clone().into_active_model();
    row.password_hash = Set(password_hash);
    let account = row.update(&txn).await?;
    end_open_links(&txn, account.id).await?;
    txn.commit().await?;
    Ok(account)
}
