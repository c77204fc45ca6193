//! One's own profile: names, language, time zone, and the password.

use leptos::prelude::*;

use crate::api::auth::get_current_user;
use crate::api::profile::{ChangePassword, UpdateProfile};
use crate::i18n::{fill, tr, use_i18n};
use crate::model::auth::CurrentUser;
use crate::model::{AppError, Field};
use crate::ui::auth::{LoginPrompt, use_auth};
use crate::ui::feedback::{ActionError, ErrorAlert, SuccessNote};
use crate::ui::form::{Field, SelectField, action_error, action_succeeded, locale_options};
use crate::ui::layout::PageTitle;
use crate::ui::person_fields::ReplacementPasswordFields;

use super::sessions::{SessionsData, SessionsSection};
use super::two_factor::TwoFactorSummary;

/// One's own account, loading (a copy of its own: see `ProfilePage`).
pub type ProfileUserData = Resource<Result<Option<CurrentUser>, AppError>>;

/// Starts loading one's own account.
pub fn load_own_profile() -> ProfileUserData {
    Resource::new(|| (), |_| get_current_user())
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let update = ServerAction::<UpdateProfile>::new();
    let change = ServerAction::<ChangePassword>::new();
    // Saving reloads the user shown in the header. The forms read their own copy, loaded once,
    // so they are not rebuilt under the user's hands (which would lose "Saved." or typing).
    let auth = use_auth();
    Effect::watch(
        move || update.version().get(),
        move |_, _, _| auth.refresh(),
        false,
    );
    let me = load_own_profile();
    let sessions = SessionsData::load();
    let i18n = use_i18n();
    view! {
        <PageTitle text=|m| m.account().profile_title />
        <Suspense fallback=move || {
            view! { <p class="muted">{move || i18n.t().loading}</p> }
        }>
            {move || Suspend::new(async move {
                match me.await {
                    Ok(Some(user)) => {
                        let user_for_summary = user.clone();
                        view! {
                            <ProfileForm user update />
                            <PasswordForm change />
                            <TwoFactorSummary user=user_for_summary />
                            <SessionsSection data=sessions />
                        }
                            .into_any()
                    }
                    Ok(None) => view! { <LoginPrompt /> }.into_any(),
                    Err(error) => view! { <ErrorAlert error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The browser's own time zone (e.g. "Asia/Tokyo"), read through the Intl API.
fn browser_time_zone() -> Option<String> {
    #[cfg(feature = "hydrate")]
    {
        let options =
            js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
                .resolved_options();
        js_sys::Reflect::get(&options, &"timeZone".into())
            .ok()?
            .as_string()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        None
    }
}

#[component]
fn ProfileForm(user: CurrentUser, update: ServerAction<UpdateProfile>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let errors = action_error(update);
    let saved = action_succeeded(update);
    let detected = RwSignal::new(None::<String>);
    Effect::new(move |_| detected.set(browser_time_zone()));
    let n = user.name.clone();
    view! {
        <section class="stack">
            <h2>{tr(|m| m.account().profile_name_section)}</h2>
            <ActionForm action=update attr:class="form">
                <ActionError error=errors />
                <SuccessNote show=saved message=|m| m.saved />
                <div class="field-row">
                    <Field
                        label=|m| m.family_name
                        name="form[name][family_name]"
                        field=Field::FamilyName
                        errors
                        required=true
                        value=n.family_name
                    />
                    <Field
                        label=|m| m.given_name
                        name="form[name][given_name]"
                        field=Field::GivenName
                        errors
                        required=true
                        value=n.given_name
                    />
                </div>
                <div class="field-row">
                    <Field
                        label=|m| m.family_name_kana
                        name="form[name][family_name_kana]"
                        field=Field::FamilyNameKana
                        errors
                        value=n.family_name_kana
                        hint=|m| m.kana_hint
                    />
                    <Field
                        label=|m| m.given_name_kana
                        name="form[name][given_name_kana]"
                        field=Field::GivenNameKana
                        errors
                        value=n.given_name_kana
                    />
                </div>
                <Field
                    label=|m| m.romanized_name
                    name="form[name][romanized_name]"
                    field=Field::RomanizedName
                    errors
                    value=n.romanized_name
                    hint=|m| m.romanized_hint
                />
                <SelectField
                    label=|m| m.account().locale_label
                    name="form[locale]"
                    field=Field::Locale
                    errors
                    options=locale_options()
                    selected=user.locale.as_str()
                />
                <Field
                    label=|m| m.time_zone_label
                    name="form[time_zone]"
                    field=Field::TimeZone
                    errors
                    value=user.time_zone.clone()
                    required=true
                />
                {move || {
                    detected
                        .get()
                        .map(|tz| {
                            view! {
                                <p class="field-hint">
                                    {move || fill(t().account().time_zone_detected, &tz)}
                                </p>
                            }
                        })
                }}
                <div class="form-actions">
                    <button type="submit" class="btn btn-primary">
                        {tr(|m| m.save)}
                    </button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
fn PasswordForm(change: ServerAction<ChangePassword>) -> impl IntoView {
    let errors = action_error(change);
    let changed = action_succeeded(change);
    view! {
        <section class="stack">
            <h2>{tr(|m| m.account().password_section)}</h2>
            <ActionForm action=change attr:class="form">
                <ActionError error=errors />
                <SuccessNote show=changed message=|m| m.account().password_changed />
                <Field
                    label=|m| m.account().current_password
                    name="current_password"
                    field=Field::CurrentPassword
                    errors
                    input_type="password"
                    required=true
                    autocomplete="current-password"
                />
                <ReplacementPasswordFields errors />
                <div class="form-actions">
                    <button type="submit" class="btn btn-primary">
                        {tr(|m| m.account().change_password_submit)}
                    </button>
                </div>
            </ActionForm>
        </section>
    }
}
