//! Checkboxes: a group for picking several of a list (a vocabulary's terms, organizations), and
//! a single yes/no box.

use leptos::prelude::*;

use super::form::{FieldErrors, Text, ids};
use crate::i18n::use_i18n;
use crate::model::Field;
use crate::model::vocab::Term;
use crate::model::{AppError, Bilingual};

/// A fieldset with one checkbox per choice (its code and its label in both languages),
/// submitted as `name` (e.g. `form[languages][]`). The boxes are built once; only their labels follow the language, so
/// switching languages keeps what the user ticked.
#[component]
pub fn CheckboxGroup(
    legend: Text,
    name: &'static str,
    /// The group's key in validation errors.
    field: Field,
    errors: Signal<Option<AppError>>,
    choices: Vec<(String, Bilingual)>,
    #[prop(optional)] checked: Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (_, _, error_id) = ids("", field, None);
    view! {
        <fieldset class="field choice-group" aria-describedby=error_id>
            <legend>{move || legend(i18n.t())}</legend>
            <div class="choice-grid">
                {choices
                    .into_iter()
                    .map(|(code, label)| {
                        let is_checked = checked.contains(&code);
                        view! {
                            <label class="choice">
                                <input type="checkbox" name=name value=code checked=is_checked />
                                {move || label.get(i18n.locale()).to_string()}
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <FieldErrors field errors />
        </fieldset>
    }
}

/// A vocabulary's terms as a group's choices.
pub fn term_choices(terms: &[Term]) -> Vec<(String, Bilingual)> {
    terms
        .iter()
        .map(|t| (t.code.to_string(), Bilingual::new(t.ja, t.en)))
        .collect()
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
