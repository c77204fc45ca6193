//! The page for an unknown address.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::routes;
use crate::ui::layout::PageTitle;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(opts) = use_context::<leptos_axum::ResponseOptions>() {
        opts.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    let t = move || i18n.t();
    view! {
        <PageTitle text=|m| m.not_found_title/>
        <p>{move || t().err_not_found}</p>
        <p><a href=routes::HOME>{move || t().back_home}</a></p>
    }
}
