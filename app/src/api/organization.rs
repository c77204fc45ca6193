//! An organization admin's view of their own organization (its public profile and colleagues),
//! and the recognitions staff record.

use leptos::prelude::*;

use crate::model::organization::{OrgMember, OrgProfileForm, OwnOrganization, Recognitions};
use crate::model::{AppError, OrganizationId, UserId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::organization;
}

#[server]
pub async fn get_own_organization() -> Result<OwnOrganization, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    organization::own(&state.db, actor.organization_id()).await
}

#[server]
pub async fn update_own_organization(form: OrgProfileForm) -> Result<OwnOrganization, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    organization::update_profile(&state.db, actor.organization_id(), &form).await
}

/// Staff record whether an organization is JIH-recommended and AMTAC-accredited; the form
/// leaves out unticked boxes, so both default to `false`.
#[server]
pub async fn set_recognitions(
    organization_id: OrganizationId,
    #[server(default)] recognitions: Recognitions,
) -> Result<Recognitions, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageRecognitions).await?;
    organization::set_recognitions(&state.db, &actor, organization_id, recognitions).await
}

#[server]
pub async fn list_org_members() -> Result<Vec<OrgMember>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    organization::list_members(&state.db, actor.organization_id()).await
}

#[server]
pub async fn remove_org_member(user_id: UserId) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    organization::remove_member(&state.db, &actor, user_id).await
}
