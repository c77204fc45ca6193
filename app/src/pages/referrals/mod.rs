//! Inbound referrals: the cases one's organization submitted or received, the form a case is
//! submitted with, a case's page (answers side by side, history), and what an institution
//! accepts. One lazy chunk.

mod acceptance;
mod list;
mod new;
mod view;

use leptos::prelude::*;

use crate::i18n::ReferralTexts;
use crate::model::ReferralId;
use crate::routes;

/// The referral pages: the list, the form, what an institution accepts, a case.
#[component]
pub fn ReferralPages() -> impl IntoView {
    super::by_address::<ReferralTexts>(|path| {
        if path == routes::REFERRALS {
            view! { <list::ReferralsPage /> }.into_any()
        } else if path == routes::NEW_REFERRAL {
            view! { <new::NewReferralPage /> }.into_any()
        } else if path == routes::REFERRAL_ACCEPTANCE {
            view! { <acceptance::AcceptancePage /> }.into_any()
        } else {
            view! { <view::ReferralPage id=super::id_of(path).unwrap_or(ReferralId(0)) /> }
                .into_any()
        }
    })
}
