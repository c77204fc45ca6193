//! An organization admin manages their organization: its public profile, colleagues and
//! invitations.

use leptos::prelude::*;

use super::invitation::{InvitationsData, InvitationsSection};
use crate::api::organization::{
    RemoveOrgMember, UpdateOwnOrganization, get_own_organization, list_org_members,
};
use crate::i18n::{fill, tr, use_i18n};
use crate::model::AppError;
use crate::model::Field;
use crate::model::organization::{OrgMember, OwnOrganization};
use crate::model::permissions::{Person, check_remove_member};
use crate::model::vocab::{LANGUAGES, PREFECTURES, SPECIALTIES};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::badges::RoleBadge;
use crate::ui::choices::{CheckboxGroup, term_choices};
use crate::ui::feedback::{ActionError, Loaded, SuccessNote};
use crate::ui::form::{Field, SelectField, action_error, action_succeeded, vocab_options};
use crate::ui::layout::PageTitle;
use crate::ui::table::DataTable;

/// The organization page's data and actions, created by the route's `data()`, outside any
/// `<Suspense>` (see `admin::AdminData`).
#[derive(Clone, Copy)]
pub struct OrganizationData {
    own: Resource<Result<OwnOrganization, AppError>>,
    remove: ServerAction<RemoveOrgMember>,
    members: Resource<Result<Vec<OrgMember>, AppError>>,
    invitations: InvitationsData,
}

/// Starts loading one's own organization: its profile, people and invitations.
pub fn load_my_organization() -> OrganizationData {
    let remove = ServerAction::<RemoveOrgMember>::new();
    OrganizationData {
        own: Resource::new(|| (), |_| get_own_organization()),
        remove,
        members: Resource::new(move || remove.version().get(), |_| list_org_members()),
        invitations: InvitationsData::load(),
    }
}

#[component]
pub fn MyOrganizationPage() -> impl IntoView {
    let OrganizationData {
        own,
        remove,
        members,
        invitations,
    } = load_my_organization();
    view! {
        <PageTitle text=|m| m.org_page_title />
        <RequireUser let:user>
            <PublicProfile own />
            <Members me=user.person() remove members />
            <InvitationsSection data=invitations />
        </RequireUser>
    }
}

/// The organization's directory profile; loaded once, so the form keeps what was typed.
#[component]
fn PublicProfile(own: Resource<Result<OwnOrganization, AppError>>) -> impl IntoView {
    view! {
        <section class="stack">
            <h2>{tr(|m| m.org_profile_section)}</h2>
            <p class="muted">{tr(|m| m.org_profile_lead)}</p>
            <Loaded resource=own view={move |o| view! { <ProfileForm own=o /> }} />
        </section>
    }
}

#[component]
fn ProfileForm(own: OwnOrganization) -> impl IntoView {
    let save = ServerAction::<UpdateOwnOrganization>::new();
    let errors = action_error(save);
    let p = own.profile;
    let in_japan = own.country == "JP";
    view! {
        <ActionForm action=save attr:class="form">
            <ActionError error=errors />
            <SuccessNote show=action_succeeded(save) message=|m| m.saved />
            <Field
                label=|m| m.org_name_ja
                name="form[name_ja]"
                field=Field::NameJa
                errors
                value=p.name_ja
                hint=|m| m.org_name_hint
            />
            <Field
                label=|m| m.org_name_en
                name="form[name_en]"
                field=Field::NameEn
                errors
                value=p.name_en
            />
            <Field
                label=|m| m.website
                name="form[website]"
                field=Field::Website
                errors
                input_type="url"
                value=p.website
                hint=|m| m.website_hint
            />
            {in_japan
                .then(|| {
                    view! {
                        <SelectField
                            label=|m| m.prefecture
                            name="form[prefecture]"
                            field=Field::Prefecture
                            errors
                            options=vocab_options(PREFECTURES)
                            selected=p.prefecture
                            placeholder=true
                        />
                    }
                })}
            <CheckboxGroup
                legend=|m| m.specialty_label
                name="form[specialties][]"
                field=Field::Specialties
                errors
                choices=term_choices(SPECIALTIES)
                checked=p.specialties
            />
            <CheckboxGroup
                legend=|m| m.languages_label
                name="form[languages][]"
                field=Field::Languages
                errors
                choices=term_choices(LANGUAGES)
                checked=p.languages
            />
            <Field
                label=|m| m.description_ja
                name="form[description_ja]"
                field=Field::DescriptionJa
                errors
                value=p.description_ja
                rows=6
                hint=|m| m.description_hint
            />
            <Field
                label=|m| m.description_en
                name="form[description_en]"
                field=Field::DescriptionEn
                errors
                value=p.description_en
                rows=6
            />
            <div class="form-actions cluster">
                <button type="submit" class="btn btn-primary">
                    {tr(|m| m.save_profile)}
                </button>
                <a href=routes::organization_profile(own.id)>{tr(|m| m.view_public_profile)}</a>
            </div>
        </ActionForm>
    }
}

#[component]
fn Members(
    me: Person,
    remove: ServerAction<RemoveOrgMember>,
    members: Resource<Result<Vec<OrgMember>, AppError>>,
) -> impl IntoView {
    view! {
        <section class="stack">
            <h2>{tr(|m| m.members_section)}</h2>
            <ActionError error=action_error(remove) />
            <Loaded
                resource=members
                view={move |rows| {
                    view! {
                        <DataTable headers=vec![
                            |m| m.col_name,
                            |m| m.col_email,
                            |m| m.col_role,
                            |m| m.col_actions,
                        ]>
                            {rows
                                .into_iter()
                                .map(|member| view! { <MemberRow member me remove /> })
                                .collect_view()}
                        </DataTable>
                    }
                }}
            />
        </section>
    }
}

/// A colleague, with the button to remove them where the caller may.
#[component]
fn MemberRow(
    member: OrgMember,
    me: Person,
    remove: ServerAction<RemoveOrgMember>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (name, label_name) = (member.name.clone(), member.name.clone());
    let removable = check_remove_member(&me, &member.person()).is_ok();
    view! {
        <tr>
            <td>{move || name.display(i18n.locale())}</td>
            <td>{member.email.clone()}</td>
            <td>
                <RoleBadge role=member.role />
            </td>
            <td>
                {removable
                    .then(|| {
                        view! {
                            <ActionForm action=remove>
                                <input type="hidden" name="user_id" value=member.id.to_string() />
                                <button
                                    type="submit"
                                    class="btn btn-danger btn-small"
                                    aria-label=move || fill(
                                        i18n.t().remove_member,
                                        label_name.display(i18n.locale()),
                                    )
                                >
                                    {tr(|m| m.remove)}
                                </button>
                            </ActionForm>
                        }
                    })}
            </td>
        </tr>
    }
}
