//! The page for an unknown address.

use leptos::prelude::*;

use crate::i18n::tr;
use crate::routes;
use crate::ui::layout::PageTitle;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(opts) = use_context::<leptos_axum::ResponseOptions>() {
        opts.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle text=|m| m.not_found_title />
        <p>{tr(|m| m.err_not_found)}</p>
        <p>
            <a href=routes::HOME>{tr(|m| m.back_home)}</a>
        </p>
    }
}
