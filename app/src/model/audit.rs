//! The security log: who did what to whom, from where, and when. Admins read it in the admin
//! area; the server writes it beside the change it records.

use serde::{Deserialize, Serialize};

use super::code_enum::code_enum;

code_enum!(
    /// What happened.
    AuditKind {
        LoginSucceeded => "login_succeeded",
        LoginFailed => "login_failed",
        LoginLocked => "login_locked",
        LoginCodeFailed => "login_code_failed",
        RecoveryCodeUsed => "recovery_code_used",
        TwoFactorEnabled => "two_factor_enabled",
        TwoFactorDisabled => "two_factor_disabled",
        RecoveryCodesRenewed => "recovery_codes_renewed",
        ResetRequested => "reset_requested",
        PasswordReset => "password_reset",
        PasswordChanged => "password_changed",
        SessionsEnded => "sessions_ended",
        RoleChanged => "role_changed",
        StatusChanged => "status_changed",
        MemberRemoved => "member_removed",
        RecognitionsChanged => "recognitions_changed",
        InvitationCreated => "invitation_created",
        InvitationRevoked => "invitation_revoked",
        InvitationAccepted => "invitation_accepted",
        ApplicationApproved => "application_approved",
        ApplicationRejected => "application_rejected",
        CategoryCreated => "category_created",
        CategoryChanged => "category_changed",
        CategoryMoved => "category_moved",
        CategoryDeleted => "category_deleted",
    }
);

/// One entry of the security log, as admins read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    /// Unix seconds.
    pub at: i64,
    pub kind: AuditKind,
    /// Who acted (an e-mail), when someone was logged in.
    pub actor: Option<String>,
    /// Whom or what it concerned: a person's e-mail, an organization's name, or the e-mail
    /// typed into a login form.
    pub subject: Option<String>,
    pub client_ip: String,
    /// What changed, e.g. `member → staff`.
    pub detail: String,
}

/// How many entries one page of the log shows.
pub const PAGE_SIZE: u64 = 50;
