//! A list of facts about one thing (a project, a case): labels and values, both following the
//! interface language.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::ui::form::Text;

/// One fact: its label, and its value in the current language.
pub type Fact = (Text, Box<dyn Fn() -> String + Send + Sync>);

#[component]
pub fn Facts(facts: Vec<Fact>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="facts">
            {facts
                .into_iter()
                .map(|(label, value)| {
                    view! {
                        <dt>{move || label(i18n.t())}</dt>
                        <dd>{value}</dd>
                    }
                })
                .collect_view()}
        </dl>
    }
}
