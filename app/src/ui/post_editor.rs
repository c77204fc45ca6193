//! The markdown field of a post with its preview, rendered by the server exactly as the post
//! will be (the same sanitizing pipeline).

use leptos::prelude::*;

use crate::api::thread::PreviewPost;
use crate::i18n::tr;
use crate::model::{AppError, Field};
use crate::ui::feedback::ErrorAlert;
use crate::ui::form::{Field, Text};

/// The post's text area (`form[body]`) and a "Preview" button showing the rendered post.
#[component]
pub fn PostEditor(
    errors: Signal<Option<AppError>>,
    #[prop(default = |m| m.thread().field_body)] label: Text,
    /// Changes when the form was sent and emptied: the preview closes.
    #[prop(optional, into)]
    cleared: Option<Signal<u32>>,
    /// The text the field starts with (a post being edited).
    #[prop(optional)]
    initial: String,
    /// Sets the field's ids apart from another post form on the page.
    #[prop(optional)]
    scope: &'static str,
) -> impl IntoView {
    let body = RwSignal::new(initial.clone());
    let preview = ServerAction::<PreviewPost>::new();
    let shown = RwSignal::new(false);
    Effect::new(move |seen: Option<u32>| {
        let now = cleared.map(|c| c.get()).unwrap_or_default();
        if seen.is_some_and(|seen| seen != now) {
            body.set(String::new());
            shown.set(false);
        }
        now
    });
    view! {
        <Field
            label
            name="form[body]"
            field=Field::Body
            errors
            hint=|m| m.thread().field_body_hint
            rows=10
            required=true
            bind=body
            value=initial
            scope
        />
        <p>
            <button
                type="button"
                class="btn btn-secondary"
                on:click=move |_| {
                    shown.set(true);
                    let body = body.get_untracked();
                    if !body.trim().is_empty() {
                        preview.dispatch(PreviewPost { body });
                    }
                }
            >
                {tr(|m| m.thread().post_preview)}
            </button>
        </p>
        <Show when=move || shown.get()>
            <section class="post-preview" aria-label=tr(|m| m.thread().post_preview_heading)>
                <h3>{tr(|m| m.thread().post_preview_heading)}</h3>
                {move || {
                    if body.with(|b| b.trim().is_empty()) {
                        return view! {
                            <p class="muted">{tr(|m| m.thread().post_preview_empty)}</p>
                        }
                            .into_any();
                    }
                    match preview.value().get() {
                        Some(Ok(html)) => {
                            view! { <div class="post-body" inner_html=html></div> }.into_any()
                        }
                        Some(Err(error)) => view! { <ErrorAlert error /> }.into_any(),
                        None => ().into_any(),
                    }
                }}
            </section>
        </Show>
    }
}
