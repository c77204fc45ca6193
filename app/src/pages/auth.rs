//! Logging in.

use leptos::prelude::*;

use crate::model::Field;
use leptos_router::hooks::use_navigate;

use crate::api::auth::Login;
use crate::i18n::tr;
use crate::routes;
use crate::ui::auth::{follow_login, return_target, use_auth};
use crate::ui::feedback::ActionError;
use crate::ui::form::{Field, action_error};
use crate::ui::layout::{PageDescription, PageTitle};
use crate::ui::person_fields::AccountEmailField;

#[component]
pub fn LoginPage() -> impl IntoView {
    let auth = use_auth();
    let login = ServerAction::<Login>::new();
    let errors = action_error(login);
    let navigate = use_navigate();
    // Where to go once logged in: the page that sent the visitor here, if it is ours.
    let next = return_target();
    // Someone already logged in has nothing to do here.
    Effect::new(move |_| {
        if login.value().get().is_none() && matches!(auth.user.get(), Some(Ok(Some(_)))) {
            navigate(&next(), Default::default());
        }
    });
    follow_login(login);
    view! {
        <PageTitle text=|m| m.login_title />
        <PageDescription text=|m| m.meta_login />
        <ActionForm action=login attr:class="form">
            <ActionError error=errors />
            <AccountEmailField errors />
            <Field
                label=|m| m.password
                name="password"
                field=Field::Password
                errors
                input_type="password"
                required=true
                autocomplete="current-password"
            />
            <div class="form-actions">
                <button
                    type="submit"
                    class="btn btn-primary"
                    aria-busy=move || login.pending().get().to_string()
                >
                    {tr(|m| m.login_submit)}
                </button>
            </div>
        </ActionForm>
        <p>
            <a href=routes::FORGOT_PASSWORD>{tr(|m| m.forgot_link)}</a>
        </p>
        <p>
            <a href=routes::APPLY>{tr(|m| m.login_no_account)}</a>
        </p>
    }
}
