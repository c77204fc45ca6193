//! Logging in and out, resetting a forgotten password, the current user, and the interface
//! language.

use leptos::prelude::*;

use crate::model::account::CurrentUser;
use crate::model::{AppError, Locale};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::server::auth::{client_ip, current_actor, log_in, log_out};
    pub use crate::server::service::{accounts, password_resets};
    pub use crate::server::state::app_state;
}

/// The logged-in user, or `None` for a visitor.
#[server]
pub async fn get_current_user() -> Result<Option<CurrentUser>, AppError> {
    use self::ssr::*;
    let state = app_state()?;
    match current_actor(&state).await? {
        Some(actor) => Ok(Some(accounts::current_user(&state.db, &actor.user).await?)),
        None => Ok(None),
    }
}

#[server]
pub async fn login(email: String, password: String) -> Result<CurrentUser, AppError> {
    use self::ssr::*;
    let state = app_state()?;
    let ip = client_ip().await;
    let user = accounts::log_in(&state.db, &email, &password, &ip).await?;
    log_in(&user).await?;
    crate::i18n::server::set_locale_cookie(user.locale);
    accounts::current_user(&state.db, &user).await
}

#[server]
pub async fn logout() -> Result<(), AppError> {
    use self::ssr::*;
    log_out().await
}

/// Mails a password-reset link if the address belongs to an active account. The answer is the
/// same either way, so nobody learns who is a member.
#[server]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    use self::ssr::*;
    let state = app_state()?;
    let ip = client_ip().await;
    password_resets::request(
        &state.db,
        state.mail.as_ref(),
        &state.public_url,
        &email,
        &ip,
    )
    .await
}

/// Whether a reset link can still be used.
#[server]
pub async fn check_password_reset(token: String) -> Result<(), AppError> {
    use self::ssr::*;
    password_resets::check(&app_state()?.db, &token).await
}

/// Sets a new password through a reset link and logs this browser in; other sessions end.
#[server]
pub async fn reset_password(
    token: String,
    new_password: String,
    new_password_confirm: String,
) -> Result<(), AppError> {
    use self::ssr::*;
    let state = app_state()?;
    let user =
        password_resets::complete(&state.db, &token, &new_password, &new_password_confirm).await?;
    log_in(&user).await
}

/// Remembers the interface language in a cookie, and on the account when logged in.
#[server]
pub async fn set_locale(locale: Locale) -> Result<(), AppError> {
    use self::ssr::*;
    crate::i18n::server::set_locale_cookie(locale);
    let state = app_state()?;
    if let Some(actor) = current_actor(&state).await? {
        accounts::set_locale(&state.db, &actor, locale).await?;
    }
    Ok(())
}
