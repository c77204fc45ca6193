//! The form a case is referred with: what it needs (specialty, languages, country, urgency,
//! period), and the condition in words that identify nobody; the warning says so before, the
//! server refuses with what it found.

use leptos::prelude::*;

use crate::api::referral::SubmitReferral;
use crate::i18n::{tr, use_i18n};
use crate::model::Field;
use crate::model::referral::Urgency;
use crate::model::vocab::{LANGUAGES, SPECIALTIES};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::choices::{Checkbox, CheckboxGroup, term_choices};
use crate::ui::feedback::ActionError;
use crate::ui::form::{
    Field, SelectField, action_error, choices, open_saved, partner_country_choices, vocab_options,
};
use crate::ui::layout::PageTitle;

#[component]
pub fn NewReferralPage() -> impl IntoView {
    view! {
        <PageTitle text=|m| m.referral().referral_new_title />
        <RequireUser let:_user>
            <ReferralFields />
        </RequireUser>
        <p>
            <a href=routes::REFERRALS>{tr(|m| m.referral().referral_to_list)}</a>
        </p>
    }
}

#[component]
fn ReferralFields() -> impl IntoView {
    let i18n = use_i18n();
    let submit = ServerAction::<SubmitReferral>::new();
    let errors = action_error(submit);
    open_saved(submit, routes::referral);
    let urgencies = Signal::derive(move || {
        choices(
            Urgency::ALL,
            |u| u.as_str(),
            |m, u| m.referral().urgency(u),
            i18n.t(),
        )
    });
    let countries = Signal::derive(move || partner_country_choices(i18n.locale()));
    view! {
        <div class="alert alert-info" role="note" id="referral-warning">
            <p>{tr(|m| m.referral().referral_warning)}</p>
        </div>
        <ActionForm action=submit attr:class="stack">
            <ActionError error=errors />
            <SelectField
                label=|m| m.referral().referral_specialty
                name="form[specialty]"
                field=Field::Specialty
                errors
                options=vocab_options(SPECIALTIES)
                placeholder=true
                required=true
            />
            <Field
                label=|m| m.referral().referral_summary
                name="form[summary]"
                field=Field::Summary
                errors
                hint=|m| m.referral().referral_summary_hint
                rows=6
                required=true
            />
            <CheckboxGroup
                legend=|m| m.referral().referral_languages
                name="form[languages][]"
                field=Field::Languages
                errors
                choices=term_choices(LANGUAGES)
            />
            <SelectField
                label=|m| m.referral().referral_country
                name="form[country]"
                field=Field::Country
                errors
                options=countries
                placeholder=true
                required=true
            />
            <SelectField
                label=|m| m.referral().referral_urgency
                name="form[urgency]"
                field=Field::Urgency
                errors
                options=urgencies
                selected=Urgency::Routine.as_str()
                required=true
            />
            <Field
                label=|m| m.referral().referral_earliest
                name="form[earliest]"
                field=Field::Earliest
                errors
                input_type="date"
            />
            <Field
                label=|m| m.referral().referral_latest
                name="form[latest]"
                field=Field::Latest
                errors
                input_type="date"
            />
            <Checkbox label=|m| m.referral().referral_accompanied name="form[accompanied]" />
            <p>
                <button type="submit" class="btn btn-primary">
                    {tr(|m| m.referral().referral_submit)}
                </button>
            </p>
        </ActionForm>
    }
}
