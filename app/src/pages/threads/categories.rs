//! Staff manage the threads' categories: each in its place with its thread count, moved up or
//! down, edited (one at a time, in place), deleted while it holds no thread; and a form that
//! adds one at the end.

use leptos::prelude::*;

use crate::api::category::{DeleteCategory, MoveCategory, SaveCategory, list_categories};
use crate::i18n::{fill, fill_count, tr, use_i18n};
use crate::model::thread::CategoryView;
use crate::model::{CategoryId, Field};
use crate::routes;
use crate::ui::action_button::ActionButton;
use crate::ui::auth::RequireUser;
use crate::ui::choices::Checkbox;
use crate::ui::feedback::{ActionError, Loaded, SuccessNote};
use crate::ui::form::{Field, Text, action_error, count_successes};
use crate::ui::layout::PageTitle;

#[component]
pub fn CategoriesPage() -> impl IntoView {
    let changed = RwSignal::new(0u32);
    let categories = Resource::new(move || changed.get(), |_| list_categories());
    // The category whose edit form is open.
    let editing = RwSignal::new(None::<CategoryId>);
    let saved = RwSignal::new(false);
    view! {
        <PageTitle text=|m| m.thread().categories_manage />
        <RequireUser let:_user>
            <p class="page-lead">{tr(|m| m.thread().categories_lead)}</p>
            <section class="stack" aria-labelledby="categories-list-heading">
                <h2 id="categories-list-heading">{tr(|m| m.thread().categories_list)}</h2>
                <SuccessNote show=saved message=|m| m.thread().category_saved />
                <Loaded
                    resource=categories
                    view=move |list| view! { <CategoryList list editing saved changed /> }
                />
            </section>
            <section class="stack card" aria-labelledby="category-new-heading">
                <h2 id="category-new-heading">{tr(|m| m.thread().categories_new)}</h2>
                <CategoryFields
                    category=None
                    editing
                    saved
                    changed
                    submit=|m| m.thread().category_create
                    scope="new-"
                />
            </section>
            <p>
                <a href=routes::THREADS>{tr(|m| m.thread().thread_back)}</a>
            </p>
        </RequireUser>
    }
}

#[component]
fn CategoryList(
    list: Vec<CategoryView>,
    editing: RwSignal<Option<CategoryId>>,
    saved: RwSignal<bool>,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let last = list.len().saturating_sub(1);
    view! {
        <ol class="stack plain-list">
            {list
                .into_iter()
                .enumerate()
                .map(|(place, category)| {
                    view! {
                        <CategoryItem
                            category
                            first=place == 0
                            last=place == last
                            editing
                            saved
                            changed
                        />
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// One category: its names, description and counts; up, down, edit and (while empty) delete.
#[component]
fn CategoryItem(
    category: CategoryView,
    first: bool,
    last: bool,
    editing: RwSignal<Option<CategoryId>>,
    saved: RwSignal<bool>,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = category.id;
    let name = StoredValue::new(category.name.clone());
    let labelled = move |key: Text| {
        Signal::derive(move || {
            fill(
                key(i18n.t()),
                name.with_value(|n| n.get(i18n.locale()).to_string()),
            )
        })
    };
    let open = move || editing.get() == Some(id);
    let step = move |up: bool, text: Text, label: Text, disabled: bool| {
        view! {
            <ActionButton
                action={ServerAction::<MoveCategory>::new()}
                fields=vec![("change[id]", id.to_string()), ("change[up]", up.to_string())]
                text
                label=labelled(label)
                disabled
                changed
            />
        }
    };
    let edit_form = category.clone();
    view! {
        <li class="card stack">
            <h3>{category.name.ja.clone()}" / "{category.name.en.clone()}</h3>
            <p class="muted small">
                {move || fill_count(i18n.t().thread().threads_count, category.thread_count)}
                {category
                    .requires_approval
                    .then(|| {
                        view! {
                            " · "
                            {tr(|m| m.thread().category_reviewed)}
                        }
                    })}
            </p>
            <p class="cluster">
                {step(true, |m| m.thread().category_up, |m| m.thread().category_up_label, first)}
                {step(
                    false,
                    |m| m.thread().category_down,
                    |m| m.thread().category_down_label,
                    last,
                )}
                <button
                    type="button"
                    class="btn-link"
                    aria-expanded=move || open().to_string()
                    aria-label=labelled(|m| m.thread().category_edit_label)
                    on:click=move |_| editing.set(if open() { None } else { Some(id) })
                >
                    {tr(|m| m.edit)}
                </button>
                {(category.thread_count == 0)
                    .then(|| {
                        view! {
                            <ActionButton
                                action={ServerAction::<DeleteCategory>::new()}
                                fields=vec![("id", id.to_string())]
                                text=|m| m.delete
                                label=labelled(|m| m.thread().category_delete_label)
                                changed
                            />
                        }
                    })}
            </p>
            {move || {
                open()
                    .then(|| {
                        view! {
                            <CategoryFields
                                category=Some(edit_form.clone())
                                editing
                                saved
                                changed
                                submit=|m| m.thread().category_save
                                scope="edit-"
                            />
                        }
                    })
            }}
        </li>
    }
}

/// The fields of a category, empty for a new one. A success says so above the list, closes the
/// edit form and empties the new one; a refusal keeps what was typed, the reasons beside it.
#[component]
fn CategoryFields(
    category: Option<CategoryView>,
    editing: RwSignal<Option<CategoryId>>,
    saved: RwSignal<bool>,
    changed: RwSignal<u32>,
    submit: Text,
    scope: &'static str,
) -> impl IntoView {
    let save = ServerAction::<SaveCategory>::new();
    let errors = action_error(save);
    count_successes(save, changed);
    let form = NodeRef::<leptos::html::Form>::new();
    let is_new = category.is_none();
    Effect::new(move |_| {
        if let Some(Ok(_)) = save.value().get() {
            saved.set(true);
            editing.set(None);
            if let Some(form) = form.get_untracked().filter(|_| is_new) {
                form.reset();
            }
        }
    });
    Effect::new(move |_| {
        if save.pending().get() {
            saved.set(false);
        }
    });
    let value = |pick: fn(&CategoryView) -> &str| {
        category.as_ref().map(pick).unwrap_or_default().to_string()
    };
    // Label, input name, field, value and whether it is a description (three lines, optional).
    let texts: [(Text, &'static str, Field, String, bool); 4] = [
        (
            |m| m.thread().category_name_ja,
            "form[name_ja]",
            Field::NameJa,
            value(|c| &c.name.ja),
            false,
        ),
        (
            |m| m.thread().category_name_en,
            "form[name_en]",
            Field::NameEn,
            value(|c| &c.name.en),
            false,
        ),
        (
            |m| m.description_ja,
            "form[description_ja]",
            Field::DescriptionJa,
            value(|c| &c.description.ja),
            true,
        ),
        (
            |m| m.description_en,
            "form[description_en]",
            Field::DescriptionEn,
            value(|c| &c.description.en),
            true,
        ),
    ];
    let requires_approval = category.as_ref().is_some_and(|c| c.requires_approval);
    let id = category.map(|c| c.id);
    view! {
        <ActionForm action=save node_ref=form attr:class="stack">
            <ActionError error=errors />
            {id.map(|id| view! { <input type="hidden" name="form[id]" value=id.to_string() /> })}
            {texts
                .into_iter()
                .map(|(label, name, field, value, description)| {
                    if description {
                        view! {
                            <Field
                                label
                                name
                                field
                                errors
                                hint=|m| m.thread().category_description_hint
                                rows=3
                                value
                                scope
                            />
                        }
                            .into_any()
                    } else {
                        view! { <Field label name field errors required=true value scope /> }
                            .into_any()
                    }
                })
                .collect_view()}
            <Checkbox
                label=|m| m.category_requires_approval
                name="form[requires_approval]"
                checked=requires_approval
            />
            <button type="submit" class="btn btn-primary">
                {tr(submit)}
            </button>
        </ActionForm>
    }
}
