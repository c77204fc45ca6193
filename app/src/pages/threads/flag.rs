//! The form that flags a post for the moderators: a reason, and a note (needed for "other").

use leptos::prelude::*;

use crate::api::moderation::FlagPost;
use crate::i18n::{tr, use_i18n};
use crate::model::moderation::FlagReason;
use crate::model::{Field, PostId};
use crate::ui::feedback::{ActionError, SuccessNote};
use crate::ui::form::{Field, FieldErrors, action_error, action_succeeded};

/// Flags `post`; once sent, says what happens next in place of the form.
#[component]
pub fn FlagForm(post: PostId) -> impl IntoView {
    let i18n = use_i18n();
    let flag = ServerAction::<FlagPost>::new();
    let errors = action_error(flag);
    let sent = action_succeeded(flag);
    view! {
        <div class="stack flag-form">
            <SuccessNote show=sent message=|m| m.thread().flag_sent />
            <Show when=move || !sent.get()>
                <ActionError error=errors />
                <ActionForm action=flag attr:class="stack">
                    <input type="hidden" name="form[post_id]" value=post.to_string() />
                    <fieldset class="field" aria-describedby="f-reason-error">
                        <legend>{tr(|m| m.thread().flag_reason_legend)}</legend>
                        {FlagReason::ALL
                            .iter()
                            .copied()
                            .map(|r| {
                                let id = format!("flag-reason-{}", r.as_str());
                                view! {
                                    <div class="choice">
                                        <input
                                            type="radio"
                                            id=id.clone()
                                            name="form[reason]"
                                            value=r.as_str()
                                            required=true
                                        />
                                        <label for=id>{move || i18n.t().flag_reason(r)}</label>
                                    </div>
                                }
                            })
                            .collect_view()}
                        <FieldErrors field=Field::Reason errors />
                    </fieldset>
                    <Field
                        label=|m| m.thread().flag_note
                        name="form[note]"
                        field=Field::Note
                        errors
                        rows=2
                    />
                    <button type="submit" class="btn btn-primary">
                        {tr(|m| m.thread().flag_submit)}
                    </button>
                </ActionForm>
            </Show>
        </div>
    }
}
