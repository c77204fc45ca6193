//! The inbound referrals' strings: the key set of the case pages (an area set, see `texts`), the
//! labels of their vocabulary (states, urgency, answers, steps) and their refusals.

use super::Messages;
use super::texts::TextArea;
use crate::model::identifiers::Identifier;
use crate::model::referral::{AnswerStatus, ReferralStatus, ReferralStep, Urgency};

area_messages! { ReferralTexts, TextArea::Referral;
    referrals_title: "外国人患者の受入れ相談" / "Inbound referrals",
    referrals_lead: "自国では治療が難しい患者さまの症例を匿名で相談し、受入れ条件の合う会員医療機関につなぎます。症例は、相談した組織、条件の合った医療機関、事務局だけが見られます。" / "Refer a patient whose treatment is difficult at home, anonymously: the case reaches the member institutions that accept such patients. Only your organization, the matched institutions and MEJ staff can see it.",
    referrals_new: "症例を相談する" / "Refer a case",
    referrals_empty: "相談した症例、届いた症例はまだありません。" / "No case submitted or received yet.",
    referrals_list_label: "症例の一覧" / "Cases",
    referral_case: "症例 #{}" / "Case #{}",
    referral_side_submitted: "自組織が相談" / "Submitted by us",
    referral_side_received: "自組織に届いた症例" / "Received",
    referral_side_secretariat: "事務局として閲覧" / "Followed by the secretariat",
    referral_matched: "{}機関に届きました" / "Reached {} institution|Reached {} institutions",
    referral_can_accept: "受入れ可能 {}機関" / "{} can accept|{} can accept",
    referral_new_title: "症例を相談する" / "Refer a case",
    referral_warning: "患者さまを特定できる情報(氏名、生年月日などの日付、旅券番号、電話番号、メールアドレス)は書かないでください。年齢は「54歳」、時期は「2026年3月」のように書いてください。特定につながる情報があると送信できません。" / "Do not write anything that identifies the patient (name, dates such as the date of birth, passport number, phone number, e-mail address). Write the age (\"54\") and months (\"March 2026\") instead. A case with identifying details cannot be sent.",
    referral_specialty: "必要な診療科" / "Specialty needed",
    referral_summary: "病状の概要" / "Condition summary",
    referral_summary_hint: "診断、これまでの治療、希望する治療を、個人を特定しない形で書いてください。" / "Diagnosis, treatment so far and the treatment sought, without identifying the patient.",
    referral_languages: "患者さまの言語" / "The patient's languages",
    referral_country: "患者さまの国" / "The patient's country",
    referral_urgency: "緊急度" / "Urgency",
    referral_earliest: "希望時期(から)" / "Desired period: from",
    referral_latest: "希望時期(まで)" / "Desired period: until",
    referral_accompanied: "付き添いの方が同行します" / "Someone travels with the patient",
    referral_submit: "相談を送信する" / "Send the case",
    referral_period: "希望時期" / "Desired period",
    referral_unspecified: "指定なし" / "Not specified",
    referral_accompanied_yes: "付き添いあり" / "Accompanied",
    referral_accompanied_no: "付き添いなし" / "Not accompanied",
    referral_answers: "医療機関からの回答" / "Answers from the institutions",
    referral_answers_lead: "受入れ可能な医療機関を比較し、一つを選ぶと症例は完了します。ほかの医療機関にはその旨が伝えられます。" / "Compare the institutions that can accept and choose one: the case then closes, and the others are told.",
    referral_your_answer: "貴院の回答" / "Your institution's answer",
    referral_answer_status: "回答" / "Answer",
    referral_answer_note: "コメント(追加で知りたいことなど)" / "Note (what more you need to know, if anything)",
    referral_answer_earliest: "受入れ可能な最短の日" / "Earliest date you could receive the patient",
    referral_answer_submit: "回答する" / "Send the answer",
    referral_answer_earliest_shown: "最短受入れ日: {}" / "Earliest: {}",
    referral_choose: "この医療機関に決める" / "Choose this institution",
    referral_chosen: "選ばれた医療機関" / "Chosen",
    referral_info: "情報を追加する" / "Add information",
    referral_info_note: "追加する情報" / "Information to add",
    referral_info_submit: "情報を送る" / "Send the information",
    referral_withdraw: "相談を取り下げる" / "Withdraw the case",
    referral_withdraw_reason: "取り下げの理由(任意)" / "Reason for withdrawing (optional)",
    referral_history: "経過" / "History",
    referral_to_list: "症例の一覧へ" / "Back to the cases",
    referral_status_open: "回答受付中" / "Open",
    referral_status_chosen: "受入れ先決定" / "Institution chosen",
    referral_status_withdrawn: "取り下げ" / "Withdrawn",
    referral_urgency_routine: "通常" / "Routine",
    referral_urgency_soon: "早めに(数週間以内)" / "Soon (within weeks)",
    referral_urgency_urgent: "至急" / "Urgent",
    referral_answer_awaiting: "未回答" / "No answer yet",
    referral_answer_can_accept: "受入れ可能" / "Can accept",
    referral_answer_cannot_accept: "受入れ不可" / "Cannot accept",
    referral_answer_needs_info: "追加情報が必要" / "Needs more information",
    referral_step_submitted: "相談を受け付けました" / "Case submitted",
    referral_step_answered: "回答がありました" / "Answered",
    referral_step_info_added: "情報が追加されました" / "Information added",
    referral_step_chosen: "受入れ先が決まりました" / "Institution chosen",
    referral_step_withdrawn: "取り下げられました" / "Withdrawn",
    err_identifies_name: "氏名や敬称(様、Mr. など)があります。患者さまの名前は書けません。" / "This names a person (a name or a title such as Mr.): leave the patient's name out.",
    err_identifies_date: "日付(生年月日など)があります。年齢や「2026年3月」のような月で書いてください。" / "This has a date (such as a date of birth): write the age, or the month (\"March 2026\").",
    err_identifies_passport: "旅券(パスポート)番号があります。削除してください。" / "This has a passport number: remove it.",
    err_identifies_phone: "電話番号があります。削除してください。" / "This has a phone number: remove it.",
    err_identifies_email: "メールアドレスがあります。削除してください。" / "This has an e-mail address: remove it.",
    err_no_institution_matches: "この診療科と言語で外国人患者を受け入れている会員医療機関がありません。患者さまが話せる言語(英語など)を加えるか、事務局にご相談ください。" / "No member institution accepts international patients in this specialty and in one of these languages. Add a language the patient speaks (English, for instance), or ask MEJ staff.",
    err_referral_closed: "この症例はすでに完了したか、取り下げられています。" / "This case is closed or was withdrawn.",
    err_answer_not_acceptance: "この医療機関は現在「受入れ可能」と回答していません。回答を確認してください。" / "This institution's answer is no longer \"can accept\": check the answers again.",
    acceptance_title: "外国人患者の受入れ" / "International patients",
    acceptance_lead: "受入れの相談が届く条件です。診療科と、組織プロフィールの対応言語が症例に合うと、相談が届きます。" / "Inbound cases reach your institution when they need one of these specialties and the patient speaks one of the languages on your organization's profile.",
    acceptance_accepts: "外国人患者の受入れ相談を受け付ける" / "Accept inbound referrals of international patients",
    acceptance_specialties: "受け入れる診療科" / "Specialties you accept",
    acceptance_save: "受入れ条件を保存" / "Save",
    acceptance_saved: "保存しました。" / "Saved.",
}

impl ReferralTexts {
    pub fn status(&self, s: ReferralStatus) -> &'static str {
        match s {
            ReferralStatus::Open => self.referral_status_open,
            ReferralStatus::Chosen => self.referral_status_chosen,
            ReferralStatus::Withdrawn => self.referral_status_withdrawn,
        }
    }

    pub fn urgency(&self, u: Urgency) -> &'static str {
        match u {
            Urgency::Routine => self.referral_urgency_routine,
            Urgency::Soon => self.referral_urgency_soon,
            Urgency::Urgent => self.referral_urgency_urgent,
        }
    }

    pub fn answer(&self, a: AnswerStatus) -> &'static str {
        match a {
            AnswerStatus::Awaiting => self.referral_answer_awaiting,
            AnswerStatus::CanAccept => self.referral_answer_can_accept,
            AnswerStatus::CannotAccept => self.referral_answer_cannot_accept,
            AnswerStatus::NeedsInfo => self.referral_answer_needs_info,
        }
    }

    pub fn step(&self, s: ReferralStep) -> &'static str {
        match s {
            ReferralStep::Submitted => self.referral_step_submitted,
            ReferralStep::Answered => self.referral_step_answered,
            ReferralStep::InfoAdded => self.referral_step_info_added,
            ReferralStep::Chosen => self.referral_step_chosen,
            ReferralStep::Withdrawn => self.referral_step_withdrawn,
        }
    }

    /// Why a text was refused: what in it could identify the patient.
    pub fn identifies(&self, i: Identifier) -> &'static str {
        match i {
            Identifier::Name => self.err_identifies_name,
            Identifier::Date => self.err_identifies_date,
            Identifier::Passport => self.err_identifies_passport,
            Identifier::Phone => self.err_identifies_phone,
            Identifier::Email => self.err_identifies_email,
        }
    }
}

impl Messages {
    /// The referral pages' strings in this set's language.
    pub fn referral(&'static self) -> &'static ReferralTexts {
        super::texts::get(self.locale())
    }
}
