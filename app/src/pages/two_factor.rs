//! Two-step verification settings: setting it up (QR code, key, first code), recovery codes,
//! turning it off; and the summary on the profile page that leads here.

use leptos::prelude::*;

use crate::api::two_factor::{
    DisableTwoFactor, EnableTwoFactor, RenewRecoveryCodes, StartTwoFactor, get_two_factor_status,
};
use crate::i18n::{fill, tr, use_i18n};
use crate::model::AppError;
use crate::model::Field;
use crate::model::auth::CurrentUser;
use crate::model::two_factor::{TwoFactorSetup, TwoFactorStatus};
use crate::routes;
use crate::ui::auth::{RequireUser, use_auth};
use crate::ui::feedback::{ActionError, Loaded, SuccessNote};
use crate::ui::form::{Field, Text, action_error, action_succeeded};
use crate::ui::layout::PageTitle;

/// The profile page's section: whether two-step verification is on, and the way to its page.
#[component]
pub fn TwoFactorSummary(user: CurrentUser) -> impl IntoView {
    let state = if user.two_factor_enabled {
        tr(|m| m.account().two_factor_on)
    } else {
        tr(|m| m.account().two_factor_off)
    };
    view! {
        <section class="stack" aria-labelledby="two-factor-heading">
            <h2 id="two-factor-heading">{tr(|m| m.account().two_factor_title)}</h2>
            <p>{state}</p>
            <p>
                <a href=routes::TWO_FACTOR>{tr(|m| m.account().two_factor_manage_link)}</a>
            </p>
        </section>
    }
}

#[component]
pub fn TwoFactorPage() -> impl IntoView {
    let start = ServerAction::<StartTwoFactor>::new();
    let enable = ServerAction::<EnableTwoFactor>::new();
    let renew = ServerAction::<RenewRecoveryCodes>::new();
    let disable = ServerAction::<DisableTwoFactor>::new();
    // Reloaded after a change only: reloading after a refusal would rebuild the forms and lose
    // what was typed.
    let changes = RwSignal::new(0u32);
    let count = move |done: bool| {
        if done {
            changes.update(|n| *n += 1);
        }
    };
    Effect::new(move |_| count(matches!(enable.value().get(), Some(Ok(_)))));
    Effect::new(move |_| count(matches!(disable.value().get(), Some(Ok(_)))));
    Effect::new(move |_| count(matches!(renew.value().get(), Some(Ok(_)))));
    let status = Resource::new(move || changes.get(), |_| get_two_factor_status());
    // Turning it on or off changes what the rest of the site lets a staff member do.
    let auth = use_auth();
    Effect::watch(move || changes.get(), move |_, _, _| auth.refresh(), false);
    // The recovery codes just made, shown this once.
    let fresh_codes = Signal::derive(move || {
        renew
            .value()
            .get()
            .and_then(Result::ok)
            .or_else(|| enable.value().get().and_then(Result::ok))
    });
    view! {
        <PageTitle text=|m| m.account().two_factor_title />
        <RequireUser before_two_factor=true let:_user>
            <p class="page-lead">{tr(|m| m.account().two_factor_intro)}</p>
            <SuccessNote
                show=action_succeeded(disable)
                message=|m| m.account().two_factor_disabled
            />
            <RecoveryCodes codes=fresh_codes />
            <Loaded
                resource=status
                view={move |s: TwoFactorStatus| {
                    if s.enabled {
                        view! { <EnabledPanel status=s renew disable /> }.into_any()
                    } else {
                        view! { <SetupPanel start enable /> }.into_any()
                    }
                }}
            />
        </RequireUser>
    }
}

/// Not on yet: start (a new key), then confirm with the app's first code.
#[component]
fn SetupPanel(
    start: ServerAction<StartTwoFactor>,
    enable: ServerAction<EnableTwoFactor>,
) -> impl IntoView {
    let start_errors = action_error(start);
    let setup = move || start.value().get().and_then(Result::ok);
    view! {
        <p>{tr(|m| m.account().two_factor_off)}</p>
        <ActionError error=start_errors />
        {move || match setup() {
            Some(setup) => view! { <ConfirmSetup setup enable /> }.into_any(),
            None => {
                view! {
                    <ActionForm action=start attr:class="form">
                        <div class="form-actions">
                            <button type="submit" class="btn btn-primary">
                                {tr(|m| m.account().two_factor_start)}
                            </button>
                        </div>
                    </ActionForm>
                }
                    .into_any()
            }
        }}
    }
}

/// The key as a QR code and as text, and the form for the first code.
#[component]
fn ConfirmSetup(setup: TwoFactorSetup, enable: ServerAction<EnableTwoFactor>) -> impl IntoView {
    let i18n = use_i18n();
    let errors = action_error(enable);
    view! {
        <p>{tr(|m| m.account().two_factor_scan)}</p>
        // The drawing is made on the server from our own link; nothing typed by anyone.
        <div
            class="qr-code"
            role="img"
            aria-label=move || i18n.t().account().two_factor_qr_label
            inner_html=setup.qr_svg
        ></div>
        <p>
            {tr(|m| m.account().two_factor_key)} ": " <code class="secret-key">{setup.secret}</code>
        </p>
        <ActionForm action=enable attr:class="form">
            <ActionError error=errors />
            <CodeField errors hint=|m| m.account().two_factor_confirm_hint />
            <div class="form-actions">
                <button type="submit" class="btn btn-primary">
                    {tr(|m| m.account().two_factor_enable)}
                </button>
            </div>
        </ActionForm>
    }
}

/// On: how many recovery codes are left, new ones, and (where the role allows) turning it off.
#[component]
fn EnabledPanel(
    status: TwoFactorStatus,
    renew: ServerAction<RenewRecoveryCodes>,
    disable: ServerAction<DisableTwoFactor>,
) -> impl IntoView {
    let i18n = use_i18n();
    let renew_errors = action_error(renew);
    let disable_errors = action_error(disable);
    let left = status.recovery_codes_left;
    view! {
        <p>{tr(|m| m.account().two_factor_on)}</p>
        {status
            .required
            .then(|| view! { <p class="muted">{tr(|m| m.account().two_factor_required_note)}</p> })}
        <section class="stack" aria-labelledby="renew-heading">
            <h2 id="renew-heading">{tr(|m| m.account().recovery_codes_title)}</h2>
            <p>{move || fill(i18n.t().account().recovery_codes_left, left)}</p>
            <ActionForm action=renew attr:class="form">
                <ActionError error=renew_errors />
                <PasswordAgain
                    field=Field::CurrentPassword
                    errors=renew_errors
                    hint=|m| m.account().recovery_codes_renew_hint
                />
                <div class="form-actions">
                    <button type="submit" class="btn btn-secondary">
                        {tr(|m| m.account().recovery_codes_renew)}
                    </button>
                </div>
            </ActionForm>
        </section>
        {(!status.required)
            .then(|| {
                view! {
                    <section class="stack" aria-labelledby="disable-heading">
                        <h2 id="disable-heading">{tr(|m| m.account().two_factor_disable)}</h2>
                        <ActionForm action=disable attr:class="form">
                            <ActionError error=disable_errors />
                            <PasswordAgain
                                field=Field::Password
                                errors=disable_errors
                                hint=|m| m.account().two_factor_disable_hint
                            />
                            <div class="form-actions">
                                <button type="submit" class="btn btn-danger">
                                    {tr(|m| m.account().two_factor_disable)}
                                </button>
                            </div>
                        </ActionForm>
                    </section>
                }
            })}
    }
}

/// The field for a code from the app (or a recovery code), as the login and the set-up ask it.
#[component]
pub fn CodeField(errors: Signal<Option<AppError>>, hint: Text) -> impl IntoView {
    view! {
        <Field
            label=|m| m.account().login_code_label
            name="code"
            field=Field::Code
            errors
            required=true
            autocomplete="one-time-code"
            hint
        />
    }
}

/// The current password, asked again before a change to the second factor; each form sends it
/// under its own field so that the page's two forms keep their errors apart.
#[component]
fn PasswordAgain(field: Field, errors: Signal<Option<AppError>>, hint: Text) -> impl IntoView {
    view! {
        <Field
            label=|m| m.account().current_password
            name=field.key()
            field
            errors
            input_type="password"
            required=true
            autocomplete="current-password"
            hint
        />
    }
}

/// Recovery codes just made: shown once, with the advice to keep them.
#[component]
fn RecoveryCodes(codes: Signal<Option<Vec<String>>>) -> impl IntoView {
    move || {
        codes.get().map(|codes| {
            view! {
                <section
                    class="alert alert-success stack"

                    aria-labelledby="codes-heading"
                >
                    <h2 id="codes-heading">{tr(|m| m.account().recovery_codes_new_title)}</h2>
                    <p>{tr(|m| m.account().recovery_codes_intro)}</p>
                    <ol class="recovery-codes">
                        {codes
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <li>
                                        <code>{c}</code>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </section>
            }
        })
    }
}
