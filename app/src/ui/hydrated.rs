//! The `data-hydrated` mark on `<body>`: set once the page is interactive, so that end-to-end
//! tests act only after hydration (a form clicked before would post without the app).
//!
//! The mark waits a frame and a task after hydration: the parts inside `<Suspense>` hydrate when
//! their (already sent) data resolves, just after the shell. A lazily loaded page hydrates only
//! once its chunks have arrived, later still: while one is pending, the shell does not set the
//! mark, and the page sets it itself.

use std::sync::atomic::{AtomicBool, Ordering};

static PAGE_PENDING: AtomicBool = AtomicBool::new(false);

/// A lazily loaded page has started loading (its route's `data()`).
pub fn page_pending() {
    PAGE_PENDING.store(true, Ordering::Relaxed);
}

/// The shell has hydrated: sets the mark unless a lazily loaded page is still on its way.
pub fn shell_hydrated() {
    if !PAGE_PENDING.load(Ordering::Relaxed) {
        mark();
    }
}

/// A lazily loaded page has hydrated: sets the mark.
pub fn page_hydrated() {
    PAGE_PENDING.store(false, Ordering::Relaxed);
    mark();
}

fn mark() {
    #[cfg(feature = "hydrate")]
    leptos::prelude::request_animation_frame(|| {
        leptos::prelude::set_timeout(
            || {
                if let Some(body) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.body())
                {
                    let _ = body.set_attribute("data-hydrated", "true");
                }
            },
            std::time::Duration::ZERO,
        )
    });
}
