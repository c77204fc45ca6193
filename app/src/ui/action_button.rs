//! A form of one button: it submits its hidden fields to a server action, shows the refusal
//! beside it, and on success bumps `changed` so the page reloads what it shows. Toggles (follow,
//! bookmark) say their state with `aria-pressed`.

use leptos::prelude::*;
use leptos::server_fn::client::Client;
use leptos::server_fn::codec::PostUrl;
use leptos::server_fn::request::ClientReq;
use leptos::server_fn::{Http, ServerFn};
use serde::de::DeserializeOwned;

use crate::i18n::use_i18n;
use crate::model::AppError;
use crate::ui::feedback::ActionError;
use crate::ui::form::{Text, action_error, count_successes};

#[component]
pub fn ActionButton<A, P>(
    action: ServerAction<A>,
    /// The hidden fields: name and value.
    fields: Vec<(&'static str, String)>,
    text: Text,
    /// The accessible name, when the text alone does not say what the button acts on.
    #[prop(optional, into)]
    label: Option<Signal<String>>,
    #[prop(optional)] title: Option<Text>,
    /// A toggle's state.
    #[prop(optional)]
    pressed: Option<bool>,
    #[prop(default = "btn-link")] class: &'static str,
    #[prop(optional)] disabled: bool,
    changed: RwSignal<u32>,
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
    count_successes(action, changed);
    view! {
        <ActionForm action attr:class="inline-form">
            {fields
                .into_iter()
                .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
                .collect_view()}
            <button
                type="submit"
                class=class
                disabled=disabled
                aria-label=move || label.map(|l| l.get())
                aria-pressed=pressed.map(|p| p.to_string())
                title=move || title.map(|t| t(i18n.t()))
            >
                {move || text(i18n.t())}
            </button>
        </ActionForm>
        <ActionError error=action_error(action) />
    }
}
