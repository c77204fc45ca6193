//! The cases the reader's organization submitted or received (every case for staff), newest
//! first, each with where it stands.

use leptos::prelude::*;

use crate::api::referral::list_referrals;
use crate::i18n::{fill, fill_count, format_date, joined, term_label, tr, use_i18n};
use crate::model::permissions::{Action, allows};
use crate::model::referral_view::{CaseSide, ReferralSummary};
use crate::model::vocab::{COUNTRIES, LANGUAGES, SPECIALTIES};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::Loaded;
use crate::ui::layout::PageTitle;

#[component]
pub fn ReferralsPage() -> impl IntoView {
    let cases = Resource::new(|| (), |_| list_referrals());
    view! {
        <PageTitle text=|m| m.referral().referrals_title />
        <RequireUser let:user>
            <p class="page-lead">{tr(|m| m.referral().referrals_lead)}</p>
            <p class="cluster">
                <a class="btn btn-primary" href=routes::NEW_REFERRAL>
                    {tr(|m| m.referral().referrals_new)}
                </a>
                {allows(user.role, Action::ManageOwnOrganization)
                    .then(|| {
                        view! {
                            <a class="btn btn-secondary" href=routes::REFERRAL_ACCEPTANCE>
                                {tr(|m| m.referral().acceptance_title)}
                            </a>
                        }
                    })}
            </p>
            <Loaded resource=cases view=|cases| view! { <Cases cases /> } />
        </RequireUser>
    }
}

#[component]
fn Cases(cases: Vec<ReferralSummary>) -> impl IntoView {
    if cases.is_empty() {
        return view! { <p class="muted">{tr(|m| m.referral().referrals_empty)}</p> }.into_any();
    }
    view! {
        <ul class="stack plain-list" aria-label=tr(|m| m.referral().referrals_list_label)>
            {cases.into_iter().map(|c| view! { <CaseCard case=c /> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// A case as the list shows it: what it needs, where from, where it stands.
#[component]
pub(super) fn CaseCard(case: ReferralSummary) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().referral();
    let c = case;
    let what = move || {
        let locale = i18n.locale();
        let languages: Vec<String> = c
            .languages
            .iter()
            .map(|l| term_label(LANGUAGES, l, locale))
            .collect();
        joined(
            [
                term_label(SPECIALTIES, &c.specialty, locale),
                term_label(COUNTRIES, &c.country, locale),
                joined(languages, locale),
            ],
            locale,
        )
    };
    let side = move || match c.side {
        CaseSide::Submitted => t().referral_side_submitted.to_string(),
        CaseSide::Received(answer) => {
            format!("{} · {}", t().referral_side_received, t().answer(answer))
        }
        CaseSide::Secretariat => t().referral_side_secretariat.to_string(),
    };
    let counts = move || {
        let reached = fill_count(t().referral_matched, c.matched);
        match c.side {
            CaseSide::Received(_) => reached,
            _ => format!(
                "{reached} · {}",
                fill_count(t().referral_can_accept, c.can_accept)
            ),
        }
    };
    view! {
        <li class="card stack">
            <h2 class="card-title">
                <a href=routes::referral(c.id)>{move || fill(t().referral_case, c.id)}</a>
            </h2>
            <p class="cluster">
                <span class="badge">{move || t().status(c.status)}</span>
                <span class="badge">{move || t().urgency(c.urgency)}</span>
                <span class="muted small">{side}</span>
            </p>
            <p>{what}</p>
            <p class="muted small">
                {counts} " · " {move || format_date(c.created_at.timestamp(), i18n.locale())}
            </p>
        </li>
    }
}
