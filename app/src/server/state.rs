//! What every request handler shares: the database pool, the mail sender, the public URL.

use std::sync::Arc;

use leptos::prelude::use_context;
use sea_orm::DatabaseConnection;

use super::mail::MailSender;
use super::outbox::Mailer;
use super::service::project_match_index::{MatchIndex, OrganizationOffer, ProjectNeeds};
use super::service::registration_queue::RegistrationQueue;
use super::site::Site;
use crate::model::AppError;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub mail: Arc<dyn MailSender>,
    /// Where links in mails and invitations point, e.g. `http://127.0.0.1:3000`.
    pub public_url: String,
    /// Registrations waiting to be decided, per event (this process's queues).
    pub registrations: Arc<RegistrationQueue>,
    /// This server's copy of the published projects' needs, for "projects that need what we do".
    pub project_match_index: Arc<MatchIndex<ProjectNeeds>>,
    /// This server's copy of the active organizations' offers, for "organizations that could
    /// help".
    pub organization_match_index: Arc<MatchIndex<OrganizationOffer>>,
}

impl AppState {
    /// The site's address, for absolute links.
    pub fn site(&self) -> Site<'_> {
        Site::new(&self.public_url)
    }

    /// The mail sender, with the site's address for links in mails.
    pub fn mailer(&self) -> Mailer<'_> {
        Mailer {
            sender: self.mail.as_ref(),
            site: self.site(),
        }
    }
}

/// The state provided to the current server function or page render.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from context");
        AppError::Internal
    })
}
