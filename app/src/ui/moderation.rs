//! Moderation in the interface: the form a moderator acts with, on a post or on a thread (the
//! action, a ready-made reason shown to each reader in their language, the reason in their own
//! words), and how a reason reads.

use leptos::prelude::*;

use crate::api::moderation::Moderate;
use crate::i18n::{fill_count, tr, use_i18n};
use crate::model::moderation::{ModAction, Reason, ReasonTemplate, SILENCE_DAYS};
use crate::model::{Bilingual, CategoryId, Field, PostId, ThreadId};
use crate::ui::feedback::ActionError;
use crate::ui::form::{Field, SelectField, action_error, count_successes};

/// What a moderator acts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Post(PostId),
    Thread(ThreadId),
}

/// The moderation form for `target`, offering `actions`; `changed` counts the actions carried
/// out (the page reloads what it shows). A refusal stays beside the form, with what was typed.
/// One form is shown at a time on a page (its fields' ids are fixed). Silencing adds the period;
/// moving, the category to move to (`categories`: id and name).
#[component]
pub fn ModerationForm(
    target: Target,
    actions: Vec<ModAction>,
    changed: RwSignal<u32>,
    #[prop(optional)] categories: Vec<(CategoryId, Bilingual)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let moderate = ServerAction::<Moderate>::new();
    let errors = action_error(moderate);
    count_successes(moderate, changed);
    let silences = actions.contains(&ModAction::Silence);
    let action_options = Signal::derive(move || {
        actions
            .iter()
            .map(|a| {
                (
                    a.as_str().to_string(),
                    i18n.t().thread().mod_action(*a).to_string(),
                )
            })
            .collect()
    });
    let (name, value) = match target {
        Target::Post(id) => ("form[post_id]", id.to_string()),
        Target::Thread(id) => ("form[thread_id]", id.to_string()),
    };
    let day_options = Signal::derive(move || {
        SILENCE_DAYS
            .iter()
            .map(|d| {
                (
                    d.to_string(),
                    fill_count(i18n.t().thread().moderation_days_option, *d),
                )
            })
            .collect()
    });
    let moves = !categories.is_empty();
    let category_options = Signal::derive(move || {
        categories
            .iter()
            .map(|(id, name)| (id.to_string(), name.get(i18n.locale()).to_string()))
            .collect()
    });
    view! {
        <ActionError error=errors />
        <ActionForm action=moderate attr:class="stack">
            <input type="hidden" name=name value=value />
            <SelectField
                label=|m| m.thread().moderation_action
                name="form[action]"
                field=Field::Action
                errors
                options=action_options
                required=true
            />
            {silences
                .then(|| {
                    view! {
                        <SelectField
                            label=|m| m.thread().moderation_days
                            name="form[days]"
                            field=Field::Period
                            errors
                            options=day_options
                            placeholder=true
                        />
                    }
                })}
            {moves
                .then(|| {
                    view! {
                        <SelectField
                            label=|m| m.thread().moderation_move_to
                            name="form[category_id]"
                            field=Field::Category
                            errors
                            options=category_options
                            placeholder=true
                        />
                    }
                })}
            <ReasonFields errors />
            <button type="submit" class="btn btn-primary">
                {tr(|m| m.thread().moderation_submit)}
            </button>
        </ActionForm>
    }
}

/// A moderator's reason in a form: a ready-made one (`form[template]`) and/or their own words
/// (`form[note]`).
#[component]
pub fn ReasonFields(errors: Signal<Option<crate::model::AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for="f-template">{tr(|m| m.thread().moderation_template)}</label>
            <select id="f-template" name="form[template]">
                <option value="">{tr(|m| m.thread().moderation_template_none)}</option>
                {ReasonTemplate::ALL
                    .iter()
                    .copied()
                    .map(|t| {
                        view! {
                            <option value=t.as_str()>{move || i18n.t().reason_template(t)}</option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <Field
            label=|m| m.thread().moderation_note
            name="form[note]"
            field=Field::Note
            errors
            rows=3
            hint=|m| m.thread().moderation_note_hint
        />
    }
}

/// A moderator's reason: the template in the reader's language, then the moderator's words.
#[component]
pub fn ReasonText(reason: Reason) -> impl IntoView {
    let i18n = use_i18n();
    let Reason { template, note } = reason;
    view! {
        <p class="reason">
            <strong>{tr(|m| m.reason_label)}": "</strong>
            {move || template.map(|t| i18n.t().reason_template(t))}
            {(!note.is_empty())
                .then(|| {
                    view! {
                        " "
                        <q>{note}</q>
                    }
                })}
        </p>
    }
}
