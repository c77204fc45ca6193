//! Realistic, fictional demo content: member organizations and their people.
//!
//! Every hospital, company and person here is invented; only the organizer,
//! Medical Excellence JAPAN, appears under its real name, as the secretariat.

use crate::model::{Locale, OrgKind, OrgStatus, Role, UserStatus};

pub struct SeedOrg {
    pub key: &'static str, // short unique key, referenced by SeedUser::org
    pub kind: OrgKind,
    pub name_ja: &'static str,
    pub name_en: &'static str,
    pub country: &'static str,                // a COUNTRIES code
    pub prefecture: Option<&'static str>,     // a PREFECTURES code, for Japanese organizations
    pub website: &'static str, // https://<something>.example (the reserved .example TLD)
    pub specialties: &'static [&'static str], // SPECIALTIES codes
    pub languages: &'static [&'static str], // LANGUAGES codes
    pub jih: bool,
    pub amtac: bool,
    pub description_ja: &'static str, // 1–2 sentences
    pub description_en: &'static str,
    pub status: OrgStatus, // Pending for an application awaiting review
}

pub struct SeedUser {
    pub org: &'static str,         // SeedOrg::key
    pub email: &'static str,       // lowercase
    pub family_name: &'static str, // in the person's own script: kanji for Japanese people, Latin for others
    pub given_name: &'static str,
    pub family_name_kana: Option<&'static str>, // reading; Some for Japanese people, None for others
    pub given_name_kana: Option<&'static str>,
    pub romanized_name: Option<&'static str>, // family name first, in capitals: "YAMADA Taro"
    pub locale: Locale,
    pub time_zone: &'static str, // IANA, e.g. "Asia/Tokyo", "Asia/Ho_Chi_Minh"
    pub role: Role,
    pub status: UserStatus, // Pending for the applicant of a pending organization
}

pub const ORGANIZATIONS: &[SeedOrg] = &[
    // ───────────── Secretariat ─────────────
    SeedOrg {
        key: "mej",
        kind: OrgKind::Other,
        name_ja: "一般社団法人Medical Excellence JAPAN 事務局",
        name_en: "Medical Excellence JAPAN Secretariat",
        country: "JP",
        prefecture: Some("13"),
        website: "https://mej.example",
        specialties: &["medical_travel"],
        languages: &["ja", "en"],
        jih: false,
        amtac: false,
        description_ja: "MEJフォーラムの事務局です。会員の皆様の交流や海外ミッションの企画、JIH・AMTACに関するご案内を担当しています。",
        description_en: "The secretariat of the MEJ Forum. We organize networking among members, plan overseas missions and provide information on the JIH and AMTAC programs.",
        status: OrgStatus::Active,
    },
    // ───────────── Hospitals ─────────────
    SeedOrg {
        key: "sakura",
        kind: OrgKind::Hospital,
        name_ja: "東都さくら記念病院",
        name_en: "Toto Sakura Memorial Hospital",
        country: "JP",
        prefecture: Some("13"),
        website: "https://sakura-hospital.example",
        specialties: &[
            "cardiology",
            "cardiovascular_surgery",
            "oncology",
            "gastroenterology",
            "endoscopy",
            "health_checkup",
        ],
        languages: &["ja", "en", "zh", "ru", "vi"],
        jih: true,
        amtac: false,
        description_ja: "国際診療センターに英語・中国語・ロシア語・ベトナム語の医療通訳を配置し、海外からの患者さんを受け入れています。ベトナムの提携病院へ医師・看護師を派遣し、心臓カテーテル治療の研修にも取り組んでいます。",
        description_en: "Our International Patient Center welcomes patients from overseas, with medical interpreters for English, Chinese, Russian and Vietnamese. We also send doctors and nurses to our partner hospital in Vietnam to train local teams in cardiac catheterization.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "naniwa",
        kind: OrgKind::Hospital,
        name_ja: "浪速中央医療センター",
        name_en: "Naniwa Central Medical Center",
        country: "JP",
        prefecture: Some("27"),
        website: "https://naniwa-mc.example",
        specialties: &["oncology", "proton_therapy", "radiology", "transplantation"],
        languages: &["ja", "en", "zh", "ar", "ru"],
        jih: true,
        amtac: false,
        description_ja: "陽子線治療を中心に、がんの集学的治療を提供しています。中東や中国からの患者さんには、渡航前のオンライン相談から帰国後のフォローアップまで一貫して対応しています。",
        description_en: "We provide multidisciplinary cancer care centered on proton beam therapy. Patients from the Middle East and China receive seamless support, from online consultations before they travel to follow-up after they return home.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "owari",
        kind: OrgKind::Hospital,
        name_ja: "尾張みなと総合病院",
        name_en: "Owari Minato General Hospital",
        country: "JP",
        prefecture: Some("23"),
        website: "https://owari-minato.example",
        specialties: &["emergency", "neurosurgery", "orthopedics", "rehabilitation"],
        languages: &["ja", "en", "pt", "es", "vi"],
        jih: true,
        amtac: false,
        description_ja: "救急医療・脳神経外科・整形外科に強みを持つ地域の基幹病院です。ブラジルやベトナム出身の住民が多い地域で培った多言語対応を生かし、海外からの患者さんの受け入れを広げています。",
        description_en: "A regional core hospital with particular strengths in emergency care, neurosurgery and orthopedics. Building on years of serving a community with many Brazilian and Vietnamese residents, we are expanding care for patients from abroad.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "genkai",
        kind: OrgKind::Hospital,
        name_ja: "玄海記念病院",
        name_en: "Genkai Memorial Hospital",
        country: "JP",
        prefecture: Some("40"),
        website: "https://genkai-hospital.example",
        specialties: &[
            "gastroenterology",
            "endoscopy",
            "health_checkup",
            "dialysis",
        ],
        languages: &["ja", "en", "zh", "ko"],
        jih: true,
        amtac: false,
        description_ja: "消化器内科と内視鏡診療を専門とし、韓国・中国・台湾から多くの人間ドック受診者をお迎えしています。タイの内視鏡トレーニングセンターには、指導医を定期的に派遣しています。",
        description_en: "We specialize in gastroenterology and endoscopy, and welcome many health check-up clients from Korea, China and Taiwan. Our endoscopists visit the endoscopy training center in Thailand regularly to teach.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "hokushin",
        kind: OrgKind::Hospital,
        name_ja: "札幌北辰病院",
        name_en: "Sapporo Hokushin Hospital",
        country: "JP",
        prefecture: Some("01"),
        website: "https://hokushin-hospital.example",
        specialties: &[
            "cardiology",
            "cardiovascular_surgery",
            "neurosurgery",
            "emergency",
            "health_checkup",
        ],
        languages: &["ja", "en", "ru", "zh"],
        jih: true,
        amtac: false,
        description_ja: "心臓血管外科と脳神経外科を中心とする高度急性期病院です。ロシア極東地域からの患者さんを長年受け入れており、ロシア語の医療通訳が常駐しています。",
        description_en: "An advanced acute-care hospital focused on cardiovascular surgery and neurosurgery. We have cared for patients from the Russian Far East for many years, and Russian-speaking medical interpreters are on site.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "kohoku",
        kind: OrgKind::Hospital,
        name_ja: "港北ひかり病院",
        name_en: "Kohoku Hikari Hospital",
        country: "JP",
        prefecture: Some("14"),
        website: "https://kohoku-hikari.example",
        specialties: &["pediatrics", "obstetrics", "ophthalmology", "dermatology"],
        languages: &["ja", "en", "zh", "ar", "id"],
        jih: true,
        amtac: false,
        description_ja: "小児科・産婦人科・眼科を中心に、ご家族で来日される患者さんや在留外国人の方の診療に力を入れています。ハラール食の提供や礼拝スペースのご用意も可能です。",
        description_en: "With a focus on pediatrics, obstetrics and gynecology, and ophthalmology, we care for families visiting Japan for treatment as well as foreign residents. Halal meals and a prayer room are available.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "setouchi",
        kind: OrgKind::Hospital,
        name_ja: "瀬戸内いずみ病院",
        name_en: "Setouchi Izumi Hospital",
        country: "JP",
        prefecture: Some("34"),
        website: "https://setouchi-izumi.example",
        specialties: &["rehabilitation", "orthopedics", "nursing_care"],
        languages: &["ja", "en", "vi"],
        jih: false,
        amtac: false,
        description_ja: "回復期リハビリテーションと介護との連携に取り組む病院です。ベトナムから看護・リハビリ職の研修生を受け入れ、日本のリハビリテーションと看護の考え方を指導しています。",
        description_en: "A hospital dedicated to convalescent rehabilitation and close cooperation with long-term care services. We host nursing and rehabilitation trainees from Vietnam and teach them the Japanese approach to rehabilitation and nursing.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "shirakaba",
        kind: OrgKind::Hospital,
        name_ja: "仙台しらかば病院",
        name_en: "Sendai Shirakaba Hospital",
        country: "JP",
        prefecture: Some("04"),
        website: "https://shirakaba-hospital.example",
        specialties: &["dialysis", "transplantation"],
        languages: &["ja", "en", "mn"],
        jih: false,
        amtac: false,
        description_ja: "人工透析と腎移植を専門とする病院です。モンゴルの医療機関と連携し、透析医療に携わる医師や臨床工学技士の研修を受け入れています。",
        description_en: "A hospital specializing in dialysis and kidney transplantation. In partnership with medical institutions in Mongolia, we host training for doctors and clinical engineers working in dialysis care.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "rakuhoku",
        kind: OrgKind::Hospital,
        name_ja: "洛北あけぼの病院",
        name_en: "Rakuhoku Akebono Hospital",
        country: "JP",
        prefecture: Some("26"),
        website: "https://rakuhoku-akebono.example",
        specialties: &["neurosurgery", "psychiatry", "radiology"],
        languages: &["ja", "en", "zh"],
        jih: false,
        amtac: false,
        description_ja: "脳神経外科と精神科を備え、画像診断にも力を入れている病院です。京都を訪れる旅行者の方が急に受診される場合にも、遠隔通訳を活用して対応しています。",
        description_en: "A hospital with neurosurgery and psychiatry departments and a strong diagnostic imaging service. When travelers visiting Kyoto need care unexpectedly, we see them with the help of remote interpreters.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "ryukyu",
        kind: OrgKind::Hospital,
        name_ja: "琉球みどり病院",
        name_en: "Ryukyu Midori Hospital",
        country: "JP",
        prefecture: Some("47"),
        website: "https://ryukyu-midori.example",
        specialties: &["emergency", "dialysis", "health_checkup"],
        languages: &["ja", "en", "zh", "ko"],
        jih: false,
        amtac: false,
        description_ja: "救急医療と人工透析を担う地域の病院です。沖縄を訪れる観光客の方や、旅行中に透析が必要な方の受け入れを行っています。",
        description_en: "A community hospital providing emergency care and dialysis. We look after visitors to Okinawa, including travelers who need dialysis during their stay.",
        status: OrgStatus::Active,
    },
    // ───────────── Clinics ─────────────
    SeedOrg {
        key: "yaesu",
        kind: OrgKind::Clinic,
        name_ja: "八重洲ヘルスチェッククリニック",
        name_en: "Yaesu Health Check Clinic",
        country: "JP",
        prefecture: Some("13"),
        website: "https://yaesu-healthcheck.example",
        specialties: &[
            "health_checkup",
            "endoscopy",
            "radiology",
            "gastroenterology",
        ],
        languages: &["ja", "en", "zh", "hi"],
        jih: false,
        amtac: false,
        description_ja: "内視鏡や画像検査を組み合わせた人間ドックを専門とするクリニックです。インドでの健診センター開設プロジェクトに参加し、運営ノウハウの提供と現地スタッフの研修を担当しています。",
        description_en: "A clinic specializing in comprehensive health check-ups that combine endoscopy and imaging. As part of a project to open a health check-up center in India, we share operational know-how and train local staff.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "tsubaki",
        kind: OrgKind::Clinic,
        name_ja: "心斎橋つばき歯科クリニック",
        name_en: "Shinsaibashi Tsubaki Dental Clinic",
        country: "JP",
        prefecture: Some("27"),
        website: "https://tsubaki-dental.example",
        specialties: &["dentistry"],
        languages: &["ja", "en", "zh", "ko"],
        jih: false,
        amtac: false,
        description_ja: "一般歯科から審美歯科、インプラントまで幅広く対応する歯科クリニックです。英語・中国語・韓国語での診療が可能で、短期滞在の方にも治療計画を分かりやすくご説明しています。",
        description_en: "A dental clinic offering everything from general dentistry to cosmetic treatment and implants. We can see patients in English, Chinese and Korean, and take care to explain treatment plans clearly to short-term visitors.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "aoi",
        kind: OrgKind::Clinic,
        name_ja: "神戸あおい再生医療クリニック",
        name_en: "Kobe Aoi Regenerative Medicine Clinic",
        country: "JP",
        prefecture: Some("28"),
        website: "https://aoi-regen.example",
        specialties: &["regenerative_medicine", "orthopedics", "dermatology"],
        languages: &["ja", "en", "zh"],
        jih: false,
        amtac: false,
        description_ja: "再生医療等安全性確保法に基づく必要な届出を行ったうえで、再生医療を提供しているクリニックです。海外の患者さんには渡航前にオンライン相談を行い、治療の適応を慎重に確認しています。",
        description_en: "We provide regenerative medicine in full compliance with Japan's Act on the Safety of Regenerative Medicine. For patients abroad, we hold an online consultation before they travel to assess carefully whether treatment is appropriate.",
        status: OrgStatus::Active,
    },
    // ───────────── Medical associations ─────────────
    SeedOrg {
        key: "hokuso_ma",
        kind: OrgKind::Association,
        name_ja: "一般社団法人 北総みらい医師会",
        name_en: "Hokuso Mirai Medical Association",
        country: "JP",
        prefecture: Some("12"),
        website: "https://hokuso-mirai-ma.example",
        specialties: &["emergency", "health_checkup"],
        languages: &["ja", "en"],
        jih: false,
        amtac: false,
        description_ja: "千葉県北総地域の診療所・病院で構成する医師会です。成田空港に近い地域として、会員医療機関の外国人患者対応を支援する研修会の開催や、多言語問診票の整備に取り組んでいます。",
        description_en: "A medical association of clinics and hospitals in the Hokuso area of Chiba. Being close to Narita Airport, we run workshops and prepare multilingual intake forms to help our members care for international patients.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "jaich",
        kind: OrgKind::Association,
        name_ja: "一般社団法人 日本国際診療病院協会",
        name_en: "Japan Association of International Care Hospitals",
        country: "JP",
        prefecture: Some("13"),
        website: "https://jaich.example",
        specialties: &["medical_travel", "interpretation"],
        languages: &["ja", "en"],
        jih: false,
        amtac: false,
        description_ja: "外国人患者の受け入れに取り組む病院が加盟する協会です。未収金対策や通訳体制などの実例を共有し、会員病院の受け入れ体制づくりを支援しています。",
        description_en: "An association of hospitals that accept international patients. By sharing real-world experience on issues such as unpaid medical bills and interpreter arrangements, we help member hospitals strengthen their services.",
        status: OrgStatus::Active,
    },
    // ───────────── Medical societies ─────────────
    SeedOrg {
        key: "jsiee",
        kind: OrgKind::Society,
        name_ja: "一般社団法人 国際内視鏡教育学会",
        name_en: "Japan Society for International Endoscopy Education",
        country: "JP",
        prefecture: Some("13"),
        website: "https://jsiee.example",
        specialties: &["endoscopy", "gastroenterology"],
        languages: &["ja", "en", "th"],
        jih: false,
        amtac: false,
        description_ja: "内視鏡による診断・治療の教育を国際的に広めることを目的とした学会です。タイの内視鏡トレーニングセンターと共同でハンズオンセミナーを開催し、アジア各国の若手医師を指導しています。",
        description_en: "A society dedicated to spreading education in diagnostic and therapeutic endoscopy internationally. Together with the endoscopy training center in Thailand, we hold hands-on seminars for young doctors from across Asia.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "asrp",
        kind: OrgKind::Society,
        name_ja: "アジア・リハビリテーション連携学会",
        name_en: "Asian Society for Rehabilitation Partnership",
        country: "JP",
        prefecture: Some("26"),
        website: "https://asrp.example",
        specialties: &["rehabilitation", "nursing_care"],
        languages: &["ja", "en", "vi"],
        jih: false,
        amtac: false,
        description_ja: "日本のリハビリテーション医療をアジアに広めるための学会です。ベトナムやインドの理学療法士・作業療法士を対象とした研修プログラムの開発と評価を行っています。",
        description_en: "A society working to share Japanese rehabilitation medicine across Asia. We develop and evaluate training programs for physical and occupational therapists in Vietnam and India.",
        status: OrgStatus::Active,
    },
    // ───────────── Companies ─────────────
    SeedOrg {
        key: "minase",
        kind: OrgKind::Company,
        name_ja: "ミナセ光学株式会社",
        name_en: "Minase Optics Corporation",
        country: "JP",
        prefecture: Some("20"),
        website: "https://minase-optics.example",
        specialties: &["medical_devices", "endoscopy", "gastroenterology"],
        languages: &["ja", "en", "th"],
        jih: false,
        amtac: false,
        description_ja: "内視鏡システムと処置具を開発・製造する医療機器メーカーです。タイの内視鏡トレーニングセンターに機器とシミュレーターを提供し、保守を担う現地エンジニアの育成も行っています。",
        description_en: "A medical device maker that develops and manufactures endoscopy systems and accessories. We supply equipment and simulators to the endoscopy training center in Thailand and train the local engineers who maintain them.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "shinonome",
        kind: OrgKind::Company,
        name_ja: "東雲イメージングシステムズ株式会社",
        name_en: "Shinonome Imaging Systems Corporation",
        country: "JP",
        prefecture: Some("22"),
        website: "https://shinonome-imaging.example",
        specialties: &["medical_devices", "radiology", "health_checkup"],
        languages: &["ja", "en", "hi", "vi"],
        jih: false,
        amtac: false,
        description_ja: "CT・MRI・超音波診断装置を手がける画像診断機器メーカーです。インドやベトナムの健診センター向けに、機器の導入から遠隔読影の仕組みづくりまでをご提案しています。",
        description_en: "A manufacturer of CT, MRI and ultrasound systems. For health check-up centers in India and Vietnam, we offer everything from equipment installation to setting up remote image-reading services.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "harunire",
        kind: OrgKind::Company,
        name_ja: "株式会社ハルニレ・ヘルステック",
        name_en: "Harunire HealthTech Inc.",
        country: "JP",
        prefecture: Some("40"),
        website: "https://harunire.example",
        specialties: &["medical_it", "interpretation"],
        languages: &["ja", "en", "zh", "ko", "vi"],
        jih: false,
        amtac: false,
        description_ja: "多言語対応の予約・問診システムと遠隔ビデオ通訳サービスを提供する医療IT企業です。海外の患者さんと日本の医療機関をつなぐ、渡航前のオンライン相談も支援しています。",
        description_en: "A healthcare IT company offering multilingual booking and intake systems as well as remote video interpretation. We also support pre-travel online consultations that connect patients abroad with hospitals in Japan.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "akatsuki",
        kind: OrgKind::Company,
        name_ja: "株式会社あかつきメディカルトラベル",
        name_en: "Akatsuki Medical Travel Co., Ltd.",
        country: "JP",
        prefecture: Some("13"),
        website: "https://akatsuki-mt.example",
        specialties: &["medical_travel", "interpretation"],
        languages: &["ja", "en", "zh", "ru", "vi"],
        jih: false,
        amtac: true,
        description_ja: "認証医療渡航支援企業（AMTAC）として、医療機関の選定・予約、医療通訳、渡航・滞在の手配、医療費の支払い代行まで、海外の患者さんの来日受診を総合的に支援しています。",
        description_en: "As an accredited medical travel assistance company (AMTAC), we support patients from abroad at every step: choosing and booking a hospital, medical interpretation, travel and accommodation, and paying medical fees on their behalf.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "tomoshibi",
        kind: OrgKind::Company,
        name_ja: "株式会社ともしびヘルスケアアシスト",
        name_en: "Tomoshibi Healthcare Assist Inc.",
        country: "JP",
        prefecture: Some("27"),
        website: "https://tomoshibi-assist.example",
        specialties: &["medical_travel", "interpretation"],
        languages: &["ja", "en", "ar", "id", "ms", "zh"],
        jih: false,
        amtac: true,
        description_ja: "中東・東南アジアからの患者さんを中心に、医療コーディネートと医療通訳を提供しています。ご家族の滞在やハラール食の手配、帰国後の主治医との連携もお手伝いします。",
        description_en: "We provide medical coordination and interpretation, mainly for patients from the Middle East and Southeast Asia. We also arrange accommodation for accompanying family and halal meals, and help liaise with patients' doctors after they return home.",
        status: OrgStatus::Active,
    },
    // ───────────── Government-related body ─────────────
    SeedOrg {
        key: "kibi",
        kind: OrgKind::Government,
        name_ja: "公益財団法人 吉備健康医療振興財団",
        name_en: "Kibi Foundation for Health and Medical Promotion",
        country: "JP",
        prefecture: Some("33"),
        website: "https://kibi-health.example",
        specialties: &["health_checkup", "nursing_care"],
        languages: &["ja", "en"],
        jih: false,
        amtac: false,
        description_ja: "県と連携して、健康づくりと医療の国際展開を推進している財団です。県内医療機関の外国人患者受け入れ体制の整備や、ベトナムからの看護研修生の受け入れを支援しています。",
        description_en: "A foundation working with the prefectural government to promote public health and the international expansion of medical services. We help hospitals in the prefecture prepare to receive international patients and support the placement of nursing trainees from Vietnam.",
        status: OrgStatus::Active,
    },
    // ───────────── Overseas partners ─────────────
    SeedOrg {
        key: "hoasen",
        kind: OrgKind::Hospital,
        name_ja: "ホアセン友好病院",
        name_en: "Hoa Sen Friendship Hospital",
        country: "VN",
        prefecture: None,
        website: "https://hoasen-hospital.example",
        specialties: &["cardiology", "rehabilitation", "nursing_care"],
        languages: &["vi", "en", "ja"],
        jih: false,
        amtac: false,
        description_ja: "ホーチミン市の総合病院です。日本の会員病院の協力を得て心臓カテーテル室とリハビリテーション部門を整備し、看護師・療法士の研修を続けています。",
        description_en: "A general hospital in Ho Chi Minh City. With support from Japanese member hospitals, we have set up a cardiac catheterization lab and a rehabilitation department, and continue to train our nurses and therapists.",
        status: OrgStatus::Active,
    },
    SeedOrg {
        key: "rattana",
        kind: OrgKind::Hospital,
        name_ja: "ラッタナー医療センター",
        name_en: "Rattana Medical Center",
        country: "TH",
        prefecture: None,
        website: "https://rattana-mc.example",
        specialties: &["endoscopy", "gastroenterology", "health_checkup"],
        languages: &["th", "en", "ja"],
        jih: false,
        amtac: false,
        description_ja: "バンコクの医療センターで、日本の学会・医療機器メーカーと共同で内視鏡トレーニングセンターを運営しています。タイ国内や近隣諸国の医師・看護師が、日本の内視鏡診療を学んでいます。",
        description_en: "A medical center in Bangkok that runs an endoscopy training center together with a Japanese medical society and device maker. Doctors and nurses from Thailand and neighboring countries come here to learn Japanese endoscopy practice.",
        status: OrgStatus::Active,
    },
    // ───────────── Pending applications ─────────────
    SeedOrg {
        key: "hinata",
        kind: OrgKind::Clinic,
        name_ja: "金沢ひなた眼科クリニック",
        name_en: "Kanazawa Hinata Eye Clinic",
        country: "JP",
        prefecture: Some("17"),
        website: "https://hinata-eye.example",
        specialties: &["ophthalmology"],
        languages: &["ja", "en"],
        jih: false,
        amtac: false,
        description_ja: "白内障手術を中心とする眼科クリニックです。金沢を訪れる海外からの旅行者の受診にもしっかり対応できるよう、フォーラムへの入会を申請しています。",
        description_en: "An eye clinic focusing on cataract surgery. We have applied to join the Forum so that we can better serve international visitors to Kanazawa.",
        status: OrgStatus::Pending,
    },
    SeedOrg {
        key: "kotonoha",
        kind: OrgKind::Company,
        name_ja: "株式会社ことのは医療通訳",
        name_en: "Kotonoha Medical Interpreting Inc.",
        country: "JP",
        prefecture: Some("14"),
        website: "https://kotonoha-mi.example",
        specialties: &["interpretation", "medical_travel"],
        languages: &["ja", "en", "zh", "vi", "es", "pt"],
        jih: false,
        amtac: false,
        description_ja: "医療通訳者の派遣と養成を行っている会社です。AMTAC認証の取得を目指しており、フォーラムへの入会を申請中です。",
        description_en: "We provide and train medical interpreters. We are working toward AMTAC accreditation and have applied for Forum membership.",
        status: OrgStatus::Pending,
    },
];

/// A Japanese person (kanji name with kana reading), living in Japan.
#[allow(clippy::too_many_arguments)]
const fn jp(
    org: &'static str,
    email: &'static str,
    family_name: &'static str,
    given_name: &'static str,
    family_name_kana: &'static str,
    given_name_kana: &'static str,
    romanized_name: &'static str,
    locale: Locale,
    role: Role,
    status: UserStatus,
) -> SeedUser {
    SeedUser {
        org,
        email,
        family_name,
        given_name,
        family_name_kana: Some(family_name_kana),
        given_name_kana: Some(given_name_kana),
        romanized_name: Some(romanized_name),
        locale,
        time_zone: "Asia/Tokyo",
        role,
        status,
    }
}

/// A non-Japanese person: Latin-script name, no kana.
#[allow(clippy::too_many_arguments)]
const fn intl(
    org: &'static str,
    email: &'static str,
    family_name: &'static str,
    given_name: &'static str,
    romanized_name: &'static str,
    locale: Locale,
    time_zone: &'static str,
    role: Role,
) -> SeedUser {
    SeedUser {
        org,
        email,
        family_name,
        given_name,
        family_name_kana: None,
        given_name_kana: None,
        romanized_name: Some(romanized_name),
        locale,
        time_zone,
        role,
        status: UserStatus::Active,
    }
}

pub const USERS: &[SeedUser] = &[
    // ── Demo accounts (keep these four first, with these emails) ──
    jp(
        "mej",
        "admin@example.jp",
        "佐藤",
        "美咲",
        "さとう",
        "みさき",
        "SATO Misaki",
        Locale::Ja,
        Role::Admin,
        UserStatus::Active,
    ),
    jp(
        "mej",
        "staff@example.jp",
        "高橋",
        "健太",
        "たかはし",
        "けんた",
        "TAKAHASHI Kenta",
        Locale::Ja,
        Role::Staff,
        UserStatus::Active,
    ),
    jp(
        "sakura",
        "orgadmin@example.jp",
        "中村",
        "隆",
        "なかむら",
        "たかし",
        "NAKAMURA Takashi",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "sakura",
        "member@example.jp",
        "森",
        "絵里香",
        "もり",
        "えりか",
        "MORI Erika",
        Locale::En,
        Role::Member,
        UserStatus::Active,
    ),
    // ── Hospitals ──
    jp(
        "sakura",
        "tanaka@sakura-hospital.example",
        "田中",
        "直樹",
        "たなか",
        "なおき",
        "TANAKA Naoki",
        Locale::Ja,
        Role::Member,
        UserStatus::Active,
    ),
    jp(
        "naniwa",
        "yamamoto@naniwa-mc.example",
        "山本",
        "恵子",
        "やまもと",
        "けいこ",
        "YAMAMOTO Keiko",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    intl(
        "naniwa",
        "li.mei@naniwa-mc.example",
        "Li",
        "Mei",
        "LI Mei",
        Locale::Ja,
        "Asia/Tokyo",
        Role::Member,
    ),
    jp(
        "owari",
        "ito@owari-minato.example",
        "伊藤",
        "大輔",
        "いとう",
        "だいすけ",
        "ITO Daisuke",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "owari",
        "kato@owari-minato.example",
        "加藤",
        "さくら",
        "かとう",
        "さくら",
        "KATO Sakura",
        Locale::Ja,
        Role::Member,
        UserStatus::Active,
    ),
    jp(
        "genkai",
        "yoshida@genkai-hospital.example",
        "吉田",
        "修",
        "よしだ",
        "おさむ",
        "YOSHIDA Osamu",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "genkai",
        "matsumoto@genkai-hospital.example",
        "松本",
        "彩",
        "まつもと",
        "あや",
        "MATSUMOTO Aya",
        Locale::Ja,
        Role::Member,
        UserStatus::Active,
    ),
    jp(
        "hokushin",
        "sasaki@hokushin-hospital.example",
        "佐々木",
        "聡",
        "ささき",
        "さとし",
        "SASAKI Satoshi",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    intl(
        "hokushin",
        "o.ivanova@hokushin-hospital.example",
        "Ivanova",
        "Olga",
        "IVANOVA Olga",
        Locale::En,
        "Asia/Tokyo",
        Role::Member,
    ),
    jp(
        "kohoku",
        "inoue@kohoku-hikari.example",
        "井上",
        "真理子",
        "いのうえ",
        "まりこ",
        "INOUE Mariko",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "kohoku",
        "nakajima@kohoku-hikari.example",
        "中島",
        "翔",
        "なかじま",
        "しょう",
        "NAKAJIMA Sho",
        Locale::En,
        Role::Member,
        UserStatus::Active,
    ),
    jp(
        "setouchi",
        "kimura@setouchi-izumi.example",
        "木村",
        "浩二",
        "きむら",
        "こうじ",
        "KIMURA Koji",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "setouchi",
        "hayashi@setouchi-izumi.example",
        "林",
        "美穂",
        "はやし",
        "みほ",
        "HAYASHI Miho",
        Locale::Ja,
        Role::Member,
        UserStatus::Active,
    ),
    jp(
        "shirakaba",
        "shimizu@shirakaba-hospital.example",
        "清水",
        "徹",
        "しみず",
        "とおる",
        "SHIMIZU Toru",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "rakuhoku",
        "yamaguchi@rakuhoku-akebono.example",
        "山口",
        "由紀",
        "やまぐち",
        "ゆき",
        "YAMAGUCHI Yuki",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "ryukyu",
        "higa@ryukyu-midori.example",
        "比嘉",
        "康平",
        "ひが",
        "こうへい",
        "HIGA Kohei",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "ryukyu",
        "kinjo@ryukyu-midori.example",
        "金城",
        "あかね",
        "きんじょう",
        "あかね",
        "KINJO Akane",
        Locale::Ja,
        Role::Member,
        UserStatus::Active,
    ),
    // ── Clinics ──
    jp(
        "yaesu",
        "morita@yaesu-healthcheck.example",
        "森田",
        "亮",
        "もりた",
        "りょう",
        "MORITA Ryo",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "tsubaki",
        "ikeda@tsubaki-dental.example",
        "池田",
        "千尋",
        "いけだ",
        "ちひろ",
        "IKEDA Chihiro",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "aoi",
        "hashimoto@aoi-regen.example",
        "橋本",
        "拓也",
        "はしもと",
        "たくや",
        "HASHIMOTO Takuya",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    // ── Associations and societies ──
    jp(
        "hokuso_ma",
        "ishikawa@hokuso-mirai-ma.example",
        "石川",
        "正和",
        "いしかわ",
        "まさかず",
        "ISHIKAWA Masakazu",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "jaich",
        "maeda@jaich.example",
        "前田",
        "洋子",
        "まえだ",
        "ようこ",
        "MAEDA Yoko",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "jaich",
        "fujita@jaich.example",
        "藤田",
        "健",
        "ふじた",
        "けん",
        "FUJITA Ken",
        Locale::Ja,
        Role::Member,
        UserStatus::Active,
    ),
    jp(
        "jsiee",
        "okada@jsiee.example",
        "岡田",
        "俊介",
        "おかだ",
        "しゅんすけ",
        "OKADA Shunsuke",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "jsiee",
        "goto@jsiee.example",
        "後藤",
        "舞",
        "ごとう",
        "まい",
        "GOTO Mai",
        Locale::Ja,
        Role::Member,
        UserStatus::Active,
    ),
    jp(
        "asrp",
        "hasegawa@asrp.example",
        "長谷川",
        "勇",
        "はせがわ",
        "いさむ",
        "HASEGAWA Isamu",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    // ── Companies ──
    jp(
        "minase",
        "murakami@minase-optics.example",
        "村上",
        "恭平",
        "むらかみ",
        "きょうへい",
        "MURAKAMI Kyohei",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "minase",
        "kondo@minase-optics.example",
        "近藤",
        "葵",
        "こんどう",
        "あおい",
        "KONDO Aoi",
        Locale::En,
        Role::Member,
        UserStatus::Active,
    ),
    jp(
        "shinonome",
        "sakamoto@shinonome-imaging.example",
        "坂本",
        "誠",
        "さかもと",
        "まこと",
        "SAKAMOTO Makoto",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "harunire",
        "endo@harunire.example",
        "遠藤",
        "明日香",
        "えんどう",
        "あすか",
        "ENDO Asuka",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    jp(
        "akatsuki",
        "aoki@akatsuki-mt.example",
        "青木",
        "紀子",
        "あおき",
        "のりこ",
        "AOKI Noriko",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    intl(
        "akatsuki",
        "tran.lan@akatsuki-mt.example",
        "Trần",
        "Thị Lan",
        "TRAN Thi Lan",
        Locale::En,
        "Asia/Tokyo",
        Role::Member,
    ),
    jp(
        "tomoshibi",
        "nishimura@tomoshibi-assist.example",
        "西村",
        "哲也",
        "にしむら",
        "てつや",
        "NISHIMURA Tetsuya",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    intl(
        "tomoshibi",
        "o.alhashimi@tomoshibi-assist.example",
        "Al-Hashimi",
        "Omar",
        "AL-HASHIMI Omar",
        Locale::En,
        "Asia/Tokyo",
        Role::Member,
    ),
    // ── Government-related body ──
    jp(
        "kibi",
        "fukuda@kibi-health.example",
        "福田",
        "智子",
        "ふくだ",
        "ともこ",
        "FUKUDA Tomoko",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Active,
    ),
    // ── Overseas partners ──
    intl(
        "hoasen",
        "an.nguyen@hoasen-hospital.example",
        "Nguyễn",
        "Văn An",
        "NGUYEN Van An",
        Locale::En,
        "Asia/Ho_Chi_Minh",
        Role::OrgAdmin,
    ),
    intl(
        "hoasen",
        "hoa.pham@hoasen-hospital.example",
        "Phạm",
        "Thị Hoa",
        "PHAM Thi Hoa",
        Locale::En,
        "Asia/Ho_Chi_Minh",
        Role::Member,
    ),
    intl(
        "rattana",
        "somchai.w@rattana-mc.example",
        "Wongsawat",
        "Somchai",
        "WONGSAWAT Somchai",
        Locale::En,
        "Asia/Bangkok",
        Role::OrgAdmin,
    ),
    intl(
        "rattana",
        "kanokwan.s@rattana-mc.example",
        "Srisuk",
        "Kanokwan",
        "SRISUK Kanokwan",
        Locale::En,
        "Asia/Bangkok",
        Role::Member,
    ),
    // ── Applicants of pending organizations ──
    jp(
        "hinata",
        "ono@hinata-eye.example",
        "大野",
        "紗希",
        "おおの",
        "さき",
        "ONO Saki",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Pending,
    ),
    jp(
        "kotonoha",
        "ogawa@kotonoha-mi.example",
        "小川",
        "陽介",
        "おがわ",
        "ようすけ",
        "OGAWA Yosuke",
        Locale::Ja,
        Role::OrgAdmin,
        UserStatus::Pending,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::vocab::{COUNTRIES, LANGUAGES, PREFECTURES, SPECIALTIES, find};
    use std::collections::HashSet;

    fn org(key: &str) -> Option<&'static SeedOrg> {
        ORGANIZATIONS.iter().find(|o| o.key == key)
    }

    #[test]
    fn org_keys_unique_and_mej_first() {
        let mut seen = HashSet::new();
        for o in ORGANIZATIONS {
            assert!(seen.insert(o.key), "duplicate org key {}", o.key);
        }
        let mej = &ORGANIZATIONS[0];
        assert_eq!(mej.key, "mej");
        assert_eq!(mej.kind, OrgKind::Other);
        assert_eq!(mej.prefecture, Some("13"));
        assert_eq!(mej.website, "https://mej.example");
        assert_eq!(mej.status, OrgStatus::Active);
    }

    #[test]
    fn org_fields_are_valid() {
        for o in ORGANIZATIONS {
            assert!(
                matches!(o.status, OrgStatus::Active | OrgStatus::Pending),
                "{}: bad status {}",
                o.key,
                o.status
            );
            assert!(
                o.website.starts_with("https://") && o.website.ends_with(".example"),
                "{}: website {} must use the .example TLD",
                o.key,
                o.website
            );
            for text in [o.name_ja, o.name_en, o.description_ja, o.description_en] {
                assert!(
                    !text.trim().is_empty(),
                    "{}: empty name or description",
                    o.key
                );
            }
            assert!(!o.languages.is_empty(), "{}: no languages", o.key);
        }
    }

    #[test]
    fn org_vocabulary_codes_exist() {
        for o in ORGANIZATIONS {
            assert!(
                find(COUNTRIES, o.country).is_some(),
                "{}: unknown country {}",
                o.key,
                o.country
            );
            if o.country == "JP" {
                let pref = o
                    .prefecture
                    .unwrap_or_else(|| panic!("{}: Japanese org without prefecture", o.key));
                assert!(
                    find(PREFECTURES, pref).is_some(),
                    "{}: unknown prefecture {}",
                    o.key,
                    pref
                );
            } else {
                assert!(
                    o.prefecture.is_none(),
                    "{}: overseas org with a prefecture",
                    o.key
                );
            }
            for s in o.specialties {
                assert!(
                    find(SPECIALTIES, s).is_some(),
                    "{}: unknown specialty {}",
                    o.key,
                    s
                );
            }
            for l in o.languages {
                assert!(
                    find(LANGUAGES, l).is_some(),
                    "{}: unknown language {}",
                    o.key,
                    l
                );
            }
        }
    }

    #[test]
    fn every_user_org_exists() {
        for u in USERS {
            assert!(org(u.org).is_some(), "{}: unknown org {}", u.email, u.org);
        }
    }

    #[test]
    fn emails_unique_and_lowercase() {
        let mut seen = HashSet::new();
        for u in USERS {
            assert_eq!(
                u.email,
                u.email.to_lowercase(),
                "email {} is not lowercase",
                u.email
            );
            assert!(u.email.contains('@'), "email {} has no @", u.email);
            assert!(seen.insert(u.email), "duplicate email {}", u.email);
        }
    }

    #[test]
    fn demo_accounts_come_first() {
        let expected = [
            ("admin@example.jp", "mej", Role::Admin),
            ("staff@example.jp", "mej", Role::Staff),
            ("orgadmin@example.jp", ORGANIZATIONS[1].key, Role::OrgAdmin),
            ("member@example.jp", ORGANIZATIONS[1].key, Role::Member),
        ];
        for (u, (email, org_key, role)) in USERS.iter().zip(expected) {
            assert_eq!(u.email, email);
            assert_eq!(u.org, org_key);
            assert_eq!(u.role, role);
            assert_eq!(u.status, UserStatus::Active);
        }
        assert_eq!(USERS[3].locale, Locale::En);
        let demo_hospital = &ORGANIZATIONS[1];
        assert_eq!(demo_hospital.kind, OrgKind::Hospital);
        assert!(demo_hospital.jih);
        assert_eq!(demo_hospital.prefecture, Some("13"));
    }

    #[test]
    fn user_fields_are_valid() {
        // Roles, locales and statuses are typed: the compiler checks them.
        for u in USERS {
            assert!(
                u.time_zone.contains('/'),
                "{}: bad time zone {}",
                u.email,
                u.time_zone
            );
            assert!(
                u.status != UserStatus::Suspended,
                "{}: demo accounts start usable or pending",
                u.email
            );
            assert!(
                !u.family_name.is_empty() && !u.given_name.is_empty(),
                "{}: empty name",
                u.email
            );
            if u.role.is_staff() {
                assert_eq!(
                    u.org, "mej",
                    "{}: admin/staff outside the secretariat",
                    u.email
                );
            }
            let romanized = u
                .romanized_name
                .unwrap_or_else(|| panic!("{}: no romanized name", u.email));
            let family = romanized.split_whitespace().next().unwrap_or("");
            assert!(
                !family.is_empty() && family == family.to_uppercase(),
                "{}: romanized family name must come first, in capitals: {}",
                u.email,
                romanized
            );
        }
    }

    #[test]
    fn every_active_org_except_mej_has_exactly_one_org_admin() {
        for o in ORGANIZATIONS
            .iter()
            .filter(|o| o.status == OrgStatus::Active && o.key != "mej")
        {
            let admins = USERS
                .iter()
                .filter(|u| u.org == o.key && u.role == Role::OrgAdmin)
                .count();
            assert_eq!(admins, 1, "{} has {} org_admins", o.key, admins);
        }
    }

    #[test]
    fn pending_orgs_have_exactly_one_pending_applicant() {
        for o in ORGANIZATIONS
            .iter()
            .filter(|o| o.status == OrgStatus::Pending)
        {
            let users: Vec<&SeedUser> = USERS.iter().filter(|u| u.org == o.key).collect();
            assert_eq!(users.len(), 1, "{} should have exactly one user", o.key);
            assert_eq!(users[0].role, Role::OrgAdmin);
            assert_eq!(users[0].status, UserStatus::Pending);
        }
        for u in USERS.iter().filter(|u| u.status == UserStatus::Pending) {
            assert_eq!(
                org(u.org).map(|o| o.status),
                Some(OrgStatus::Pending),
                "{}: pending user in an active org",
                u.email
            );
        }
    }

    fn is_kana(c: char) -> bool {
        matches!(c,
            '\u{3041}'..='\u{3096}' // hiragana
            | '\u{30A1}'..='\u{30FA}' // katakana
            | 'ー' | ' ' | '\u{3000}')
    }

    fn is_latin(c: char) -> bool {
        c.is_ascii_alphabetic()
            || c == '-'
            || c == ' '
            || ('\u{00C0}'..='\u{024F}').contains(&c) // Latin-1 Supplement letters, Latin Extended-A/B
            || ('\u{1E00}'..='\u{1EFF}').contains(&c) // Latin Extended Additional (Vietnamese)
    }

    #[test]
    fn japanese_readings_are_kana_only() {
        for u in USERS {
            match (u.family_name_kana, u.given_name_kana) {
                (Some(family), Some(given)) => {
                    for kana in [family, given] {
                        assert!(!kana.trim().is_empty(), "{}: empty kana", u.email);
                        assert!(
                            kana.chars().all(is_kana),
                            "{}: reading {:?} is not kana",
                            u.email,
                            kana
                        );
                    }
                }
                (None, None) => {
                    for name in [u.family_name, u.given_name] {
                        assert!(
                            name.chars().all(is_latin),
                            "{}: non-Japanese names are written in Latin script: {:?}",
                            u.email,
                            name
                        );
                    }
                }
                _ => panic!(
                    "{}: family and given kana must both be set or both be absent",
                    u.email
                ),
            }
        }
    }
}
