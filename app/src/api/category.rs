//! The threads' categories: the list every member reads, and staff's changes to it.

use leptos::prelude::*;

use crate::model::category::{CategoryForm, CategoryMove};
use crate::model::thread::CategoryView;
use crate::model::{AppError, CategoryId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::category;
}

#[server]
pub async fn list_categories() -> Result<Vec<CategoryView>, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ReadThreads).await?;
    category::all(&state.db).await
}

/// Creates a category or saves an existing one; answers its id.
#[server]
pub async fn save_category(form: CategoryForm) -> Result<CategoryId, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageCategories).await?;
    category::save(&state.db, &actor, &form).await
}

/// Moves a category one place up or down the list.
#[server]
pub async fn move_category(change: CategoryMove) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageCategories).await?;
    category::move_one(&state.db, &actor, change).await
}

/// Deletes a category that holds no thread.
#[server]
pub async fn delete_category(id: CategoryId) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageCategories).await?;
    category::delete(&state.db, &actor, id).await
}
