//! Writes the security log (`audit_event`). An event is written on the same connection as the
//! change it records (inside its transaction where there is one), so a change that rolls back
//! leaves no entry, and a committed one always has its entry.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait};

use super::auth::Actor;
use super::db::entity::audit_event;
use crate::model::audit::AuditKind;
use crate::model::{AppError, OrganizationId, UserId};

/// Longest text kept in an entry's e-mail and detail.
const TEXT_MAX_CHARS: usize = 254;

/// One event, built up by the code that records it.
#[derive(Clone, Debug)]
pub struct Event {
    kind: AuditKind,
    actor: Option<UserId>,
    client_ip: String,
    target_user: Option<UserId>,
    target_organization: Option<OrganizationId>,
    target_email: Option<String>,
    detail: String,
}

impl Event {
    /// An event caused by a logged-in member.
    pub fn by(actor: &Actor, kind: AuditKind) -> Self {
        Self::from_address(&actor.client_ip, kind).actor(actor.id())
    }

    /// An event caused from `client_ip` by someone not (yet) logged in.
    pub fn from_address(client_ip: &str, kind: AuditKind) -> Self {
        Event {
            kind,
            actor: None,
            client_ip: client_ip.to_string(),
            target_user: None,
            target_organization: None,
            target_email: None,
            detail: String::new(),
        }
    }

    pub fn actor(mut self, id: UserId) -> Self {
        self.actor = Some(id);
        self
    }

    pub fn user(mut self, id: UserId) -> Self {
        self.target_user = Some(id);
        self
    }

    pub fn organization(mut self, id: OrganizationId) -> Self {
        self.target_organization = Some(id);
        self
    }

    pub fn email(mut self, email: &str) -> Self {
        self.target_email = Some(email.chars().take(TEXT_MAX_CHARS).collect());
        self
    }

    pub fn detail(mut self, detail: impl std::fmt::Display) -> Self {
        self.detail = detail.to_string().chars().take(TEXT_MAX_CHARS).collect();
        self
    }

    /// Writes the event on `conn`.
    pub async fn record(self, conn: &impl ConnectionTrait) -> Result<(), AppError> {
        audit_event::ActiveModel {
            at: Set(Utc::now()),
            kind: Set(self.kind),
            actor_id: Set(self.actor),
            target_user_id: Set(self.target_user),
            target_organization_id: Set(self.target_organization),
            target_email: Set(self.target_email),
            client_ip: Set(self.client_ip),
            detail: Set(self.detail),
            ..Default::default()
        }
        .insert(conn)
        .await?;
        Ok(())
    }
}
