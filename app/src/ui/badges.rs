//! Small labels: recognitions (JIH, AMTAC), roles and statuses.

use leptos::prelude::*;

use crate::i18n::{tr, use_i18n};
use crate::model::{Role, UserStatus};

#[component]
pub fn RecognitionBadges(jih: bool, amtac: bool) -> impl IntoView {
    view! {
        {jih
            .then(|| {
                view! {
                    <span class="badge badge-jih" title=tr(|m| m.badge_jih_long)>
                        {tr(|m| m.badge_jih)}
                    </span>
                }
            })}
        {amtac
            .then(|| {
                view! {
                    <span class="badge badge-amtac" title=tr(|m| m.badge_amtac_long)>
                        {tr(|m| m.badge_amtac)}
                    </span>
                }
            })}
    }
}

#[component]
pub fn RoleBadge(role: Role) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class="badge badge-role">{move || i18n.t().role(role)}</span> }
}

#[component]
pub fn StatusBadge(status: UserStatus) -> impl IntoView {
    let class = format!("badge badge-status badge-{}", status.as_str());
    let i18n = use_i18n();
    view! { <span class=class>{move || i18n.t().user_status(status)}</span> }
}
