//! Inbound referrals: submitting an anonymized case, the list of cases and one case, a matched
//! institution's answer, the submitter's choice, information and withdrawal; and what an
//! institution accepts. A case is "not found" for anyone but its submitter's organization, the
//! institutions it reached and staff, by every function here.

use leptos::prelude::*;

use crate::model::referral::{AnswerForm, ReferralForm};
use crate::model::referral_view::{
    AcceptanceForm, CaseNote, Choice, ReferralSummary, ReferralView,
};
use crate::model::{AppError, ReferralId};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::model::permissions::Action;
    pub use crate::server::auth::require;
    pub use crate::server::service::{referral, referral_acceptance, referral_decision};
}

/// Submits a case for the caller's organization, routed at once; answers its id.
#[server]
pub async fn submit_referral(form: ReferralForm) -> Result<ReferralId, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReferPatients).await?;
    referral::submit(&state.db, &actor.person(), &form).await
}

/// The cases the caller's organization submitted or was matched to (every case for staff).
#[server]
pub async fn list_referrals() -> Result<Vec<ReferralSummary>, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReferPatients).await?;
    referral::list(&state.db, &actor.person()).await
}

/// One case, if the caller may see it.
#[server]
pub async fn get_referral(id: ReferralId) -> Result<ReferralView, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReferPatients).await?;
    referral::view(&state.db, &actor.person(), id).await
}

/// A matched institution answers a case (or changes its answer while the case is open).
#[server]
pub async fn answer_referral(form: AnswerForm) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReferPatients).await?;
    referral_decision::answer(&state.db, &actor.person(), &form).await
}

/// The submitter chooses an institution that can accept; the case closes.
#[server]
pub async fn choose_referral_answer(choice: Choice) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReferPatients).await?;
    referral_decision::choose(&state.db, &actor.person(), &choice).await
}

/// The submitter adds information an institution asked for.
#[server]
pub async fn add_referral_info(info: CaseNote) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReferPatients).await?;
    referral_decision::add_info(&state.db, &actor.person(), &info).await
}

/// The submitter withdraws the case.
#[server]
pub async fn withdraw_referral(reason: CaseNote) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ReferPatients).await?;
    referral_decision::withdraw(&state.db, &actor.person(), &reason).await
}

/// What the caller's organization accepts (its organization admins).
#[server]
pub async fn get_acceptance() -> Result<AcceptanceForm, AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    referral_acceptance::acceptance(&state.db, &actor.person()).await
}

/// Sets what the caller's organization accepts.
#[server]
pub async fn save_acceptance(form: AcceptanceForm) -> Result<(), AppError> {
    use self::ssr::*;
    let (state, actor) = require(Action::ManageOwnOrganization).await?;
    referral_acceptance::save(&state.db, &actor.person(), &form).await
}
