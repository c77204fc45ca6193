//! Invitations: an organization admin invites a colleague, who creates an account by the link.

use serde::{Deserialize, Serialize};

use super::Field;
use super::ids::InvitationId;
use super::names::PersonName;
use super::validation::new_password;
use super::{Bilingual, FieldError, Role};

/// A pending invitation, as the organization admin sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationSummary {
    pub id: InvitationId,
    pub email: String,
    pub role: Role,
    /// Unix seconds.
    pub expires_at: i64,
    /// The full link; present only right after creation (only a hash is stored).
    pub link: Option<String>,
}

/// What the invitation page shows before the invitee creates an account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationInfo {
    pub email: String,
    pub organization_name: Bilingual,
}

/// The account an invitee creates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptInvitationForm {
    pub token: String,
    pub name: PersonName,
    pub password: String,
    pub password_confirm: String,
    pub locale: String,
}

impl AcceptInvitationForm {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut e = self.name.trimmed().validate();
        new_password(
            &mut e,
            (Field::Password, Field::PasswordConfirm),
            &self.password,
            &self.password_confirm,
        );
        e
    }
}
