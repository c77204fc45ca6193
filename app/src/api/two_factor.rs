//! Two-step verification: one's own settings, and the code that completes a login.

use leptos::prelude::*;

use crate::model::AppError;
use crate::model::two_factor::{LoginStep, TwoFactorSetup, TwoFactorStatus};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::{awaiting_code, client_ip, enter, require};
    pub use crate::server::service::two_factor::{self, Entry};
    pub use crate::server::state::app_state;
}

#[server]
pub async fn get_two_factor_status() -> Result<TwoFactorStatus, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::SetUpTwoFactor).await?;
    two_factor::status(&state.db, &actor).await
}

/// A new key for the authenticator app (QR code and text); on only once confirmed by a code.
#[server]
pub async fn start_two_factor() -> Result<TwoFactorSetup, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::SetUpTwoFactor).await?;
    two_factor::start(&state.db, &actor).await
}

/// Turns two-step verification on with the app's first code; answers the recovery codes.
#[server]
pub async fn enable_two_factor(code: String) -> Result<Vec<String>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::SetUpTwoFactor).await?;
    two_factor::enable(&state.db, &actor, &code).await
}

#[server]
pub async fn renew_recovery_codes(current_password: String) -> Result<Vec<String>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::SetUpTwoFactor).await?;
    two_factor::renew_recovery_codes(&state.db, &actor, &current_password).await
}

/// Turns two-step verification off (the current password is typed as `password`).
#[server]
pub async fn disable_two_factor(password: String) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::SetUpTwoFactor).await?;
    two_factor::disable(&state.db, &actor, &password).await
}

/// The second step of a login: the code from the app, or a recovery code. Public: the caller is
/// not logged in yet, but must have given the right password in this browser moments ago.
#[server]
pub async fn verify_login_code(code: String) -> Result<LoginStep, AppError> {
    use self::ssr::*;
    let state = app_state()?;
    let user = awaiting_code().await?;
    let ip = client_ip().await;
    let account = two_factor::complete_login(&state.db, user, &code, &ip).await?;
    crate::api::auth::signed_in(&state.db, enter(Entry::Complete(Box::new(account))).await?).await
}
