//! The member directory, visible to members only.

use leptos::prelude::*;

use crate::model::directory::{DirectoryPage, DirectoryQuery, OrgProfile};
use crate::model::{AppError, OrganizationId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::directory;
}

#[server]
pub async fn search_directory(query: DirectoryQuery) -> Result<DirectoryPage, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ViewDirectory).await?;
    directory::search(&state.db, &query).await
}

#[server]
pub async fn get_organization(id: OrganizationId) -> Result<OrgProfile, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ViewDirectory).await?;
    directory::profile(&state.db, id).await
}
