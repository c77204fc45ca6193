//! Demo threads: the six categories and realistic conversations among the demo members, in
//! Japanese and English (licensing a clinic abroad, training local nurses, interpreters for
//! international patients, registering devices, accreditation abroad).

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};

use super::db::entity::{category, moderation_log, post, post_flag, thread, thread_follow};
use super::markdown;
use super::service::notification::{Notice, Subject, notify};
use super::service::thread_search::search_text;
use crate::model::moderation::{FlagReason, FlagStatus, ModAction, Reason, ReasonTemplate};
use crate::model::notification::NotificationKind;
use crate::model::thread::PostStatus;
use crate::model::{AppError, CategoryId, UserId};

/// (name ja, name en, description ja, description en)
pub const CATEGORIES: &[(&str, &str, &str, &str)] = &[
    (
        "アウトバウンド(海外展開)",
        "Outbound",
        "海外での医療施設の設立・運営、現地パートナーとの協業。",
        "Setting up and running medical facilities abroad, working with local partners.",
    ),
    (
        "インバウンド・外国人患者受入れ",
        "Inbound / international patients",
        "外国人患者の受入れ体制、通訳、医療滞在ビザ、支払い。",
        "Receiving international patients: interpreters, medical-stay visas, payment.",
    ),
    (
        "各国の規制・許認可",
        "Country regulations",
        "各国の医療機関開設許可、医師免許、広告規制など。",
        "Licensing, practitioner registration and advertising rules country by country.",
    ),
    (
        "人材育成・研修",
        "Human resources and training",
        "現地スタッフの育成、日本での研修受入れ、技能実習。",
        "Training local staff, hosting trainees in Japan.",
    ),
    (
        "医療機器・設備",
        "Medical devices and equipment",
        "医療機器の輸出、現地での承認・登録、保守体制。",
        "Exporting medical devices, registration abroad, maintenance.",
    ),
    (
        "フォーラム運営",
        "Forum operations",
        "フォーラムの使い方、事務局からのお知らせ。",
        "How the Forum works, and notices from the secretariat.",
    ),
];

/// A demo thread: category (index into `CATEGORIES`), author, title, first post, replies.
struct SeedThread {
    category: usize,
    author: &'static str,
    title: &'static str,
    body: &'static str,
    replies: &'static [(&'static str, &'static str)],
}

const fn t(
    category: usize,
    author: &'static str,
    title: &'static str,
    body: &'static str,
    replies: &'static [(&'static str, &'static str)],
) -> SeedThread {
    SeedThread {
        category,
        author,
        title,
        body,
        replies,
    }
}

/// The secretariat's guidance stays on top (thread 1); its notice of the symposium takes no
/// replies (thread 14: the tests and journeys reply to it to see the refusal).
const PINNED: usize = 0;
const LOCKED: usize = 13;
/// New posts in "Forum operations" wait for a moderator's approval.
pub const REVIEWED: usize = 5;
/// Threads whose first reply their starter marked as the answer.
const ANSWERED: &[usize] = &[1, 2, 4, 7, 10, 16, 21];

const THREADS: &[SeedThread] = &[
    t(
        5,
        "staff@example.jp",
        "スレッドの使い方とお願い / How to use the threads",
        "会員の皆さまが海外展開・外国人患者受入れの経験を共有する場です。\n\n- 患者さまの個人情報は書かないでください。\n- 質問にはできるだけ**国名と時期**を添えてください。\n\nThis is where members share experience. Please never post patient information, and say which country and period you mean.",
        &[
            (
                "member@example.jp",
                "Thank you. Is English fine for questions? / 英語で質問しても大丈夫でしょうか。",
            ),
            (
                "staff@example.jp",
                "はい、日本語・英語どちらでも構いません。Yes, either language is welcome.",
            ),
        ],
    ),
    t(
        2,
        "tanaka@sakura-hospital.example",
        "ベトナムでのクリニック開設許可の手続き",
        "ホーチミン市で日本式の健診クリニックを開設する準備をしています。保健省(MOH)と市保健局(DOH)のどちらに申請するのか、必要書類と期間をご存じの方はいらっしゃいますか。",
        &[
            (
                "an.nguyen@hoasen-hospital.example",
                "外資のクリニックは市保健局(DOH)の運営許可が必要です。医師の診療資格(実務証明書)の取得に6〜9か月かかりました。",
            ),
            (
                "ito@owari-minato.example",
                "当院の場合、投資登録証明書(IRC)と企業登録証明書(ERC)で約4か月、その後DOHの検査でした。",
            ),
            (
                "tanaka@sakura-hospital.example",
                "ありがとうございます。IRCから逆算して計画します。",
            ),
        ],
    ),
    t(
        1,
        "li.mei@naniwa-mc.example",
        "Medical interpreters for Chinese-speaking patients",
        "We receive more patients from Shanghai for cancer treatment. How do other hospitals arrange **medical interpreters** for consultations and informed consent? In-house staff, agencies or remote video?",
        &[
            (
                "o.alhashimi@tomoshibi-assist.example",
                "We coordinate remote video interpreting for Arabic and Chinese; for informed consent we always book a certified medical interpreter in person.",
            ),
            (
                "yamamoto@naniwa-mc.example",
                "当院は院内に中国語の医療通訳を2名配置し、夜間は遠隔通訳サービスを併用しています。",
            ),
        ],
    ),
    t(
        3,
        "yoshida@genkai-hospital.example",
        "タイの看護師を日本で研修する際の在留資格",
        "バンコクの提携病院から看護師3名を半年間受け入れる予定です。在留資格は「研修」でよいのか、「特定活動」になるのか、経験のある方に伺いたいです。",
        &[
            (
                "somchai.w@rattana-mc.example",
                "Our nurses came to Japan under the 'Trainee' status last year. The hospital must show a training plan without productive work.",
            ),
            (
                "hayashi@setouchi-izumi.example",
                "実地での看護業務を伴う場合は注意が必要です。入管への事前相談をお勧めします。",
            ),
        ],
    ),
    t(
        4,
        "murakami@minase-optics.example",
        "Registering ophthalmic devices in Thailand (Thai FDA)",
        "Has anyone registered a class B ophthalmic device with the Thai FDA recently? We are preparing the CSDT dossier and wonder how long the review took.",
        &[
            (
                "kanokwan.s@rattana-mc.example",
                "A Class 2 device from our supplier took about 8 months after submission, including one round of questions.",
            ),
            (
                "sakamoto@shinonome-imaging.example",
                "私たちの画像診断装置(クラス3)は約1年でした。現地代理店の選定が重要です。",
            ),
        ],
    ),
    t(
        0,
        "ito@owari-minato.example",
        "カンボジアでの日本式病院の運営体制",
        "プノンペンで開院3年目の病院を運営しています。日本人医師の常駐数を減らし、現地医師の育成に移行する際の工夫を共有したいと思います。\n\n1. 症例検討会を毎週オンラインで実施\n2. 手術は日本人医師とのペアで段階的に移行",
        &[
            (
                "sasaki@hokushin-hospital.example",
                "参考になります。症例検討会は何語で行っていますか。",
            ),
            (
                "ito@owari-minato.example",
                "英語が基本で、必要に応じてクメール語の通訳を入れています。",
            ),
        ],
    ),
    t(
        1,
        "o.ivanova@hokushin-hospital.example",
        "Medical stay visa: guarantor and letters",
        "For patients from Russia and Kazakhstan we act as the hospital side of the **medical stay visa**. Which documents do your coordinators prepare, and how early?",
        &[(
            "nishimura@tomoshibi-assist.example",
            "身元保証機関として、受診予定証明書と治療予定表を来日の1か月前までに準備しています。",
        )],
    ),
    t(
        2,
        "an.nguyen@hoasen-hospital.example",
        "Advertising rules for foreign clinics in Vietnam",
        "Can a Japanese-affiliated clinic in Vietnam use 'Japanese standard' in its advertising? The DOH asked us to justify the claim.",
        &[(
            "tanaka@sakura-hospital.example",
            "当院も同じ指摘を受けました。提携の事実を示す契約書の提出で認められました。",
        )],
    ),
    t(
        3,
        "kimura@setouchi-izumi.example",
        "現地看護師向け研修カリキュラムの共有",
        "インドネシアの病院向けに、感染管理と周術期看護の3か月カリキュラムを作成しました。評価方法についてご意見をいただけますか。",
        &[
            (
                "hayashi@setouchi-izumi.example",
                "OSCE形式の実技評価を入れると現地でも好評でした。",
            ),
            (
                "kinjo@ryukyu-midori.example",
                "評価表を英語とインドネシア語の2言語で用意すると良いと思います。",
            ),
        ],
    ),
    t(
        4,
        "sakamoto@shinonome-imaging.example",
        "CT装置の海外保守体制をどう組むか",
        "ASEAN諸国に納入したCTの保守を、現地代理店と本社のどちらで持つべきか検討しています。遠隔保守の経験がある方はいますか。",
        &[(
            "aoki@akatsuki-mt.example",
            "遠隔監視で予兆保全を行い、部品交換のみ代理店に委託しています。稼働率は98%を維持しています。",
        )],
    ),
    t(
        1,
        "higa@ryukyu-midori.example",
        "外国人患者の未収金対策",
        "観光中に救急受診した外国人患者の未収金が増えています。旅行保険の確認やデポジットの運用について、皆さまの方法を教えてください。",
        &[
            (
                "nakajima@kohoku-hikari.example",
                "受付時に旅行保険の証書を確認し、ない場合は概算額のデポジットをお願いしています。",
            ),
            (
                "maeda@jaich.example",
                "JMIPの基準でも支払い方法の事前説明が求められています。多言語の説明書を用意すると効果的です。",
            ),
        ],
    ),
    t(
        0,
        "sasaki@hokushin-hospital.example",
        "Hemodialysis centre in Uzbekistan: lessons learned",
        "We opened a dialysis centre in Tashkent with a local partner. Sharing three lessons:\n\n1. Water treatment needs local spare parts from day one.\n2. Nurses trained in Japan became the best trainers.\n3. Reimbursement negotiations took longer than construction.",
        &[
            (
                "o.ivanova@hokushin-hospital.example",
                "I can add that Russian-language manuals helped the nursing team a lot.",
            ),
            (
                "fukuda@kibi-health.example",
                "透析用水の管理は当院でも課題でした。現地調達できる部品リストを共有いただけると助かります。",
            ),
        ],
    ),
    t(
        2,
        "somchai.w@rattana-mc.example",
        "Japanese doctors practising in Thailand",
        "Can a Japanese doctor see patients at our hospital in Bangkok for a few weeks a year? The Medical Council requires a Thai licence exam in Thai.",
        &[(
            "yoshida@genkai-hospital.example",
            "当院の医師は臨床研修の枠組みで、タイ人医師の監督下でのみ診療に参加しました。",
        )],
    ),
    t(
        5,
        "staff@example.jp",
        "2026年度 MEJシンポジウムの開催について",
        "本年度のシンポジウムは東京で開催予定です。イベントページで申込みを受け付けます。登壇を希望される会員は事務局までご連絡ください。",
        &[],
    ),
    t(
        3,
        "hashimoto@aoi-regen.example",
        "Training local staff in cell processing (GMP)",
        "For our regenerative medicine partner in Singapore we train cell-processing technicians. How do you keep **GMP documentation** consistent across two languages?",
        &[(
            "okada@jsiee.example",
            "学会では手順書の対訳テンプレートを用意しています。版管理は日本語版を正とする運用です。",
        )],
    ),
    t(
        1,
        "nakajima@kohoku-hikari.example",
        "医療通訳の院内研修、どこまでやるべきか",
        "外国人患者受入れ医療機関(JMIP)の認証取得を目指しています。職員向けの医療通訳研修の範囲について、先行病院の事例を知りたいです。",
        &[
            (
                "li.mei@naniwa-mc.example",
                "We train front-desk staff in basic phrases, and use certified interpreters for clinical conversations.",
            ),
            (
                "maeda@jaich.example",
                "認証では通訳体制の整備状況が確認されます。研修記録を残しておくことが重要です。",
            ),
        ],
    ),
    t(
        4,
        "aoki@akatsuki-mt.example",
        "Exporting used medical equipment: what to check",
        "A partner in Myanmar asked for refurbished ultrasound units. Which export and import rules apply to used devices?",
        &[(
            "murakami@minase-optics.example",
            "中古機器は輸入国側で禁止・制限されている場合があります。事前に相手国の規制を確認してください。",
        )],
    ),
    t(
        0,
        "fukuda@kibi-health.example",
        "モンゴルでの健診センター共同運営",
        "ウランバートルの民間病院と健診センターの共同運営を検討しています。利益配分と医療過誤時の責任分担の取り決めについて、経験を共有いただけますか。",
        &[(
            "ito@owari-minato.example",
            "責任分担は現地法人側で医療賠償保険に加入し、日本側は技術指導の範囲に限定する契約にしました。",
        )],
    ),
    t(
        2,
        "hoa.pham@hoasen-hospital.example",
        "Translating Japanese discharge summaries for Vietnamese patients",
        "Do other hospitals provide discharge summaries in the patient's language? Our doctors in Hanoi need them in Vietnamese for follow-up.",
        &[
            (
                "kato@owari-minato.example",
                "当院は英語版を必ず作成し、ベトナム語は翻訳会社に依頼しています。",
            ),
            (
                "hoa.pham@hoasen-hospital.example",
                "Thank you, an English version would already help a lot.",
            ),
        ],
    ),
    t(
        3,
        "endo@harunire.example",
        "介護人材の海外での育成",
        "フィリピンで介護人材の育成拠点を作る計画です。現地の看護学校との連携事例があれば教えてください。",
        &[(
            "nishimura@tomoshibi-assist.example",
            "セブの看護学校と提携し、日本語教育と介護技術の研修を組み合わせています。",
        )],
    ),
    t(
        1,
        "maeda@jaich.example",
        "JMIP認証の更新審査で指摘されやすい点",
        "外国人患者受入れ医療機関認証制度(JMIP)の更新審査で、よく指摘される点をまとめました。\n\n- 多言語の院内表示\n- 宗教・習慣への配慮の記録\n- 未収金対応の手順書",
        &[(
            "higa@ryukyu-midori.example",
            "宗教への配慮は、食事の対応記録を残すようにしたところ評価されました。",
        )],
    ),
    t(
        4,
        "kondo@minase-optics.example",
        "Post-market surveillance abroad",
        "How do you collect adverse-event reports from overseas distributors in time for PMDA and the foreign regulator?",
        &[(
            "sakamoto@shinonome-imaging.example",
            "代理店契約に報告期限(48時間)を明記し、英語の報告様式を統一しています。",
        )],
    ),
    t(
        0,
        "yamaguchi@rakuhoku-akebono.example",
        "Telemedicine second opinions for overseas patients",
        "We started remote second opinions for patients in Indonesia. Which platform and consent process do you use, and how do you handle the fee?",
        &[(
            "hasegawa@asrp.example",
            "学会のガイドラインでは、遠隔セカンドオピニオンは診療ではなく相談として位置づけることを推奨しています。",
        )],
    ),
    t(
        2,
        "ishikawa@hokuso-mirai-ma.example",
        "医療法人の海外子会社設立と出資規制",
        "医療法人が海外に子会社を設立して病院運営に出資することは可能でしょうか。都道府県への届出の要否を含めて教えてください。",
        &[(
            "staff@example.jp",
            "事務局より:厚生労働省の通知で一定の条件のもと認められています。詳細は個別にご相談ください。",
        )],
    ),
    t(
        3,
        "kinjo@ryukyu-midori.example",
        "Teaching Japanese to incoming nurses",
        "Our EPA nurse candidates from Indonesia struggle with medical Japanese. Which textbooks or e-learning have worked for you?",
        &[(
            "kimura@setouchi-izumi.example",
            "看護の専門用語に絞った単語カードを自作し、毎朝10分の学習時間を設けています。",
        )],
    ),
    t(
        1,
        "nishimura@tomoshibi-assist.example",
        "Halal meals and prayer space for inpatients",
        "More patients from the Gulf ask about halal meals and a prayer room. How have hospitals arranged this without a dedicated kitchen?",
        &[
            (
                "o.alhashimi@tomoshibi-assist.example",
                "Certified halal catering delivered to the ward works well; a quiet room with a qibla sign is enough for most patients.",
            ),
            (
                "yamamoto@naniwa-mc.example",
                "当院ではハラール認証の仕出し業者と契約しました。",
            ),
        ],
    ),
    t(
        4,
        "murakami@minase-optics.example",
        "医療機器の現地語ラベル表示",
        "インドネシア向けの眼科機器で、現地語のラベル表示と取扱説明書が求められました。翻訳の品質確認をどうしていますか。",
        &[(
            "kondo@minase-optics.example",
            "現地の販売代理店の臨床担当者にレビューを依頼しています。",
        )],
    ),
    t(
        0,
        "hasegawa@asrp.example",
        "Joint research with partner hospitals abroad",
        "Our society supports joint clinical research with hospitals in ASEAN. Which ethics review arrangements have worked (one committee or both sides)?",
        &[(
            "okada@jsiee.example",
            "両国の倫理審査を受けるのが原則です。相互承認の仕組みがある国は限られます。",
        )],
    ),
    t(
        2,
        "kato@owari-minato.example",
        "カンボジアでの医薬品輸入手続き",
        "現地病院で使用する医薬品の一部を日本から輸入したいのですが、保健省の輸入許可の取得期間はどれくらいでしょうか。",
        &[(
            "ito@owari-minato.example",
            "品目ごとの登録が必要で、未登録品は特別輸入許可となります。3か月ほどかかりました。",
        )],
    ),
    t(
        3,
        "goto@jsiee.example",
        "Online training for overseas infection-control nurses",
        "We run a monthly online course on infection control for nurses in Vietnam and Laos. Happy to share the syllabus with members.",
        &[
            (
                "hoa.pham@hoasen-hospital.example",
                "We would love to join. Is it in English?",
            ),
            (
                "goto@jsiee.example",
                "Yes, in English with Vietnamese slides.",
            ),
        ],
    ),
    t(
        1,
        "yamamoto@naniwa-mc.example",
        "海外からの患者紹介の窓口一本化",
        "海外の医療機関や旅行会社から個別に紹介が来て、院内で情報が分散しています。国際患者窓口をどう設計しているか教えてください。",
        &[(
            "li.mei@naniwa-mc.example",
            "We created one international office with a shared inbox and a case number for every referral.",
        )],
    ),
    t(
        0,
        "morita@yaesu-healthcheck.example",
        "Health check-ups for visitors from China",
        "Our check-up centre receives groups from China through travel agencies. How do you share results with the patient's doctor at home?",
        &[(
            "li.mei@naniwa-mc.example",
            "We provide an English report and a Chinese summary; images on a DICOM CD.",
        )],
    ),
    t(
        4,
        "sakamoto@shinonome-imaging.example",
        "医療機器の輸出と外為法の該非判定",
        "画像診断装置の輸出で、外為法上の該非判定書の提出を求められました。皆さまはどのように対応していますか。",
        &[(
            "aoki@akatsuki-mt.example",
            "メーカーの該非判定書を取り寄せ、輸出前に社内で確認しています。",
        )],
    ),
    t(
        2,
        "kanokwan.s@rattana-mc.example",
        "JCI accreditation: worth it for a mid-size hospital?",
        "We are a 300-bed hospital in Bangkok considering **JCI 認証**. Was it worth the cost for international patients?",
        &[
            (
                "somchai.w@rattana-mc.example",
                "For our referral partners in the Middle East, JCI was a condition of contract.",
            ),
            (
                "maeda@jaich.example",
                "日本国内ではJMIPとJCIの両方を取得する病院もあります。目的に合わせた選択が大切です。",
            ),
        ],
    ),
    t(
        3,
        "ikeda@tsubaki-dental.example",
        "歯科衛生士の海外研修受入れ",
        "ベトナムの歯科大学から歯科衛生士の研修受入れの依頼がありました。受入れ期間や費用負担の事例を教えてください。",
        &[(
            "kimura@setouchi-izumi.example",
            "3か月の研修で、渡航費は先方、宿舎は当院負担という形でした。",
        )],
    ),
    t(
        1,
        "hayashi@setouchi-izumi.example",
        "Informed consent forms in many languages",
        "Is anyone sharing template consent forms in English, Chinese and Vietnamese? Translating every form separately is costly.",
        &[
            (
                "nakajima@kohoku-hikari.example",
                "厚生労働省の外国人向け多言語説明資料を基にしています。",
            ),
            (
                "hoa.pham@hoasen-hospital.example",
                "We can review the Vietnamese versions if that helps.",
            ),
        ],
    ),
    t(
        0,
        "shimizu@shirakaba-hospital.example",
        "ロシア極東での日本式リハビリ施設",
        "ウラジオストクの病院とリハビリテーション施設の共同設立を検討しています。機器の輸送と理学療法士の派遣について経験のある方はいますか。",
        &[(
            "o.ivanova@hokushin-hospital.example",
            "Equipment customs clearance took two months in our case; plan for it early.",
        )],
    ),
    t(
        5,
        "admin@example.jp",
        "Forum guidelines: confidential patient information",
        "A reminder: never post names, photos or details that could identify a patient. Posts containing patient information are hidden by staff and the author is told why.",
        &[(
            "yoshida@genkai-hospital.example",
            "承知しました。症例の共有は匿名化した形で行います。",
        )],
    ),
    t(
        4,
        "kondo@minase-optics.example",
        "Spare parts logistics for devices in Africa",
        "We start supplying ophthalmic lasers to Kenya. How do you keep spare parts available without a local warehouse?",
        &[],
    ),
    t(
        2,
        "inoue@kohoku-hikari.example",
        "中東からの患者受入れと現地政府の送り出し制度",
        "UAEの政府派遣患者を受け入れるにあたり、現地の医療事務所との契約で注意すべき点はありますか。",
        &[(
            "o.alhashimi@tomoshibi-assist.example",
            "The medical office pays by guarantee letter; confirm the covered treatments in writing before admission.",
        )],
    ),
];

/// What the moderators made of a demo reply: flags waiting in the queue, or hidden with a reason.
pub enum DemoModeration {
    Flagged(&'static [(&'static str, FlagReason, &'static str)]),
    Hidden(ReasonTemplate, &'static str),
}

/// A demo reply that needed moderation, added at the end of thread `thread` (by position).
pub struct ModeratedReply {
    pub thread: usize,
    pub author: &'static str,
    pub body: &'static str,
    pub moderation: DemoModeration,
}

/// Replies the moderators have to look at (three in the queue, one flagged twice) or have
/// hidden (the authors see why).
pub const MODERATED: &[ModeratedReply] = &[
    ModeratedReply {
        thread: 10,
        author: "ito@owari-minato.example",
        body: "先月、未払いのまま帰国した患者(李さん、1985年3月2日生まれ、旅券番号 E1234567)の件です。同じ方が受診したら教えてください。",
        moderation: DemoModeration::Hidden(
            ReasonTemplate::PatientInfo,
            "患者を特定できる情報を除いて、もう一度投稿してください。 / Please post again without the details that identify the patient.",
        ),
    },
    ModeratedReply {
        thread: 3,
        author: "somchai.w@rattana-mc.example",
        body: "Visa documents in 3 days, no questions asked: http://visa-fast.example",
        moderation: DemoModeration::Hidden(ReasonTemplate::Spam, ""),
    },
    ModeratedReply {
        thread: 25,
        author: "o.ivanova@hokushin-hospital.example",
        body: "We offer halal catering franchise packages at 30% off this month. Message me for the price list!",
        moderation: DemoModeration::Flagged(&[(
            "maeda@jaich.example",
            FlagReason::Spam,
            "Advertising, not experience.",
        )]),
    },
    ModeratedReply {
        thread: 7,
        author: "sakamoto@shinonome-imaging.example",
        body: "Off-topic, but does anyone have a spare ticket for the symposium dinner in Osaka?",
        moderation: DemoModeration::Flagged(&[("member@example.jp", FlagReason::OffTopic, "")]),
    },
    ModeratedReply {
        thread: 20,
        author: "li.mei@naniwa-mc.example",
        body: "更新審査の審査員の○○さんは特に厳しいので、日程を調整して避けた方がいいです。",
        moderation: DemoModeration::Flagged(&[
            (
                "yamamoto@naniwa-mc.example",
                FlagReason::Inappropriate,
                "特定の個人への批判です。",
            ),
            (
                "tanaka@sakura-hospital.example",
                FlagReason::Other,
                "審査員の名前は出さない方がよいと思います。",
            ),
        ]),
    },
];

/// Adds the demo categories and threads (authors by e-mail, from the demo accounts).
pub async fn seed_threads(
    db: &impl ConnectionTrait,
    user_id: impl Fn(&str) -> Option<UserId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let mut categories = Vec::new();
    for (i, (name_ja, name_en, description_ja, description_en)) in CATEGORIES.iter().enumerate() {
        let row = category::ActiveModel {
            name_ja: Set((*name_ja).into()),
            name_en: Set((*name_en).into()),
            description_ja: Set((*description_ja).into()),
            description_en: Set((*description_en).into()),
            position: Set(i32::try_from(i).unwrap_or(0)),
            requires_approval: Set(i == REVIEWED),
            created_at: Set(now - Duration::days(90)),
            ..Default::default()
        }
        .insert(db)
        .await?;
        categories.push(row.id);
    }
    let count = THREADS.len() as i64;
    for (i, seed) in THREADS.iter().enumerate() {
        let started = now - Duration::days(count + 5 - i as i64) - Duration::hours(3);
        let author = user_id(seed.author).ok_or(AppError::Internal)?;
        let category: CategoryId = *categories.get(seed.category).ok_or(AppError::Internal)?;
        let moderated = MODERATED.iter().filter(|m| m.thread == i);
        let posts: Vec<(UserId, &str, DateTime<Utc>, Option<&ModeratedReply>)> =
            std::iter::once((author, seed.body, started, None))
                .chain(
                    seed.replies
                        .iter()
                        .map(|(email, body)| (*email, *body, None))
                        .chain(moderated.map(|m| (m.author, m.body, Some(m))))
                        .enumerate()
                        .map(|(n, (email, body, m))| {
                            let at = started + Duration::hours(5 * (n as i64 + 1));
                            (user_id(email).unwrap_or(author), body, at, m)
                        }),
                )
                .collect();
        let (last_poster, _, last_at, _) = *posts.last().ok_or(AppError::Internal)?;
        let row = thread::ActiveModel {
            category_id: Set(category),
            author_id: Set(author),
            title: Set(seed.title.into()),
            pinned: Set(i == PINNED),
            locked: Set(i == LOCKED),
            post_count: Set(posts.len() as i32),
            reply_count: Set(posts.len() as i32 - 1),
            last_post_at: Set(last_at),
            last_poster_id: Set(last_poster),
            created_at: Set(started),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let mut followers = std::collections::HashSet::new();
        for (n, (author, body, at, moderated)) in posts.into_iter().enumerate() {
            let hidden = match moderated.map(|m| &m.moderation) {
                Some(DemoModeration::Hidden(template, note)) => Some((*template, *note)),
                _ => None,
            };
            let created = post::ActiveModel {
                thread_id: Set(row.id),
                author_id: Set(author),
                number: Set(n as i32 + 1),
                body_source: Set(body.into()),
                body_html: Set(markdown::render(body)),
                status: Set(if hidden.is_some() {
                    PostStatus::Hidden
                } else {
                    PostStatus::Published
                }),
                search_text: Set(search_text((n == 0).then_some(seed.title), body)),
                created_at: Set(at),
                edited_at: Set(None),
                moderation_template: Set(hidden.map(|h| h.0)),
                moderation_note: Set(hidden.map(|h| h.1.to_string())),
                ..Default::default()
            }
            .insert(db)
            .await?;
            if let Some(m) = moderated {
                seed_moderation(db, &user_id, &created, &m.moderation, at).await?;
            }
            // Who writes in a thread follows it.
            if followers.insert(author) {
                thread_follow::ActiveModel {
                    user_id: Set(author),
                    thread_id: Set(row.id),
                    created_at: Set(at),
                }
                .insert(db)
                .await?;
            }
            if n == 1
                && ANSWERED.contains(&i)
                && created.author_id != row.author_id
                && created.status == PostStatus::Published
            {
                thread::Entity::update_many()
                    .col_expr(thread::Column::AcceptedPostId, Expr::value(created.id))
                    .filter(thread::Column::Id.eq(row.id))
                    .exec(db)
                    .await?;
            }
        }
    }
    Ok(())
}

/// The flags on a demo reply, or the log entry and the author's notification of its hiding.
async fn seed_moderation(
    db: &impl ConnectionTrait,
    user_id: &impl Fn(&str) -> Option<UserId>,
    p: &post::Model,
    moderation: &DemoModeration,
    at: DateTime<Utc>,
) -> Result<(), AppError> {
    match moderation {
        DemoModeration::Flagged(flags) => {
            for (n, (reporter, reason, note)) in flags.iter().enumerate() {
                post_flag::ActiveModel {
                    post_id: Set(p.id),
                    reporter_id: Set(user_id(reporter).ok_or(AppError::Internal)?),
                    reason: Set(*reason),
                    note: Set((*note).into()),
                    status: Set(FlagStatus::Open),
                    created_at: Set(at + Duration::hours(n as i64 + 1)),
                    resolved_at: Set(None),
                    ..Default::default()
                }
                .insert(db)
                .await?;
            }
        }
        DemoModeration::Hidden(template, note) => {
            let staff = user_id("staff@example.jp").ok_or(AppError::Internal)?;
            let reason = Reason {
                template: Some(*template),
                note: (*note).into(),
            };
            moderation_log::ActiveModel {
                moderator_id: Set(staff),
                action: Set(ModAction::Hide),
                member_id: Set(Some(p.author_id)),
                thread_id: Set(Some(p.thread_id)),
                post_id: Set(Some(p.id)),
                reason_template: Set(reason.template),
                reason_note: Set(reason.note.clone()),
                created_at: Set(at + Duration::hours(2)),
                ..Default::default()
            }
            .insert(db)
            .await?;
            notify(
                db,
                vec![Notice {
                    to: p.author_id,
                    kind: NotificationKind::PostHidden,
                    subject: Subject::Post(p.id),
                    reason: Some(reason),
                }],
            )
            .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_threads_are_plenty_and_point_at_real_categories() {
        assert_eq!(CATEGORIES.len(), 6);
        assert!(THREADS.len() >= 40, "{}", THREADS.len());
        assert!(THREADS.iter().all(|t| t.category < CATEGORIES.len()));
        assert!(
            THREADS[LOCKED].replies.is_empty(),
            "the locked notice has no replies"
        );
        assert_eq!(
            THREADS[PINNED].category, 5,
            "the guidance is in Forum operations"
        );
        for m in MODERATED {
            let thread = &THREADS[m.thread];
            assert!(m.thread != LOCKED, "a locked thread takes no replies");
            if let DemoModeration::Flagged(flags) = &m.moderation {
                for (reporter, _, _) in *flags {
                    assert_ne!(*reporter, m.author, "nobody flags their own post");
                }
            }
            assert_ne!(thread.author, "", "{}", thread.title);
        }
    }
}
