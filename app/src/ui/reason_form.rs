//! Declining or refusing something with a reason the other side reads (or sending a note): a
//! disclosure holding a form with one text, required unless `optional`, submitted with its
//! hidden fields to a server action.

use leptos::prelude::*;
use leptos::server_fn::client::Client;
use leptos::server_fn::codec::PostUrl;
use leptos::server_fn::request::ClientReq;
use leptos::server_fn::{Http, ServerFn};
use serde::de::DeserializeOwned;

use crate::i18n::use_i18n;
use crate::model::{AppError, Field};
use crate::ui::feedback::ActionError;
use crate::ui::form::{KeyErrors, Text, action_error, count_successes};

#[component]
pub fn ReasonForm<A, P>(
    action: ServerAction<A>,
    /// The hidden fields: name and value.
    fields: Vec<(&'static str, String)>,
    /// The reason's name in the submitted form, e.g. `decision[reason]`.
    reason_name: &'static str,
    /// What the disclosure says (the action and whom it concerns).
    summary: Signal<String>,
    label: Text,
    submit: Text,
    /// Sets the reason's ids apart from other reason forms on the page.
    id: String,
    changed: RwSignal<u32>,
    /// The reason's key in validation errors.
    #[prop(default = Field::Reason)]
    field: Field,
    /// A reason may be left out.
    #[prop(optional)]
    optional: bool,
    #[prop(default = "btn-danger")] class: &'static str,
) -> impl IntoView
where
    A: DeserializeOwned
        + ServerFn<Protocol = Http<PostUrl, P>, Error = AppError>
        + Clone
        + Send
        + Sync
        + 'static,
    <<A::Client as Client<AppError>>::Request as ClientReq<AppError>>::FormData:
        From<leptos::web_sys::FormData>,
    A::Output: Clone + Send + Sync + 'static,
    A::Client: Client<AppError>,
{
    let i18n = use_i18n();
    let errors = action_error(action);
    count_successes(action, changed);
    let error_id = format!("{id}-error");
    view! {
        <details>
            <summary>{summary}</summary>
            <ActionForm action attr:class="stack">
                <ActionError error=errors />
                {fields
                    .into_iter()
                    .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
                    .collect_view()}
                <div class="field">
                    <label for=id.clone()>{move || label(i18n.t())}</label>
                    <textarea
                        id=id
                        name=reason_name
                        rows=2
                        required=!optional
                        aria-describedby=error_id.clone()
                    ></textarea>
                    <KeyErrors key=field.key().to_string() id=error_id errors />
                </div>
                <button type="submit" class=format!("btn {class}")>
                    {move || submit(i18n.t())}
                </button>
            </ActionForm>
        </details>
    }
}
