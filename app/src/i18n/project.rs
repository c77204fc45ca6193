//! The projects' strings: the key set of the project pages (an area set, see `texts`) and the
//! labels of the projects' vocabulary (directions, phases, review, roles, support).

use super::Messages;
use super::texts::TextArea;
use crate::model::project::{
    ParticipantRole, ProjectDirection, ProjectPhase, ProjectStatus, SupportKind,
};

area_messages! { ProjectTexts, TextArea::Project;
    projects_lead: "会員が進める国際展開プロジェクト(アウトバウンド)と外国人患者受入れ(インバウンド)の取り組みです。参加したいプロジェクトを探し、自らのプロジェクトを提案できます。" / "Globalization projects members run abroad (outbound) and for patients received in Japan (inbound). Find one to join, or propose your own.",
    projects_propose: "プロジェクトを提案" / "Propose a project",
    projects_published: "公開中のプロジェクト" / "Published projects",
    projects_in_review: "審査中の提案" / "Proposals in review",
    projects_count: "{}件のプロジェクト" / "{} project|{} projects",
    projects_empty: "該当するプロジェクトはありません。" / "No projects match.",
    projects_filter: "絞り込む" / "Filter",
    projects_any: "すべて" / "All",
    projects_map: "プロジェクトの所在地" / "Where the projects are",
    projects_map_hint: "円の大きさはプロジェクトの数を表します。円を選ぶとその国で絞り込みます。" / "Each circle's size is the number of projects; choose one to show that country's.",
    projects_map_point: "{}: {}件" / "{}: {} project|{}: {} projects",
    projects_all_countries: "すべての国" / "All countries",
    project_direction: "方向" / "Direction",
    project_direction_outbound: "アウトバウンド(海外展開)" / "Outbound",
    project_direction_inbound: "インバウンド(患者受入れ)" / "Inbound",
    project_phase: "段階" / "Phase",
    project_phase_exploration: "構想" / "Exploration",
    project_phase_feasibility: "事業化調査" / "Feasibility",
    project_phase_agreement: "合意形成" / "Agreement",
    project_phase_setup: "立ち上げ" / "Setup",
    project_phase_operation: "運営" / "Operation",
    project_phase_completed: "完了" / "Completed",
    project_status_proposed: "審査待ち" / "Awaiting review",
    project_status_returned: "差し戻し" / "Returned",
    project_status_published: "公開中" / "Published",
    project_role_lead: "主導" / "Lead",
    project_role_partner: "パートナー" / "Partner",
    project_role_observer: "オブザーバー" / "Observer",
    project_support: "求める支援" / "Support sought",
    project_support_expertise: "専門知識(診療科)" / "Expertise",
    project_support_human_resources: "人材" / "Human resources",
    project_support_equipment: "機器" / "Equipment",
    project_support_regulatory: "許認可・規制対応" / "Regulatory",
    project_support_funding: "資金" / "Funding",
    project_support_introductions: "紹介・人脈" / "Introductions",
    project_country: "相手国" / "Partner country",
    project_region: "地域・都市" / "Region or city",
    project_partners: "相手先の機関・政府機関" / "Partner institutions and government bodies",
    project_lead: "主導する組織" / "Lead organization",
    project_specialties: "求める専門分野" / "Specialties sought",
    project_languages: "使用言語" / "Working languages",
    project_participants: "参加組織" / "Organizations taking part",
    project_organization: "参加組織" / "Organization taking part",
    projects_org_hint: "名称(漢字・かな・ローマ字)または所在地" / "Its name in kanji, kana or Latin letters, or where it is",
    projects_of_organization: "{}が参加するプロジェクト" / "Projects {} takes part in",
    projects_all_organizations: "組織の絞り込みを外す" / "Remove the organization filter",
    project_follow: "フォロー" / "Follow",
    project_follow_hint: "報告とマイルストーンの完了を通知で受け取ります。" / "Be notified of its updates and milestones.",
    project_milestones: "マイルストーン" / "Milestones",
    project_milestones_empty: "マイルストーンはまだありません。" / "No milestones yet.",
    project_milestone_done: "完了" / "Done",
    project_milestone_open: "未完了" / "Open",
    project_milestone_late: "期限超過" / "Overdue",
    project_milestone_due: "期限 {}" / "due {}",
    project_milestone_tick: "完了にする" / "Mark done",
    project_milestone_reopen: "未完了に戻す" / "Mark not done",
    project_milestone_add: "マイルストーンを追加" / "Add a milestone",
    project_milestone_title_ja: "名称(日本語)" / "Title (Japanese)",
    project_milestone_title_en: "名称(英語)" / "Title (English)",
    project_milestone_due_label: "期限(任意)" / "Due date (optional)",
    project_threads: "関連スレッド" / "Threads about this project",
    project_threads_empty: "このプロジェクトについてのスレッドはまだありません。" / "No thread about this project yet.",
    project_thread_replies: "返信{}件" / "{} reply|{} replies",
    project_start_thread: "このプロジェクトについてスレッドを立てる" / "Start a thread about this project",
    project_events: "関連イベント" / "Events about this project",
    project_events_empty: "このプロジェクトに関するイベントはまだありません。" / "No event about this project yet.",
    project_create_event: "このプロジェクトのイベントを作成" / "Create an event about this project",
    project_updates: "活動報告" / "Updates",
    project_updates_empty: "活動報告はまだありません。" / "No updates yet.",
    project_update_body: "報告" / "Update",
    project_update_hint: "Markdownで書けます。フォローしている会員に通知されます。" / "Markdown is welcome. Members who follow the project are notified.",
    project_update_post: "報告を投稿" / "Post the update",
    projects_matching: "自組織の強みを活かせるプロジェクト" / "Projects that need what we do",
    matching_lead: "貴組織の診療科と対応言語が、支援を求めるプロジェクトとどれだけ重なるかで並べています。診療科が一致するほど上位になり、共通の言語が加点されます。" / "Published projects ranked by how well your organization's specialties and working languages meet what they seek: each specialty that matches counts most, shared languages add to it.",
    matching_none: "今のところ、貴組織の診療科に合う支援を求めるプロジェクトはありません。組織のプロフィールに診療科と言語を登録すると見つかりやすくなります。" / "No project seeks what your organization does yet. Specialties and languages in your organization's profile help others find you.",
    matching_specialties: "一致する診療科" / "Specialties that match",
    matching_languages: "共通の言語" / "Shared languages",
    project_helpers: "協力できそうな組織" / "Organizations that could help",
    project_helpers_hint: "名簿に登録された診療科と言語が、このプロジェクトが求める支援と重なる組織です(参加中の組織を除く)。" / "Organizations whose specialties and languages in the directory meet what this project seeks (those taking part left out).",
    project_helpers_none: "該当する組織は見つかりませんでした。" / "No organization matches yet.",
    project_join_heading: "参加を申請する" / "Ask to join",
    project_join_hint: "参加の形と、貴組織が提供できること(人材、専門知識、機器、現地とのつながりなど)を書いてください。リード組織が判断し、結果は通知でお知らせします。" / "Choose how your organization would take part and say what it brings (people, expertise, equipment, local contacts…). The lead organization decides; you will be notified.",
    project_join_role: "参加の形" / "Taking part as",
    project_join_contribution: "貴組織が提供できること" / "What your organization brings",
    project_join_send: "参加を申請" / "Send the request",
    project_join_pending: "貴組織の参加申請は、リード組織の判断を待っています。" / "Your organization's request to join is waiting for the lead's decision.",
    project_join_declined: "貴組織の前回の参加申請は見送りとなりました。リード組織からの理由:" / "Your organization's last request to join was declined. The lead's reason:",
    project_requests: "参加申請" / "Requests to join",
    project_accept: "承認" / "Accept",
    project_decline: "見送る" / "Decline",
    project_decline_reason: "見送る理由(申請した組織に伝えられます)" / "Reason for declining (the organization that asked reads it)",
    project_backed: "フォーラム支援" / "Backed by the Forum",
    project_title_ja: "名称(日本語)" / "Title (Japanese)",
    project_title_en: "名称(英語)" / "Title (English)",
    project_summary_ja: "概要(日本語)" / "Summary (Japanese)",
    project_summary_en: "概要(英語)" / "Summary (English)",
    project_form_lead: "提案はMEJ事務局が確認してから会員に公開されます。あなたの組織が主導組織になります。" / "MEJ staff review a proposal before members see it. Your organization leads the project.",
    project_edit: "プロジェクトを編集" / "Edit the project",
    project_save: "保存する" / "Save",
    project_submit: "提案する" / "Propose",
    project_resubmit: "修正して再提案する" / "Save and propose again",
    project_returned_heading: "事務局から差し戻されました" / "Staff returned this proposal",
    project_returned_hint: "理由を確認して内容を修正し、再提案してください。" / "Read the reason, change what it asks, and propose the project again.",
    project_review_heading: "審査" / "Review",
    project_publish: "公開する" / "Publish",
    project_return: "差し戻す" / "Return to the proposers",
    project_return_reason: "差し戻しの理由(提案者に伝えられます)" / "Reason for returning it (the proposers read it)",
    project_back: "フォーラム支援の印を付ける" / "Mark as backed by the Forum",
    project_unback: "フォーラム支援の印を外す" / "Remove the Forum's backing",
    project_done: "更新しました。" / "Done.",
    project_to_list: "プロジェクト一覧へ" / "All projects",
    err_already_in_project: "あなたの組織は既にこのプロジェクトに参加しているか、参加を申請済みです。" / "Your organization already takes part in this project or has asked to join it.",
    err_project_not_published: "参加を申請できるのは公開中のプロジェクトだけです。" / "Only a published project takes requests to join.",
}

impl ProjectTexts {
    pub fn direction(&self, d: ProjectDirection) -> &'static str {
        match d {
            ProjectDirection::Outbound => self.project_direction_outbound,
            ProjectDirection::Inbound => self.project_direction_inbound,
        }
    }

    pub fn phase(&self, p: ProjectPhase) -> &'static str {
        match p {
            ProjectPhase::Exploration => self.project_phase_exploration,
            ProjectPhase::Feasibility => self.project_phase_feasibility,
            ProjectPhase::Agreement => self.project_phase_agreement,
            ProjectPhase::Setup => self.project_phase_setup,
            ProjectPhase::Operation => self.project_phase_operation,
            ProjectPhase::Completed => self.project_phase_completed,
        }
    }

    pub fn status(&self, s: ProjectStatus) -> &'static str {
        match s {
            ProjectStatus::Proposed => self.project_status_proposed,
            ProjectStatus::Returned => self.project_status_returned,
            ProjectStatus::Published => self.project_status_published,
        }
    }

    pub fn role(&self, r: ParticipantRole) -> &'static str {
        match r {
            ParticipantRole::Lead => self.project_role_lead,
            ParticipantRole::Partner => self.project_role_partner,
            ParticipantRole::Observer => self.project_role_observer,
        }
    }

    pub fn support(&self, s: SupportKind) -> &'static str {
        match s {
            SupportKind::Expertise => self.project_support_expertise,
            SupportKind::HumanResources => self.project_support_human_resources,
            SupportKind::Equipment => self.project_support_equipment,
            SupportKind::Regulatory => self.project_support_regulatory,
            SupportKind::Funding => self.project_support_funding,
            SupportKind::Introductions => self.project_support_introductions,
        }
    }
}

impl Messages {
    /// The project pages' strings in this set's language.
    pub fn project(&'static self) -> &'static ProjectTexts {
        super::texts::get(self.locale())
    }
}
