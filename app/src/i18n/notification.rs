//! The notifications page's strings: what each notification says, and the flags a member
//! raised with what became of each (an area key set, see `texts`: most visits never open it).

use super::Messages;
use super::texts::TextArea;
use crate::model::moderation::FlagStatus;
use crate::model::notification::NotificationKind;

area_messages! { NotificationTexts, TextArea::Notification;
    flag_status_open: "確認待ち" / "Waiting for review",
    flag_status_upheld: "対応済み(投稿は非表示)" / "Upheld: the post was hidden",
    flag_status_dismissed: "確認済み(対応不要)" / "Reviewed: no action needed",
    my_flags_title: "あなたの通報" / "Your flags",
    my_flags_empty: "通報した投稿はありません。" / "You have not flagged any post.",
    notifications_title: "通知" / "Notifications",
    notifications_empty: "通知はありません。" / "No notifications yet.",
    notifications_mark_read: "すべて既読にする" / "Mark all as read",
    notifications_unread: "未読" / "Unread",
    notification_post_approved: "あなたの投稿が承認され、公開されました:「{}」" / "Your post in “{}” was approved and is now shown.",
    notification_post_rejected: "あなたの投稿は承認されませんでした:「{}」" / "Your post in “{}” was not approved.",
    notification_post_hidden: "あなたの投稿が事務局により非表示にされました:「{}」" / "MEJ staff hid your post in “{}”.",
    notification_post_restored: "あなたの投稿が再び表示されるようになりました:「{}」" / "Your post in “{}” is shown again.",
    notification_flag_upheld: "あなたが通報した投稿は非表示にされました:「{}」" / "The post you flagged in “{}” was hidden.",
    notification_reply: "フォロー中のスレッドに返信がありました:「{}」" / "New reply in “{}”, a thread you follow.",
    notification_mention: "あなたについての言及がありました:「{}」" / "You were mentioned in “{}”.",
    notification_answer_accepted: "あなたの返信が解決策に選ばれました:「{}」" / "Your reply in “{}” was marked as the answer.",
    notification_silenced: "事務局により投稿が一時停止されました(「{}」での投稿について)。" / "MEJ staff paused your posting (about your post in “{}”).",
    notification_registration_promoted: "「{}」の席が空き、キャンセル待ちから参加確定になりました。" / "A seat opened at “{}”: your registration is now confirmed.",
    notification_event_cancelled: "「{}」は中止になりました。" / "“{}” has been cancelled.",
    notification_registration_approved: "「{}」への参加申込が承認されました。" / "Your registration for “{}” was approved.",
    notification_registration_declined: "「{}」への参加申込は見送りとなりました。" / "Your registration for “{}” was declined.",
    notification_project_join_requested: "{}から「{}」への参加申請が届きました。" / "{} asks to join “{}”.",
    notification_project_join_accepted: "「{}」への参加申請が承認されました。" / "Your organization's request to join “{}” was accepted.",
    notification_project_join_declined: "「{}」への参加申請は見送りとなりました。" / "Your organization's request to join “{}” was declined.",
    notification_project_published: "提案したプロジェクト「{}」が公開されました。" / "Your proposed project “{}” was published.",
    notification_project_returned: "提案したプロジェクト「{}」が差し戻されました。理由を確認し、修正して再提出できます。" / "Your proposed project “{}” was returned: read the reason, change it and submit it again.",
    notification_project_updated: "フォロー中のプロジェクト「{}」に新しい報告があります。" / "New update in “{}”, a project you follow.",
    notification_milestone_done: "フォロー中のプロジェクト「{}」のマイルストーンが完了しました。" / "A milestone of “{}”, a project you follow, was reached.",
    notification_silence_lifted: "投稿の一時停止が解除されました(「{}」)。" / "Your posting is open again (“{}”).",
    notification_post_edited: "あなたの投稿が事務局により編集されました:「{}」" / "MEJ staff edited your post in “{}”.",
    notification_flag_dismissed: "あなたが通報した投稿は確認のうえ、そのまま掲載されます:「{}」" / "The post you flagged in “{}” was reviewed and stays up.",
    notification_referral_received: "受入れ相談が届きました:{}" / "A referral reached your institution: {}.",
    notification_referral_answered: "{}から相談への回答がありました:{}" / "{} answered your referral: {}.",
    notification_referral_info_added: "相談した組織が情報を追加しました:{}" / "The referring organization added information: {}.",
    notification_referral_chosen: "貴院が受入れ先に選ばれました:{}" / "Your institution was chosen: {}.",
    notification_referral_closed: "ほかの医療機関が受入れ先に選ばれ、相談は完了しました:{}" / "Another institution was chosen: {} is closed.",
    notification_referral_withdrawn: "相談が取り下げられました:{}" / "The referral was withdrawn: {}.",
    notification_case: "症例 #{}({})" / "case #{} ({})",
}

impl NotificationTexts {
    /// What a notification says, with `{}` for the thread's (event's, project's, case's) title;
    /// a request to join and an answer to a case name the organization first.
    pub fn text(&self, k: NotificationKind) -> &'static str {
        match k {
            NotificationKind::PostApproved => self.notification_post_approved,
            NotificationKind::PostRejected => self.notification_post_rejected,
            NotificationKind::PostHidden => self.notification_post_hidden,
            NotificationKind::PostRestored => self.notification_post_restored,
            NotificationKind::FlagUpheld => self.notification_flag_upheld,
            NotificationKind::FlagDismissed => self.notification_flag_dismissed,
            NotificationKind::Reply => self.notification_reply,
            NotificationKind::Mention => self.notification_mention,
            NotificationKind::AnswerAccepted => self.notification_answer_accepted,
            NotificationKind::PostEdited => self.notification_post_edited,
            NotificationKind::Silenced => self.notification_silenced,
            NotificationKind::SilenceLifted => self.notification_silence_lifted,
            NotificationKind::RegistrationPromoted => self.notification_registration_promoted,
            NotificationKind::EventCancelled => self.notification_event_cancelled,
            NotificationKind::RegistrationApproved => self.notification_registration_approved,
            NotificationKind::RegistrationDeclined => self.notification_registration_declined,
            NotificationKind::ProjectJoinRequested => self.notification_project_join_requested,
            NotificationKind::ProjectJoinAccepted => self.notification_project_join_accepted,
            NotificationKind::ProjectJoinDeclined => self.notification_project_join_declined,
            NotificationKind::ProjectPublished => self.notification_project_published,
            NotificationKind::ProjectReturned => self.notification_project_returned,
            NotificationKind::ProjectUpdated => self.notification_project_updated,
            NotificationKind::MilestoneDone => self.notification_milestone_done,
            NotificationKind::ReferralReceived => self.notification_referral_received,
            NotificationKind::ReferralAnswered => self.notification_referral_answered,
            NotificationKind::ReferralInfoAdded => self.notification_referral_info_added,
            NotificationKind::ReferralChosen => self.notification_referral_chosen,
            NotificationKind::ReferralClosed => self.notification_referral_closed,
            NotificationKind::ReferralWithdrawn => self.notification_referral_withdrawn,
        }
    }

    pub fn flag_status(&self, s: FlagStatus) -> &'static str {
        match s {
            FlagStatus::Open => self.flag_status_open,
            FlagStatus::Upheld => self.flag_status_upheld,
            FlagStatus::Dismissed => self.flag_status_dismissed,
        }
    }
}

impl Messages {
    /// The notifications page's strings in this set's language.
    pub fn notification(&'static self) -> &'static NotificationTexts {
        super::texts::get(self.locale())
    }
}
