//! Accounts as staff administer them: list, suspend or reactivate; roles for admins only.

use leptos::prelude::*;

use crate::model::account::AccountSummary;
use crate::model::{AppError, Role, UserId, UserStatus};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::account;
}

#[server]
pub async fn list_accounts(query: String) -> Result<Vec<AccountSummary>, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ManageAccounts).await?;
    account::list_accounts(&state.db, &query).await
}

#[server]
pub async fn set_account_status(user_id: UserId, status: UserStatus) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageAccounts).await?;
    account::set_status(&state.db, &actor, user_id, status).await
}

#[server]
pub async fn set_account_role(user_id: UserId, role: Role) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ChangeRoles).await?;
    account::set_role(&state.db, &actor, user_id, role).await
}
