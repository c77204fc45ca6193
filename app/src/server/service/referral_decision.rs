//! What happens to a case after it is routed: each matched institution answers (and may change
//! its answer while the case is open); the submitter's organization adds information asked
//! for, chooses an institution that can accept (the case closes, the others are told), or
//! withdraws the case. Every step goes into the case's history and is told to those it
//! concerns.

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QuerySelect,
};

use super::referral::{record, tell_institutions, visible};
use crate::model::notification::NotificationKind;
use crate::model::permissions::Person;
use crate::model::referral::{
    AnswerForm, NOTE_MAX, ReferralStatus, ReferralStep, anonymous_text, may_answer, may_be_chosen,
    may_decide,
};
use crate::model::referral_view::{CaseNote, Choice};
use crate::model::validation::required;
use crate::model::{AppError, ConflictKind, Field, OrganizationId, ReferralId};
use crate::server::db::entity::{referral, referral_answer};
use crate::server::db::{WriteTxn, begin_write};

fn closed() -> AppError {
    AppError::Conflict {
        kind: ConflictKind::ReferralClosed,
    }
}

/// Marks an open case `status`, in the caller's transaction; the case's first write, so two
/// decisions at once cannot both pass: the second finds it closed.
async fn close(txn: &WriteTxn, id: ReferralId, status: ReferralStatus) -> Result<(), AppError> {
    let done = referral::Entity::update_many()
        .col_expr(referral::Column::Status, Expr::value(status))
        .col_expr(referral::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(referral::Column::Id.eq(id))
        .filter(referral::Column::Status.eq(ReferralStatus::Open))
        .exec(txn)
        .await?;
    if done.rows_affected == 1 {
        Ok(())
    } else {
        Err(closed())
    }
}

/// The institutions a case reached.
async fn matched(txn: &WriteTxn, id: ReferralId) -> Result<Vec<OrganizationId>, AppError> {
    Ok(referral_answer::Entity::find()
        .filter(referral_answer::Column::ReferralId.eq(id))
        .all(txn)
        .await?
        .into_iter()
        .map(|a| a.organization_id)
        .collect())
}

/// A matched institution's answer; the submitter's organization is told.
pub async fn answer(
    db: &DatabaseConnection,
    viewer: &Person,
    form: &AnswerForm,
) -> Result<(), AppError> {
    let (status, note, earliest) = form
        .check()
        .map_err(|fields| AppError::Validation { fields })?;
    let (case, part, ours) = visible(db, viewer, form.referral).await?;
    let ours = ours.ok_or(AppError::NotFound)?;
    if !may_answer(case.status, part) {
        return Err(closed());
    }
    let txn = begin_write(db).await?;
    // Still open, now that the transaction holds the write lock.
    let open = referral::Entity::find_by_id(case.id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .is_some_and(|c| c.status == ReferralStatus::Open);
    if !open {
        return Err(closed());
    }
    let mut row = ours.into_active_model();
    row.status = Set(status);
    row.note = Set(note.clone());
    row.earliest = Set(earliest);
    row.answered_by = Set(Some(viewer.id));
    row.answered_at = Set(Some(Utc::now()));
    row.update(&txn).await?;
    let by = Some(viewer.organization_id);
    record(
        &txn,
        case.id,
        ReferralStep::Answered,
        viewer.id,
        (by, Some(status)),
        &note,
    )
    .await?;
    let kind = NotificationKind::ReferralAnswered;
    tell_institutions(&txn, [case.organization_id], kind, (case.id, by), None).await?;
    txn.commit().await?;
    Ok(())
}

/// The submitter's organization chooses an institution that can accept: the case closes, the
/// chosen institution is told, and so are the others.
pub async fn choose(
    db: &DatabaseConnection,
    viewer: &Person,
    choice: &Choice,
) -> Result<(), AppError> {
    let answer = referral_answer::Entity::find_by_id(choice.answer)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let case = own_open_case(db, viewer, answer.referral_id).await?;
    let txn = begin_write(db).await?;
    close(&txn, case.id, ReferralStatus::Chosen).await?;
    // Read again under the lock: the institution may have changed its answer meanwhile.
    let current = referral_answer::Entity::find_by_id(answer.id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_be_chosen(current.status) {
        return Err(AppError::Conflict {
            kind: ConflictKind::AnswerNotAcceptance,
        });
    }
    let chosen = current.organization_id;
    let mut row = current.into_active_model();
    row.chosen = Set(true);
    row.update(&txn).await?;
    record(
        &txn,
        case.id,
        ReferralStep::Chosen,
        viewer.id,
        (Some(chosen), None),
        "",
    )
    .await?;
    let others = matched(&txn, case.id)
        .await?
        .into_iter()
        .filter(|o| *o != chosen);
    let (id, kinds) = (case.id, NotificationKind::ReferralChosen);
    tell_institutions(&txn, [chosen], kinds, (id, None), None).await?;
    let kind = NotificationKind::ReferralClosed;
    tell_institutions(&txn, others, kind, (id, None), None).await?;
    txn.commit().await?;
    Ok(())
}

/// The note of an information step or a withdrawal, checked (it may not identify the patient
/// either); information needs one.
fn checked_note(note: &str, needed: bool) -> Result<String, AppError> {
    let note = note.trim();
    let mut e = Vec::new();
    if needed {
        required(&mut e, Field::Note, note);
    }
    anonymous_text(&mut e, Field::Note, note, NOTE_MAX);
    AppError::check(e)?;
    Ok(note.to_string())
}

/// A step only the submitter's organization takes on its open case: the case, checked.
async fn own_open_case(
    db: &DatabaseConnection,
    viewer: &Person,
    id: ReferralId,
) -> Result<referral::Model, AppError> {
    let (case, part, _) = visible(db, viewer, id).await?;
    if !part.submitter {
        return Err(AppError::NotFound);
    }
    if !may_decide(case.status, part) {
        return Err(closed());
    }
    Ok(case)
}

/// The submitter adds information (what an institution asked); the matched institutions are
/// told.
pub async fn add_info(
    db: &DatabaseConnection,
    viewer: &Person,
    info: &CaseNote,
) -> Result<(), AppError> {
    let note = checked_note(&info.note, true)?;
    let case = own_open_case(db, viewer, info.referral).await?;
    let txn = begin_write(db).await?;
    referral::Entity::update_many()
        .col_expr(referral::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(referral::Column::Id.eq(case.id))
        .exec(&txn)
        .await?;
    record(
        &txn,
        case.id,
        ReferralStep::InfoAdded,
        viewer.id,
        (None, None),
        &note,
    )
    .await?;
    let to = matched(&txn, case.id).await?;
    let kind = NotificationKind::ReferralInfoAdded;
    tell_institutions(&txn, to, kind, (case.id, None), Some(&note)).await?;
    txn.commit().await?;
    Ok(())
}

/// The submitter withdraws the case (with a reason, if given); the matched institutions are
/// told.
pub async fn withdraw(
    db: &DatabaseConnection,
    viewer: &Person,
    reason: &CaseNote,
) -> Result<(), AppError> {
    let note = checked_note(&reason.note, false)?;
    let case = own_open_case(db, viewer, reason.referral).await?;
    let txn = begin_write(db).await?;
    close(&txn, case.id, ReferralStatus::Withdrawn).await?;
    record(
        &txn,
        case.id,
        ReferralStep::Withdrawn,
        viewer.id,
        (None, None),
        &note,
    )
    .await?;
    let to = matched(&txn, case.id).await?;
    let kind = NotificationKind::ReferralWithdrawn;
    let reason = (!note.is_empty()).then_some(note.as_str());
    tell_institutions(&txn, to, kind, (case.id, None), reason).await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_may_not_identify_the_patient() {
        assert!(checked_note("MRI from March 2026 attached", true).is_ok());
        assert!(checked_note(" ", false).is_ok());
        let e = checked_note(" ", true).expect_err("needed");
        assert_eq!(
            e.field_codes(Field::Note),
            vec![crate::model::ErrorCode::Required]
        );
        assert!(checked_note("call 090-1234-5678", false).is_err());
    }
}
