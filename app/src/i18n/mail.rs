//! The mails' texts in both languages, Japanese first in every mail. Server only: the browser
//! never sends mail, so its bundle does not carry them.

use serde::Serialize;

messages! { MailMessages;
    mail_registration_approved_subject: "MEJフォーラム: 参加申込が承認されました" / "MEJ Forum: your registration was approved",
    mail_registration_approved_body: "「{}」への参加申込を事務局が承認しました。参加の可否(確定またはキャンセル待ち)はイベントのページでご確認いただけます。" / "The secretariat approved your registration for “{}”. The event's page shows whether your seat is confirmed or you are on the waiting list.",
    mail_registration_declined_subject: "MEJフォーラム: 参加申込について" / "MEJ Forum: about your registration",
    mail_registration_declined_body: "「{}」への参加申込は、次の理由により見送りとなりました。" / "Your registration for “{}” was declined, for this reason:",
    mail_event_cancelled_subject: "MEJフォーラム: イベント中止のお知らせ" / "MEJ Forum: an event was cancelled",
    mail_event_cancelled_body: "お申し込みいただいた「{}」は中止になりました。理由は次のとおりです。" / "“{}”, which you registered for, has been cancelled, for this reason:",
    mail_registration_promoted_subject: "MEJフォーラム: 参加が確定しました" / "MEJ Forum: your seat is confirmed",
    mail_registration_confirmed_subject: "MEJフォーラム: 参加申込を受け付けました(参加確定)" / "MEJ Forum: you are registered",
    mail_registration_confirmed_body: "「{}」への参加申込を受け付けました。参加が確定しています。" / "You are registered for “{}”: your seat is confirmed.",
    mail_registration_waitlisted_subject: "MEJフォーラム: キャンセル待ちに登録しました" / "MEJ Forum: you are on the waiting list",
    mail_registration_waitlisted_body: "「{}」は満席のため、キャンセル待ちに登録しました。空きが出ると順番に参加が確定し、お知らせします。" / "“{}” is full, so you are on its waiting list. When a seat opens, it goes to the next in line, and we will tell you.",
    mail_registration_pending_subject: "MEJフォーラム: 参加申込を受け付けました(承認待ち)" / "MEJ Forum: your registration awaits approval",
    mail_registration_pending_body: "「{}」への参加申込を受け付けました。事務局の承認後に、あらためてお知らせします。" / "Your registration for “{}” was received. We will write again once the secretariat has decided.",
    mail_facts_when: "日時" / "When",
    mail_facts_your_time: "あなたのタイムゾーンでは" / "In your time zone",
    mail_facts_zone: "タイムゾーン" / "Time zone",
    mail_facts_venue: "会場" / "Venue",
    mail_facts_online: "オンライン参加用URL" / "Online meeting link",
    mail_facts_waiting: "キャンセル待ちの順番" / "Your place on the waiting list",
    mail_facts_page: "イベントのページ" / "Event page",
    mail_facts_calendar: "カレンダーに追加(ICSファイル)" / "Add to your calendar (ICS file)",
    mail_registration_promoted_body: "キャンセル待ちをしていた「{}」に空きが出たため、参加が確定しました。" / "A seat opened at “{}”, which you were waiting for: your registration is now confirmed.",
    mail_application_received_subject: "MEJフォーラム: 入会申請を受け付けました" / "MEJ Forum: application received",
    mail_application_received_body: "入会申請を受け付けました。事務局で確認のうえご連絡いたします。" / "We have received your application. Staff will review it shortly.",
    mail_application_confirm_subject: "MEJフォーラム: メールアドレスの確認" / "MEJ Forum: confirm your e-mail address",
    mail_application_confirm_body: "入会申請をお送りいただきありがとうございます。次のリンクを{}時間以内に開き、メールアドレスを確認してください。確認後に申請が事務局へ届きます。お心当たりがない場合は、このメールを破棄してください。" / "Thank you for applying. Open the link below within {} hours to confirm your e-mail address; your application then goes to MEJ staff. If this was not you, you can ignore this mail.",
    mail_application_known_subject: "MEJフォーラム: 入会申請について" / "MEJ Forum: about your application",
    mail_application_known_body: "このメールアドレスで入会申請がありましたが、このアドレスにはすでにアカウントがあります。パスワードをお忘れの場合は、ログイン画面の「パスワードをお忘れですか」から再設定してください。お心当たりがない場合は、このメールを破棄してください。" / "Someone applied for membership with this address, but it already has an account. If you have forgotten your password, use “Forgot your password?” on the login page. If this was not you, you can ignore this mail.",
    mail_application_approved_subject: "MEJフォーラム: 入会が承認されました" / "MEJ Forum: welcome",
    mail_application_approved_body: "入会申請が承認されました。ログインしてご利用いただけます。" / "Your application has been approved. You can now log in.",
    mail_application_rejected_subject: "MEJフォーラム: 入会申請について" / "MEJ Forum: your application",
    mail_application_rejected_body: "誠に恐れ入りますが、入会申請を承認できませんでした。理由は次のとおりです。" / "We are unable to approve your application, for this reason:",
    mail_invitation_subject: "MEJフォーラムへのご招待" / "MEJ Forum: invitation",
    mail_invitation_body: "MEJフォーラムへ招待されました。次のリンクからアカウントを作成してください(有効期限{}日)。" / "You have been invited to join your organization on the MEJ Forum. Create your account with this link within {} days.",
    mail_reset_subject: "MEJフォーラム: パスワードの再設定" / "MEJ Forum: password reset",
    mail_reset_body: "パスワードを再設定するには、{}分以内に次のリンクを開いてください。お心当たりがない場合は、このメールを破棄してください。" / "To choose a new password, open this link within {} minutes. If you did not ask for it, you can ignore this mail.",
}

/// Both key sets, Japanese first.
pub const JA_AND_EN: [&MailMessages; 2] = [&JA, &EN];
