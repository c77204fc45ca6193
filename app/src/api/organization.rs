//! An organization admin's view of their own organization: its public profile, colleagues and
//! invitations; the invitee's side of an invitation; and the recognitions staff record.

use leptos::prelude::*;

use crate::model::account::OrgMember;
use crate::model::invitation::{AcceptInvitationForm, InvitationInfo, InvitationSummary};
use crate::model::organization::{OrgProfileForm, OwnOrganization, Recognitions};
use crate::model::{AppError, InvitationId, OrganizationId, Role, UserId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::{log_in, require};
    pub use crate::server::service::{accounts, invitations, organizations};
    pub use crate::server::state::app_state;
}

#[server]
pub async fn get_own_organization() -> Result<OwnOrganization, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    organizations::own(&state.db, actor.organization_id()).await
}

#[server]
pub async fn update_own_organization(form: OrgProfileForm) -> Result<OwnOrganization, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    organizations::update_profile(&state.db, actor.organization_id(), &form).await
}

/// Staff record whether an organization is JIH-recommended and AMTAC-accredited; the form
/// leaves out unticked boxes, so both default to `false`.
#[server]
pub async fn set_recognitions(
    organization_id: OrganizationId,
    #[server(default)] recognitions: Recognitions,
) -> Result<Recognitions, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ManageRecognitions).await?;
    organizations::set_recognitions(&state.db, organization_id, recognitions).await
}

#[server]
pub async fn list_org_members() -> Result<Vec<OrgMember>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    accounts::list_org_members(&state.db, actor.organization_id()).await
}

#[server]
pub async fn remove_org_member(user_id: UserId) -> Result<(), AppError> {
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
pub async fn revoke_invitation(id: InvitationId) -> Result<(), AppError> {
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
    log_in(&user).await
}
