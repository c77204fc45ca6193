//! Registering for an event: where the reader's registration stands (with the way to cancel it
//! or leave the waiting list), why registration is not open, or the form with the event's
//! questions. A refusal keeps the answers typed, each reason beside its question.

use leptos::prelude::*;

use super::MyStatus;
use crate::api::registration::{CancelRegistration, RegisterForEvent};
use crate::i18n::{tr, use_i18n};
use crate::model::AppError;
use crate::model::event::QuestionKind;
use crate::model::event_answers::{Question, answer_key, answer_name, choice_name};
use crate::model::event_view::EventView;
use crate::model::registration::RegistrationStatus;
use crate::ui::action_button::ActionButton;
use crate::ui::feedback::ActionError;
use crate::ui::form::{KeyErrors, Text, action_error, count_successes};

#[component]
pub fn Registration(event: EventView, changed: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let body = match (event.summary.mine, event.summary.closed) {
        (Some(mine), _) => {
            let text: Text = if mine.status == RegistrationStatus::Waitlisted {
                |m| m.event().registration_leave
            } else {
                |m| m.event().registration_cancel
            };
            view! {
                <MyStatus mine />
                <ActionButton
                    action={ServerAction::<CancelRegistration>::new()}
                    fields=vec![("id", mine.id.to_string())]
                    text
                    class="btn btn-secondary"
                    changed
                />
            }
            .into_any()
        }
        (None, Some(closed)) => {
            view! { <p>{move || i18n.t().registration_closed(closed)}</p> }.into_any()
        }
        (None, None) => view! { <RegisterForm event changed /> }.into_any(),
    };
    view! {
        <section class="stack card" aria-labelledby="registration-heading">
            <h2 id="registration-heading">{tr(|m| m.event().registration_heading)}</h2>
            {body}
        </section>
    }
}

#[component]
fn RegisterForm(event: EventView, changed: RwSignal<u32>) -> impl IntoView {
    let register = ServerAction::<RegisterForEvent>::new();
    let errors = action_error(register);
    count_successes(register, changed);
    view! {
        <ActionForm action=register attr:class="stack">
            <ActionError error=errors />
            <input type="hidden" name="event_id" value=event.summary.id.to_string() />
            {event
                .questions
                .into_iter()
                .map(|question| view! { <QuestionInput question errors /> })
                .collect_view()}
            <button type="submit" class="btn btn-primary">
                {tr(|m| m.event().registration_submit)}
            </button>
        </ActionForm>
    }
}

/// One question: a text box, a group of radio buttons or a group of checkboxes.
#[component]
fn QuestionInput(question: Question, errors: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let Question {
        id,
        kind,
        label,
        options,
        required,
    } = question;
    let key = answer_key(id);
    let input_id = format!("f-{}", key.replace('.', "-"));
    let error_id = format!("{input_id}-error");
    let described = error_id.clone();
    let invalid = {
        let key = key.clone();
        move || {
            errors
                .get()
                .is_some_and(|e| !e.key_codes(&key).is_empty())
                .to_string()
        }
    };
    let label_text = move || label.get(i18n.locale()).to_string();
    // Required answers are marked in their label, whatever the kind of question.
    let mark = move || {
        required.then(|| {
            view! {
                " "
                <span class="required-mark">{tr(|m| m.event().event_answer_required_mark)}</span>
            }
        })
    };
    let choices = move |multiple: bool| {
        options
            .iter()
            .enumerate()
            .map(|(i, option)| {
                let option = option.clone();
                let (input_type, name, value) = if multiple {
                    ("checkbox", choice_name(id, i), "on".to_string())
                } else {
                    ("radio", answer_name(id), i.to_string())
                };
                view! {
                    <label class="choice">
                        <input type=input_type name=name value=value />
                        {move || option.get(i18n.locale()).to_string()}
                    </label>
                }
            })
            .collect_view()
    };
    match kind {
        QuestionKind::Text => view! {
            <div class="field">
                <label for=input_id.clone()>{label_text}{mark()}</label>
                <input
                    id=input_id
                    name=answer_name(id)
                    required=required
                    aria-invalid=invalid
                    aria-describedby=described.clone()
                />
                <KeyErrors key id=error_id errors />
            </div>
        }
        .into_any(),
        QuestionKind::Single | QuestionKind::Multiple => view! {
            <fieldset class="field choice-group" aria-describedby=described.clone()>
                <legend>{label_text}{mark()}</legend>
                <div class="choice-grid">{choices(kind == QuestionKind::Multiple)}</div>
                <KeyErrors key id=error_id errors />
            </fieldset>
        }
        .into_any(),
    }
}
