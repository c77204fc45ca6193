//! Inbound referrals: submitting an anonymized case (routed at once to the institutions whose
//! profile matches, each told), the list of cases, and one case's page. Only the submitter's
//! organization, the matched institutions and staff see a case; for anyone else it does not
//! exist. Answers, choosing and the submitter's other steps are in `referral_decision`.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::account::person_name;
use super::notification::{Subject, tell};
use super::organization::people_in;
use super::thread::users;
use crate::model::directory::split_codes;
use crate::model::notification::NotificationKind;
use crate::model::permissions::{Action, Person, allows};
use crate::model::referral::{
    Acceptance, AnswerStatus, CasePart, ReferralForm, ReferralStatus, ReferralStep, may_answer,
    may_decide, may_see, reaches,
};
use crate::model::referral_view::{
    AnswerView, CaseSide, REFERRALS_SHOWN, ReferralRights, ReferralSummary, ReferralView, StepView,
};
use crate::model::{AppError, ConflictKind, OrgStatus, OrganizationId, ReferralId, UserId};
use crate::server::db::entity::{organization, referral, referral_answer, referral_step};
use crate::server::db::{WriteTxn, begin_write};

/// A case, the viewer's part in it and their institution's answer row, if the viewer may see
/// it; "not found" otherwise (whether or not it exists).
pub async fn visible(
    db: &impl ConnectionTrait,
    viewer: &Person,
    id: ReferralId,
) -> Result<(referral::Model, CasePart, Option<referral_answer::Model>), AppError> {
    let case = referral::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let ours = referral_answer::Entity::find()
        .filter(referral_answer::Column::ReferralId.eq(id))
        .filter(referral_answer::Column::OrganizationId.eq(viewer.organization_id))
        .one(db)
        .await?;
    let part = CasePart {
        submitter: case.organization_id == viewer.organization_id,
        matched: ours.is_some(),
    };
    if !may_see(viewer, part) {
        return Err(AppError::NotFound);
    }
    Ok((case, part, ours))
}

/// Records a step of a case's history, in the caller's transaction.
pub(super) async fn record(
    txn: &WriteTxn,
    case: ReferralId,
    step: ReferralStep,
    actor: UserId,
    (organization, answer): (Option<OrganizationId>, Option<AnswerStatus>),
    note: &str,
) -> Result<(), AppError> {
    referral_step::ActiveModel {
        referral_id: Set(case),
        step: Set(step),
        organization_id: Set(organization),
        answer: Set(answer),
        actor_id: Set(actor),
        note: Set(note.to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Tells the people of `organizations` of a step in case `id` (naming `named`, if any).
pub(super) async fn tell_institutions(
    txn: &WriteTxn,
    organizations: impl IntoIterator<Item = OrganizationId>,
    kind: NotificationKind,
    (id, named): (ReferralId, Option<OrganizationId>),
    note: Option<&str>,
) -> Result<(), AppError> {
    let people = people_in(txn, organizations).await?;
    tell(txn, &people, kind, Subject::Referral(id, named), note).await
}

/// The institutions a case reaches: the active organizations (but the submitter's own) that
/// accept international patients in its specialty and share one of its languages.
async fn matching(
    db: &impl ConnectionTrait,
    specialty: &str,
    languages: &[String],
    submitter: OrganizationId,
) -> Result<Vec<OrganizationId>, AppError> {
    let rows: Vec<(OrganizationId, String, String)> = organization::Entity::find()
        .select_only()
        .columns([
            organization::Column::Id,
            organization::Column::InternationalSpecialties,
            organization::Column::Languages,
        ])
        .filter(organization::Column::Status.eq(OrgStatus::Active))
        .filter(organization::Column::AcceptsInternational.eq(true))
        .filter(organization::Column::Id.ne(submitter))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, specialties, langs)| Acceptance {
            organization_id: id,
            accepts: true,
            specialties: split_codes(&specialties).into_iter().collect(),
            languages: split_codes(&langs).into_iter().collect(),
        })
        .filter(|a| reaches(specialty, languages, a))
        .map(|a| a.organization_id)
        .collect())
}

/// Submits a case for `author`'s organization and routes it: an answer row (awaiting) for each
/// matched institution, whose people are told; answers its id. A case no institution matches
/// is refused (nothing is written), so the submitter can change it.
pub async fn submit(
    db: &DatabaseConnection,
    author: &Person,
    form: &ReferralForm,
) -> Result<ReferralId, AppError> {
    let d = form
        .check()
        .map_err(|fields| AppError::Validation { fields })?;
    let matched = matching(db, &d.specialty, &d.languages, author.organization_id).await?;
    if matched.is_empty() {
        return Err(AppError::Conflict {
            kind: ConflictKind::NoInstitutionMatches,
        });
    }
    let now = Utc::now();
    let txn = begin_write(db).await?;
    let case = referral::ActiveModel {
        status: Set(ReferralStatus::Open),
        specialty: Set(d.specialty),
        summary: Set(d.summary),
        languages: Set(d.languages.join(",")),
        country: Set(d.country),
        urgency: Set(d.urgency),
        earliest: Set(d.earliest),
        latest: Set(d.latest),
        accompanied: Set(d.accompanied),
        organization_id: Set(author.organization_id),
        submitted_by: Set(author.id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    referral_answer::Entity::insert_many(matched.iter().map(|&organization| {
        referral_answer::ActiveModel {
            referral_id: Set(case.id),
            organization_id: Set(organization),
            status: Set(AnswerStatus::Awaiting),
            note: Set(String::new()),
            earliest: Set(None),
            chosen: Set(false),
            answered_by: Set(None),
            answered_at: Set(None),
            ..Default::default()
        }
    }))
    .exec_without_returning(&txn)
    .await?;
    record(
        &txn,
        case.id,
        ReferralStep::Submitted,
        author.id,
        (None, None),
        "",
    )
    .await?;
    let kind = NotificationKind::ReferralReceived;
    tell_institutions(&txn, matched, kind, (case.id, None), None).await?;
    txn.commit().await?;
    Ok(case.id)
}

/// The cases `viewer` sees, newest first: those their organization submitted and those that
/// reached it; every case for staff.
pub async fn list(
    db: &DatabaseConnection,
    viewer: &Person,
) -> Result<Vec<ReferralSummary>, AppError> {
    let ours: HashMap<ReferralId, AnswerStatus> = referral_answer::Entity::find()
        .select_only()
        .columns([
            referral_answer::Column::ReferralId,
            referral_answer::Column::Status,
        ])
        .filter(referral_answer::Column::OrganizationId.eq(viewer.organization_id))
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut find = referral::Entity::find();
    if !allows(viewer.role, Action::ReviewReferrals) {
        find = find.filter(
            Condition::any()
                .add(referral::Column::OrganizationId.eq(viewer.organization_id))
                .add(referral::Column::Id.is_in(ours.keys().copied())),
        );
    }
    let cases = find
        .order_by_desc(referral::Column::CreatedAt)
        .order_by_desc(referral::Column::Id)
        .limit(REFERRALS_SHOWN)
        .all(db)
        .await?;
    let answers = answers_of(db, cases.iter().map(|c| c.id)).await?;
    Ok(cases
        .iter()
        .map(|c| summary(c, viewer, ours.get(&c.id).copied(), &answers))
        .collect())
}

/// The answer rows of these cases, by case.
async fn answers_of(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = ReferralId>,
) -> Result<HashMap<ReferralId, Vec<referral_answer::Model>>, AppError> {
    let mut by_case: HashMap<ReferralId, Vec<referral_answer::Model>> = HashMap::new();
    for a in referral_answer::Entity::find()
        .filter(referral_answer::Column::ReferralId.is_in(ids))
        .order_by_asc(referral_answer::Column::Id)
        .all(db)
        .await?
    {
        by_case.entry(a.referral_id).or_default().push(a);
    }
    Ok(by_case)
}

fn summary(
    c: &referral::Model,
    viewer: &Person,
    ours: Option<AnswerStatus>,
    answers: &HashMap<ReferralId, Vec<referral_answer::Model>>,
) -> ReferralSummary {
    let all = answers.get(&c.id).map(Vec::as_slice).unwrap_or_default();
    let side = match ours {
        _ if c.organization_id == viewer.organization_id => CaseSide::Submitted,
        Some(answer) => CaseSide::Received(answer),
        None => CaseSide::Secretariat,
    };
    // A matched institution is not told how the others answered.
    let can_accept = match side {
        CaseSide::Received(_) => 0,
        _ => all
            .iter()
            .filter(|a| a.status == AnswerStatus::CanAccept)
            .count(),
    };
    ReferralSummary {
        id: c.id,
        status: c.status,
        specialty: c.specialty.clone(),
        country: c.country.clone(),
        languages: split_codes(&c.languages),
        urgency: c.urgency,
        side,
        matched: u32::try_from(all.len()).unwrap_or(u32::MAX),
        can_accept: u32::try_from(can_accept).unwrap_or(u32::MAX),
        created_at: c.created_at,
    }
}

/// The order answers are shown side by side in: those that can accept first (soonest first),
/// then those asking for information, those yet to answer, those that cannot.
fn answer_rank(a: &AnswerView) -> (u8, Option<chrono::NaiveDate>) {
    let rank = match a.status {
        AnswerStatus::CanAccept => 0,
        AnswerStatus::NeedsInfo => 1,
        AnswerStatus::Awaiting => 2,
        AnswerStatus::CannotAccept => 3,
    };
    (rank, a.earliest)
}

/// One case's page, if `viewer` may see it.
pub async fn view(
    db: &DatabaseConnection,
    viewer: &Person,
    id: ReferralId,
) -> Result<ReferralView, AppError> {
    let (case, part, ours) = visible(db, viewer, id).await?;
    let answers = answers_of(db, [id]).await?;
    // The submitter and staff see every answer; a matched institution its own only.
    let everything = part.submitter || allows(viewer.role, Action::ReviewReferrals);
    let all = answers.get(&id).map(Vec::as_slice).unwrap_or_default();
    let shown: Vec<&referral_answer::Model> = all
        .iter()
        .filter(|a| everything || a.organization_id == viewer.organization_id)
        .collect();
    let organizations: HashMap<OrganizationId, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(shown.iter().map(|a| a.organization_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let answer_view = |a: &referral_answer::Model| {
        let o = organizations.get(&a.organization_id);
        AnswerView {
            id: a.id,
            organization_id: a.organization_id,
            organization: o.map(organization::Model::name).unwrap_or_default(),
            jih: o.is_some_and(|o| o.jih_recommended),
            status: a.status,
            note: a.note.clone(),
            earliest: a.earliest,
            answered_at: a.answered_at,
            chosen: a.chosen,
        }
    };
    let mut answer_views: Vec<AnswerView> = if everything {
        shown.iter().map(|a| answer_view(a)).collect()
    } else {
        Vec::new()
    };
    answer_views.sort_by_key(answer_rank);
    let own_answer = ours.as_ref().map(answer_view);
    let history = history(db, &case, viewer, &organizations, everything).await?;
    let summary = summary(&case, viewer, ours.map(|a| a.status), &answers);
    Ok(ReferralView {
        summary,
        text: case.summary.clone(),
        earliest: case.earliest,
        latest: case.latest,
        accompanied: case.accompanied,
        answers: answer_views,
        own_answer,
        history,
        rights: ReferralRights {
            answer: may_answer(case.status, part),
            decide: may_decide(case.status, part),
        },
    })
}

/// A case's history, oldest first. Unless it sees `everything` (the submitter, staff), a matched
/// institution does not see the other institutions' answers, nor which one was chosen if not
/// itself.
async fn history(
    db: &DatabaseConnection,
    case: &referral::Model,
    viewer: &Person,
    shown: &HashMap<OrganizationId, organization::Model>,
    everything: bool,
) -> Result<Vec<StepView>, AppError> {
    let steps = referral_step::Entity::find()
        .filter(referral_step::Column::ReferralId.eq(case.id))
        .order_by_asc(referral_step::Column::CreatedAt)
        .order_by_asc(referral_step::Column::Id)
        .all(db)
        .await?;
    let steps: Vec<referral_step::Model> = steps
        .into_iter()
        .filter(|s| {
            everything
                || s.step != ReferralStep::Answered
                || s.organization_id == Some(viewer.organization_id)
        })
        .collect();
    let actors = users(db, steps.iter().map(|s| s.actor_id)).await?;
    Ok(steps
        .into_iter()
        .map(|s| StepView {
            step: s.step,
            // Only the institutions the viewer sees the answers of are named.
            organization: s
                .organization_id
                .and_then(|o| shown.get(&o))
                .map(organization::Model::name),
            answer: s.answer,
            actor: actors.get(&s.actor_id).map(person_name).unwrap_or_default(),
            note: s.note,
            at: s.created_at,
        })
        .collect())
}
