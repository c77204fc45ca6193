//! Membership applications: a visitor applies; staff review.

use leptos::prelude::*;

use crate::model::membership::{ApplicationForm, ApplicationSummary};
use crate::model::{AppError, ApplicationId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::{client_ip, require};
    pub use crate::server::service::membership;
    pub use crate::server::state::app_state;
}

/// Anyone may apply; the account waits for staff approval.
#[server]
pub async fn apply_for_membership(form: ApplicationForm) -> Result<(), AppError> {
    use self::ssr::*;
    let state = app_state()?;
    let ip = client_ip().await;
    membership::submit(&state.db, state.mailer(), form, &ip)
        .await
        .map(|_| ())
}

/// Confirms the applicant's e-mail address through the mailed link; the application then goes
/// to staff.
#[server]
pub async fn confirm_application(token: String) -> Result<(), AppError> {
    use self::ssr::*;
    let state = app_state()?;
    let ip = client_ip().await;
    membership::confirm(&state.db, state.mailer(), &token, &ip).await
}

#[server]
pub async fn list_applications() -> Result<Vec<ApplicationSummary>, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ReviewApplications).await?;
    membership::list_pending(&state.db).await
}

#[server]
pub async fn approve_application(id: ApplicationId) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReviewApplications).await?;
    membership::decide(&state.db, state.mailer(), &actor, id, true, "").await
}

#[server]
pub async fn reject_application(id: ApplicationId, reason: String) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReviewApplications).await?;
    membership::decide(&state.db, state.mailer(), &actor, id, false, &reason).await
}
