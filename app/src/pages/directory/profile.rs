//! An organization's profile page in the directory.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{org_location, org_name};
use crate::api::directory::get_organization;
use crate::api::organization::SetRecognitions;
use crate::i18n::{joined, term_label, tr, use_i18n};
use crate::model::directory::OrgProfile;
use crate::model::organization::Recognitions;
use crate::model::permissions::{Action, allows};
use crate::model::project_view::ProjectQuery;
use crate::model::vocab::{LANGUAGES, SPECIALTIES};
use crate::model::{AppError, OrganizationId};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::badges::{RecognitionBadges, RoleBadge};
use crate::ui::choices::Checkbox;
use crate::ui::feedback::{ActionError, Loaded, SuccessNote};
use crate::ui::form::{action_error, action_succeeded};
use crate::ui::layout::title_text;

/// The organization profile named by the route, loading.
pub type ProfileData = Resource<Result<OrgProfile, AppError>>;

/// Starts loading the profile of the organization in the route (`/directory/:id`).
pub fn load_profile() -> ProfileData {
    let params = use_params_map();
    // `try_read`: a request cancelled mid-render disposes the route's params (see `route_token`).
    let id = move || {
        params
            .try_read()
            .and_then(|p| p.get("id"))
            .and_then(|s| s.parse::<OrganizationId>().ok())
            .unwrap_or(OrganizationId(0))
    };
    Resource::new(id, get_organization)
}

#[component]
pub fn OrganizationPage(data: ProfileData) -> impl IntoView {
    view! {
        <RequireUser let:user>
            <Profile profile=data staff=allows(user.role, Action::ManageRecognitions) />
        </RequireUser>
        <p>
            <a href=routes::DIRECTORY>{tr(|m| m.back_to_directory)}</a>
        </p>
    }
}

/// The profile; staff also get the form for the organization's recognitions.
#[component]
fn Profile(profile: ProfileData, staff: bool) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let save = ServerAction::<SetRecognitions>::new();
    view! {
        <Loaded
            resource=profile
            view={move |p| {
                let s = p.summary.clone();
                let (s1, s2, s3) = (s.clone(), s.clone(), s.clone());
                let specialties = s.specialties.clone();
                let languages = p.languages.clone();
                let description = p.description.clone();
                let website = p.website.clone();
                let initial = Recognitions {
                    jih: s.jih,
                    amtac: s.amtac,
                };
                let shown = move || { save.value().get().and_then(Result::ok).unwrap_or(initial) };
                view! {
                    <Title text=title_text(move || org_name(&s1, i18n.locale())) />
                    <h1>{move || org_name(&s2, i18n.locale())}</h1>
                    <p class="cluster">
                        {move || {
                            let r = shown();
                            view! { <RecognitionBadges jih=r.jih amtac=r.amtac /> }
                        }}
                    </p>
                    <p class="page-lead">{move || description.get(i18n.locale()).to_string()}</p>
                    <dl class="facts">
                        <dt>{tr(|m| m.kind_label)}</dt>
                        <dd>{move || t().org_kind(s.kind)}</dd>
                        <dt>{tr(|m| m.location_label)}</dt>
                        <dd>{move || org_location(&s3, i18n.locale())}</dd>
                        <dt>{tr(|m| m.specialty_label)}</dt>
                        <dd>
                            {move || {
                                let locale = i18n.locale();
                                joined(
                                    specialties.iter().map(|c| term_label(SPECIALTIES, c, locale)),
                                    locale,
                                )
                            }}
                        </dd>
                        <dt>{tr(|m| m.languages_label)}</dt>
                        <dd>
                            {move || {
                                let locale = i18n.locale();
                                joined(
                                    languages.iter().map(|c| term_label(LANGUAGES, c, locale)),
                                    locale,
                                )
                            }}
                        </dd>
                        <dt>{tr(|m| m.website)}</dt>
                        <dd>
                            <a href=website.clone() rel="noopener noreferrer">
                                {website.clone()}
                            </a>
                        </dd>
                    </dl>
                    <p>
                        <a href=routes::projects(
                            &ProjectQuery {
                                organization: Some(s.id),
                                ..Default::default()
                            },
                        )>{tr(|m| m.org_projects)}</a>
                    </p>
                    <h2>{tr(|m| m.contacts_label)}</h2>
                    <ul>
                        {p
                            .contacts
                            .into_iter()
                            .map(|c| {
                                let name = c.name.clone();
                                view! {
                                    <li>
                                        {move || name.display(i18n.locale())}" "
                                        <RoleBadge role=c.role />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    {staff.then(|| view! { <RecognitionsForm id=s.id initial save /> })}
                }
            }}
        />
    }
}

#[component]
fn RecognitionsForm(
    id: OrganizationId,
    initial: Recognitions,
    save: ServerAction<SetRecognitions>,
) -> impl IntoView {
    view! {
        <section class="stack">
            <h2>{tr(|m| m.recognitions_section)}</h2>
            <ActionForm action=save attr:class="form">
                <ActionError error=action_error(save) />
                <SuccessNote show=action_succeeded(save) message=|m| m.saved />
                <input type="hidden" name="organization_id" value=id.to_string() />
                <Checkbox label=|m| m.badge_jih_long name="recognitions[jih]" checked=initial.jih />
                <Checkbox
                    label=|m| m.badge_amtac_long
                    name="recognitions[amtac]"
                    checked=initial.amtac
                />
                <div class="form-actions">
                    <button type="submit" class="btn btn-primary">
                        {tr(|m| m.save_recognitions)}
                    </button>
                </div>
            </ActionForm>
        </section>
    }
}
