//! The form staff create and edit an event with: what, when (in the event's zone), where, seats
//! and the registration window, the programme and the registration questions. Programme items
//! and questions are added and removed in place; what was typed stays through both, and
//! through a refusal, each reason beside its field.

use leptos::prelude::*;

use super::options;
use super::rows::{Input, RowList, row_field};
use crate::api::event::{SaveEvent, get_event_form, list_organization_choices};
use crate::i18n::tr;
use crate::model::event::{EventFormat, EventKind, EventVisibility, QuestionKind};
use crate::model::event_form::{EVENT_ZONES, EventForm, QuestionForm, SessionForm};
use crate::model::project::ProjectPlace;
use crate::model::{AppError, EventId, Field, OrganizationId};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::choices::{Checkbox, CheckboxGroup};
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::{Field, SelectField, Text, action_error, open_saved};
use crate::ui::layout::PageTitle;
use crate::ui::project_place::{ProjectPlaceField, named_project};

#[component]
pub fn NewEventPage() -> impl IntoView {
    let form = EventForm {
        kind: EventKind::Symposium.as_str().into(),
        format: EventFormat::InPerson.as_str().into(),
        visibility: EventVisibility::Members.as_str().into(),
        time_zone: "Asia/Tokyo".into(),
        ..Default::default()
    };
    let project = named_project();
    view! {
        <PageTitle text=|m| m.event_form_new />
        <RequireUser let:_user>
            <EventFields form=form.clone() project />
        </RequireUser>
    }
}

#[component]
pub fn EditEventPage() -> impl IntoView {
    let id = crate::pages::id_in_path(EventId(0));
    let form = Resource::new(move || id.get(), get_event_form);
    view! {
        <PageTitle text=|m| m.event_form_edit />
        <RequireUser let:_user>
            <Loaded resource=form view=|form| view! { <EventFields form /> } />
        </RequireUser>
    }
}

/// One programme item's values, kept while items are added and removed.
#[derive(Clone, Copy)]
struct SessionRow([RwSignal<String>; 5]);

impl SessionRow {
    fn new(s: SessionForm) -> Self {
        Self([s.starts_at, s.ends_at, s.title_ja, s.title_en, s.speakers].map(RwSignal::new))
    }
}

/// One question's values.
#[derive(Clone, Copy)]
struct QuestionRow {
    id: Option<crate::model::EventQuestionId>,
    /// Kind, Japanese label, English label, choices.
    texts: [RwSignal<String>; 4],
    required: RwSignal<bool>,
}

impl QuestionRow {
    fn new(q: QuestionForm) -> Self {
        Self {
            id: q.id,
            texts: [q.kind, q.label_ja, q.label_en, q.options].map(RwSignal::new),
            required: RwSignal::new(q.required),
        }
    }
}

/// The one-line fields that follow the time zone, in their order on the page: label, name,
/// field, value, input type.
type Line = (
    Text,
    &'static str,
    Field,
    fn(&EventForm) -> &String,
    &'static str,
);
const LINES: [Line; 8] = [
    (
        |m| m.event().event_starts_at,
        "form[starts_at]",
        Field::StartsAt,
        |f| &f.starts_at,
        "datetime-local",
    ),
    (
        |m| m.event().event_ends_at,
        "form[ends_at]",
        Field::EndsAt,
        |f| &f.ends_at,
        "datetime-local",
    ),
    (
        |m| m.event().event_venue_ja,
        "form[venue_ja]",
        Field::VenueJa,
        |f| &f.venue_ja,
        "text",
    ),
    (
        |m| m.event().event_venue_en,
        "form[venue_en]",
        Field::VenueEn,
        |f| &f.venue_en,
        "text",
    ),
    (
        |m| m.event().event_address,
        "form[address]",
        Field::Address,
        |f| &f.address,
        "text",
    ),
    (
        |m| m.event().event_online_url,
        "form[online_url]",
        Field::OnlineUrl,
        |f| &f.online_url,
        "url",
    ),
    (
        |m| m.event().event_capacity,
        "form[capacity]",
        Field::Capacity,
        |f| &f.capacity,
        "number",
    ),
    (
        |m| m.event().event_org_limit_label,
        "form[organization_limit]",
        Field::OrganizationLimit,
        |f| &f.organization_limit,
        "number",
    ),
];

#[component]
fn EventFields(
    form: EventForm,
    /// The project a new event is about (created from the project's page).
    #[prop(optional)]
    project: Option<Resource<Result<Option<ProjectPlace>, AppError>>>,
) -> impl IntoView {
    let save = ServerAction::<SaveEvent>::new();
    let errors = action_error(save);
    open_saved(save, routes::event);
    let sessions = RwSignal::new(
        form.sessions
            .iter()
            .cloned()
            .map(SessionRow::new)
            .collect::<Vec<_>>(),
    );
    let questions = RwSignal::new(
        form.questions
            .iter()
            .cloned()
            .map(QuestionRow::new)
            .collect::<Vec<_>>(),
    );
    let zones = Signal::derive(|| {
        EVENT_ZONES
            .iter()
            .map(|z| (z.to_string(), z.to_string()))
            .collect()
    });
    // The invitations are asked for only for an event for invited organizations.
    let visibility = RwSignal::new(form.visibility.clone());
    let invited = form.invited.clone();
    let visibilities = options(
        EventVisibility::ALL,
        |v| v.as_str(),
        |m, v| match v {
            EventVisibility::Members => m.event().event_for_members,
            EventVisibility::Invited => m.event().event_for_invited,
        },
    );
    let kinds = options(
        QuestionKind::ALL,
        |k| k.as_str(),
        |m, k| m.event().question_kind(k),
    );
    let cancel_href = form
        .id
        .map(routes::event)
        .unwrap_or_else(|| routes::EVENTS.to_string());
    view! {
        <p class="page-lead">{tr(|m| m.event().event_form_lead)}</p>
        <ActionForm action=save attr:class="stack">
            <ActionError error=errors />
            {form
                .id
                .map(|id| view! { <input type="hidden" name="form[id]" value=id.to_string() /> })}
            // An event keeps its project through edits.
            {form
                .project_id
                .map(|id| {
                    view! { <input type="hidden" name="form[project_id]" value=id.to_string() /> }
                })}
            {project.map(|place| view! { <ProjectPlaceField place name="form[project_id]" /> })}
            <SelectField
                label=|m| m.event().event_kind_label
                name="form[kind]"
                field=Field::Kind
                errors
                options=options(EventKind::ALL, |k| k.as_str(), |m, k| m.event().event_kind(k))
                selected=form.kind.clone()
            />
            <SelectField
                label=|m| m.event().event_format_label
                name="form[format]"
                field=Field::Format
                errors
                options=options(EventFormat::ALL, |f| f.as_str(), |m, f| m.event().event_format(f))
                selected=form.format.clone()
            />
            <SelectField
                label=|m| m.event().event_visibility
                name="form[visibility]"
                field=Field::Visibility
                errors
                options=visibilities
                selected=form.visibility.clone()
                bind=visibility
            />
            <Show when=move || visibility.get() == EventVisibility::Invited.as_str()>
                <Invitees invited=invited.clone() errors />
            </Show>
            <Field
                label=|m| m.event().event_title_ja
                name="form[title_ja]"
                field=Field::TitleJa
                errors
                required=true
                value=form.title_ja.clone()
            />
            <Field
                label=|m| m.event().event_title_en
                name="form[title_en]"
                field=Field::TitleEn
                errors
                required=true
                value=form.title_en.clone()
            />
            <Field
                label=|m| m.event().event_description_ja
                name="form[description_ja]"
                field=Field::DescriptionJa
                errors
                rows=6
                value=form.description_ja.clone()
            />
            <Field
                label=|m| m.event().event_description_en
                name="form[description_en]"
                field=Field::DescriptionEn
                errors
                rows=6
                value=form.description_en.clone()
            />
            <SelectField
                label=|m| m.time_zone_label
                name="form[time_zone]"
                field=Field::TimeZone
                errors
                options=zones
                selected=form.time_zone.clone()
            />
            {LINES
                .iter()
                .map(|&(label, name, field, value, input_type)| {
                    view! {
                        <Field label name field errors value=value(&form).clone() input_type />
                    }
                })
                .collect_view()}
            <Field
                label=|m| m.event().event_opens
                name="form[opens_at]"
                field=Field::OpensAt
                errors
                input_type="datetime-local"
                hint=|m| m.event().event_window_hint
                value=form.opens_at.clone()
            />
            <Field
                label=|m| m.event().event_closes
                name="form[closes_at]"
                field=Field::ClosesAt
                errors
                input_type="datetime-local"
                hint=|m| m.event().event_window_hint
                value=form.closes_at.clone()
            />
            <Checkbox
                label=|m| m.event().event_requires_approval
                name="form[requires_approval]"
                checked=form.requires_approval
            />
            <RowList
                rows=sessions
                list=Field::Sessions
                errors
                legend=|m| m.event().event_programme
                hint=|m| m.event().event_sessions_hint
                item_name=|m| m.event().event_session
                add=|m| m.event().event_session_add
                new=|| SessionRow::new(SessionForm::default())
                row=move |i, row: SessionRow| session_fields(i, row, errors)
            />
            <RowList
                rows=questions
                list=Field::Questions
                errors
                legend=|m| m.event().event_questions
                item_name=|m| m.event().event_question
                add=|m| m.event().event_question_add
                new=|| QuestionRow::new(QuestionForm {
                    kind: QuestionKind::Single.as_str().into(),
                    ..Default::default()
                })
                row=move |i, row: QuestionRow| question_fields(i, row, errors, kinds)
            />
            <p class="cluster">
                <button type="submit" class="btn btn-primary">
                    {tr(|m| m.event().event_save)}
                </button>
                <a href=cancel_href>{tr(|m| m.event().event_back)}</a>
            </p>
        </ActionForm>
    }
}

/// The organizations invited to an event, ticked among all active ones.
#[component]
fn Invitees(invited: Vec<OrganizationId>, errors: Signal<Option<AppError>>) -> impl IntoView {
    let choices = Resource::new(|| (), |_| list_organization_choices());
    let checked: Vec<String> = invited.iter().map(ToString::to_string).collect();
    view! {
        <Loaded
            resource=choices
            view=move |list| {
                view! {
                    <CheckboxGroup
                        legend=|m| m.event().event_invited
                        name="form[invited][]"
                        field=Field::Invited
                        errors
                        choices=list.into_iter().map(|o| (o.id.to_string(), o.name)).collect()
                        checked=checked.clone()
                    />
                }
            }
        />
    }
}

fn session_fields(i: usize, row: SessionRow, errors: Signal<Option<AppError>>) -> AnyView {
    let [starts, ends, ja, en, speakers] = row.0;
    let at = |label: Text, field, value| {
        row_field(
            Field::Sessions,
            i,
            label,
            field,
            value,
            errors,
            Input::Line("datetime-local"),
        )
    };
    let line = |label: Text, field, value| {
        row_field(
            Field::Sessions,
            i,
            label,
            field,
            value,
            errors,
            Input::Line("text"),
        )
    };
    view! {
        {at(|m| m.event().event_starts_at, Field::StartsAt, starts)}
        {at(|m| m.event().event_ends_at, Field::EndsAt, ends)}
        {line(|m| m.event().event_title_ja, Field::TitleJa, ja)}
        {line(|m| m.event().event_title_en, Field::TitleEn, en)}
        {row_field(
            Field::Sessions,
            i,
            |m| m.event().event_speakers,
            Field::Speakers,
            speakers,
            errors,
            Input::Area(None),
        )}
    }
    .into_any()
}

fn question_fields(
    i: usize,
    row: QuestionRow,
    errors: Signal<Option<AppError>>,
    kinds: Signal<Vec<(String, String)>>,
) -> AnyView {
    let name = |f: &str| format!("form[questions][{i}][{f}]");
    let [kind, ja, en, choices] = row.texts;
    let required = row.required;
    let line = |label: Text, field, value| {
        row_field(
            Field::Questions,
            i,
            label,
            field,
            value,
            errors,
            Input::Line("text"),
        )
    };
    view! {
        {row.id.map(|id| view! { <input type="hidden" name=name("id") value=id.to_string() /> })}
        <SelectField
            label=|m| m.event().event_question_kind
            name=name("kind")
            field=Field::Kind
            errors
            options=kinds
            selected=kind.get_untracked()
            item=Some((Field::Questions, i))
            bind=kind
        />
        {line(|m| m.event().event_question_label_ja, Field::LabelJa, ja)}
        {line(|m| m.event().event_question_label_en, Field::LabelEn, en)}
        {row_field(
            Field::Questions,
            i,
            |m| m.event().event_question_options,
            Field::Options,
            choices,
            errors,
            Input::Area(Some(|m| m.event().event_question_options_hint)),
        )}
        <label class="choice">
            <input
                type="checkbox"
                name=name("required")
                value="true"
                checked=required.get_untracked()
                on:change=move |ev| required.set(event_target_checked(&ev))
            />
            {tr(|m| m.event().event_question_required)}
        </label>
    }
    .into_any()
}
