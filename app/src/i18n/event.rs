//! The events' strings: the key set of the event pages (an area set, see `texts`), the labels of
//! the events' vocabulary (kinds, formats, statuses, answer types), and why registration is not
//! open.

use super::Messages;
use super::format::fill;
use super::texts::TextArea;
use crate::model::event::{Closed, EventFormat, EventKind, EventStatus, QuestionKind};
use crate::model::event_view::MyRegistration;
use crate::model::registrant::Decision;
use crate::model::registration::RegistrationStatus;

area_messages! { EventTexts, TextArea::Event;
    events_lead: "シンポジウム、省庁との意見交換会、海外からの訪問団との会合などに申し込めます。" / "Register for symposiums, opinion exchanges with ministries, meetings with visiting delegations and more.",
    events_upcoming: "開催予定" / "Upcoming",
    events_past: "過去のイベント" / "Past events",
    events_filter: "絞り込む" / "Filter",
    calendar_feed_name: "MEJフォーラム: 参加するイベント" / "MEJ Forum: my events",
    calendar_heading: "カレンダーに登録" / "Add to your calendar",
    calendar_lead: "参加が確定したイベントを、お使いのカレンダー(Google カレンダー、Outlook、iPhone など)に自動で表示できます。専用のアドレスをカレンダーの「URLで追加」「照会」に登録してください。日時はイベントのタイムゾーン付きで届くため、海外でも正しい時刻で表示されます。" / "Show the events you hold a seat at in your calendar app (Google Calendar, Outlook, iPhone and others): add your private address with “From URL” or “Subscribe”. Times come with the event's time zone, so they show at the right hour anywhere.",
    calendar_active: "カレンダー用アドレスは有効です({}に作成)。" / "Your calendar address is active (made {}).",
    calendar_none: "カレンダー用アドレスはまだありません。" / "You have no calendar address yet.",
    calendar_create: "カレンダー用アドレスを作成" / "Make my calendar address",
    calendar_renew: "新しいアドレスに変更(古いアドレスは使えなくなります)" / "Make a new address (the old one stops working)",
    calendar_stop: "カレンダーへの配信を停止" / "Stop the calendar feed",
    calendar_address: "あなた専用のカレンダー用アドレス" / "Your private calendar address",
    calendar_address_once: "このアドレスは今だけ表示されます。カレンダーに登録し、他の人には教えないでください。" / "This address is shown only now. Add it to your calendar and keep it to yourself.",
    calendar_event_file: "カレンダーに追加(ICS)" / "Add to calendar (ICS)",
    dashboard_my_events: "参加予定のイベント" / "Your upcoming events",
    dashboard_my_events_empty: "申し込んだイベントはありません。" / "You have not registered for any upcoming event.",
    dashboard_my_events_all: "申し込んだイベントをすべて見る" / "All your registrations",
    dashboard_open_events: "受付中のイベント" / "Open for registration",
    dashboard_open_events_empty: "いま受付中のイベントはありません。" / "No event is taking registrations now.",
    dashboard_waiting: "キャンセル待ち{}番目" / "Waiting list: number {}",
    dashboard_pending: "承認待ちの参加申込" / "Registrations awaiting approval",
    dashboard_pending_count: "{}件" / "{} waiting",
    events_mine_only: "申し込んだイベントのみ" / "Only events I registered for",
    events_mine_upcoming: "申し込んだイベント(開催予定)" / "My registrations: upcoming",
    events_mine_past: "申し込んだイベント(過去)" / "My registrations: past",
    events_count: "{}件のイベント" / "{} event|{} events",
    events_empty: "該当するイベントはありません。" / "No events match.",
    events_new: "イベントを作成" / "Create an event",
    digests_title: "シンポジウム・ダイジェスト" / "Symposium digests",
    digests_lead: "過去のシンポジウムや会合の概要、主なポイント、登壇者と資料をまとめています。" / "What was said at past symposiums and meetings: summaries, key points, speakers and materials.",
    digests_empty: "公開されたダイジェストはまだありません。" / "No digest has been published yet.",
    digest_heading: "ダイジェスト: {}" / "Digest: {}",
    digest_draft: "下書き(未公開)" / "Draft (not published)",
    digest_published: "{}公開" / "Published {}",
    digest_summary: "概要" / "Summary",
    digest_key_points: "主なポイント" / "Key points",
    digest_materials: "資料" / "Materials",
    digest_read: "ダイジェストを読む" / "Read the digest",
    digest_write: "ダイジェストを作成" / "Write the digest",
    digest_edit: "ダイジェストを編集" / "Edit the digest",
    digest_manage: "ダイジェストの管理" / "Manage the digest",
    digest_publish: "ダイジェストを公開" / "Publish the digest",
    digest_unpublish: "下書きに戻す(非公開にする)" / "Take back to draft (unpublish)",
    digest_to_event: "イベントのページへ" / "To the event's page",
    digest_discussion_heading: "意見交換" / "Discussion",
    digest_discuss: "このダイジェストについて話し合う" / "Discuss this digest",
    digest_discussion: "このダイジェストについてのスレッドを見る" / "Read the discussion of this digest",
    digest_thread_intro: "このダイジェストについて、ご意見やご質問をお寄せください。" / "Share your thoughts and questions on this digest.",
    digest_form_lead: "概要はMarkdownで書けます。保存すると下書きとなり、公開するまで会員には表示されません(公開後の保存はそのまま反映されます)。" / "Write the summary in Markdown. A new digest is saved as a draft that members see once you publish it; changes to a published one show at once.",
    digest_summary_ja: "概要(日本語)" / "Summary (Japanese)",
    digest_summary_en: "概要(英語)" / "Summary (English)",
    digest_key_points_ja: "主なポイント(日本語)" / "Key points (Japanese)",
    digest_key_points_en: "主なポイント(英語)" / "Key points (English)",
    digest_summary_hint: "Markdownが使えます(## 見出し、**太字**、[リンク](https://…)、箇条書き、表)。HTMLは文字としてそのまま表示されます。" / "Markdown works (## headings, **bold**, [links](https://…), lists, tables). HTML is shown as text.",
    digest_key_points_hint: "1行に1つ書いてください。" / "One per line.",
    digest_materials_hint: "1行に1つ、「名前 | https://…」の形で書いてください。" / "One per line, as “name | https://…”.",
    digest_category: "意見交換のカテゴリ" / "Category for its discussion",
    digest_no_category: "(意見交換なし)" / "(no discussion)",
    digest_save: "保存" / "Save",
    digest_preview: "プレビュー" / "Preview",
    digest_preview_heading: "プレビュー(会員に表示される内容)" / "Preview (as members will read it)",
    event_kind_label: "種類" / "Kind",
    event_kind_symposium: "シンポジウム" / "Symposium",
    event_kind_government_meeting: "省庁との意見交換会" / "Government meeting",
    event_kind_delegation_meeting: "海外要人との会合" / "Delegation meeting",
    event_kind_joint_event: "共催イベント" / "Joint event",
    event_kind_committee: "委員会" / "Committee",
    event_kind_member_program: "会員向けプログラム" / "Member program",
    event_format_label: "開催形式" / "Format",
    event_format_in_person: "会場" / "In person",
    event_format_online: "オンライン" / "Online",
    event_format_hybrid: "会場とオンライン" / "Hybrid",
    event_status_draft: "下書き" / "Draft",
    event_status_published: "受付中" / "Published",
    event_status_registration_closed: "受付終了" / "Registration closed",
    event_status_finished: "終了" / "Finished",
    event_status_cancelled: "中止" / "Cancelled",
    event_when: "日時" / "Date and time",
    event_your_time: "あなたのタイムゾーンでは" / "In your time zone",
    event_venue: "会場" / "Venue",
    event_online: "オンライン参加" / "Online",
    event_online_hidden: "参加が確定した方に参加用リンクを表示します。" / "The meeting link is shown to confirmed participants.",
    event_seats: "定員{}名" / "{} seat|{} seats",
    event_seats_left: "残り{}席" / "{} seat left|{} seats left",
    event_full: "満席(キャンセル待ちを受け付けます)" / "Full (waiting list open)",
    event_org_limit: "1団体{}名まで" / "At most {} per organization",
    event_approval: "参加には事務局の承認が必要です。" / "Registrations are confirmed by the secretariat.",
    event_opens: "受付開始" / "Registration opens",
    event_closes: "受付締切" / "Registration closes",
    event_for_invited: "招待された団体の方のみ" / "Invited organizations only",
    event_invited: "招待する団体(所属する会員だけがイベントを見て申し込めます)" / "Invited organizations (only their members see the event and may register)",
    event_invited_list: "招待した団体" / "Invited organizations",
    event_for_members: "すべての会員" / "All members",
    event_who: "対象" / "Who may register",
    event_programme: "プログラム" / "Programme",
    event_details: "詳細" / "Details",
    event_cancel_reason: "中止の理由" / "Reason for cancelling",
    event_manage: "イベントの管理" / "Manage this event",
    event_publish: "公開する" / "Publish",
    event_close_registration: "受付を締め切る" / "Close registration",
    event_reopen: "受付を再開する" / "Reopen registration",
    event_finish: "終了にする" / "Mark as finished",
    event_cancel: "イベントを中止する" / "Cancel the event",
    event_back: "イベント一覧に戻る" / "Back to events",
    registration_heading: "参加申込" / "Registration",
    registration_submit: "申し込む" / "Register",
    registration_confirmed: "参加が確定しています。" / "You are registered: your seat is confirmed.",
    registration_waitlisted: "キャンセル待ち{}番目です。空きが出ると自動で確定し、お知らせします。" / "You are number {} on the waiting list. If a seat opens, it is yours and we will tell you.",
    registration_pending: "申込を受け付けました。事務局の承認をお待ちください。" / "Your registration was received and awaits the secretariat's approval.",
    registration_cancel: "申込を取り消す" / "Cancel my registration",
    registration_leave: "キャンセル待ちをやめる" / "Leave the waiting list",
    registration_cancelled: "申込を取り消しました。" / "Your registration was cancelled.",
    event_form_lead: "日時はイベントのタイムゾーンで入力してください。作成したイベントは下書きになり、公開するまで会員には表示されません。" / "Enter times in the event's time zone. A new event is a draft, which members do not see until it is published.",
    event_title_ja: "名称(日本語)" / "Title (Japanese)",
    event_title_en: "名称(英語)" / "Title (English)",
    event_description_ja: "説明(日本語・Markdown)" / "Description (Japanese, Markdown)",
    event_description_en: "説明(英語・Markdown)" / "Description (English, Markdown)",
    event_starts_at: "開始" / "Starts",
    event_ends_at: "終了" / "Ends",
    event_venue_ja: "会場名(日本語)" / "Venue (Japanese)",
    event_venue_en: "会場名(英語)" / "Venue (English)",
    event_address: "住所" / "Address",
    event_online_url: "オンライン参加用URL" / "Online meeting link",
    event_capacity: "定員" / "Capacity",
    event_org_limit_label: "1団体あたりの上限人数(空欄は上限なし)" / "Limit per organization (empty: none)",
    event_window_hint: "空欄の場合、公開時から開始時刻まで受け付けます。" / "Leave empty to take registrations from publication until the event begins.",
    event_requires_approval: "参加には事務局の承認を必要とする" / "Registrations need the secretariat's approval",
    event_visibility: "公開範囲" / "Visible to",
    event_sessions_hint: "各項目の時刻、名称、登壇者(1行に1名「氏名, 所属」)。" / "Each item's times, title and speakers (one a line: name, affiliation).",
    event_session: "項目{}" / "Item {}",
    event_session_add: "項目を追加" / "Add an item",
    event_speakers: "登壇者" / "Speakers",
    event_questions: "申込時の質問" / "Registration questions",
    event_question: "質問{}" / "Question {}",
    event_question_add: "質問を追加" / "Add a question",
    event_question_kind: "回答の形式" / "Answer type",
    event_question_text: "自由記述" / "Free text",
    event_question_single: "1つ選択" / "One choice",
    event_question_multiple: "複数選択" / "Several choices",
    event_question_label_ja: "質問(日本語)" / "Question (Japanese)",
    event_question_label_en: "質問(英語)" / "Question (English)",
    event_question_options: "選択肢" / "Choices",
    event_question_options_hint: "1行に1つ「日本語 / English」。" / "One a line: 日本語 / English.",
    event_question_required: "回答必須" / "Answer required",
    event_answer_required_mark: "(必須)" / "(required)",
    registration_status_confirmed: "参加確定" / "Confirmed",
    registration_status_waitlisted: "キャンセル待ち" / "Waiting list",
    registration_status_pending: "承認待ち" / "Awaiting approval",
    registration_status_cancelled: "取消" / "Cancelled",
    registration_status_declined: "見送り" / "Declined",
    registration_status_attended: "出席" / "Attended",
    registrants_title: "申込者一覧" / "Registrants",
    registrants_lead: "状態で絞り込み、氏名(漢字・かな・ローマ字)、所属、メールアドレスで検索できます。当日の受付もこの画面で行います。" / "Filter registrants by status and find them by name (kanji, kana or Latin letters), organization or e-mail. Check people in here on the day.",
    registrants_search: "氏名・所属・メールアドレス" / "Name, organization or e-mail",
    registrants_status_filter: "状態" / "Status",
    registrants_find: "検索" / "Search",
    registrants_count: "{}名" / "{} found",
    registrants_empty: "該当する申込者はいません。" / "No registrants match.",
    registrants_csv: "CSVをダウンロード(Excel対応)" / "Download CSV (opens in Excel)",
    registrants_answers: "回答" / "Answers",
    registrants_position: "キャンセル待ち{}番目" / "Waiting list place {}",
    registrants_checked_in: "{}に受付" / "Checked in at {}",
    registrants_decline_reason: "見送りの理由(申込者に伝えられます)" / "Reason for declining (the registrant reads it)",
    registrants_seat_hint: "キャンセル待ちの順番にかかわらず、定員を超えても席を用意します。" / "Gives a seat regardless of the waiting order, beyond the capacity if need be.",
    registrants_done: "処理しました。" / "Done.",
    decision_approve: "承認する" / "Approve",
    decision_decline: "見送る" / "Decline",
    decision_seat: "今すぐ席を用意する" / "Give a seat now",
    decision_check_in: "受付する" / "Check in",
    decision_undo_check_in: "受付を取り消す" / "Undo check-in",
    registrant_number: "番号" / "No.",
    registrant_status: "状態" / "Status",
    registrant_position: "キャンセル待ち順" / "Waiting list place",
    registrant_name: "氏名" / "Name",
    registrant_kana: "ふりがな" / "Kana",
    registrant_romanized: "ローマ字" / "Romanized name",
    registrant_organization: "所属" / "Organization",
    registrant_email: "メールアドレス" / "E-mail",
    registrant_registered_at: "申込日時" / "Registered",
    registrant_checked_in_at: "受付日時" / "Checked in",
    registrant_reason: "見送りの理由" / "Reason for declining",
    event_save: "イベントを保存する" / "Save the event",
    event_saved: "イベントを保存しました。" / "The event was saved.",
    err_already_registered: "このイベントには既に申し込まれています。" / "You are already registered for this event.",
    err_organization_limit: "このイベントは1団体あたりの申込人数に上限があり、貴団体は上限に達しています。" / "This event takes a limited number of people per organization, and your organization has reached it.",
    err_registration_not_open: "このイベントの申込受付はまだ始まっていません。" / "Registration for this event has not opened yet.",
    err_registration_ended: "このイベントの申込受付は終了しました。" / "Registration for this event has closed.",
    err_event_cancelled: "このイベントは中止になりました。" / "This event has been cancelled.",
    err_event_status_changed: "このイベントの状態は既に変更されています。ページを再読み込みしてください。" / "This event's status was changed already. Reload the page to see where it stands.",
    err_registration_changed: "この申込は既に取り消されたか、処理済みです。ページを再読み込みしてください。" / "This registration was already cancelled or decided. Reload the page to see where it stands.",
}

impl EventTexts {
    /// Where the reader's registration stands: as a badge (`short`), or as a sentence saying
    /// what happens next.
    pub fn standing(&self, mine: MyRegistration, short: bool) -> String {
        let place = mine.position.unwrap_or(1);
        match (mine.status, short) {
            (RegistrationStatus::Waitlisted, true) => fill(self.dashboard_waiting, place),
            (RegistrationStatus::Waitlisted, false) => fill(self.registration_waitlisted, place),
            (status, true) => self.registration_status(status).to_string(),
            (RegistrationStatus::Pending, false) => self.registration_pending.to_string(),
            (_, false) => self.registration_confirmed.to_string(),
        }
    }

    pub fn registration_status(&self, s: RegistrationStatus) -> &'static str {
        match s {
            RegistrationStatus::Confirmed => self.registration_status_confirmed,
            RegistrationStatus::Waitlisted => self.registration_status_waitlisted,
            RegistrationStatus::Pending => self.registration_status_pending,
            RegistrationStatus::Cancelled => self.registration_status_cancelled,
            RegistrationStatus::Declined => self.registration_status_declined,
            RegistrationStatus::Attended => self.registration_status_attended,
        }
    }

    pub fn decision(&self, d: Decision) -> &'static str {
        match d {
            Decision::Approve => self.decision_approve,
            Decision::Decline => self.decision_decline,
            Decision::Seat => self.decision_seat,
            Decision::CheckIn => self.decision_check_in,
            Decision::UndoCheckIn => self.decision_undo_check_in,
        }
    }

    pub fn event_kind(&self, k: EventKind) -> &'static str {
        match k {
            EventKind::Symposium => self.event_kind_symposium,
            EventKind::GovernmentMeeting => self.event_kind_government_meeting,
            EventKind::DelegationMeeting => self.event_kind_delegation_meeting,
            EventKind::JointEvent => self.event_kind_joint_event,
            EventKind::Committee => self.event_kind_committee,
            EventKind::MemberProgram => self.event_kind_member_program,
        }
    }

    pub fn event_format(&self, f: EventFormat) -> &'static str {
        match f {
            EventFormat::InPerson => self.event_format_in_person,
            EventFormat::Online => self.event_format_online,
            EventFormat::Hybrid => self.event_format_hybrid,
        }
    }

    pub fn event_status(&self, s: EventStatus) -> &'static str {
        match s {
            EventStatus::Draft => self.event_status_draft,
            EventStatus::Published => self.event_status_published,
            EventStatus::RegistrationClosed => self.event_status_registration_closed,
            EventStatus::Finished => self.event_status_finished,
            EventStatus::Cancelled => self.event_status_cancelled,
        }
    }

    pub fn question_kind(&self, k: QuestionKind) -> &'static str {
        match k {
            QuestionKind::Text => self.event_question_text,
            QuestionKind::Single => self.event_question_single,
            QuestionKind::Multiple => self.event_question_multiple,
        }
    }
}

impl Messages {
    /// The event pages' strings in this set's language.
    pub fn event(&'static self) -> &'static EventTexts {
        super::texts::get(self.locale())
    }

    /// Why an event takes no registration now.
    pub fn registration_closed(&'static self, c: Closed) -> &'static str {
        match c {
            Closed::NotYetOpen => self.event().err_registration_not_open,
            Closed::Ended => self.event().err_registration_ended,
            Closed::EventCancelled => self.event().err_event_cancelled,
        }
    }
}
