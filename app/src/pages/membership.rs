//! Applying for membership: the organization and the applicant, reviewed by staff.

use leptos::prelude::*;

use crate::api::membership::ApplyForMembership;
use crate::i18n::{tr, use_i18n};
use crate::model::Field;
use crate::model::OrgKind;
use crate::model::vocab::COUNTRIES;
use crate::ui::feedback::ActionError;
use crate::ui::form::{
    Field, SelectField, action_error, action_succeeded, locale_options, vocab_options,
};
use crate::ui::layout::{PageDescription, PageTitle};
use crate::ui::person_fields::{NameFields, NewPasswordFields};

#[component]
pub fn ApplyPage() -> impl IntoView {
    let i18n = use_i18n();
    let apply = ServerAction::<ApplyForMembership>::new();
    let errors = action_error(apply);
    let done = action_succeeded(apply);
    let kinds = Signal::derive(move || {
        OrgKind::ALL
            .iter()
            .map(|k| (k.as_str().to_string(), i18n.t().org_kind(*k).to_string()))
            .collect()
    });
    view! {
        <PageTitle text=|m| m.apply_title />
        <PageDescription text=|m| m.meta_apply />
        <Show
            when=move || !done.get()
            fallback=move || {
                view! {
                    <div class="alert alert-success" role="status">
                        <h2>{tr(|m| m.apply_done_title)}</h2>
                        <p>{tr(|m| m.apply_done_text)}</p>
                    </div>
                }
            }
        >
            <p class="page-lead">{tr(|m| m.apply_lead)}</p>
            <ActionForm action=apply attr:class="form">
                <ActionError error=errors />
                <fieldset>
                    <legend>{tr(|m| m.apply_org_section)}</legend>
                    <SelectField
                        label=|m| m.org_kind
                        name="form[org_kind]"
                        field=Field::OrgKind
                        errors
                        options=kinds
                        placeholder=true
                        required=true
                    />
                    <Field
                        label=|m| m.org_name_ja
                        name="form[org_name_ja]"
                        field=Field::OrgNameJa
                        errors
                        hint=|m| m.org_name_hint
                        autocomplete="organization"
                    />
                    <Field
                        label=|m| m.org_name_en
                        name="form[org_name_en]"
                        field=Field::OrgNameEn
                        errors
                    />
                    <SelectField
                        label=|m| m.country
                        name="form[country]"
                        field=Field::Country
                        errors
                        options=vocab_options(COUNTRIES)
                        selected="JP"
                        required=true
                    />
                    <Field
                        label=|m| m.website
                        name="form[website]"
                        field=Field::Website
                        errors
                        input_type="url"
                        hint=|m| m.website_hint
                    />
                </fieldset>
                <fieldset>
                    <legend>{tr(|m| m.apply_person_section)}</legend>
                    <Field
                        label=|m| m.email
                        name="form[email]"
                        field=Field::Email
                        errors
                        input_type="email"
                        required=true
                        autocomplete="email"
                    />
                    <NameFields errors />
                    <SelectField
                        label=|m| m.preferred_language
                        name="form[locale]"
                        field=Field::Locale
                        errors
                        options=locale_options()
                        selected=i18n.locale().as_str()
                    />
                    <NewPasswordFields errors />
                </fieldset>
                <div class="form-actions">
                    <button
                        type="submit"
                        class="btn btn-primary"
                        aria-busy=move || apply.pending().get().to_string()
                    >
                        {tr(|m| m.apply_submit)}
                    </button>
                </div>
            </ActionForm>
        </Show>
    }
}
