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

/// Shows a loaded value, or its error in the user's language. A page rendered on the server
/// answers with the error's status (403, 404), as a web server should.
pub fn or_error<T, V: IntoView + 'static>(
    result: Result<T, AppError>,
    ok: impl FnOnce(T) -> V,
) -> AnyView {
    match result {
        Ok(value) => ok(value).into_any(),
        Err(e) => {
            respond_with(&e);
            view! { <ErrorAlert error=e/> }.into_any()
        }
    }
}

/// Sets the status of the server-rendered response to the one that fits a page-level error
/// (403 forbidden, 404 not found); other errors leave the page's status alone. Nothing happens
/// in the browser.
pub fn respond_with(error: &AppError) {
    #[cfg(feature = "ssr")]
    if matches!(error, AppError::Forbidden | AppError::NotFound)
        && let (Some(opts), Ok(status)) = (
            use_context::<leptos_axum::ResponseOptions>(),
            http::StatusCode::from_u16(error.status()),
        )
    {
        opts.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = error;
}
