//! The public landing page: what the Forum is, what members do, how to join.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::texts::with_texts;
use crate::i18n::{LandingTexts, Messages, tr, use_i18n};
use crate::routes;
use crate::ui::layout::PageDescription;

type Text = fn(&'static Messages) -> &'static str;

/// The page's title and description come from the main key set and are rendered at once,
/// outside the wait for the page's own strings, so the server always writes them into the head.
#[component]
pub fn LandingPage() -> impl IntoView {
    view! {
        <Title text=tr(|m| m.brand_sub) />
        <PageDescription text=|m| m.meta_landing />
        {with_texts::<LandingTexts, _>(LandingBody)}
    }
}

#[component]
fn LandingBody() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let feature = move |title: Text, text: Text| {
        view! {
            <section class="feature card">
                <h3>{move || title(t())}</h3>
                <p>{move || text(t())}</p>
            </section>
        }
    };
    view! {
        <section class="hero">
            <h1>{tr(|m| m.landing().landing_title)}</h1>
            <p class="hero-lead">{tr(|m| m.landing().landing_lead)}</p>
            <p class="hero-actions cluster">
                <a class="btn btn-primary" href=routes::APPLY>
                    {tr(|m| m.nav_apply)}
                </a>
                <a class="btn btn-secondary" href=routes::LOGIN>
                    {tr(|m| m.nav_login)}
                </a>
            </p>
        </section>
        <section class="stack">
            <h2>{tr(|m| m.landing().landing_about_title)}</h2>
            <p>{tr(|m| m.landing().landing_about_text)}</p>
            <div class="features">
                {feature(
                    |m| m.landing().landing_outbound_title,
                    |m| m.landing().landing_outbound_text,
                )}
                {feature(
                    |m| m.landing().landing_inbound_title,
                    |m| m.landing().landing_inbound_text,
                )}
            </div>
        </section>
        <section class="stack">
            <h2>{tr(|m| m.landing().landing_activities_title)}</h2>
            <div class="features">
                {feature(
                    |m| m.landing().landing_threads_title,
                    |m| m.landing().landing_threads_text,
                )}
                {feature(
                    |m| m.landing().landing_projects_title,
                    |m| m.landing().landing_projects_text,
                )}
                {feature(|m| m.landing().landing_events_title, |m| m.landing().landing_events_text)}
            </div>
        </section>
        <section class="stack">
            <h2>{tr(|m| m.landing().landing_join_title)}</h2>
            <ol class="steps">
                <li>{tr(|m| m.landing().landing_join_step1)}</li>
                <li>{tr(|m| m.landing().landing_join_step2)}</li>
                <li>{tr(|m| m.landing().landing_join_step3)}</li>
            </ol>
            <p>
                <a class="btn btn-primary" href=routes::APPLY>
                    {tr(|m| m.nav_apply)}
                </a>
            </p>
        </section>
    }
}
