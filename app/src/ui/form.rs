//! Form fields with a visible label, an optional hint and their errors, wired for assistive
//! technology (`aria-invalid`, `aria-describedby`).

use leptos::prelude::*;

use crate::i18n::{Messages, tr, use_i18n};
use crate::model::{AppError, Field};

pub type Text = fn(&'static Messages) -> &'static str;

/// The error of a server action's last result, for forms to show.
pub fn action_error<I, O>(action: ServerAction<I>) -> Signal<Option<AppError>>
where
    I: leptos::server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(Result::err))
}

/// Whether the action's last result was a success.
pub fn action_succeeded<I, O>(action: ServerAction<I>) -> Signal<bool>
where
    I: leptos::server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    Signal::derive(move || matches!(action.value().get(), Some(Ok(_))))
}

/// Adds one to `changed` each time the action succeeds, so the page reloads what it shows
/// (after a refusal nothing reloads: the form keeps what was typed, the reason beside it).
pub fn count_successes<I, O>(action: ServerAction<I>, changed: RwSignal<u32>)
where
    I: leptos::server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    Effect::new(move |seen: Option<usize>| {
        let version = action.version().get();
        if seen.is_some_and(|seen| seen != version)
            && matches!(action.value().get_untracked(), Some(Ok(_)))
        {
            changed.update(|n| *n += 1);
        }
        version
    });
}

/// Opens the page of what the action saved once it succeeds; `page` is its address, from what
/// the server answered (its id). After a refusal the form stays, with what was typed.
pub fn open_saved<I, O>(action: ServerAction<I>, page: fn(O) -> String)
where
    I: leptos::server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(saved)) = action.value().get() {
            navigate(&page(saved), Default::default());
        }
    });
}

/// A field of one row of a list in a form (a programme item, a question): the list and the
/// row's index.
pub type Item = Option<(Field, usize)>;

/// The key of a field's errors: its own, or its row's (`sessions.0.title_ja`).
fn error_key(field: Field, item: Item) -> String {
    match item {
        Some((list, index)) => crate::model::event_form::item_key(list, index, field),
        None => field.key().to_string(),
    }
}

/// The ids of a field's control, hint and errors; `scope` tells apart two forms on one page
/// that have the same field.
pub(super) fn ids(scope: &str, field: Field, item: Item) -> (String, String, String) {
    let key = error_key(field, item).replace('.', "-");
    (
        format!("{scope}f-{key}"),
        format!("{scope}f-{key}-hint"),
        format!("{scope}f-{key}-error"),
    )
}

/// The errors of one field, in the user's language.
#[component]
pub fn FieldErrors(
    field: Field,
    errors: Signal<Option<AppError>>,
    #[prop(optional)] scope: &'static str,
    #[prop(optional)] item: Item,
) -> impl IntoView {
    let (_, _, id) = ids(scope, field, item);
    view! { <KeyErrors key=error_key(field, item) id errors /> }
}

/// The errors reported under `key`, in the user's language, in an element with `id` (for
/// `aria-describedby`).
#[component]
pub fn KeyErrors(key: String, id: String, errors: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div id=id class="field-error-list">
            {move || {
                errors
                    .get()
                    .map(|e| e.key_codes(&key))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|code| view! { <p class="field-error">{i18n.t().field_error(code)}</p> })
                    .collect_view()
            }}
        </div>
    }
}

pub(super) fn has_error(
    errors: Signal<Option<AppError>>,
    field: Field,
    item: Item,
) -> impl Fn() -> &'static str + Clone {
    let key = error_key(field, item);
    move || {
        if errors.get().is_some_and(|e| !e.key_codes(&key).is_empty()) {
            "true"
        } else {
            "false"
        }
    }
}

/// A labelled text-like input.
#[component]
pub fn Field(
    label: Text,
    /// The input's name in the submitted form, e.g. `form[email]`.
    #[prop(into)]
    name: String,
    /// The field's key in validation errors, e.g. `email`.
    field: Field,
    errors: Signal<Option<AppError>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] hint: Option<Text>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] value: String,
    #[prop(default = "off")] autocomplete: &'static str,
    /// A multi-line text area of this many rows instead of a one-line input.
    #[prop(optional)]
    rows: Option<u32>,
    /// Follows what is typed (for a preview).
    #[prop(optional)]
    bind: Option<RwSignal<String>>,
    /// Sets this field's ids apart from the same field of another form on the page.
    #[prop(optional)]
    scope: &'static str,
    /// The row of a list this field belongs to.
    #[prop(optional)]
    item: Item,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let (id, hint_id, error_id) = ids(scope, field, item);
    let described = if hint.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        error_id
    };
    let invalid = has_error(errors, field, item);
    let control = match rows {
        Some(rows) => view! {
            <textarea
                id=id.clone()
                name=name
                rows=rows
                required=required
                aria-invalid=invalid
                aria-describedby=described
                on:input=move |ev| {
                    if let Some(bind) = bind {
                        bind.set(event_target_value(&ev));
                    }
                }
            >
                {value}
            </textarea>
        }
        .into_any(),
        None => view! {
            <input
                id=id.clone()
                name=name
                type=input_type
                value=value
                required=required
                autocomplete=autocomplete
                aria-invalid=invalid
                aria-describedby=described
                on:input=move |ev| {
                    if let Some(bind) = bind {
                        bind.set(event_target_value(&ev));
                    }
                }
            />
        }
        .into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{move || label(t())}</label>
            {hint
                .map(|h| {
                    view! {
                        <p id=hint_id class="field-hint">
                            {move || h(t())}
                        </p>
                    }
                })}
            {control}
            <FieldErrors field errors scope item />
        </div>
    }
}

/// A labelled select. `options` gives (value, label) pairs in the current language.
#[component]
pub fn SelectField(
    label: Text,
    #[prop(into)] name: String,
    field: Field,
    errors: Signal<Option<AppError>>,
    options: Signal<Vec<(String, String)>>,
    #[prop(optional, into)] selected: String,
    #[prop(optional)] placeholder: bool,
    #[prop(optional)] required: bool,
    #[prop(optional)] item: Item,
    /// Follows what is chosen.
    #[prop(optional)]
    bind: Option<RwSignal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let (id, _, error_id) = ids("", field, item);
    view! {
        <div class="field">
            <label for=id.clone()>{move || label(t())}</label>
            <select
                id=id
                name=name
                required=required
                aria-invalid=has_error(errors, field, item)
                aria-describedby=error_id
                on:change=move |ev| {
                    if let Some(bind) = bind {
                        bind.set(event_target_value(&ev));
                    }
                }
            >
                {placeholder
                    .then(|| view! { <option value="">{tr(|m| m.select_placeholder)}</option> })}
                {move || {
                    let selected = selected.clone();
                    options
                        .get()
                        .into_iter()
                        .map(|(value, text)| {
                            let is_selected = value == selected;
                            view! {
                                <option value=value selected=is_selected>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
            <FieldErrors field errors item />
        </div>
    }
}

/// A labelled select of the filters form; the first option means "any".
#[component]
pub fn FilterSelect(
    id: &'static str,
    label: String,
    options: Vec<(String, String)>,
    selected: String,
    any: String,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id name=id>
                <option value="">{any}</option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let sel = value == selected;
                        view! {
                            <option value=value selected=sel>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// (code, label) pairs of a closed set of codes, in the language of `m`.
pub fn choices<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(&'static Messages, T) -> &'static str,
    m: &'static Messages,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (code(*v).to_string(), label(m, *v).to_string()))
        .collect()
}

/// The countries a project or a patient can be from (every one but Japan) as (code, name in
/// `locale`) pairs.
pub fn partner_country_choices(locale: crate::model::Locale) -> Vec<(String, String)> {
    crate::model::project::partner_countries()
        .map(|c| {
            let name = crate::i18n::term_label(crate::model::vocab::COUNTRIES, c.code, locale);
            (c.code.to_string(), name)
        })
        .collect()
}

/// (code, label) pairs of a vocabulary in the current language.
pub fn vocab_options(list: &'static [crate::model::vocab::Term]) -> Signal<Vec<(String, String)>> {
    let i18n = use_i18n();
    Signal::derive(move || {
        let ja = i18n.locale() == crate::model::Locale::Ja;
        list.iter()
            .map(|t| (t.code.to_string(), if ja { t.ja } else { t.en }.to_string()))
            .collect()
    })
}

/// The two interface languages, each named in its own language.
pub fn locale_options() -> Signal<Vec<(String, String)>> {
    Signal::derive(|| {
        vec![
            ("ja".into(), "日本語".into()),
            ("en".into(), "English".into()),
        ]
    })
}
