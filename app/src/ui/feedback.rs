//! Messages about the outcome of an action or a load: errors in the user's language, successes.

use leptos::prelude::*;

use crate::i18n::{tr, use_i18n};
use crate::model::AppError;

/// An error as a whole, announced to screen readers.
#[component]
pub fn ErrorAlert(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    view! {
        <div class="alert alert-error" role="alert">
            {move || t().error(&error)}
        </div>
    }
}

/// The error of the last submission, if any.
#[component]
pub fn ActionError(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    move || error.get().map(|e| view! { <ErrorAlert error=e /> })
}

/// A confirmation shown once an action succeeded.
#[component]
pub fn SuccessNote(
    #[prop(into)] show: Signal<bool>,
    message: fn(&'static crate::i18n::Messages) -> &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    move || {
        show.get().then(|| {
            view! {
                <div class="alert alert-success" role="status">
                    {move || message(t())}
                </div>
            }
        })
    }
}

/// What a section shows while its data loads.
#[component]
pub fn LoadingNote() -> impl IntoView {
    view! { <p class="muted">{tr(|m| m.loading)}</p> }
}

/// A resource's value once loaded: a loading note first, then `view` of the value, or the
/// error in the reader's language (with the page's status, see `or_error`). Reloads keep the
/// previous content on screen until the new value is there.
#[component]
pub fn Loaded<T, F, V>(resource: Resource<Result<T, AppError>>, view: F) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let show = std::sync::Arc::new(view);
    view! {
        <Transition fallback=LoadingNote>
            {move || {
                let show = show.clone();
                Suspend::new(async move { or_error(resource.await, |value| show(value)) })
            }}
        </Transition>
    }
}

/// Shows a loaded value, or its error in the user's language. (Members' pages stream, so the
/// error cannot change the response's status any more: see the README's "Pages".)
pub fn or_error<T, V: IntoView + 'static>(
    result: Result<T, AppError>,
    ok: impl FnOnce(T) -> V,
) -> AnyView {
    match result {
        Ok(value) => ok(value).into_any(),
        Err(e) => view! { <ErrorAlert error=e /> }.into_any(),
    }
}
