//! Logging in.

use leptos::prelude::*;

use crate::model::Field;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::auth::Login;
use crate::i18n::{tr, use_i18n};
use crate::routes;
use crate::ui::auth::use_auth;
use crate::ui::feedback::ActionError;
use crate::ui::form::{Field, action_error};
use crate::ui::layout::{PageDescription, PageTitle};
use crate::ui::person_fields::AccountEmailField;

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let login = ServerAction::<Login>::new();
    let errors = action_error(login);
    let navigate = use_navigate();
    // Where to go once logged in: the page that sent the visitor here, if it is ours.
    let query = use_query_map();
    let next = move || {
        query
            .try_read_untracked()
            .and_then(|q| q.get("next"))
            .and_then(|n| routes::safe_return_path(&n).map(String::from))
            .unwrap_or_else(|| routes::DASHBOARD.to_string())
    };
    // Someone already logged in has nothing to do here.
    let go_on = navigate.clone();
    Effect::new(move |_| {
        if login.value().get().is_none() && matches!(auth.user.get(), Some(Ok(Some(_)))) {
            go_on(&next(), Default::default());
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(user)) = login.value().get() {
            i18n.locale.set(user.locale);
            crate::i18n::sync_document_lang(user.locale);
            auth.refresh();
            navigate(&next(), Default::default());
        }
    });
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
