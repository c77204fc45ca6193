//! One's own profile and password.

use leptos::prelude::*;

use crate::model::AppError;
use crate::model::profile::ProfileForm;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::{current_session_key, log_in, require};
    pub use crate::server::service::profile;
}

#[server]
pub async fn update_profile(form: ProfileForm) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::EditOwnProfile).await?;
    let locale = crate::model::Locale::parse(&form.locale);
    profile::update_profile(&state.db, &actor, form).await?;
    if let Some(locale) = locale {
        crate::i18n::server::set_locale_cookie(locale);
    }
    Ok(())
}

#[server]
pub async fn change_password(
    current_password: String,
    new_password: String,
    new_password_confirm: String,
) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::EditOwnProfile).await?;
    let user = profile::change_password(
        &state.db,
        &actor,
        &current_session_key().await?,
        &current_password,
        &new_password,
        &new_password_confirm,
    )
    .await?;
    // This session goes on under the new password; every other one ends.
    log_in(&user).await
}
