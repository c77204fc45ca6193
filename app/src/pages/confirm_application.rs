//! The page behind the mailed link that confirms an applicant's e-mail address. Confirming takes
//! a press of the button (a mail scanner that opens links does not confirm anything).

use leptos::prelude::*;

use crate::api::membership::ConfirmApplication;
use crate::i18n::tr;
use crate::ui::auth::route_token;
use crate::ui::feedback::ActionError;
use crate::ui::form::{action_error, action_succeeded};
use crate::ui::layout::PageTitle;

#[component]
pub fn ConfirmApplicationPage() -> impl IntoView {
    let confirm = ServerAction::<ConfirmApplication>::new();
    let errors = action_error(confirm);
    let done = action_succeeded(confirm);
    let token = route_token();
    view! {
        <PageTitle text=|m| m.confirm_title />
        <Show
            when=move || !done.get()
            fallback=move || {
                view! {
                    <div class="alert alert-success" role="status">
                        <h2>{tr(|m| m.confirm_done_title)}</h2>
                        <p>{tr(|m| m.confirm_done_text)}</p>
                    </div>
                }
            }
        >
            <p class="page-lead">{tr(|m| m.confirm_lead)}</p>
            <ActionForm action=confirm attr:class="form">
                <ActionError error=errors />
                <input type="hidden" name="token" value=token />
                <div class="form-actions">
                    <button type="submit" class="btn btn-primary">
                        {tr(|m| m.confirm_submit)}
                    </button>
                </div>
            </ActionForm>
        </Show>
    }
}
