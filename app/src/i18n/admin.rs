//! The admin area's strings: reviewing applications, accounts and roles, the security log and
//! its events (an area key set, see `texts`: only staff and admins open these pages).

use super::Messages;
use super::texts::TextArea;
use crate::model::audit::AuditKind;

area_messages! { AdminTexts, TextArea::Admin;
    col_status: "状態" / "Status",
    col_organization: "組織" / "Organization",
    security_log_title: "セキュリティログ" / "Security log",
    security_log_link: "セキュリティログを見る" / "Open the security log",
    security_log_intro: "ログイン、失敗、ロック、パスワードの再設定、権限・状態の変更、除名、認定、招待、入会審査の記録です。新しい順に表示します。" / "Logins, failures, lockouts, password resets, role and status changes, removals, recognitions, invitations and application decisions, newest first.",
    security_log_kind: "種類" / "Kind of event",
    security_log_all: "すべて" / "All",
    security_log_newest: "最新に戻る" / "Back to the newest",
    security_log_older: "さらに古い記録" / "Older entries",
    col_time: "日時" / "Time",
    col_event: "出来事" / "Event",
    col_actor: "操作した人" / "By",
    col_subject: "対象" / "Concerning",
    col_address: "接続元" / "Address",
    col_detail: "詳細" / "Detail",
    audit_login_succeeded: "ログイン" / "Logged in",
    audit_login_failed: "ログイン失敗" / "Login failed",
    audit_login_locked: "ログインの一時停止" / "Logins paused",
    audit_login_code_failed: "確認コードの誤り" / "Wrong verification code",
    audit_recovery_code_used: "リカバリーコードでのログイン" / "Recovery code used",
    audit_two_factor_enabled: "二段階認証の有効化" / "Two-step verification turned on",
    audit_two_factor_disabled: "二段階認証の無効化" / "Two-step verification turned off",
    audit_recovery_codes_renewed: "リカバリーコードの再発行" / "Recovery codes renewed",
    audit_reset_requested: "再設定リンクの依頼" / "Reset link requested",
    audit_password_reset: "パスワード再設定" / "Password reset",
    audit_password_changed: "パスワード変更" / "Password changed",
    audit_sessions_ended: "他の端末のログアウト" / "Sessions ended",
    audit_role_changed: "権限の変更" / "Role changed",
    audit_status_changed: "状態の変更" / "Status changed",
    audit_member_removed: "組織からの除名" / "Removed from organization",
    audit_recognitions_changed: "認定の変更" / "Recognitions changed",
    audit_invitation_created: "招待" / "Invitation sent",
    audit_invitation_revoked: "招待の取り消し" / "Invitation revoked",
    audit_invitation_accepted: "招待の受諾" / "Invitation accepted",
    audit_application_approved: "入会承認" / "Application approved",
    audit_application_rejected: "入会見送り" / "Application declined",
    audit_category_created: "カテゴリの作成" / "Category created",
    audit_category_changed: "カテゴリの変更" / "Category changed",
    audit_category_moved: "カテゴリの並べ替え" / "Category moved",
    audit_category_deleted: "カテゴリの削除" / "Category deleted",
    col_submitted: "申請日" / "Submitted",
    admin_title: "管理" / "Administration",
    applications_section: "審査待ちの入会申請" / "Applications awaiting review",
    no_applications: "審査待ちの申請はありません。" / "No applications are waiting for review.",
    applicant_label: "申請者" / "Applicant",
    reject_reason: "承認しない理由(申請者に送られます)" / "Reason for rejecting (sent to the applicant)",
    application_decided: "申請を処理しました。" / "The application has been decided.",
    accounts_section: "アカウント" / "Accounts",
    accounts_search: "氏名・メールで検索" / "Search by name or email",
    change_role: "{}さんの役割" / "Role of {}",
    apply_role: "役割を変更" / "Change role",
    admin_only_roles: "役割の変更はシステム管理者のみ行えます。" / "Only administrators can change roles.",
}

impl AdminTexts {
    pub fn audit_kind(&self, k: AuditKind) -> &'static str {
        match k {
            AuditKind::LoginSucceeded => self.audit_login_succeeded,
            AuditKind::LoginFailed => self.audit_login_failed,
            AuditKind::LoginLocked => self.audit_login_locked,
            AuditKind::LoginCodeFailed => self.audit_login_code_failed,
            AuditKind::RecoveryCodeUsed => self.audit_recovery_code_used,
            AuditKind::TwoFactorEnabled => self.audit_two_factor_enabled,
            AuditKind::TwoFactorDisabled => self.audit_two_factor_disabled,
            AuditKind::RecoveryCodesRenewed => self.audit_recovery_codes_renewed,
            AuditKind::ResetRequested => self.audit_reset_requested,
            AuditKind::PasswordReset => self.audit_password_reset,
            AuditKind::PasswordChanged => self.audit_password_changed,
            AuditKind::SessionsEnded => self.audit_sessions_ended,
            AuditKind::RoleChanged => self.audit_role_changed,
            AuditKind::StatusChanged => self.audit_status_changed,
            AuditKind::MemberRemoved => self.audit_member_removed,
            AuditKind::RecognitionsChanged => self.audit_recognitions_changed,
            AuditKind::InvitationCreated => self.audit_invitation_created,
            AuditKind::InvitationRevoked => self.audit_invitation_revoked,
            AuditKind::InvitationAccepted => self.audit_invitation_accepted,
            AuditKind::ApplicationApproved => self.audit_application_approved,
            AuditKind::ApplicationRejected => self.audit_application_rejected,
            AuditKind::CategoryCreated => self.audit_category_created,
            AuditKind::CategoryChanged => self.audit_category_changed,
            AuditKind::CategoryMoved => self.audit_category_moved,
            AuditKind::CategoryDeleted => self.audit_category_deleted,
        }
    }
}

impl Messages {
    /// The admin pages' strings in this set's language.
    pub fn admin(&'static self) -> &'static AdminTexts {
        super::texts::get(self.locale())
    }
}
