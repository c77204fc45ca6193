//! The second step of a login with two-step verification on: the code from the authenticator
//! app, or a recovery code.

use leptos::prelude::*;

use crate::api::two_factor::VerifyLoginCode;
use crate::i18n::tr;
use crate::routes;
use crate::ui::auth::follow_login;
use crate::ui::feedback::ActionError;
use crate::ui::form::action_error;
use crate::ui::layout::PageTitle;

use super::two_factor::CodeField;

#[component]
pub fn LoginCodePage() -> impl IntoView {
    let verify = ServerAction::<VerifyLoginCode>::new();
    let errors = action_error(verify);
    follow_login(verify);
    view! {
        <PageTitle text=|m| m.account().login_code_title />
        <p class="page-lead">{tr(|m| m.account().login_code_intro)}</p>
        <ActionForm action=verify attr:class="form">
            <ActionError error=errors />
            <CodeField errors hint=|m| m.account().login_code_hint />
            <div class="form-actions">
                <button
                    type="submit"
                    class="btn btn-primary"
                    aria-busy=move || verify.pending().get().to_string()
                >
                    {tr(|m| m.account().login_code_submit)}
                </button>
            </div>
        </ActionForm>
        <p>
            <a href=routes::LOGIN>{tr(|m| m.nav_login)}</a>
        </p>
    }
}
