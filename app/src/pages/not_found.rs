//! The page for an unknown address.

use leptos::prelude::*;

use crate::i18n::tr;
use crate::model::AppError;
use crate::routes;
use crate::ui::feedback::respond_with;
use crate::ui::layout::PageTitle;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    respond_with(&AppError::NotFound);
    view! {
        <PageTitle text=|m| m.not_found_title />
        <p>{tr(|m| m.err_not_found)}</p>
        <p>
            <a href=routes::HOME>{tr(|m| m.back_home)}</a>
        </p>
    }
}
