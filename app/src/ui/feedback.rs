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
    let walks = ServerWalks::default();
    view! {
        <Transition fallback=LoadingNote>
            {move || {
                let show = show.clone();
                let render = walks.render();
                Suspend::new(async move {
                    let result = resource.await;
                    if render { or_error(result, |value| show(value)) } else { ().into_any() }
                })
            }}
        </Transition>
    }
}

/// Tells the render of a transition's content from the server's walks over it. Before the
/// server renders a transition's content, it calls it twice to find the resources it reads (once
/// as they start loading, once in an effect when they are loaded), then a third time to render
/// it: a view of loaded data was built two or three times (the first walk usually finds the data
/// still loading) and rendered once. Such a view reads no resource the walks must find (a nested
/// resource waits in a `Loaded` of its own), so only the render builds it. The browser calls the
/// content once per load: every call there renders.
#[derive(Clone, Default)]
struct ServerWalks(#[cfg(feature = "ssr")] std::sync::Arc<std::sync::atomic::AtomicUsize>);

impl ServerWalks {
    /// How many times the server calls a transition's content before the call that renders it.
    #[cfg(feature = "ssr")]
    const BEFORE_RENDER: usize = 2;

    /// Whether this call of the content is the one that renders.
    fn render(&self) -> bool {
        #[cfg(feature = "ssr")]
        {
            self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed) >= Self::BEFORE_RENDER
        }
        #[cfg(not(feature = "ssr"))]
        {
            true
        }
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

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use futures::StreamExt;
    use leptos::prelude::*;

    use super::Loaded;
    use crate::model::AppError;

    /// The server renders a `Loaded` with its data and builds the view of the data once (the
    /// transition's walks before the render skip it).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_server_builds_a_loaded_view_once() {
        _ = any_spawner::Executor::init_tokio();
        let built = Arc::new(AtomicUsize::new(0));
        let counted = built.clone();
        let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
        let html: String = owner
            .with(|| {
                let resource = Resource::new(
                    || (),
                    |_| async {
                        tokio::task::yield_now().await;
                        Ok::<u32, AppError>(7)
                    },
                );
                let show = move |n: u32| {
                    counted.fetch_add(1, Ordering::SeqCst);
                    view! { <p>"loaded " {n}</p> }
                };
                view! { <Loaded resource view=show /> }.to_html_stream_in_order()
            })
            .collect()
            .await;
        assert!(
            html.replace("<!>", "").contains("<p>loaded 7</p>"),
            "{html}"
        );
        assert_eq!(built.load(Ordering::SeqCst), 1, "views built for {html}");
    }
}
