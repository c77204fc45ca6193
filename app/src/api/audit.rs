//! The security log, for admins.

use leptos::prelude::*;

use crate::model::AppError;
use crate::model::audit::{AuditEntry, AuditKind};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::audit;
}

/// A page of the security log, newest first: entries older than `before` (an entry id), of one
/// `kind` or all.
#[server]
pub async fn list_security_log(
    #[server(default)] kind: Option<AuditKind>,
    #[server(default)] before: Option<i64>,
) -> Result<Vec<AuditEntry>, AppError> {
    use self::ssr::*;
    let (state, _) = require(Action::ViewSecurityLog).await?;
    audit::list(&state.db, kind, before).await
}
