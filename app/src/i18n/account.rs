//! One's own account's strings: the profile, the password, two-step verification, the login
//! code and the sessions (an area key set, see `texts`: a member opens these pages seldom).

use super::Messages;
use super::texts::TextArea;

area_messages! { AccountTexts, TextArea::Account;
    profile_title: "プロフィール" / "Profile",
    profile_name_section: "お名前と表示設定" / "Name and preferences",
    locale_label: "表示言語" / "Language",
    time_zone_detected: "お使いのブラウザ: {}" / "Your browser: {}",
    password_section: "パスワードの変更" / "Change password",
    current_password: "現在のパスワード" / "Current password",
    change_password_submit: "パスワードを変更する" / "Change password",
    password_changed: "パスワードを変更しました。" / "Your password has been changed.",
    two_factor_title: "二段階認証" / "Two-step verification",
    two_factor_intro: "ログインの際、パスワードに加えて認証アプリ(Google Authenticator、Microsoft Authenticator など)に表示される6桁のコードを入力します。パスワードが漏れても、第三者はログインできません。" / "When you log in, you enter a six-digit code from an authenticator app (Google Authenticator, Microsoft Authenticator, …) after your password. Someone who learns your password still cannot log in.",
    two_factor_on: "二段階認証は有効です。" / "Two-step verification is on.",
    two_factor_off: "二段階認証は無効です。" / "Two-step verification is off.",
    two_factor_required_note: "事務局・管理者の役割では二段階認証が必須です。" / "Two-step verification is required for staff and admins.",
    two_factor_manage_link: "二段階認証の設定" / "Two-step verification settings",
    two_factor_start: "設定を始める" / "Start setting up",
    two_factor_scan: "認証アプリでこのQRコードを読み取るか、下のキーを入力してください。" / "Scan this QR code with your authenticator app, or type in the key below.",
    two_factor_qr_label: "認証アプリ用のQRコード" / "QR code for your authenticator app",
    two_factor_key: "手入力用のキー" / "Key for typing in",
    two_factor_confirm_hint: "アプリに表示された6桁のコードを入力すると有効になります。" / "Enter the six-digit code the app shows to turn it on.",
    two_factor_enable: "有効にする" / "Turn on",
    two_factor_disable: "二段階認証を無効にする" / "Turn off two-step verification",
    two_factor_disable_hint: "無効にすると、パスワードだけでログインするようになります。" / "From then on, your password alone logs you in.",
    two_factor_disabled: "二段階認証を無効にしました。" / "Two-step verification is now off.",
    recovery_codes_title: "リカバリーコード" / "Recovery codes",
    recovery_codes_new_title: "新しいリカバリーコード" / "Your new recovery codes",
    recovery_codes_intro: "スマートフォンを紛失したときは、認証アプリのコードの代わりにリカバリーコードを1つ入力してログインできます。各コードは1回限り有効です。今すぐ安全な場所に保管してください。この画面を離れると再表示できません。" / "If you lose your phone, you can log in with one of these codes instead of a code from the app. Each works once. Keep them somewhere safe now: they will not be shown again.",
    recovery_codes_left: "未使用のリカバリーコード: {}件" / "Unused recovery codes: {}",
    recovery_codes_renew: "リカバリーコードを再発行" / "Renew recovery codes",
    recovery_codes_renew_hint: "再発行すると、これまでのコードは使えなくなります。" / "Renewing makes the previous codes unusable.",
    login_code_title: "確認コードの入力" / "Enter your verification code",
    login_code_intro: "認証アプリに表示されている6桁のコードを入力してください。スマートフォンが手元にない場合は、リカバリーコードを入力できます。" / "Enter the six-digit code your authenticator app shows. Without your phone, you can enter a recovery code instead.",
    login_code_label: "確認コードまたはリカバリーコード" / "Verification code or recovery code",
    login_code_hint: "6桁の数字、またはリカバリーコード(例: a1b2c-3d4e5)" / "Six digits, or a recovery code such as a1b2c-3d4e5",
    login_code_submit: "確認" / "Verify",
    sessions_section: "ログイン中の端末" / "Where you are logged in",
    sessions_intro: "操作のないまま12時間たつと自動的にログアウトします。ログインから14日たつと、もう一度ログインが必要です。" / "You are logged out after 12 hours without activity, and asked to log in again 14 days after logging in.",
    session_this_device: "この端末" / "This device",
    session_unknown_device: "不明な端末" / "Unknown device",
    session_signed_in: "ログイン" / "Logged in",
    session_last_seen: "最終操作" / "Last active",
    session_end: "ログアウトさせる" / "Log out",
    session_end_named: "{}をログアウトさせる" / "Log out {}",
    sessions_end_others: "ほかの端末をすべてログアウト" / "Log out everywhere else",
    sessions_ended: "{}件の端末をログアウトさせました。" / "Logged out {} other session(s).",
}

impl Messages {
    /// The account pages' strings in this set's language.
    pub fn account(&'static self) -> &'static AccountTexts {
        super::texts::get(self.locale())
    }
}
