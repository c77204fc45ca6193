//! Messages about the outcome of an action or a load: errors in the user's language, successes.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::model::AppError;

/// An error as a whole, announced to screen readers.
#[component]
pub fn ErrorAlert(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    view! { <div class="alert alert-error" role="alert">{move || t().error(&error)}</div> }
}

/// The error of the last submission, if any.
#[component]
pub fn ActionError(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    move || error.get().map(|e| view! { <ErrorAlert error=e/> })
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
        show.get().then(|| view! { <div class="alert alert-success" role="status">{move || message(t())}</div> })
    }
}

/// Shows a loaded value, or its error in the user's language.
pub fn or_error<T, V: IntoView + 'static>(
    result: Result<T, AppError>,
    ok: impl FnOnce(T) -> V,
) -> AnyView {
    match result {
        Ok(value) => ok(value).into_any(),
        Err(e) => view! { <ErrorAlert error=e/> }.into_any(),
    }
}
