//! The moderators' pages: the review queue and the moderation log. Each is a lazy route.

mod log;
mod queue;

pub use log::ModerationLogPage;
pub use queue::ModerationPage;

use leptos::prelude::*;

use crate::model::AppError;
use crate::model::auth::CurrentUser;
use crate::ui::feedback::ErrorAlert;

/// `page` for whoever may open the page at `path`; the refusal for anyone else.
fn for_allowed<V: IntoView + 'static>(
    path: &'static str,
    user: &CurrentUser,
    page: impl FnOnce() -> V,
) -> AnyView {
    if crate::routes::may_open(path, user.role) {
        page().into_any()
    } else {
        view! { <ErrorAlert error=AppError::Forbidden /> }.into_any()
    }
}
