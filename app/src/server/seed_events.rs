//! The demo's events: the annual MEJ Forum Symposium (last year's, finished, and the next one),
//! last month's meeting with a delegation from Thailand (finished, its digest not written yet),
//! an opinion exchange with a ministry (approval required), a meeting with a delegation from
//! Vietnam (full, with a waiting list) and the online outbound committee (invited
//! organizations only), with registrations in every state.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};

use super::db::entity::{
    event, event_invitation, event_question, event_session, registration, user,
};
use super::markdown::render;
use crate::model::event::{EventFormat, EventKind, EventStatus, EventVisibility, QuestionKind};
use crate::model::registration::RegistrationStatus;
use crate::model::{AppError, Bilingual, EventId};

/// Kind, label ja, label en, choices (ja, en), required.
type DemoQuestion = (
    QuestionKind,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
    bool,
);

struct DemoEvent {
    kind: EventKind,
    format: EventFormat,
    status: EventStatus,
    visibility: EventVisibility,
    title: (&'static str, &'static str),
    description: (&'static str, &'static str),
    /// Days from now, and the hour it begins and ends in Tokyo.
    day: i64,
    hours: (i64, i64),
    venue: (&'static str, &'static str),
    address: &'static str,
    online_url: Option<&'static str>,
    capacity: i32,
    organization_limit: Option<i32>,
    requires_approval: bool,
    /// Minutes from the start, length in minutes, title ja, title en, speakers.
    sessions: &'static [(i64, i64, &'static str, &'static str, &'static str)],
    /// (e-mail, status) of its registrations, in the order they came.
    registrations: &'static [(&'static str, RegistrationStatus)],
    /// Organizations (by a member's e-mail) invited to an event for invited organizations.
    invited: &'static [&'static str],
}

const SYMPOSIUM_SESSIONS: &[(i64, i64, &str, &str, &str)] = &[
    (
        0,
        15,
        "開会挨拶",
        "Opening remarks",
        "山田 一郎, Medical Excellence JAPAN",
    ),
    (
        15,
        45,
        "基調講演: 日本の医療の国際展開の現在",
        "Keynote: Japanese medicine abroad today",
        "佐藤 花子, 厚生労働省 国際課\nJohn Carter, WHO Western Pacific",
    ),
    (
        60,
        60,
        "パネル: ベトナムでの病院開設と人材育成",
        "Panel: opening a hospital in Vietnam and training its staff",
        "田中 健, さくら総合病院\nNguyen Thi An, Hoa Sen Hospital",
    ),
    (
        120,
        40,
        "外国人患者受入れの実務",
        "Receiving international patients in practice",
        "伊藤 誠, 尾張みなと病院",
    ),
];

const DEMO_EVENTS: &[DemoEvent] = &[
    DemoEvent {
        kind: EventKind::Symposium,
        format: EventFormat::Hybrid,
        status: EventStatus::Published,
        visibility: EventVisibility::Members,
        title: (
            "第12回 MEJフォーラム シンポジウム",
            "12th MEJ Forum Symposium",
        ),
        description: (
            "日本の医療の国際展開に取り組む会員と関係省庁が、一年の成果と次の課題を共有します。会場参加の方は懇親会にもご参加いただけます。",
            "Members and ministries working on taking Japanese medicine abroad share the year's results and the next challenges. Participants on site are welcome at the reception.",
        ),
        day: 30,
        hours: (13, 17),
        venue: (
            "東京国際フォーラム ホールB7",
            "Tokyo International Forum, Hall B7",
        ),
        address: "東京都千代田区丸の内3-5-1",
        online_url: Some("https://meet.example.org/mej-symposium-12"),
        capacity: 120,
        organization_limit: Some(3),
        requires_approval: false,
        sessions: SYMPOSIUM_SESSIONS,
        registrations: &[
            (
                "tanaka@sakura-hospital.example",
                RegistrationStatus::Confirmed,
            ),
            ("yamamoto@naniwa-mc.example", RegistrationStatus::Confirmed),
            (
                "an.nguyen@hoasen-hospital.example",
                RegistrationStatus::Confirmed,
            ),
            (
                "somchai.w@rattana-mc.example",
                RegistrationStatus::Cancelled,
            ),
        ],
        invited: &[],
    },
    DemoEvent {
        kind: EventKind::Symposium,
        format: EventFormat::InPerson,
        status: EventStatus::Finished,
        visibility: EventVisibility::Members,
        title: (
            "第11回 MEJフォーラム シンポジウム",
            "11th MEJ Forum Symposium",
        ),
        description: (
            "アジアにおける日本式医療拠点の展開をテーマに開催しました。",
            "Held on Japanese-style medical centres across Asia.",
        ),
        day: -335,
        hours: (13, 17),
        venue: (
            "JPタワー ホール&カンファレンス",
            "JP Tower Hall & Conference",
        ),
        address: "東京都千代田区丸の内2-7-2",
        online_url: None,
        capacity: 150,
        organization_limit: None,
        requires_approval: false,
        sessions: SYMPOSIUM_SESSIONS,
        registrations: &[
            ("member@example.jp", RegistrationStatus::Attended),
            (
                "tanaka@sakura-hospital.example",
                RegistrationStatus::Attended,
            ),
            ("ito@owari-minato.example", RegistrationStatus::Confirmed),
        ],
        invited: &[],
    },
    DemoEvent {
        kind: EventKind::GovernmentMeeting,
        format: EventFormat::InPerson,
        status: EventStatus::Published,
        visibility: EventVisibility::Members,
        title: (
            "厚生労働省との意見交換会: 外国人患者受入れ",
            "Opinion exchange with the Ministry of Health: receiving foreign patients",
        ),
        description: (
            "外国人患者受入れの制度と課題について、厚生労働省の担当者と意見交換します。参加は事務局の承認制です。",
            "An exchange with the Ministry of Health, Labour and Welfare on receiving foreign patients. Registrations are confirmed by the secretariat.",
        ),
        day: 45,
        hours: (15, 17),
        venue: ("MEJ 会議室", "MEJ meeting room"),
        address: "東京都千代田区霞が関1-2-2",
        online_url: None,
        capacity: 30,
        organization_limit: Some(1),
        requires_approval: true,
        sessions: &[],
        registrations: &[
            ("ito@owari-minato.example", RegistrationStatus::Confirmed),
            (
                "yoshida@genkai-hospital.example",
                RegistrationStatus::Pending,
            ),
            ("higa@ryukyu-midori.example", RegistrationStatus::Declined),
        ],
        invited: &[],
    },
    DemoEvent {
        kind: EventKind::DelegationMeeting,
        format: EventFormat::InPerson,
        status: EventStatus::Published,
        visibility: EventVisibility::Members,
        title: (
            "ベトナム保健省訪問団との会合",
            "Meeting with a delegation of Vietnam's Ministry of Health",
        ),
        description: (
            "来日するベトナム保健省の訪問団と、病院開設と人材育成の協力について話し合います。逐次通訳あり。",
            "A meeting with a visiting delegation of Vietnam's Ministry of Health on opening hospitals and training staff. Consecutive interpretation is provided.",
        ),
        day: 14,
        hours: (10, 12),
        venue: (
            "ホテルニューオータニ 会議室",
            "Hotel New Otani, meeting room",
        ),
        address: "東京都千代田区紀尾井町4-1",
        online_url: None,
        capacity: 3,
        organization_limit: Some(2),
        requires_approval: false,
        sessions: &[],
        registrations: &[
            (
                "tanaka@sakura-hospital.example",
                RegistrationStatus::Confirmed,
            ),
            ("kato@owari-minato.example", RegistrationStatus::Confirmed),
            (
                "hoa.pham@hoasen-hospital.example",
                RegistrationStatus::Confirmed,
            ),
            (
                "inoue@kohoku-hikari.example",
                RegistrationStatus::Waitlisted,
            ),
            (
                "kimura@setouchi-izumi.example",
                RegistrationStatus::Waitlisted,
            ),
        ],
        invited: &[],
    },
    DemoEvent {
        kind: EventKind::Committee,
        format: EventFormat::Online,
        status: EventStatus::Published,
        visibility: EventVisibility::Invited,
        title: ("海外展開委員会(オンライン)", "Outbound committee (online)"),
        description: (
            "委員会参加団体による定例会合です。各国の進捗を共有します。",
            "The regular meeting of the committee's organizations, sharing progress country by country.",
        ),
        day: 7,
        hours: (16, 17),
        venue: ("", ""),
        address: "",
        online_url: Some("https://meet.example.org/mej-outbound-committee"),
        capacity: 40,
        organization_limit: None,
        requires_approval: false,
        sessions: &[],
        registrations: &[(
            "tanaka@sakura-hospital.example",
            RegistrationStatus::Confirmed,
        )],
        invited: &["member@example.jp", "ito@owari-minato.example"],
    },
    DemoEvent {
        kind: EventKind::DelegationMeeting,
        format: EventFormat::InPerson,
        status: EventStatus::Finished,
        visibility: EventVisibility::Members,
        title: (
            "タイ保健省訪問団との会合: 内視鏡研修",
            "Meeting with a delegation of Thailand's Ministry of Public Health: endoscopy training",
        ),
        description: (
            "タイでの内視鏡研修プログラムについて、訪問団と会員の医療機関が意見を交わしました。",
            "The delegation and member institutions discussed an endoscopy training programme in Thailand.",
        ),
        day: -40,
        hours: (10, 12),
        venue: ("MEJ 会議室", "MEJ meeting room"),
        address: "東京都千代田区霞が関1-2-2",
        online_url: None,
        capacity: 20,
        organization_limit: Some(2),
        requires_approval: false,
        sessions: &[],
        registrations: &[
            ("member@example.jp", RegistrationStatus::Attended),
            (
                "tanaka@sakura-hospital.example",
                RegistrationStatus::Attended,
            ),
        ],
        invited: &[],
    },
];

/// `hour` o'clock in Tokyo, `day` days from `now`.
fn tokyo(now: DateTime<Utc>, day: i64, hour: i64) -> DateTime<Utc> {
    let today_utc_midnight = now - Duration::seconds(now.timestamp().rem_euclid(86_400));
    // Midnight in Tokyo is 15:00 UTC of the day before.
    today_utc_midnight + Duration::days(day) + Duration::hours(hour - 9)
}

/// Adds the demo events and their registrations (for a freshly seeded demo).
pub async fn seed_events(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<(), AppError> {
    let people: std::collections::HashMap<String, user::Model> = user::Entity::find()
        .filter(user::Column::Email.like("%@%"))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.email.clone(), u))
        .collect();
    let staff = people.get("staff@example.jp").ok_or(AppError::Internal)?.id;
    for d in DEMO_EVENTS {
        insert(db, d, &people, staff, now).await?;
    }
    Ok(())
}

/// The registration burst's event (for `bench`): a member program in Tokyo in 30 days, open to
/// every member now, with `seats` seats, no per-organization limit and no approval.
pub async fn seed_burst_event(db: &impl ConnectionTrait, seats: i32) -> Result<EventId, AppError> {
    let staff = user::Entity::find()
        .filter(user::Column::Email.eq("staff@example.jp"))
        .one(db)
        .await?
        .ok_or(AppError::Internal)?;
    let burst = DemoEvent {
        kind: EventKind::MemberProgram,
        format: EventFormat::InPerson,
        status: EventStatus::Published,
        visibility: EventVisibility::Members,
        title: ("登録集中の計測", "Registration burst"),
        description: ("ベンチマーク用のイベントです。", "An event for benchmarks."),
        day: 30,
        hours: (10, 12),
        venue: ("東京国際フォーラム", "Tokyo International Forum"),
        address: "東京都千代田区丸の内3-5-1",
        online_url: None,
        capacity: seats,
        organization_limit: None,
        requires_approval: false,
        sessions: &[],
        registrations: &[],
        invited: &[],
    };
    insert(db, &burst, &Default::default(), staff.id, Utc::now()).await
}

/// One event with its programme, questions, invitations and registrations.
async fn insert(
    db: &impl ConnectionTrait,
    d: &DemoEvent,
    people: &std::collections::HashMap<String, user::Model>,
    staff: crate::model::UserId,
    now: DateTime<Utc>,
) -> Result<EventId, AppError> {
    let starts = tokyo(now, d.day, d.hours.0);
    let e = event::ActiveModel {
        kind: Set(d.kind),
        format: Set(d.format),
        status: Set(d.status),
        visibility: Set(d.visibility),
        title_ja: Set(d.title.0.into()),
        title_en: Set(d.title.1.into()),
        description_ja: Set(d.description.0.into()),
        description_en: Set(d.description.1.into()),
        description_ja_html: Set(render(d.description.0)),
        description_en_html: Set(render(d.description.1)),
        starts_at: Set(starts),
        ends_at: Set(tokyo(now, d.day, d.hours.1)),
        time_zone: Set("Asia/Tokyo".into()),
        venue_ja: Set(d.venue.0.into()),
        venue_en: Set(d.venue.1.into()),
        address: Set(d.address.into()),
        online_url: Set(d.online_url.map(String::from)),
        capacity: Set(d.capacity),
        organization_limit: Set(d.organization_limit),
        opens_at: Set(None),
        closes_at: Set(Some(starts - Duration::days(2)).filter(|_| d.day > 2)),
        requires_approval: Set(d.requires_approval),
        waitlist_next: Set(1),
        cancel_reason: Set(None),
        created_by: Set(staff),
        created_at: Set(now - Duration::days(60)),
        updated_at: Set(now - Duration::days(60)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for (i, s) in d.sessions.iter().enumerate() {
        event_session::ActiveModel {
            event_id: Set(e.id),
            position: Set(i32::try_from(i).unwrap_or(0)),
            starts_at: Set(starts + Duration::minutes(s.0)),
            ends_at: Set(starts + Duration::minutes(s.0 + s.1)),
            title_ja: Set(s.2.into()),
            title_en: Set(s.3.into()),
            speakers: Set(s.4.into()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    questions(db, e.id, d.kind).await?;
    for email in d.invited {
        let who = people.get(*email).ok_or(AppError::Internal)?;
        event_invitation::ActiveModel {
            event_id: Set(e.id),
            organization_id: Set(who.organization_id),
        }
        .insert(db)
        .await?;
    }
    let mut seq = 1;
    for (n, (email, status)) in d.registrations.iter().enumerate() {
        let who = people.get(*email).ok_or(AppError::Internal)?;
        let waiting = *status == RegistrationStatus::Waitlisted;
        registration::ActiveModel {
            event_id: Set(e.id),
            user_id: Set(who.id),
            organization_id: Set(who.organization_id),
            status: Set(*status),
            waitlist_seq: Set(waiting.then_some(seq)),
            answers: Set("{}".into()),
            registered_by: Set(who.id),
            reason: Set((*status == RegistrationStatus::Declined)
                .then(|| "定員の都合により、1団体1名とさせていただきました。".to_string())),
            checked_in_at: Set(None),
            created_at: Set(now - Duration::days(20) + Duration::minutes(n as i64)),
            updated_at: Set(now - Duration::days(20) + Duration::minutes(n as i64)),
            ..Default::default()
        }
        .insert(db)
        .await?;
        if waiting {
            seq += 1;
        }
    }
    let id = e.id;
    let mut row: event::ActiveModel = e.into();
    row.waitlist_next = Set(seq);
    row.update(db).await?;
    Ok(id)
}

/// A symposium asks about the reception, interpretation and dietary needs.
async fn questions(
    db: &impl ConnectionTrait,
    id: EventId,
    kind: EventKind,
) -> Result<(), AppError> {
    if kind != EventKind::Symposium {
        return Ok(());
    }
    let list: [DemoQuestion; 3] = [
        (
            QuestionKind::Single,
            "懇親会への出席",
            "Attending the reception",
            &[("出席", "Attending"), ("欠席", "Not attending")],
            true,
        ),
        (
            QuestionKind::Multiple,
            "必要な通訳",
            "Interpretation needed",
            &[
                ("英語", "English"),
                ("ベトナム語", "Vietnamese"),
                ("タイ語", "Thai"),
            ],
            false,
        ),
        (
            QuestionKind::Text,
            "食事の制限(アレルギー等)",
            "Dietary needs (allergies etc.)",
            &[],
            false,
        ),
    ];
    for (i, (kind, ja, en, options, required)) in list.into_iter().enumerate() {
        let options: Vec<Bilingual> = options
            .iter()
            .map(|(j, e)| Bilingual::new(*j, *e))
            .collect();
        event_question::ActiveModel {
            event_id: Set(id),
            position: Set(i32::try_from(i).unwrap_or(0)),
            kind: Set(kind),
            label_ja: Set(ja.into()),
            label_en: Set(en.into()),
            options: Set(serde_json::to_string(&options).map_err(crate::model::error::internal)?),
            required: Set(required),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
