//! A forgotten password: asking for a reset link, and choosing a new password through it.

use leptos::prelude::*;

use crate::api::password_reset::{RequestPasswordReset, ResetPassword, check_password_reset};
use crate::i18n::tr;
use crate::model::{AppError, ConflictKind};
use crate::routes;
use crate::ui::auth::{follow_login, invalid_link, route_token};
use crate::ui::feedback::{ActionError, Loaded, SuccessNote};
use crate::ui::form::{action_error, action_succeeded};
use crate::ui::layout::{PageDescription, PageTitle};
use crate::ui::person_fields::AccountEmailField;
use crate::ui::person_fields::ReplacementPasswordFields;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let request = ServerAction::<RequestPasswordReset>::new();
    let errors = action_error(request);
    view! {
        <PageTitle text=|m| m.forgot_title />
        <PageDescription text=|m| m.meta_forgot />
        <p class="page-lead">{tr(|m| m.forgot_lead)}</p>
        <ActionForm action=request attr:class="form">
            <ActionError error=errors />
            <SuccessNote show=action_succeeded(request) message=|m| m.forgot_sent />
            <AccountEmailField errors />
            <div class="form-actions">
                <button type="submit" class="btn btn-primary">
                    {tr(|m| m.forgot_submit)}
                </button>
            </div>
        </ActionForm>
        <p>
            <a href=routes::LOGIN>{tr(|m| m.back_to_login)}</a>
        </p>
    }
}

/// Whether the route's reset link can be used, loading.
pub type ResetLinkData = Resource<Result<(), AppError>>;

/// Starts checking the reset link in the route (`/password/reset/:token`).
pub fn load_reset_link() -> ResetLinkData {
    Resource::new(route_token(), |token| async move {
        check_password_reset(token)
            .await
            .map_err(|e| invalid_link(e, ConflictKind::ResetInvalid))
    })
}

#[component]
pub fn ResetPasswordPage(data: ResetLinkData) -> impl IntoView {
    let token = route_token();
    let reset = ServerAction::<ResetPassword>::new();
    let errors = action_error(reset);
    follow_login(reset);
    view! {
        <PageTitle text=|m| m.reset_title />
        <Loaded
            resource=data
            view={move |()| {
                view! {
                    <p class="page-lead">{tr(|m| m.reset_lead)}</p>
                    <ActionForm action=reset attr:class="form">
                        <ActionError error=errors />
                        <input type="hidden" name="token" value=token() />
                        <ReplacementPasswordFields errors />
                        <div class="form-actions">
                            <button type="submit" class="btn btn-primary">
                                {tr(|m| m.reset_submit)}
                            </button>
                        </div>
                    </ActionForm>
                }
            }}
        />
        <p>
            <a href=routes::FORGOT_PASSWORD>{tr(|m| m.reset_again)}</a>
        </p>
    }
}
