//! An organization admin's view of their own organization: colleagues and invitations; and the
//! invitee's side of an invitation.

use leptos::prelude::*;

use crate::model::account::{AcceptInvitationForm, InvitationInfo, InvitationSummary, OrgMember};
use crate::model::{AppError, Role};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::{log_in, require};
    pub use crate::server::service::{accounts, invitations};
    pub use crate::server::state::app_state;
}

#[server]
pub async fn list_org_members() -> Result<Vec<OrgMember>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    accounts::list_org_members(&state.db, actor.organization_id()).await
}

#[server]
pub async fn remove_org_member(user_id: i32) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    accounts::remove_member(&state.db, &actor, user_id).await
}

#[server]
pub async fn list_invitations() -> Result<Vec<InvitationSummary>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    invitations::list_open(&state.db, actor.organization_id()).await
}

#[server]
pub async fn create_invitation(email: String, role: Role) -> Result<InvitationSummary, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    invitations::create(
        &state.db,
        state.mail.as_ref(),
        &state.public_url,
        &actor,
        &email,
        role,
    )
    .await
}

#[server]
pub async fn revoke_invitation(id: i32) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    invitations::revoke(&state.db, &actor, id).await
}

/// What the invitation link is for; public, since the invitee has no account yet.
#[server]
pub async fn get_invitation(token: String) -> Result<InvitationInfo, AppError> {
    use self::ssr::*;
    invitations::info(&app_state()?.db, &token).await
}

/// Creates the invitee's account and logs them in.
#[server]
pub async fn accept_invitation(form: AcceptInvitationForm) -> Result<(), AppError> {
    use self::ssr::*;
    let user = invitations::accept(&app_state()?.db, form).await?;
    log_in(user.id).await
}
