//! Lists of rows inside a form (an event's programme items and questions): each row in a
//! fieldset named "Item n" with a button that removes it, and a button that adds one. Rows are
//! numbered by their place, so the names the form sends (`form[sessions][0][title_ja]`) and the
//! errors the server reports (`sessions.0.title_ja`) always agree; each field keeps what was
//! typed in a signal, so adding or removing a row loses nothing.

use leptos::prelude::*;

use crate::i18n::{fill, tr, use_i18n};
use crate::model::{AppError, Field};
use crate::ui::form::{Field, FieldErrors, Text};

/// How a row's field is typed in.
#[derive(Clone, Copy)]
pub enum Input {
    /// A one-line input of this type.
    Line(&'static str),
    /// Three lines, with an optional hint.
    Area(Option<Text>),
}

/// Field `field` of row `i` of `list`, bound to `value`.
pub fn row_field(
    list: Field,
    i: usize,
    label: Text,
    field: Field,
    value: RwSignal<String>,
    errors: Signal<Option<AppError>>,
    input: Input,
) -> impl IntoView {
    let name = format!("form[{}][{i}][{}]", list.key(), field.key());
    let item = Some((list, i));
    let current = value.get_untracked();
    match input {
        Input::Line(input_type) => view! { <Field label name field errors input_type item value=current bind=value /> }
        .into_any(),
        Input::Area(hint) => match hint {
            Some(hint) => view! { <Field label name field errors rows=3 hint item value=current bind=value /> }
            .into_any(),
            None => view! { <Field label name field errors rows=3 item value=current bind=value /> }
                .into_any(),
        },
    }
}

/// The rows of `list`: `row(i, values)` draws the fields of row `i`.
#[component]
pub fn RowList<T, F>(
    rows: RwSignal<Vec<T>>,
    list: Field,
    errors: Signal<Option<AppError>>,
    legend: Text,
    #[prop(optional)] hint: Option<Text>,
    /// "Item {}": names row n.
    item_name: Text,
    add: Text,
    new: fn() -> T,
    row: F,
) -> impl IntoView
where
    T: Copy + Send + Sync + 'static,
    F: Fn(usize, T) -> AnyView + Copy + Send + Sync + 'static,
{
    let i18n = use_i18n();
    view! {
        <fieldset class="stack">
            <legend>{tr(legend)}</legend>
            {hint.map(|h| view! { <p class="field-hint">{tr(h)}</p> })}
            {move || {
                rows.get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, values)| {
                        let name = Signal::derive(move || fill(item_name(i18n.t()), i + 1));
                        view! {
                            <fieldset class="card stack">
                                <legend>{name}</legend>
                                {row(i, values)}
                                <button
                                    type="button"
                                    class="btn-link"
                                    aria-label=move || fill(i18n.t().remove_item_label, name.get())
                                    on:click=move |_| {
                                        rows.update(|r| {
                                            if i < r.len() {
                                                r.remove(i);
                                            }
                                        })
                                    }
                                >
                                    {tr(|m| m.remove_item)}
                                </button>
                            </fieldset>
                        }
                    })
                    .collect_view()
            }}
            <FieldErrors field=list errors />
            <button
                type="button"
                class="btn btn-secondary"
                on:click=move |_| rows.update(|r| r.push(new()))
            >
                {tr(add)}
            </button>
        </fieldset>
    }
}
