//! Every interface string, Japanese and English side by side: a key cannot exist in one
//! language only, because the macro takes both at once. `{}` marks a value filled in later.

use serde::Serialize;

messages! { Messages;
    // Shell
    skip_link: "本文へ移動" / "Skip to main content",
    brand_name: "MEJフォーラム" / "MEJ Forum",
    brand_sub: "Medical Excellence JAPAN" / "Medical Excellence JAPAN",
    nav_label: "メインメニュー" / "Main menu",
    nav_home: "トップ" / "Home",
    nav_dashboard: "ダッシュボード" / "Dashboard",
    nav_projects: "プロジェクト" / "Projects",
    nav_referrals: "受入れ相談" / "Referrals",
    nav_threads: "スレッド" / "Threads",
    nav_events: "イベント" / "Events",
    nav_directory: "会員名簿" / "Directory",
    nav_admin: "管理" / "Admin",
    nav_organization: "所属組織" / "My organization",
    nav_login: "ログイン" / "Log in",
    nav_logout: "ログアウト" / "Log out",
    nav_apply: "入会申請" / "Apply",
    account_menu: "アカウント" / "Account",
    language_label: "表示言語" / "Language",
    footer_text: "MEJフォーラム 会員プラットフォーム — 一般社団法人Medical Excellence JAPAN" / "MEJ Forum members' platform — Medical Excellence JAPAN",
    loading: "読み込み中です…" / "Loading…",

    // Meta descriptions of the public pages
    meta_login: "MEJフォーラム会員のログインページです。" / "Log in to the MEJ Forum members' platform.",
    meta_landing: "MEJフォーラムは、日本の医療の国際展開と外国人患者の受入れに取り組む医療機関・団体・企業が知見を共有し、プロジェクトやイベントで協働する会員制の場です。" / "The MEJ Forum is where Japanese medical institutions, associations and companies share knowledge and work together on taking Japanese medicine abroad and receiving international patients.",
    meta_apply: "医療機関・医療関係団体・学会・企業のMEJフォーラム入会申請はこちらから。事務局の審査後にご利用いただけます。" / "Apply for MEJ Forum membership for your medical institution, association, society or company; the secretariat reviews each application.",
    meta_forgot: "MEJフォーラムのパスワードを忘れた場合は、登録済みのメールアドレスに再設定用のリンクをお送りします。" / "Forgot your MEJ Forum password? We mail a reset link to your registered address.",

    // Landing

    // Login
    login_title: "ログイン" / "Log in",
    email: "メールアドレス" / "Email address",
    password: "パスワード" / "Password",
    login_submit: "ログインする" / "Log in",
    login_no_account: "まだ会員でない方は、入会申請をお願いします。" / "Not a member yet? Apply for membership.",
    login_bad_credentials: "メールアドレスまたはパスワードが正しくありません。" / "The email address or password is incorrect.",
    login_suspended: "このアカウントは利用停止中です。事務局にお問い合わせください。" / "This account is suspended. Please contact the MEJ secretariat.",
    login_unconfirmed: "入会申請のメールアドレスがまだ確認されていません。お送りしたメールのリンクを開いてください。" / "Your application's e-mail address is not confirmed yet. Please open the link in the mail we sent you.",
    login_pending: "入会申請は現在審査中です。承認されるとログインできます。" / "Your application is still being reviewed. You can log in once it is approved.",
    login_rejected: "入会申請は承認されませんでした。理由:" / "Your application was not approved. Reason:",

    // Forgotten password
    forgot_link: "パスワードをお忘れの方" / "Forgot your password?",
    forgot_title: "パスワードの再設定" / "Reset your password",
    forgot_lead: "ご登録のメールアドレスを入力してください。新しいパスワードを設定するためのリンク(60分間有効)をお送りします。" / "Enter the email address of your account. We will send it a link for choosing a new password (valid for 60 minutes).",
    forgot_submit: "再設定用のリンクを送る" / "Send reset link",
    forgot_sent: "このメールアドレスが登録されている場合は、再設定用のリンクをお送りしました。届かない場合は迷惑メールフォルダもご確認ください。" / "If an account uses this address, we have sent it a reset link. If nothing arrives, please also check your spam folder.",
    back_to_login: "ログイン画面に戻る" / "Back to log in",
    reset_title: "新しいパスワードの設定" / "Choose a new password",
    reset_lead: "新しいパスワードを設定すると、ほかの端末ではログアウトされます。" / "Once you set a new password, you are logged out on every other device.",
    reset_submit: "パスワードを設定する" / "Set new password",
    reset_again: "再設定用のリンクをもう一度送る" / "Send a new reset link",
    reset_invalid: "この再設定用リンクは無効です。既に使用された可能性があります。もう一度お手続きください。" / "This reset link is not valid; it may have been used already. Please ask for a new one.",
    reset_expired: "この再設定用リンクの有効期限(60分)が切れています。もう一度お手続きください。" / "This reset link has expired (it is valid for 60 minutes). Please ask for a new one.",

    // Membership application
    apply_title: "入会申請" / "Apply for membership",
    apply_lead: "組織とご担当者の情報をご入力ください。事務局の承認後にログインできるようになります。" / "Tell us about your organization and yourself. You can log in once MEJ staff have approved the application.",
    apply_org_section: "組織" / "Organization",
    apply_person_section: "ご担当者" / "Applicant",
    org_kind: "組織の種類" / "Type of organization",
    org_name_ja: "組織名(日本語)" / "Organization name (Japanese)",
    org_name_en: "組織名(英語)" / "Organization name (English)",
    org_name_hint: "どちらか一方は必須です。" / "At least one of the two names is required.",
    country: "国・地域" / "Country or region",
    website: "ウェブサイト" / "Website",
    website_hint: "https:// から始まるアドレス(任意)" / "An address starting with https:// (optional)",
    family_name: "姓" / "Family name",
    given_name: "名" / "Given name",
    family_name_kana: "せい(ふりがな)" / "Family name reading (kana)",
    given_name_kana: "めい(ふりがな)" / "Given name reading (kana)",
    kana_hint: "漢字のお名前には、ひらがなまたはカタカナで読みを入力してください。" / "If your name is written in kanji, give its reading in hiragana or katakana.",
    romanized_name: "ローマ字氏名" / "Name in Latin letters",
    romanized_hint: "姓・名の順(例: YAMADA Hanako)" / "Family name first (e.g. YAMADA Hanako)",
    preferred_language: "ご希望の表示言語" / "Preferred language",
    new_password: "パスワード" / "Password",
    password_hint: "12文字以上。よく使われるものや推測されやすいものは使えません" / "At least 12 characters, not a common or easily guessed one",
    password_confirm: "パスワード(確認)" / "Confirm password",
    apply_submit: "申請する" / "Submit application",
    apply_done_title: "メールをご確認ください" / "Check your mailbox",
    apply_done_text: "お送りしたメールのリンクを24時間以内に開き、メールアドレスを確認してください。確認後に申請が事務局へ届きます。" / "Open the link in the mail we sent you within 24 hours to confirm your e-mail address. Your application then goes to MEJ staff.",
    confirm_title: "メールアドレスの確認" / "Confirm your e-mail address",
    confirm_lead: "ボタンを押すと、入会申請が事務局へ届きます。" / "Press the button to send your application to MEJ staff.",
    confirm_submit: "メールアドレスを確認する" / "Confirm my e-mail address",
    confirm_done_title: "申請を受け付けました" / "Application received",
    confirm_done_text: "事務局で内容を確認のうえ、メールでご連絡いたします。承認後にログインできます。" / "MEJ staff will review it and write to you. You can log in once it is approved.",
    select_placeholder: "選択してください" / "Please choose",

    // Errors
    err_validation: "入力内容をご確認ください。" / "Please check the highlighted fields.",
    err_required: "入力してください。" / "This field is required.",
    err_too_long: "{}文字以内で入力してください。" / "Use at most {} characters.",
    err_too_short: "{}文字以上で入力してください。" / "Use at least {} characters.",
    err_invisible_characters: "制御文字・ゼロ幅文字・文字方向の制御文字は使えません。" / "Control, zero-width and text-direction characters are not allowed.",
    err_reserved_name: "この名称はMEJ事務局のものです。別の名称を入力してください。" / "This name belongs to the MEJ secretariat. Please use another name.",
    err_weak_password: "よく使われている、または推測されやすいパスワードです。別のパスワードにしてください。" / "This password is common or easy to guess. Please choose another.",
    err_wrong_code: "確認コードが正しくないか、既に使用されています。認証アプリの最新のコードを入力してください。" / "This code is wrong or was used already. Enter the newest code from your authenticator app.",
    err_invalid_date_time: "日付と時刻を正しく入力してください。" / "Enter a valid date and time.",
    err_invalid_date: "日付を正しく入力してください。" / "Enter a valid date.",
    err_not_after_start: "開始より後の日時にしてください。" / "Choose a time after the start.",
    err_not_before_event: "イベントの開始より前の日時にしてください。" / "Choose a time before the event begins.",
    err_out_of_range: "{}から{}までの数字を入力してください。" / "Enter a number from {} to {}.",
    err_too_many: "{}件までにしてください。" / "Use at most {} entries.",
    err_too_few: "{}件以上指定してください。" / "Give at least {}.",
    err_too_many_words: "検索語は{}語以内にしてください。" / "Search for at most {} words at once.",
    err_invalid_email: "メールアドレスの形式が正しくありません。" / "Enter a valid email address.",
    err_invalid_url: "https:// から始まるアドレスを入力してください。" / "Enter an address starting with https://.",
    err_invalid_choice: "一覧から選択してください。" / "Choose one of the options.",
    err_kana_only: "ひらがなまたはカタカナで入力してください。" / "Use hiragana or katakana only.",
    err_kana_required: "漢字のお名前には読みがなが必要です。" / "A name in kanji needs its kana reading.",
    err_latin_only: "ローマ字(ラテン文字)で入力してください。" / "Use Latin letters only.",
    err_password_mismatch: "パスワードが一致しません。" / "The passwords do not match.",
    err_email_taken: "このメールアドレスは既に登録されています。" / "This email address is already registered.",
    err_name_taken: "この名前は別のカテゴリで使われています。" / "Another category has this name.",
    err_wrong_password: "現在のパスワードが正しくありません。" / "The current password is incorrect.",
    err_unauthenticated: "このページを見るにはログインしてください。" / "Please log in to see this page.",
    err_forbidden: "この操作を行う権限がありません。" / "You do not have permission to do this.",
    err_not_found: "お探しのページまたは項目は見つかりませんでした。" / "We could not find what you were looking for.",
    err_already_decided: "この申請は既に処理されています。" / "This application has already been decided.",
    err_not_on_self: "ご自身のアカウントにはこの操作を行えません。" / "You cannot do this to your own account.",
    err_account_pending: "審査中のアカウントは、入会申請の承認・非承認で扱ってください。" / "Accounts under review are decided through their application.",
    err_rate_limited: "試行回数が多すぎます。約{}分後にもう一度お試しください。" / "Too many attempts. Please try again in about {} minutes.",
    err_internal: "申し訳ありません。サーバーで問題が発生しました。時間をおいて再度お試しください。" / "Sorry, something went wrong on our side. Please try again shortly.",
    err_bad_request: "リクエストを読み取れませんでした。ページを再読み込みしてからお試しください。" / "The request could not be read. Please reload the page and try again.",
    err_too_large: "送信内容が大きすぎます。" / "What you sent is too large.",
    err_request: "サーバーに接続できませんでした。通信環境をご確認ください。" / "Could not reach the server. Please check your connection.",

    // Dashboard and the areas that later work fills
    dashboard_title: "ダッシュボード" / "Dashboard",
    dashboard_welcome: "ようこそ、{}さん。" / "Welcome, {}.",
    dashboard_followed_heading: "フォロー中のスレッドの新着" / "New in threads you follow",
    dashboard_followed_empty: "フォロー中のスレッドに新しい返信はありません。" / "No new replies in the threads you follow.",
    dashboard_mentions_heading: "あなたへの言及" / "Mentions of you",
    dashboard_mentions_empty: "まだ誰からも言及されていません。" / "Nobody has mentioned you yet.",
    dashboard_empty: "参加中のプロジェクト、新着スレッド、申込済みのイベントがここに表示されます。" / "Your projects, new threads and event registrations will appear here.",
    projects_title: "プロジェクト" / "Projects",
    thread_unread: "新着{}件" / "{} new",
    thread_locked_refusal: "このスレッドはロックされたため、返信は投稿されませんでした。入力した内容はそのまま残っています。" / "This thread has been locked, so your reply was not posted. What you wrote is still in the form.",
    post_number: "投稿 #{}" / "Post #{}",
    post_edited: "編集済み" / "edited",
    post_hidden: "この投稿は事務局により非表示にされました。" / "This post was hidden by MEJ staff.",
    category_requires_approval: "新しい投稿はすべて事務局の承認後に公開する" / "Every new post waits for approval by MEJ staff",
    follow_thread: "フォロー" / "Follow",
    bookmark: "ブックマーク" / "Bookmark",
    edit: "編集" / "Edit",
    delete: "削除" / "Delete",
    err_post_deleted: "この投稿は削除されているため、変更できません。" / "This post was deleted, so it cannot be changed.",
    err_not_an_answer: "解決策にできるのは公開中の返信だけです。" / "Only a published reply can be the answer.",
    err_post_changed: "編集中に投稿が変更されました。ページを再読み込みして最新の本文を確認してください(入力した内容はフォームに残っています)。" / "The post changed while you were editing it. Reload the page to see its latest text (what you typed is still in the form).",

    // Flags
    flag_reason_off_topic: "話題と無関係" / "Off-topic",
    flag_reason_inappropriate: "不適切な内容" / "Inappropriate",
    flag_reason_patient_info: "患者の個人情報を含む" / "Confidential patient information",
    flag_reason_spam: "スパム" / "Spam",
    flag_reason_other: "その他" / "Other",
    reason_label: "理由" / "Reason",

    // The project a thread or an event is about
    project_place: "関連プロジェクト：" / "Project:",

    // Notifications
    nav_notifications: "通知" / "Notifications",
    nav_notifications_unread_label: "通知(未読{}件)" / "Notifications ({} unread)",

    // Moderation
    nav_moderation: "モデレーション" / "Moderation",
    moderation_queue_label: "確認待ちの投稿" / "Review queue",
    moderation_queue_count: "確認待ち {}件" / "{} to review",
    reason_off_topic: "このスレッドの話題と関係がないため。" / "Off-topic for this thread.",
    reason_patient_info: "患者を特定できる情報が含まれているため。" / "It contains information that could identify a patient.",
    reason_inappropriate: "フォーラムの利用規約に反する内容のため。" / "It breaks the Forum's rules of conduct.",
    reason_spam: "宣伝・スパムのため。" / "Advertising or spam.",
    reason_no_problem: "確認しましたが、問題は見つかりませんでした。" / "Reviewed: no problem found.",
    reason_resolved: "話題は解決済みです。" / "The question has been resolved.",
    reason_important: "会員の皆さまに広く読んでいただきたいため。" / "Important for all members.",
    events_title: "イベント" / "Events",
    event_form_new: "イベントの作成" / "New event",
    event_form_edit: "イベントの編集" / "Edit event",
    remove_item: "削除" / "Remove",
    remove_item_label: "{}を削除" / "Remove {}",

    // Directory
    directory_title: "会員名簿" / "Member directory",
    directory_lead: "フォーラムに参加している組織を検索できます。名称は漢字・かな・ローマ字のいずれでも検索できます。" / "Find the organizations taking part in the Forum. Search by name in kanji, kana or Latin letters.",
    search_label: "キーワード" / "Keywords",
    kind_label: "種類" / "Type",
    any_option: "すべて" / "All",
    specialty_label: "診療分野・専門" / "Specialty",
    badge_label: "認定" / "Recognition",
    badge_jih: "JIH" / "JIH",
    badge_amtac: "AMTAC" / "AMTAC",
    badge_jih_long: "JIH(ジャパン インターナショナル ホスピタルズ)推奨病院" / "JIH: Japan International Hospitals (recommended for international patients)",
    badge_amtac_long: "AMTAC 認証医療渡航支援企業" / "AMTAC: accredited medical travel assistance company",
    search_submit: "検索" / "Search",
    results_count: "{}件" / "{} organization|{} organizations",
    no_results: "条件に合う組織は見つかりませんでした。" / "No organization matches these filters.",
    pagination_label: "ページ" / "Pages",
    page_prev: "前へ" / "Previous",
    page_next: "次へ" / "Next",
    page_of: "{}ページ目" / "Page {}",
    location_label: "所在地" / "Location",
    languages_label: "対応言語" / "Languages",
    contacts_label: "担当者" / "People",
    org_projects: "この組織が参加するプロジェクト" / "Projects this organization takes part in",
    back_to_directory: "会員名簿に戻る" / "Back to the directory",

    // Vocabulary of roles, statuses, kinds
    role_member: "会員" / "Member",
    role_org_admin: "組織管理者" / "Organization admin",
    role_staff: "事務局" / "Staff",
    role_admin: "システム管理者" / "Administrator",
    status_pending: "審査中" / "Pending",
    status_active: "有効" / "Active",
    status_suspended: "停止中" / "Suspended",
    kind_hospital: "病院" / "Hospital",
    kind_clinic: "診療所" / "Clinic",
    kind_association: "医療関係団体" / "Medical association",
    kind_society: "学会" / "Medical society",
    kind_company: "企業" / "Company",
    kind_government: "政府・公的機関" / "Government body",
    kind_other: "その他" / "Other",

    // Profile
    time_zone_label: "タイムゾーン" / "Time zone",
    save: "保存する" / "Save",
    saved: "保存しました。" / "Saved.",
    new_password_label: "新しいパスワード" / "New password",
    new_password_confirm: "新しいパスワード(確認)" / "Confirm new password",

    // Own organization
    org_page_title: "所属組織の管理" / "Manage my organization",
    org_profile_section: "公開プロフィール" / "Public profile",
    org_profile_lead: "会員名簿に表示される内容です。組織の種類と国・地域の変更は事務局にご依頼ください。" / "This is what members see in the directory. To change the type of organization or its country, please contact the MEJ secretariat.",
    prefecture: "都道府県" / "Prefecture",
    description_ja: "紹介文(日本語)" / "Description (Japanese)",
    description_en: "紹介文(英語)" / "Description (English)",
    description_hint: "2,000文字以内。会員名簿では閲覧者の言語で表示されます。" / "Up to 2,000 characters. The directory shows the one in the reader's language.",
    save_profile: "プロフィールを保存する" / "Save profile",
    view_public_profile: "会員名簿での表示を見る" / "See it in the directory",
    recognitions_section: "認証・推奨の登録(事務局)" / "Recognitions (MEJ staff)",
    save_recognitions: "認証・推奨を保存する" / "Save recognitions",
    members_section: "メンバー" / "Members",
    col_name: "氏名" / "Name",
    col_email: "メールアドレス" / "Email",
    col_role: "役割" / "Role",
    col_actions: "操作" / "Actions",
    // Two-step verification
    two_factor_setup_needed: "この役割では二段階認証が必須です。続けるには、まず二段階認証を設定してください。" / "Your role requires two-step verification. Please set it up to continue.",
    two_factor_setup_link: "二段階認証を設定する" / "Set up two-step verification",
    two_factor_already_on: "二段階認証は既に有効です。" / "Two-step verification is on already.",
    two_factor_not_started: "設定が始まっていないか、期限が切れました。「設定を始める」からやり直してください。" / "Setting up has not started or has expired. Please start again.",
    two_factor_cannot_turn_off: "この役割では二段階認証を無効にできません。" / "Your role requires two-step verification: it cannot be turned off.",
    login_code_expired: "時間が経過したため、もう一度ログインしてください。" / "Too much time has passed: please log in again.",
    col_expires: "有効期限" / "Expires",
    remove_member: "{}さんを組織から外す" / "Remove {} from the organization",
    remove: "外す" / "Remove",
    invite_section: "同僚を招待する" / "Invite a colleague",
    invite_email: "招待する方のメールアドレス" / "Colleague's email address",
    invite_role: "役割" / "Role",
    invite_submit: "招待リンクを作成する" / "Create invitation link",
    invite_created: "招待リンクを作成し、メールで送信しました。このリンクを直接お伝えいただくこともできます(7日間有効)。" / "The invitation link has been created and emailed. You can also pass it on yourself (valid for 7 days).",
    invite_link_label: "招待リンク" / "Invitation link",
    copy_link: "リンクをコピー" / "Copy link",
    copied: "コピーしました。" / "Copied.",
    open_invitations: "未使用の招待" / "Open invitations",
    no_invitations: "未使用の招待はありません。" / "There are no open invitations.",
    revoke: "取り消す" / "Revoke",
    revoke_invitation: "{}への招待を取り消す" / "Revoke the invitation to {}",
    expired: "期限切れ" / "Expired",

    // Accepting an invitation
    invite_accept_title: "MEJフォーラムへようこそ" / "Welcome to the MEJ Forum",
    invite_accept_lead: "{}から招待されています。アカウントを作成してください。" / "You have been invited by {}. Create your account to join.",
    invite_accept_submit: "アカウントを作成する" / "Create account",
    invite_invalid: "この招待リンクは無効です。既に使用されたか、取り消された可能性があります。組織の管理者にお問い合わせください。" / "This invitation link is not valid. It may have been used or revoked. Please ask your organization's administrator.",
    invite_expired: "この招待リンクの有効期限が切れています。組織の管理者に再発行を依頼してください。" / "This invitation link has expired. Please ask your organization's administrator for a new one.",

    // Admin area
    approve: "承認する" / "Approve",
    reject: "承認しない" / "Reject",
    approve_application: "{}の申請を承認する" / "Approve the application of {}",
    suspend: "利用停止" / "Suspend",
    reactivate: "再開" / "Reactivate",

    // Not found
    not_found_title: "ページが見つかりません" / "Page not found",
    back_home: "トップページへ" / "Go to the home page",

    // Mails (sent in both languages: the recipient's language may not be known yet)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(m: &impl Serialize) -> Result<serde_json::Map<String, serde_json::Value>, String> {
        match serde_json::to_value(m).map_err(|e| e.to_string())? {
            serde_json::Value::Object(map) => Ok(map),
            _ => Err("not an object".into()),
        }
    }

    /// Every key has a non-empty string in both languages, and the placeholders agree.
    #[test]
    fn both_languages_are_complete() -> Result<(), String> {
        complete(entries(&JA)?, entries(&EN)?)?;
        #[cfg(feature = "ssr")]
        {
            use super::super::{
                admin, event, landing, mail, notification, project, referral, thread,
            };
            complete(entries(&mail::JA)?, entries(&mail::EN)?)?;
            complete(entries(&project::JA)?, entries(&project::EN)?)?;
            complete(entries(&landing::JA)?, entries(&landing::EN)?)?;
            complete(entries(&event::JA)?, entries(&event::EN)?)?;
            complete(entries(&thread::JA)?, entries(&thread::EN)?)?;
            complete(entries(&notification::JA)?, entries(&notification::EN)?)?;
            complete(entries(&referral::JA)?, entries(&referral::EN)?)?;
            complete(entries(&admin::JA)?, entries(&admin::EN)?)?;
        }
        Ok(())
    }

    fn complete(
        ja: serde_json::Map<String, serde_json::Value>,
        en: serde_json::Map<String, serde_json::Value>,
    ) -> Result<(), String> {
        assert_eq!(ja.keys().collect::<Vec<_>>(), en.keys().collect::<Vec<_>>());
        for (key, value) in &ja {
            let ja_s = value.as_str().unwrap_or_default();
            let en_s = en.get(key).and_then(|v| v.as_str()).unwrap_or_default();
            assert!(!ja_s.trim().is_empty(), "ja `{key}` is empty");
            assert!(!en_s.trim().is_empty(), "en `{key}` is empty");
            // A count's English may have a singular and a plural form ("{} item|{} items"),
            // each with the Japanese placeholders; Japanese has one form.
            let counted = en_s.contains("{}");
            let forms: Vec<&str> = if counted {
                en_s.split('|').collect()
            } else {
                vec![en_s]
            };
            for form in forms {
                assert_eq!(
                    ja_s.matches("{}").count(),
                    form.matches("{}").count(),
                    "placeholders of `{key}`"
                );
            }
            assert!(
                !(counted && ja_s.contains('|')),
                "ja `{key}` has plural forms"
            );
        }
        Ok(())
    }

    /// Japanese strings are really Japanese (guards against an English string pasted twice).
    #[test]
    fn japanese_strings_contain_japanese() -> Result<(), String> {
        let same_by_design = ["brand_sub", "badge_jih", "badge_amtac"];
        let mut all = entries(&JA)?;
        #[cfg(feature = "ssr")]
        {
            all.extend(entries(&super::super::mail::JA)?);
            all.extend(entries(&super::super::event::JA)?);
            all.extend(entries(&super::super::thread::JA)?);
            all.extend(entries(&super::super::project::JA)?);
            all.extend(entries(&super::super::landing::JA)?);
            all.extend(entries(&super::super::notification::JA)?);
            all.extend(entries(&super::super::referral::JA)?);
            all.extend(entries(&super::super::admin::JA)?);
        }
        for (key, value) in all {
            if same_by_design.contains(&key.as_str()) {
                continue;
            }
            let s = value.as_str().unwrap_or_default();
            assert!(
                s.chars().any(|c| c as u32 >= 0x3000),
                "ja `{key}` has no Japanese: {s}"
            );
        }
        Ok(())
    }
}
