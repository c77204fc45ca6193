//! Demo inbound referrals: what five JIH and partner hospitals accept, and four cases from the
//! Vietnamese and Thai partner hospitals in each state (open with answers coming in, open
//! waiting for information, an institution chosen, withdrawn), routed as the rules route them.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};

use super::db::entity::{organization, referral, referral_answer, referral_step};
use crate::model::referral::{AnswerStatus, ReferralStatus, ReferralStep, Urgency};
use crate::model::{AppError, OrganizationId, UserId};

/// Organizations (by key) that accept international patients, in these specialties.
const ACCEPTING: &[(&str, &str)] = &[
    ("sakura", "cardiology,health_checkup,oncology"),
    ("naniwa", "oncology,proton_therapy,transplantation"),
    ("hokushin", "cardiology,cardiovascular_surgery,neurosurgery"),
    ("kohoku", "ophthalmology,pediatrics"),
    ("owari", "neurosurgery,orthopedics,rehabilitation"),
];

struct DemoCase {
    /// The submitting organization's key and its person's e-mail.
    from: (&'static str, &'static str),
    status: ReferralStatus,
    specialty: &'static str,
    summary: &'static str,
    languages: &'static str,
    country: &'static str,
    urgency: Urgency,
    accompanied: bool,
    days_ago: i64,
    /// Each matched institution (key), its answer, note, earliest date (days from now), and
    /// whether it was chosen.
    answers: &'static [(&'static str, AnswerStatus, &'static str, Option<i64>, bool)],
    /// Information the submitter added, or why it withdrew.
    note: &'static str,
}

const CASES: &[DemoCase] = &[
    DemoCase {
        from: ("hoasen", "an.nguyen@hoasen-hospital.example"),
        status: ReferralStatus::Open,
        specialty: "oncology",
        summary: "58歳男性。2026年8月に肝細胞癌(単発、4.5cm)と診断。Child-Pugh A。現地では切除の経験が少なく、日本での手術または陽子線治療を希望。CT・MRI画像あり。\n\nMan, 58. Hepatocellular carcinoma (single, 4.5 cm) diagnosed in August 2026, Child-Pugh A. Resection is rarely done locally; seeks surgery or proton therapy in Japan. CT and MRI images available.",
        languages: "en,vi",
        country: "VN",
        urgency: Urgency::Soon,
        accompanied: true,
        days_ago: 6,
        answers: &[
            (
                "naniwa",
                AnswerStatus::CanAccept,
                "肝胆膵外科と陽子線治療の合同カンファレンスで検討できます。英語の通訳を手配します。",
                Some(40),
                false,
            ),
            ("sakura", AnswerStatus::Awaiting, "", None, false),
        ],
        note: "",
    },
    DemoCase {
        from: ("hoasen", "hoa.pham@hoasen-hospital.example"),
        status: ReferralStatus::Chosen,
        specialty: "cardiology",
        summary: "Woman, 64. Severe aortic stenosis with high surgical risk; TAVI is not available locally. Echocardiography from October 2026.",
        languages: "en,vi",
        country: "VN",
        urgency: Urgency::Soon,
        accompanied: true,
        days_ago: 30,
        answers: &[
            (
                "hokushin",
                AnswerStatus::CanAccept,
                "TAVI can be planned after a cardiology consultation. An English-speaking coordinator will assist.",
                Some(21),
                true,
            ),
            (
                "sakura",
                AnswerStatus::CannotAccept,
                "現在、TAVIの枠に空きがありません。",
                None,
                false,
            ),
        ],
        note: "",
    },
    DemoCase {
        from: ("rattana", "somchai.w@rattana-mc.example"),
        status: ReferralStatus::Open,
        specialty: "pediatrics",
        summary: "Boy, 7. Congenital biliary atresia after a Kasai operation at age one; progressive liver dysfunction. The family asks about evaluation in Japan.",
        languages: "en,th",
        country: "TH",
        urgency: Urgency::Routine,
        accompanied: true,
        days_ago: 3,
        answers: &[(
            "kohoku",
            AnswerStatus::NeedsInfo,
            "Please send recent liver function tests and an abdominal ultrasound report (in English).",
            None,
            false,
        )],
        note: "",
    },
    DemoCase {
        from: ("hoasen", "an.nguyen@hoasen-hospital.example"),
        status: ReferralStatus::Withdrawn,
        specialty: "orthopedics",
        summary: "Man, 45. Revision of a total hip replacement (loosening), 2019 surgery abroad.",
        languages: "vi",
        country: "VN",
        urgency: Urgency::Routine,
        accompanied: false,
        days_ago: 45,
        answers: &[("owari", AnswerStatus::Awaiting, "", None, false)],
        note: "The patient will be treated in Ho Chi Minh City.",
    },
];

/// Sets what the demo institutions accept, and writes the demo cases; `person` finds a seeded
/// person by e-mail, `first_of` an organization's first person (who answers for it).
pub async fn seed_referrals(
    db: &impl ConnectionTrait,
    orgs: &HashMap<&str, OrganizationId>,
    person: impl Fn(&str) -> Option<UserId>,
    first_of: impl Fn(OrganizationId) -> Option<UserId>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    for (key, specialties) in ACCEPTING {
        let Some(&id) = orgs.get(key) else { continue };
        organization::Entity::update_many()
            .col_expr(
                organization::Column::AcceptsInternational,
                Expr::value(true),
            )
            .col_expr(
                organization::Column::InternationalSpecialties,
                Expr::value(*specialties),
            )
            .filter(organization::Column::Id.eq(id))
            .exec(db)
            .await?;
    }
    for c in CASES {
        let (Some(&from), Some(by)) = (orgs.get(c.from.0), person(c.from.1)) else {
            continue;
        };
        let at = now - Duration::days(c.days_ago);
        let case = referral::ActiveModel {
            status: Set(c.status),
            specialty: Set(c.specialty.into()),
            summary: Set(c.summary.into()),
            languages: Set(c.languages.into()),
            country: Set(c.country.into()),
            urgency: Set(c.urgency),
            earliest: Set(Some((now + Duration::days(20)).date_naive())),
            latest: Set(Some((now + Duration::days(90)).date_naive())),
            accompanied: Set(c.accompanied),
            organization_id: Set(from),
            submitted_by: Set(by),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let step = |step, organization, answer, actor, note: &str, hours: i64| {
            referral_step::ActiveModel {
                referral_id: Set(case.id),
                step: Set(step),
                organization_id: Set(organization),
                answer: Set(answer),
                actor_id: Set(actor),
                note: Set(note.to_string()),
                created_at: Set(at + Duration::hours(hours)),
                ..Default::default()
            }
        };
        let mut steps = vec![step(ReferralStep::Submitted, None, None, by, "", 0)];
        for (n, &(key, status, note, earliest, chosen)) in (1..).zip(c.answers) {
            let Some(&organization) = orgs.get(key) else {
                continue;
            };
            let answered = status != AnswerStatus::Awaiting;
            let answerer = first_of(organization).unwrap_or(by);
            referral_answer::ActiveModel {
                referral_id: Set(case.id),
                organization_id: Set(organization),
                status: Set(status),
                note: Set(note.into()),
                earliest: Set(earliest.map(|d| (now + Duration::days(d)).date_naive())),
                chosen: Set(chosen),
                answered_by: Set(answered.then_some(answerer)),
                answered_at: Set(answered.then(|| at + Duration::hours(n * 20))),
                ..Default::default()
            }
            .insert(db)
            .await?;
            if answered {
                let s = ReferralStep::Answered;
                let who = Some(organization);
                steps.push(step(s, who, Some(status), answerer, note, n * 20));
            }
            if chosen {
                steps.push(step(
                    ReferralStep::Chosen,
                    Some(organization),
                    None,
                    by,
                    "",
                    70,
                ));
            }
        }
        if c.status == ReferralStatus::Withdrawn {
            steps.push(step(ReferralStep::Withdrawn, None, None, by, c.note, 72));
        }
        referral_step::Entity::insert_many(steps)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}
