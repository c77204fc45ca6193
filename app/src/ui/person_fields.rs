//! Form sections about a person that several forms share: the name in its three forms, a new
//! password with its confirmation.

use leptos::prelude::*;

use crate::model::AppError;
use crate::model::Field;
use crate::ui::form::Field;

/// The name fields shared by the application and the invitation forms (under the form argument
/// `form`).
#[component]
pub fn NameFields(errors: Signal<Option<AppError>>) -> impl IntoView {
    view! {
        <div class="field-row">
            <Field
                label=|m| m.family_name
                name="form[name][family_name]"
                field=Field::FamilyName
                errors
                required=true
                autocomplete="family-name"
            />
            <Field
                label=|m| m.given_name
                name="form[name][given_name]"
                field=Field::GivenName
                errors
                required=true
                autocomplete="given-name"
            />
        </div>
        <div class="field-row">
            <Field
                label=|m| m.family_name_kana
                name="form[name][family_name_kana]"
                field=Field::FamilyNameKana
                errors
                hint=|m| m.kana_hint
            />
            <Field
                label=|m| m.given_name_kana
                name="form[name][given_name_kana]"
                field=Field::GivenNameKana
                errors
            />
        </div>
        <Field
            label=|m| m.romanized_name
            name="form[name][romanized_name]"
            field=Field::RomanizedName
            errors
            hint=|m| m.romanized_hint
        />
    }
}

/// Password and confirmation, as the application and invitation forms ask for them.
#[component]
pub fn NewPasswordFields(errors: Signal<Option<AppError>>) -> impl IntoView {
    view! {
        <Field
            label=|m| m.new_password
            name="form[password]"
            field=Field::Password
            errors
            input_type="password"
            required=true
            hint=|m| m.password_hint
            autocomplete="new-password"
        />
        <Field
            label=|m| m.password_confirm
            name="form[password_confirm]"
            field=Field::PasswordConfirm
            errors
            input_type="password"
            required=true
            autocomplete="new-password"
        />
    }
}

/// A new password and its confirmation, replacing the current one (own profile, reset link).
#[component]
pub fn ReplacementPasswordFields(errors: Signal<Option<AppError>>) -> impl IntoView {
    view! {
        <Field
            label=|m| m.new_password_label
            name="new_password"
            field=Field::NewPassword
            errors
            input_type="password"
            required=true
            hint=|m| m.password_hint
            autocomplete="new-password"
        />
        <Field
            label=|m| m.new_password_confirm
            name="new_password_confirm"
            field=Field::NewPasswordConfirm
            errors
            input_type="password"
            required=true
            autocomplete="new-password"
        />
    }
}

/// The e-mail address an account logs in with (login, forgotten password).
#[component]
pub fn AccountEmailField(errors: Signal<Option<AppError>>) -> impl IntoView {
    view! {
        <Field
            label=|m| m.email
            name="email"
            field=Field::Email
            errors
            input_type="email"
            required=true
            autocomplete="username"
        />
    }
}
