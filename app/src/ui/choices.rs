//! Checkboxes: a group for picking several terms of a vocabulary, and a single yes/no box.

use leptos::prelude::*;

use super::form::{FieldErrors, Text, ids};
use crate::i18n::use_i18n;
use crate::model::Field;
use crate::model::vocab::Term;
use crate::model::{AppError, Locale};

/// A fieldset with one checkbox per term of `terms`, submitted as `name` (e.g.
/// `form[languages][]`). The boxes are built once; only their labels follow the language, so
/// switching languages keeps what the user ticked.
#[component]
pub fn CheckboxGroup(
    legend: Text,
    name: &'static str,
    /// The group's key in validation errors.
    field: Field,
    errors: Signal<Option<AppError>>,
    terms: &'static [Term],
    #[prop(optional)] checked: Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (_, _, error_id) = ids("", field, None);
    view! {
        <fieldset class="field choice-group" aria-describedby=error_id>
            <legend>{move || legend(i18n.t())}</legend>
            <div class="choice-grid">
                {terms
                    .iter()
                    .map(|term| {
                        let is_checked = checked.iter().any(|c| c == term.code);
                        view! {
                            <label class="choice">
                                <input
                                    type="checkbox"
                                    name=name
                                    value=term.code
                                    checked=is_checked
                                />
                                {move || {
                                    if i18n.locale() == Locale::Ja { term.ja } else { term.en }
                                }}
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <FieldErrors field errors />
        </fieldset>
    }
}

/// One labelled checkbox that submits `true` when ticked (and nothing otherwise).
#[component]
pub fn Checkbox(
    label: Text,
    #[prop(into)] name: String,
    #[prop(optional)] checked: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="choice">
            <input type="checkbox" name=name value="true" checked=checked />
            {move || label(i18n.t())}
        </label>
    }
}
