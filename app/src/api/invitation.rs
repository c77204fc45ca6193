//! Invitations: an organization admin invites colleagues and revokes open invitations; the
//! invitee, without an account yet, opens the link and creates one.

use leptos::prelude::*;

use crate::model::invitation::{AcceptInvitationForm, InvitationInfo, InvitationSummary};
use crate::model::{AppError, InvitationId, Role};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::{client_ip, log_in, require};
    pub use crate::server::service::invitation;
    pub use crate::server::state::app_state;
}

#[server]
pub async fn list_invitations() -> Result<Vec<InvitationSummary>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    invitation::list_open(&state.db, actor.organization_id()).await
}

#[server]
pub async fn create_invitation(email: String, role: Role) -> Result<InvitationSummary, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    invitation::create(&state.db, state.mailer(), &actor, &email, role).await
}

#[server]
pub async fn revoke_invitation(id: InvitationId) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    invitation::revoke(&state.db, &actor, id).await
}

/// What the invitation link is for; public, since the invitee has no account yet.
#[server]
pub async fn get_invitation(token: String) -> Result<InvitationInfo, AppError> {
    use self::ssr::*;
    invitation::info(&app_state()?.db, &token).await
}

/// Creates the invitee's account and logs them in.
#[server]
pub async fn accept_invitation(form: AcceptInvitationForm) -> Result<(), AppError> {
    use self::ssr::*;
    let ip = client_ip().await;
    let user = invitation::accept(&app_state()?.db, form, &ip).await?;
    log_in(&user).await
}
