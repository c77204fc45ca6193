//! Logging in and out, the current user, and the interface language.

use leptos::prelude::*;

use crate::model::auth::CurrentUser;
use crate::model::two_factor::LoginStep;
use crate::model::{AppError, Locale};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::server::auth::{PageCache, client_ip, current_actor, enter, log_out};
    pub use crate::server::service::auth;
    pub use crate::server::state::app_state;
}

/// The logged-in user, or `None` for a visitor.
#[server]
pub async fn get_current_user() -> Result<Option<CurrentUser>, AppError> {
    use self::ssr::*;
    let state = app_state()?;
    // The header and the page each ask during one render: the answer is made once.
    PageCache::current_user(|| async {
        match current_actor(&state).await? {
            Some(actor) => Ok(Some(auth::current_user(&state.db, &actor.user).await?)),
            None => Ok(None),
        }
    })
    .await
}

/// Checks the password; logs in, or asks for the second step when two-step verification is on.
#[server]
pub async fn login(email: String, password: String) -> Result<LoginStep, AppError> {
    use self::ssr::*;
    let state = app_state()?;
    let ip = client_ip().await;
    let entry = auth::log_in(&state.db, &email, &password, &ip).await?;
    signed_in(&state.db, enter(entry).await?).await
}

/// What a client learns after `enter`: the logged-in user (whose language the interface takes
/// from now on), or that the code comes next.
#[cfg(feature = "ssr")]
pub(crate) async fn signed_in(
    db: &sea_orm::DatabaseConnection,
    user: Option<crate::server::db::entity::user::Model>,
) -> Result<LoginStep, AppError> {
    let Some(user) = user else {
        return Ok(LoginStep::CodeNeeded);
    };
    crate::i18n::server::set_locale_cookie(user.locale);
    Ok(LoginStep::SignedIn(Box::new(
        ssr::auth::current_user(db, &user).await?,
    )))
}

#[server]
pub async fn logout() -> Result<(), AppError> {
    use self::ssr::*;
    log_out().await
}

/// Remembers the interface language in a cookie, and on the account when logged in.
#[server]
pub async fn set_locale(locale: Locale) -> Result<(), AppError> {
    use self::ssr::*;
    crate::i18n::server::set_locale_cookie(locale);
    let state = app_state()?;
    if let Some(actor) = current_actor(&state).await? {
        auth::set_locale(&state.db, &actor, locale).await?;
    }
    Ok(())
}
