//! An organization's profile page in the directory.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{org_location, org_name};
use crate::api::directory::get_organization;
use crate::i18n::{term_label, tr, use_i18n};
use crate::model::Locale;
use crate::model::vocab::{LANGUAGES, SPECIALTIES};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::badges::{RecognitionBadges, RoleBadge};
use crate::ui::feedback::or_error;

#[component]
pub fn OrganizationPage() -> impl IntoView {
    view! {
        <RequireUser let:_user><Profile/></RequireUser>
        <p><a href=routes::DIRECTORY>{tr(|m| m.back_to_directory)}</a></p>
    }
}

#[component]
fn Profile() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i32>().ok())
            .unwrap_or(0)
    };
    let profile = Resource::new(id, get_organization);
    view! {
        <Suspense fallback=move || view! { <p class="muted">{tr(|m| m.loading)}</p> }>
            {move || Suspend::new(async move {
                or_error(profile.await, |p| {
                    let s = p.summary.clone();
                    let (s1, s2, s3) = (s.clone(), s.clone(), s.clone());
                    let specialties = s.specialties.clone();
                    let languages = p.languages.clone();
                    let (desc_ja, desc_en) = (p.description_ja.clone(), p.description_en.clone());
                    let website = p.website.clone();
                    view! {
                        <Title text=move || org_name(&s1, i18n.locale())/>
                        <h1>{move || org_name(&s2, i18n.locale())}</h1>
                        <p class="cluster"><RecognitionBadges jih=s.jih amtac=s.amtac/></p>
                        <p class="page-lead">{move || if i18n.locale() == Locale::Ja { desc_ja.clone() } else { desc_en.clone() }}</p>
                        <dl class="facts">
                            <dt>{tr(|m| m.kind_label)}</dt>
                            <dd>{move || t().org_kind(s.kind)}</dd>
                            <dt>{tr(|m| m.location_label)}</dt>
                            <dd>{move || org_location(&s3, i18n.locale())}</dd>
                            <dt>{tr(|m| m.specialty_label)}</dt>
                            <dd>{move || specialties.iter().map(|c| term_label(SPECIALTIES, c, i18n.locale())).collect::<Vec<_>>().join("、")}</dd>
                            <dt>{tr(|m| m.languages_label)}</dt>
                            <dd>{move || languages.iter().map(|c| term_label(LANGUAGES, c, i18n.locale())).collect::<Vec<_>>().join("、")}</dd>
                            <dt>{tr(|m| m.website)}</dt>
                            <dd><a href=website.clone() rel="noopener noreferrer">{website.clone()}</a></dd>
                        </dl>
                        <h2>{tr(|m| m.contacts_label)}</h2>
                        <ul>
                            {p.contacts.into_iter().map(|c| {
                                let name = c.name.clone();
                                view! { <li>{move || name.display(i18n.locale())}" " <RoleBadge role=c.role/></li> }
                            }).collect_view()}
                        </ul>
                    }
                })
            })}
        </Suspense>
    }
}
