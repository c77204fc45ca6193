//! Controlled vocabularies shared by forms, filters and profile pages, with Japanese and English labels.

/// One term of a vocabulary: a stable code stored in the database, and its labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub code: &'static str,
    pub ja: &'static str,
    pub en: &'static str,
}

const fn t(code: &'static str, ja: &'static str, en: &'static str) -> Term {
    Term { code, ja, en }
}

/// Medical specialties and fields of activity relevant to the Forum.
pub const SPECIALTIES: &[Term] = &[
    t("cardiology", "循環器内科", "Cardiology"),
    t(
        "cardiovascular_surgery",
        "心臓血管外科",
        "Cardiovascular surgery",
    ),
    t("oncology", "腫瘍内科・がん治療", "Oncology"),
    t("gastroenterology", "消化器内科", "Gastroenterology"),
    t("endoscopy", "内視鏡診療", "Endoscopy"),
    t("orthopedics", "整形外科", "Orthopedics"),
    t("rehabilitation", "リハビリテーション", "Rehabilitation"),
    t("health_checkup", "健診・人間ドック", "Health check-ups"),
    t("regenerative_medicine", "再生医療", "Regenerative medicine"),
    t("proton_therapy", "陽子線治療", "Proton beam therapy"),
    t("pediatrics", "小児科", "Pediatrics"),
    t("ophthalmology", "眼科", "Ophthalmology"),
    t("dentistry", "歯科", "Dentistry"),
    t("dialysis", "人工透析", "Dialysis"),
    t("neurosurgery", "脳神経外科", "Neurosurgery"),
    t("transplantation", "移植医療", "Transplantation"),
    t("obstetrics", "産婦人科", "Obstetrics and gynecology"),
    t("dermatology", "皮膚科", "Dermatology"),
    t("psychiatry", "精神科", "Psychiatry"),
    t("radiology", "放射線科・画像診断", "Radiology and imaging"),
    t("emergency", "救急医療", "Emergency medicine"),
    t("nursing_care", "看護・介護", "Nursing and long-term care"),
    t("medical_devices", "医療機器", "Medical devices"),
    t("medical_it", "医療IT", "Healthcare IT"),
    t("interpretation", "医療通訳", "Medical interpretation"),
    t(
        "medical_travel",
        "医療渡航支援",
        "Medical travel assistance",
    ),
];

/// Languages, by ISO 639-1 code.
pub const LANGUAGES: &[Term] = &[
    t("ja", "日本語", "Japanese"),
    t("en", "英語", "English"),
    t("zh", "中国語", "Chinese"),
    t("ko", "韓国語", "Korean"),
    t("vi", "ベトナム語", "Vietnamese"),
    t("th", "タイ語", "Thai"),
    t("id", "インドネシア語", "Indonesian"),
    t("ms", "マレー語", "Malay"),
    t("hi", "ヒンディー語", "Hindi"),
    t("ru", "ロシア語", "Russian"),
    t("ar", "アラビア語", "Arabic"),
    t("es", "スペイン語", "Spanish"),
    t("pt", "ポルトガル語", "Portuguese"),
    t("mn", "モンゴル語", "Mongolian"),
];

/// Countries and regions, by ISO 3166-1 alpha-2 code: Japan first, then Asia,
/// the Middle East and the rest of the world.
pub const COUNTRIES: &[Term] = &[
    t("JP", "日本", "Japan"),
    // Asia
    t("VN", "ベトナム", "Vietnam"),
    t("TH", "タイ", "Thailand"),
    t("IN", "インド", "India"),
    t("ID", "インドネシア", "Indonesia"),
    t("MY", "マレーシア", "Malaysia"),
    t("PH", "フィリピン", "Philippines"),
    t("SG", "シンガポール", "Singapore"),
    t("KH", "カンボジア", "Cambodia"),
    t("MM", "ミャンマー", "Myanmar"),
    t("LA", "ラオス", "Laos"),
    t("BD", "バングラデシュ", "Bangladesh"),
    t("NP", "ネパール", "Nepal"),
    t("LK", "スリランカ", "Sri Lanka"),
    t("MN", "モンゴル", "Mongolia"),
    t("CN", "中国", "China"),
    t("KR", "韓国", "South Korea"),
    t("TW", "台湾", "Taiwan"),
    // Middle East
    t("AE", "アラブ首長国連邦", "United Arab Emirates"),
    t("SA", "サウジアラビア", "Saudi Arabia"),
    t("QA", "カタール", "Qatar"),
    t("KW", "クウェート", "Kuwait"),
    t("OM", "オマーン", "Oman"),
    t("TR", "トルコ", "Türkiye"),
    // Rest of the world
    t("US", "アメリカ合衆国", "United States"),
    t("CA", "カナダ", "Canada"),
    t("GB", "イギリス", "United Kingdom"),
    t("FR", "フランス", "France"),
    t("DE", "ドイツ", "Germany"),
    t("IT", "イタリア", "Italy"),
    t("ES", "スペイン", "Spain"),
    t("RU", "ロシア", "Russia"),
    t("AU", "オーストラリア", "Australia"),
    t("BR", "ブラジル", "Brazil"),
    t("MX", "メキシコ", "Mexico"),
    t("KE", "ケニア", "Kenya"),
    t("NG", "ナイジェリア", "Nigeria"),
    t("EG", "エジプト", "Egypt"),
    t("UZ", "ウズベキスタン", "Uzbekistan"),
    t("KZ", "カザフスタン", "Kazakhstan"),
];

/// The 47 prefectures of Japan, by JIS X 0401 code.
pub const PREFECTURES: &[Term] = &[
    t("01", "北海道", "Hokkaido"),
    t("02", "青森県", "Aomori"),
    t("03", "岩手県", "Iwate"),
    t("04", "宮城県", "Miyagi"),
    t("05", "秋田県", "Akita"),
    t("06", "山形県", "Yamagata"),
    t("07", "福島県", "Fukushima"),
    t("08", "茨城県", "Ibaraki"),
    t("09", "栃木県", "Tochigi"),
    t("10", "群馬県", "Gunma"),
    t("11", "埼玉県", "Saitama"),
    t("12", "千葉県", "Chiba"),
    t("13", "東京都", "Tokyo"),
    t("14", "神奈川県", "Kanagawa"),
    t("15", "新潟県", "Niigata"),
    t("16", "富山県", "Toyama"),
    t("17", "石川県", "Ishikawa"),
    t("18", "福井県", "Fukui"),
    t("19", "山梨県", "Yamanashi"),
    t("20", "長野県", "Nagano"),
    t("21", "岐阜県", "Gifu"),
    t("22", "静岡県", "Shizuoka"),
    t("23", "愛知県", "Aichi"),
    t("24", "三重県", "Mie"),
    t("25", "滋賀県", "Shiga"),
    t("26", "京都府", "Kyoto"),
    t("27", "大阪府", "Osaka"),
    t("28", "兵庫県", "Hyogo"),
    t("29", "奈良県", "Nara"),
    t("30", "和歌山県", "Wakayama"),
    t("31", "鳥取県", "Tottori"),
    t("32", "島根県", "Shimane"),
    t("33", "岡山県", "Okayama"),
    t("34", "広島県", "Hiroshima"),
    t("35", "山口県", "Yamaguchi"),
    t("36", "徳島県", "Tokushima"),
    t("37", "香川県", "Kagawa"),
    t("38", "愛媛県", "Ehime"),
    t("39", "高知県", "Kochi"),
    t("40", "福岡県", "Fukuoka"),
    t("41", "佐賀県", "Saga"),
    t("42", "長崎県", "Nagasaki"),
    t("43", "熊本県", "Kumamoto"),
    t("44", "大分県", "Oita"),
    t("45", "宮崎県", "Miyazaki"),
    t("46", "鹿児島県", "Kagoshima"),
    t("47", "沖縄県", "Okinawa"),
];

/// The term with this code, if the vocabulary has it.
pub fn find(list: &'static [Term], code: &str) -> Option<&'static Term> {
    list.iter().find(|t| t.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const ALL: &[(&str, &[Term])] = &[
        ("SPECIALTIES", SPECIALTIES),
        ("LANGUAGES", LANGUAGES),
        ("COUNTRIES", COUNTRIES),
        ("PREFECTURES", PREFECTURES),
    ];

    #[test]
    fn codes_are_unique_within_each_list() {
        for (name, list) in ALL {
            let mut seen = HashSet::new();
            for term in list.iter() {
                assert!(
                    seen.insert(term.code),
                    "duplicate code {:?} in {}",
                    term.code,
                    name
                );
            }
        }
    }

    #[test]
    fn no_empty_codes_or_labels() {
        for (name, list) in ALL {
            assert!(!list.is_empty(), "{} is empty", name);
            for term in list.iter() {
                assert!(!term.code.trim().is_empty(), "empty code in {}", name);
                assert!(
                    !term.ja.trim().is_empty(),
                    "empty ja label for {:?} in {}",
                    term.code,
                    name
                );
                assert!(
                    !term.en.trim().is_empty(),
                    "empty en label for {:?} in {}",
                    term.code,
                    name
                );
            }
        }
    }

    #[test]
    fn code_formats() {
        for term in SPECIALTIES {
            assert!(
                term.code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_'),
                "specialty code {:?} is not lowercase snake_case",
                term.code
            );
        }
        for term in LANGUAGES {
            assert!(
                term.code.len() == 2 && term.code.chars().all(|c| c.is_ascii_lowercase()),
                "language code {:?} is not ISO 639-1",
                term.code
            );
        }
        for term in COUNTRIES {
            assert!(
                term.code.len() == 2 && term.code.chars().all(|c| c.is_ascii_uppercase()),
                "country code {:?} is not ISO 3166-1 alpha-2",
                term.code
            );
        }
        assert_eq!(COUNTRIES[0].code, "JP");
    }

    #[test]
    fn prefectures_are_the_47_in_jis_order() {
        assert_eq!(PREFECTURES.len(), 47);
        for (i, term) in PREFECTURES.iter().enumerate() {
            assert_eq!(term.code, format!("{:02}", i + 1));
        }
        assert_eq!(PREFECTURES[0].ja, "北海道");
        assert_eq!(PREFECTURES[12].ja, "東京都");
        assert_eq!(PREFECTURES[46].en, "Okinawa");
    }

    #[test]
    fn find_works() {
        let tokyo = find(PREFECTURES, "13").expect("Tokyo");
        assert_eq!(tokyo.ja, "東京都");
        assert_eq!(tokyo.en, "Tokyo");
        assert_eq!(find(COUNTRIES, "VN").map(|t| t.ja), Some("ベトナム"));
        assert_eq!(find(LANGUAGES, "en").map(|t| t.ja), Some("英語"));
        assert_eq!(
            find(SPECIALTIES, "cardiology").map(|t| t.ja),
            Some("循環器内科")
        );
        assert!(find(PREFECTURES, "48").is_none());
        assert!(find(COUNTRIES, "vn").is_none(), "codes are case-sensitive");
        assert!(find(SPECIALTIES, "").is_none());
    }
}
