//! The landing page's strings: an area key set (see `texts`), kept out of the main WASM module
//! (most visits start at the dashboard; the landing page is rendered by the server first).

use super::Messages;
use super::texts::TextArea;

area_messages! { LandingTexts, TextArea::Landing;
    landing_about_text: "一つの病院だけでは踏み出しにくい海外での事業展開、現地人材の育成、相手国政府との連携も、会員が協力し、MEJが日本政府と連携しながら伴走することで実現に近づきます。2015年6月23日に設立されました。" / "Entering a foreign market, training local staff or working with a partner government is hard for a single hospital. Forum members do it together, with MEJ working alongside the Japanese government. The Forum was established on 23 June 2015.",
    landing_about_title: "フォーラムについて" / "About the Forum",
    landing_activities_title: "プラットフォームでできること" / "What members do here",
    landing_events_text: "シンポジウム、政府関係者との意見交換会、海外要人との会合などに申し込み、ダイジェストを読めます。" / "Register for symposiums, meetings with government representatives and visiting officials, and read the symposium digests.",
    landing_events_title: "シンポジウム・会合" / "Symposiums and meetings",
    landing_inbound_text: "自国では治療が難しい患者さまを、外国人患者を受け入れる日本の医療機関におつなぎします。" / "Connecting patients whose treatment is difficult in their own country with Japanese institutions that accept international patients.",
    landing_inbound_title: "インバウンド" / "Inbound",
    landing_join_step1: "入会申請フォームに組織とご担当者の情報を入力します。" / "Fill in the application form with your organization and your own details.",
    landing_join_step2: "事務局が内容を確認し、承認のご連絡をいたします。" / "MEJ staff review the application and let you know.",
    landing_join_step3: "承認後にログインし、同僚を組織に招待できます。" / "Once approved, log in and invite your colleagues.",
    landing_join_title: "入会の流れ" / "How to join",
    landing_lead: "MEJフォーラムは、医療の国際展開に取り組む医療機関・医療関係団体・学会と、MEJ会員企業が知見を持ち寄り、共に動くための場です。" / "The MEJ Forum brings together medical institutions, medical associations, medical societies and MEJ member companies that take Japanese medicine abroad, so they can share what they know and act together.",
    landing_outbound_text: "相手国の政府・医療機関と協力し、日本式の医療施設の設立・運営や現地医療人材の育成を通じて、現地の医療水準の向上に貢献します。" / "Raising the quality of care in partner countries: market entry with partner governments and institutions, setting up and running Japanese medical facilities, and training local medical staff.",
    landing_outbound_title: "アウトバウンド" / "Outbound",
    landing_projects_text: "会員が進めるプロジェクトを探し、立ち上げ、参加できます。" / "Find, start and join the globalization projects members run.",
    landing_projects_title: "国際展開プロジェクト" / "Globalization projects",
    landing_threads_text: "事務局がモデレートするスレッドで、海外展開や外国人患者受入れの経験を共有できます。" / "Exchange experience of work abroad and of receiving international patients in threads moderated by MEJ staff.",
    landing_threads_title: "知見の共有" / "Share knowledge",
    landing_title: "日本の医療を、世界へ。世界の患者を、日本へ。" / "Japanese medicine for the world, and the world's patients in Japan",
}

impl Messages {
    /// The landing page's strings in this set's language.
    pub fn landing(&'static self) -> &'static LandingTexts {
        super::texts::get(self.locale())
    }
}
