//! What the reader's institution accepts: whether inbound cases reach it and in which
//! specialties (its organization admins set it; the languages are its profile's).

use leptos::prelude::*;

use crate::api::referral::{SaveAcceptance, get_acceptance};
use crate::i18n::{tr, use_i18n};
use crate::model::Field;
use crate::model::referral_view::AcceptanceForm;
use crate::model::vocab::SPECIALTIES;
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::choices::{Checkbox, CheckboxGroup, term_choices};
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::action_error;
use crate::ui::layout::PageTitle;

#[component]
pub fn AcceptancePage() -> impl IntoView {
    let acceptance = Resource::new(|| (), |_| get_acceptance());
    view! {
        <PageTitle text=|m| m.referral().acceptance_title />
        <RequireUser let:_user>
            <p class="page-lead">{tr(|m| m.referral().acceptance_lead)}</p>
            <Loaded resource=acceptance view=|form| view! { <AcceptanceFields form /> } />
        </RequireUser>
        <p>
            <a href=routes::REFERRALS>{tr(|m| m.referral().referral_to_list)}</a>
        </p>
    }
}

#[component]
fn AcceptanceFields(form: AcceptanceForm) -> impl IntoView {
    let save = ServerAction::<SaveAcceptance>::new();
    let errors = action_error(save);
    let i18n = use_i18n();
    let saved = move || {
        matches!(save.value().get(), Some(Ok(()))).then(|| i18n.t().referral().acceptance_saved)
    };
    view! {
        <ActionForm action=save attr:class="stack">
            <ActionError error=errors />
            <Checkbox
                label=|m| m.referral().acceptance_accepts
                name="form[accepts]"
                checked=form.accepts
            />
            <CheckboxGroup
                legend=|m| m.referral().acceptance_specialties
                name="form[specialties][]"
                field=Field::Specialties
                errors
                choices=term_choices(SPECIALTIES)
                checked=form.specialties
            />
            <p class="cluster">
                <button type="submit" class="btn btn-primary">
                    {tr(|m| m.referral().acceptance_save)}
                </button>
                <span role="status">{saved}</span>
            </p>
        </ActionForm>
    }
}
