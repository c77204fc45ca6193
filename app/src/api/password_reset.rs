//! A forgotten password: asking for a link by mail, checking it, and choosing a new password
//! through it. All public: the person cannot log in.

use leptos::prelude::*;

use crate::model::AppError;
use crate::model::two_factor::LoginStep;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::server::auth::{client_ip, enter};
    pub use crate::server::service::password_reset;
    pub use crate::server::state::app_state;
}

/// Mails a password-reset link if the address belongs to an active account. The answer is the
/// same either way, so nobody learns who is a member.
#[server]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    use self::ssr::*;
    let state = app_state()?;
    let ip = client_ip().await;
    password_reset::request(&state.db, state.mailer(), &email, &ip).await
}

/// Whether a reset link can still be used.
#[server]
pub async fn check_password_reset(token: String) -> Result<(), AppError> {
    use self::ssr::*;
    password_reset::check(&app_state()?.db, &token).await
}

/// Sets a new password through a reset link and logs this browser in (after the code, when
/// two-step verification is on); other sessions end.
#[server]
pub async fn reset_password(
    token: String,
    new_password: String,
    new_password_confirm: String,
) -> Result<LoginStep, AppError> {
    use self::ssr::*;
    let state = app_state()?;
    let ip = client_ip().await;
    let entry =
        password_reset::complete(&state.db, &token, &new_password, &new_password_confirm, &ip)
            .await?;
    crate::api::auth::signed_in(&state.db, enter(entry).await?).await
}
