//! "Previous · Page n / m · Next" under a paged list, as links (they work without the app).

use leptos::prelude::*;

use crate::i18n::{fill, tr, use_i18n};

/// Links to the pages around `current` of `pages`; `link(n)` is the address of page `n`.
#[component]
pub fn Pager(current: u32, pages: u32, link: impl Fn(u32) -> String + 'static) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="cluster" aria-label=tr(|m| m.pagination_label)>
            {(current > 1)
                .then(|| {
                    view! {
                        <a href=link(current - 1) rel="prev">
                            {tr(|m| m.page_prev)}
                        </a>
                    }
                })}
            <span>{move || fill(i18n.t().page_of, current)}" / "{pages}</span>
            {(current < pages)
                .then(|| {
                    view! {
                        <a href=link(current + 1) rel="next">
                            {tr(|m| m.page_next)}
                        </a>
                    }
                })}
        </nav>
    }
}
