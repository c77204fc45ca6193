//! What every request handler shares: the database pool, the mail sender, the public URL.

use std::sync::Arc;

use leptos::prelude::use_context;
use sea_orm::DatabaseConnection;

use super::mail::MailSender;
use crate::model::AppError;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub mail: Arc<dyn MailSender>,
    /// Where links in mails and invitations point, e.g. `http://127.0.0.1:3000`.
    pub public_url: String,
}

impl AppState {
    /// The mail sender, with the site's address for links in mails.
    pub fn mailer(&self) -> crate::server::outbox::Mailer<'_> {
        crate::server::outbox::Mailer::new(self.mail.as_ref(), &self.public_url)
    }
}

/// The state provided to the current server function or page render.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from context");
        AppError::Internal
    })
}
