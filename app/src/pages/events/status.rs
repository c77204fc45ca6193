//! Staff's tools on an event's page: edit it, move it along its life (publish, close or reopen
//! registration, finish), or cancel it with a reason every registrant is told.

use leptos::prelude::*;

use crate::api::event::ChangeEventStatus;
use crate::i18n::tr;
use crate::model::event::EventStatus;
use crate::model::registrant::RegistrantQuery;
use crate::model::{EventId, Field};
use crate::routes;
use crate::ui::action_button::ActionButton;
use crate::ui::feedback::ActionError;
use crate::ui::form::{Field, Text, action_error, count_successes};

#[component]
pub fn StatusActions(id: EventId, status: EventStatus, changed: RwSignal<u32>) -> impl IntoView {
    let moves: [(EventStatus, Text); 3] = [
        (
            EventStatus::Published,
            if status == EventStatus::Draft {
                |m| m.event().event_publish
            } else {
                |m| m.event().event_reopen
            },
        ),
        (EventStatus::RegistrationClosed, |m| {
            m.event().event_close_registration
        }),
        (EventStatus::Finished, |m| m.event().event_finish),
    ];
    let cancel = ServerAction::<ChangeEventStatus>::new();
    let errors = action_error(cancel);
    count_successes(cancel, changed);
    view! {
        <section class="stack card" aria-labelledby="event-manage-heading">
            <h2 id="event-manage-heading">{tr(|m| m.event().event_manage)}</h2>
            <p class="cluster">
                <a class="btn btn-secondary" href=routes::edit_event(id)>
                    {tr(|m| m.edit)}
                </a>
                <a class="btn btn-secondary" href=routes::registrants(&RegistrantQuery::of(id))>
                    {tr(|m| m.event().registrants_title)}
                </a>
                {moves
                    .into_iter()
                    .filter(|(next, _)| status.may_become(*next))
                    .map(|(next, text)| {
                        view! {
                            <ActionButton
                                action={ServerAction::<ChangeEventStatus>::new()}
                                fields=vec![
                                    ("change[id]", id.to_string()),
                                    ("change[status]", next.as_str().to_string()),
                                ]
                                text
                                class="btn btn-secondary"
                                changed
                            />
                        }
                    })
                    .collect_view()}
            </p>
            {status
                .may_become(EventStatus::Cancelled)
                .then(|| {
                    view! {
                        <ActionForm action=cancel attr:class="stack">
                            <ActionError error=errors />
                            <input type="hidden" name="change[id]" value=id.to_string() />
                            <input type="hidden" name="change[status]" value="cancelled" />
                            <Field
                                label=|m| m.event().event_cancel_reason
                                name="change[reason]"
                                field=Field::Reason
                                errors
                                rows=3
                                required=true
                            />
                            <button type="submit" class="btn btn-danger">
                                {tr(|m| m.event().event_cancel)}
                            </button>
                        </ActionForm>
                    }
                })}
        </section>
    }
}
