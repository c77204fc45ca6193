//! The demo's globalization projects: a dozen, outbound and inbound, across phases and
//! countries, each led by a member organization with partners and observers; one proposal
//! waits for staff's review and one was returned with a reason.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};

use super::db::entity::{
    event, project, project_follow, project_milestone, project_participant, project_update, thread,
};
use super::markdown;
use crate::model::project::{
    ParticipantRole, ParticipantStatus, ProjectDirection, ProjectPhase, ProjectStatus,
};
use crate::model::{AppError, OrganizationId, ProjectId, UserId};

/// One demo project. Organizations are named by their seed key.
pub struct SeedProject {
    pub direction: ProjectDirection,
    pub title: (&'static str, &'static str),
    pub summary: (&'static str, &'static str),
    pub country: &'static str,
    pub region: &'static str,
    pub partners: &'static str,
    pub phase: ProjectPhase,
    pub status: ProjectStatus,
    pub lead: &'static str,
    pub others: &'static [(&'static str, ParticipantRole)],
    pub support: &'static str,
    pub specialties: &'static str,
    pub languages: &'static str,
    pub backed: bool,
    pub return_reason: Option<&'static str>,
    /// Days ago it last changed.
    pub days_ago: i64,
}

use ParticipantRole::{Observer, Partner};
use ProjectDirection::{Inbound, Outbound};
use ProjectPhase::*;
use ProjectStatus::{Proposed, Published, Returned};

pub const PROJECTS: &[SeedProject] = &[
    SeedProject {
        direction: Outbound,
        title: (
            "ハノイ日本式健診センター",
            "Japanese-style health-check center in Hanoi",
        ),
        summary: (
            "Hoa Sen Friendship Hospital内に日本式の人間ドックを導入し、内視鏡と画像診断の体制を整える。現地の看護師・技師の研修を日本で行う。",
            "Bringing Japanese-style comprehensive check-ups to Hoa Sen Friendship Hospital, with endoscopy and imaging, and training its nurses and technicians in Japan.",
        ),
        country: "VN",
        region: "Hanoi",
        partners: "Hoa Sen Friendship Hospital; Hanoi Department of Health",
        phase: Setup,
        status: Published,
        lead: "sakura",
        others: &[
            ("hoasen", Partner),
            ("yaesu", Partner),
            ("shinonome", Observer),
        ],
        support: "human_resources,equipment",
        specialties: "endoscopy,health_checkup,radiology",
        languages: "en,vi",
        backed: true,
        return_reason: None,
        days_ago: 3,
    },
    SeedProject {
        direction: Outbound,
        title: (
            "タイにおける内視鏡医育成プログラム",
            "Endoscopy training program in Thailand",
        ),
        summary: (
            "タイ保健省と協力し、地方病院の消化器内科医に内視鏡診断・治療のハンズオン研修を提供する。",
            "With Thailand's Ministry of Public Health, hands-on training in diagnostic and therapeutic endoscopy for gastroenterologists of provincial hospitals.",
        ),
        country: "TH",
        region: "Bangkok and Khon Kaen",
        partners: "Ministry of Public Health, Thailand; Rattana Medical Center",
        phase: Operation,
        status: Published,
        lead: "jsiee",
        others: &[
            ("rattana", Partner),
            ("naniwa", Partner),
            ("minase", Partner),
        ],
        support: "expertise,equipment",
        specialties: "endoscopy,gastroenterology",
        languages: "en,th",
        backed: true,
        return_reason: None,
        days_ago: 6,
    },
    SeedProject {
        direction: Outbound,
        title: (
            "ウズベキスタン・リハビリテーション拠点",
            "Rehabilitation program in Uzbekistan",
        ),
        summary: (
            "タシケントの国立病院に脳卒中後リハビリテーションの日本式プログラムを導入する。理学療法士の育成を含む。",
            "A Japanese post-stroke rehabilitation program at a national hospital in Tashkent, including training physiotherapists.",
        ),
        country: "UZ",
        region: "Tashkent",
        partners: "Ministry of Health of the Republic of Uzbekistan",
        phase: Feasibility,
        status: Published,
        lead: "asrp",
        others: &[("hokushin", Partner)],
        support: "expertise,human_resources,funding",
        specialties: "rehabilitation,neurosurgery",
        languages: "ru,en",
        backed: false,
        return_reason: None,
        days_ago: 12,
    },
    SeedProject {
        direction: Outbound,
        title: (
            "インドネシア・陽子線治療施設の事業化調査",
            "Proton therapy center feasibility study in Indonesia",
        ),
        summary: (
            "ジャカルタの民間病院グループと陽子線治療施設の需要・採算・規制を調査する。",
            "Studying demand, finance and regulation for a proton therapy center with a private hospital group in Jakarta.",
        ),
        country: "ID",
        region: "Jakarta",
        partners: "A private hospital group in Jakarta; Indonesian Ministry of Health",
        phase: Exploration,
        status: Published,
        lead: "shinonome",
        others: &[("genkai", Partner)],
        support: "regulatory,funding,introductions",
        specialties: "proton_therapy,oncology",
        languages: "id,en",
        backed: false,
        return_reason: None,
        days_ago: 20,
    },
    SeedProject {
        direction: Outbound,
        title: (
            "カンボジア小児医療の人材育成",
            "Pediatric care training in Cambodia",
        ),
        summary: (
            "プノンペンの小児病院の医師・看護師を日本の病院で受け入れ、新生児集中治療の研修を行う。",
            "Hosting doctors and nurses of a Phnom Penh children's hospital in Japan for neonatal intensive care training.",
        ),
        country: "KH",
        region: "Phnom Penh",
        partners: "National Pediatric Hospital, Phnom Penh",
        phase: Agreement,
        status: Published,
        lead: "kohoku",
        others: &[("kibi", Partner), ("setouchi", Observer)],
        support: "human_resources,funding",
        specialties: "pediatrics,nursing_care",
        languages: "en",
        backed: false,
        return_reason: None,
        days_ago: 9,
    },
    SeedProject {
        direction: Outbound,
        title: (
            "モンゴル透析センターの運営支援",
            "Dialysis center operations in Mongolia",
        ),
        summary: (
            "ウランバートルの透析センターの運営、水質管理、スタッフ教育を日本式で支援する。",
            "Supporting a dialysis center in Ulaanbaatar with Japanese operations, water quality management and staff training.",
        ),
        country: "MN",
        region: "Ulaanbaatar",
        partners: "Ministry of Health of Mongolia",
        phase: Operation,
        status: Published,
        lead: "shirakaba",
        others: &[("harunire", Partner)],
        support: "expertise,equipment",
        specialties: "dialysis",
        languages: "mn,en",
        backed: true,
        return_reason: None,
        days_ago: 30,
    },
    SeedProject {
        direction: Outbound,
        title: (
            "インド・眼科手術トレーニング",
            "Ophthalmic surgery training in India",
        ),
        summary: (
            "チェンナイの眼科病院と白内障・網膜手術のトレーニングを行う。遠隔での症例検討を含む。",
            "Cataract and retinal surgery training with an eye hospital in Chennai, with remote case reviews.",
        ),
        country: "IN",
        region: "Chennai",
        partners: "An eye hospital in Chennai",
        phase: Completed,
        status: Published,
        lead: "hinata",
        others: &[("minase", Partner)],
        support: "expertise",
        specialties: "ophthalmology",
        languages: "en,hi",
        backed: false,
        return_reason: None,
        days_ago: 90,
    },
    SeedProject {
        direction: Outbound,
        title: (
            "ベトナム・ホーチミンの歯科医院開設",
            "A dental clinic in Ho Chi Minh City",
        ),
        summary: (
            "日本式の予防歯科を提供する歯科医院をホーチミン市に開設する。現地の歯科衛生士を育成する。",
            "Opening a clinic in Ho Chi Minh City offering Japanese preventive dentistry, and training local dental hygienists.",
        ),
        country: "VN",
        region: "Ho Chi Minh City",
        partners: "Ho Chi Minh City Department of Health",
        phase: Exploration,
        status: Published,
        lead: "tsubaki",
        others: &[],
        support: "regulatory,introductions,human_resources",
        specialties: "dentistry",
        languages: "vi,en",
        backed: false,
        return_reason: None,
        days_ago: 15,
    },
    SeedProject {
        direction: Inbound,
        title: (
            "ベトナムからのがん患者受入れネットワーク",
            "Receiving cancer patients from Vietnam",
        ),
        summary: (
            "ベトナムで治療が難しいがん患者を、受入れ体制の整った日本の医療機関につなぐ。医療通訳と渡航支援を含む。",
            "Connecting Vietnamese cancer patients whose treatment is difficult at home with Japanese institutions ready to receive them, with interpreters and travel support.",
        ),
        country: "VN",
        region: "",
        partners: "Hoa Sen Friendship Hospital",
        phase: Operation,
        status: Published,
        lead: "jaich",
        others: &[
            ("akatsuki", Partner),
            ("kotonoha", Partner),
            ("naniwa", Partner),
        ],
        support: "expertise,introductions",
        specialties: "oncology,proton_therapy,interpretation",
        languages: "vi,en",
        backed: true,
        return_reason: None,
        days_ago: 2,
    },
    SeedProject {
        direction: Inbound,
        title: (
            "中東からの心臓手術患者の受入れ",
            "Cardiac surgery patients from the Middle East",
        ),
        summary: (
            "湾岸諸国の医療機関からの紹介で、先天性心疾患の小児患者を受け入れる体制を整える。",
            "Setting up referrals of children with congenital heart disease from Gulf hospitals.",
        ),
        country: "AE",
        region: "Abu Dhabi",
        partners: "Department of Health, Abu Dhabi",
        phase: Feasibility,
        status: Published,
        lead: "owari",
        others: &[("tomoshibi", Partner)],
        support: "expertise,introductions",
        specialties: "cardiovascular_surgery,pediatrics",
        languages: "ar,en",
        backed: false,
        return_reason: None,
        days_ago: 25,
    },
    SeedProject {
        direction: Outbound,
        title: (
            "タイ・チェンマイの健診センター構想",
            "Health-check center plan in Chiang Mai",
        ),
        summary: (
            "チェンマイの私立病院と、日本式健診センターの共同運営を検討する。",
            "Considering a jointly run Japanese-style health-check center with a private hospital in Chiang Mai.",
        ),
        country: "TH",
        region: "Chiang Mai",
        partners: "A private hospital in Chiang Mai",
        phase: Exploration,
        status: Proposed,
        lead: "yaesu",
        others: &[],
        support: "introductions,regulatory",
        specialties: "health_checkup",
        languages: "th,en",
        backed: false,
        return_reason: None,
        days_ago: 1,
    },
    SeedProject {
        direction: Outbound,
        title: (
            "フィリピン再生医療クリニック",
            "Regenerative medicine clinic in the Philippines",
        ),
        summary: (
            "マニラで再生医療を提供するクリニックを開設する。",
            "Opening a regenerative medicine clinic in Manila.",
        ),
        country: "PH",
        region: "Manila",
        partners: "",
        phase: Exploration,
        status: Returned,
        lead: "aoi",
        others: &[],
        support: "regulatory",
        specialties: "regenerative_medicine",
        languages: "en",
        backed: false,
        return_reason: Some(
            "提供予定の治療と、現地の規制当局との協議の状況を概要に書き加えてください。/ Please add which treatments would be offered and where talks with the local regulator stand.",
        ),
        days_ago: 4,
    },
];

/// A demo request to join: the project (its index in `PROJECTS`), the organization asking, the
/// part it asks for, what it brings, and the lead's reason when it was declined.
pub struct SeedRequest {
    pub project: usize,
    pub organization: &'static str,
    pub role: ParticipantRole,
    pub contribution: &'static str,
    pub declined: Option<&'static str>,
}

pub const REQUESTS: &[SeedRequest] = &[
    SeedRequest {
        project: 0,
        organization: "kohoku",
        role: Partner,
        contribution: "消化器内視鏡の指導医2名を、立ち上げ後6か月間、月1週間ずつ派遣できます。/ We can send two endoscopy instructors one week a month for the first six months.",
        declined: None,
    },
    SeedRequest {
        project: 1,
        organization: "hinata",
        role: Observer,
        contribution: "タイでの看護師研修の経験を共有し、教材づくりに協力できます。/ We can share our experience training nurses in Thailand and help write the course material.",
        declined: None,
    },
    SeedRequest {
        project: 2,
        organization: "kibi",
        role: Partner,
        contribution: "リハビリテーション機器の選定に協力します。/ We can help choose the rehabilitation equipment.",
        declined: Some(
            "機器の選定は既に完了しました。運用段階での人材交流でぜひご協力ください。/ The equipment has been chosen already; we would welcome you for the staff exchanges once it operates.",
        ),
    },
];

/// A demo milestone: the project (its index in `PROJECTS`), its title, when it is due (days
/// from today; negative: past) and whether it is done.
pub struct SeedMilestone {
    pub project: usize,
    pub title: (&'static str, &'static str),
    pub due_in_days: i64,
    pub done: bool,
}

pub const MILESTONES: &[SeedMilestone] = &[
    SeedMilestone {
        project: 0,
        title: (
            "ハノイ市保健局との合意書締結",
            "Agreement with the Hanoi Department of Health",
        ),
        due_in_days: -120,
        done: true,
    },
    SeedMilestone {
        project: 0,
        title: (
            "内視鏡・CT機器の据付",
            "Endoscopy and CT equipment installed",
        ),
        due_in_days: -10,
        done: false,
    },
    SeedMilestone {
        project: 0,
        title: (
            "現地看護師8名の日本研修修了",
            "Eight local nurses complete their training in Japan",
        ),
        due_in_days: 45,
        done: false,
    },
    SeedMilestone {
        project: 0,
        title: ("健診センター開所", "Health-check center opens"),
        due_in_days: 150,
        done: false,
    },
    SeedMilestone {
        project: 1,
        title: ("研修カリキュラムの確定", "Training curriculum agreed"),
        due_in_days: -60,
        done: true,
    },
    SeedMilestone {
        project: 1,
        title: (
            "第1期研修医の受入れ",
            "First cohort of trainee endoscopists arrives",
        ),
        due_in_days: 30,
        done: false,
    },
    SeedMilestone {
        project: 2,
        title: (
            "リハビリ専門職の現地派遣",
            "Rehabilitation therapists sent to Tashkent",
        ),
        due_in_days: 90,
        done: false,
    },
];

/// A demo update: the project (its index in `PROJECTS`), the organization whose person wrote
/// it, its markdown, and how many days ago.
pub struct SeedUpdate {
    pub project: usize,
    pub organization: &'static str,
    pub body: &'static str,
    pub days_ago: i64,
}

pub const UPDATES: &[SeedUpdate] = &[
    SeedUpdate {
        project: 0,
        organization: "sakura",
        body: "ハノイ市保健局との合意書に署名しました。**来年春の開所**を目指し、機器の選定に入ります。\n\nWe signed the agreement with the Hanoi Department of Health and are now choosing the equipment, aiming to open next spring.",
        days_ago: 110,
    },
    SeedUpdate {
        project: 0,
        organization: "yaesu",
        body: "健診の運営マニュアル(日越対訳)の初版を共有しました。\n\n- 受付と問診\n- 内視鏡の前処置\n- 結果説明\n\nThe first bilingual (Japanese–Vietnamese) operations manual is shared with the team.",
        days_ago: 20,
    },
    SeedUpdate {
        project: 1,
        organization: "jsiee",
        body: "研修カリキュラムがタイ消化器内視鏡学会と合意されました。First cohort: six endoscopists from Bangkok and Chiang Mai.",
        days_ago: 55,
    },
];

/// Writes the demo projects, with the organizations taking part; `orgs` and `proposer` find
/// the seeded rows by key (an organization's first admin or member proposes its projects).
pub async fn seed_projects(
    db: &impl ConnectionTrait,
    orgs: &HashMap<&str, OrganizationId>,
    proposer: impl Fn(OrganizationId) -> Option<UserId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let mut ids = Vec::new();
    for p in PROJECTS {
        let (Some(&lead), at) = (orgs.get(p.lead), now - Duration::days(p.days_ago)) else {
            continue;
        };
        let Some(proposed_by) = proposer(lead) else {
            continue;
        };
        let row = project::ActiveModel {
            direction: Set(p.direction),
            title_ja: Set(p.title.0.into()),
            title_en: Set(p.title.1.into()),
            summary_ja: Set(p.summary.0.into()),
            summary_en: Set(p.summary.1.into()),
            country: Set(p.country.into()),
            region: Set(p.region.into()),
            partners: Set(p.partners.into()),
            phase: Set(p.phase),
            status: Set(p.status),
            lead_organization_id: Set(lead),
            support: Set(p.support.into()),
            specialties: Set(p.specialties.into()),
            languages: Set(p.languages.into()),
            backed: Set(p.backed),
            return_reason: Set(p.return_reason.map(Into::into)),
            proposed_by: Set(proposed_by),
            published_at: Set((p.status == Published).then_some(at - Duration::days(60))),
            created_at: Set(at - Duration::days(90)),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let others = p
            .others
            .iter()
            .filter_map(|(key, role)| Some((*orgs.get(key)?, *role)));
        for (organization, role) in [(lead, ParticipantRole::Lead)].into_iter().chain(others) {
            project_participant::ActiveModel {
                project_id: Set(row.id),
                organization_id: Set(organization),
                role: Set(role),
                status: Set(ParticipantStatus::Active),
                contribution: Set(String::new()),
                reason: Set(None),
                requested_by: Set(proposed_by),
                decided_by: Set(None),
                created_at: Set(row.created_at),
                updated_at: Set(row.created_at),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        project_follow::ActiveModel {
            project_id: Set(row.id),
            user_id: Set(proposed_by),
            created_at: Set(row.created_at),
        }
        .insert(db)
        .await?;
        ids.push((row.id, proposed_by));
    }
    for (position, m) in (1..).zip(MILESTONES) {
        let Some(&(project, lead)) = ids.get(m.project) else {
            continue;
        };
        let due = now + Duration::days(m.due_in_days);
        project_milestone::ActiveModel {
            project_id: Set(project),
            position: Set(position),
            title_ja: Set(m.title.0.into()),
            title_en: Set(m.title.1.into()),
            due_on: Set(Some(due.date_naive())),
            done_at: Set(m.done.then_some(due - Duration::days(2))),
            done_by: Set(m.done.then_some(lead)),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    for u in UPDATES {
        let (Some(&(project, _)), Some(&organization)) =
            (ids.get(u.project), orgs.get(u.organization))
        else {
            continue;
        };
        let Some(author) = proposer(organization) else {
            continue;
        };
        project_update::ActiveModel {
            project_id: Set(project),
            author_id: Set(author),
            organization_id: Set(organization),
            body: Set(u.body.into()),
            body_html: Set(markdown::render(u.body)),
            created_at: Set(now - Duration::days(u.days_ago)),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    for r in REQUESTS {
        let (Some(&(project, lead)), Some(&organization)) =
            (ids.get(r.project), orgs.get(r.organization))
        else {
            continue;
        };
        let Some(requested_by) = proposer(organization) else {
            continue;
        };
        let asked = now - Duration::days(3);
        project_participant::ActiveModel {
            project_id: Set(project),
            organization_id: Set(organization),
            role: Set(r.role),
            status: Set(if r.declined.is_some() {
                ParticipantStatus::Declined
            } else {
                ParticipantStatus::Requested
            }),
            contribution: Set(r.contribution.into()),
            reason: Set(r.declined.map(Into::into)),
            requested_by: Set(requested_by),
            decided_by: Set(r.declined.map(|_| lead)),
            created_at: Set(asked),
            updated_at: Set(asked),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Demo threads (by title) and events (by English title) about a demo project (by English
/// title).
const THREADS_ABOUT: &[(&str, &str)] = &[
    (
        "ベトナムでのクリニック開設許可の手続き",
        "Japanese-style health-check center in Hanoi",
    ),
    (
        "カンボジアでの日本式病院の運営体制",
        "Pediatric care training in Cambodia",
    ),
    (
        "現地看護師向け研修カリキュラムの共有",
        "Endoscopy training program in Thailand",
    ),
    (
        "モンゴルでの健診センター共同運営",
        "Dialysis center operations in Mongolia",
    ),
    (
        "Translating Japanese discharge summaries for Vietnamese patients",
        "Receiving cancer patients from Vietnam",
    ),
];
const EVENTS_ABOUT: &[(&str, &str)] = &[
    (
        "Meeting with a delegation of Vietnam's Ministry of Health",
        "Japanese-style health-check center in Hanoi",
    ),
    (
        "Meeting with a delegation of Thailand's Ministry of Public Health: endoscopy training",
        "Endoscopy training program in Thailand",
    ),
];

/// Names the demo projects in the demo threads and events about them (once both are seeded).
pub async fn seed_project_links(db: &impl ConnectionTrait) -> Result<(), AppError> {
    let projects: HashMap<String, ProjectId> = project::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.title_en, p.id))
        .collect();
    for (title, about) in THREADS_ABOUT {
        thread::Entity::update_many()
            .col_expr(
                thread::Column::ProjectId,
                Expr::value(projects.get(*about).map(|p| p.0)),
            )
            .filter(thread::Column::Title.eq(*title))
            .exec(db)
            .await?;
    }
    for (title, about) in EVENTS_ABOUT {
        event::Entity::update_many()
            .col_expr(
                event::Column::ProjectId,
                Expr::value(projects.get(*about).map(|p| p.0)),
            )
            .filter(event::Column::TitleEn.eq(*title))
            .exec(db)
            .await?;
    }
    Ok(())
}
