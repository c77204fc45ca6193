//! The form a project is proposed with (its proposer's organization leads it) and edited with
//! by its lead's people and staff; a returned proposal saved by its lead is proposed again.
//! What was typed stays through a refusal, each reason beside its field.

use leptos::prelude::*;

use crate::api::project::{SaveProject, get_project_form};
use crate::i18n::{tr, use_i18n};
use crate::model::project::{ProjectDirection, ProjectPhase, SupportKind};
use crate::model::project_form::ProjectForm;
use crate::model::vocab::{LANGUAGES, SPECIALTIES};
use crate::model::{AppError, Bilingual, Field, ProjectId};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::choices::{CheckboxGroup, term_choices};
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::{Field, SelectField, Text, action_error, choices, open_saved};
use crate::ui::layout::PageTitle;

#[component]
pub fn ProjectFormPage(id: ProjectId) -> impl IntoView {
    let form = Resource::new(
        move || id,
        |id| async move {
            if id.0 == 0 {
                Ok(ProjectForm {
                    direction: ProjectDirection::Outbound.as_str().into(),
                    phase: ProjectPhase::Exploration.as_str().into(),
                    ..Default::default()
                })
            } else {
                get_project_form(id).await
            }
        },
    );
    let title: Text = if id.0 == 0 {
        |m| m.project().projects_propose
    } else {
        |m| m.project().project_edit
    };
    view! {
        <PageTitle text=title />
        <RequireUser let:_user>
            <p class="page-lead">{tr(|m| m.project().project_form_lead)}</p>
            <Loaded resource=form view=move |form| view! { <ProjectFields form /> } />
        </RequireUser>
    }
}

/// The text fields in their order: label, name, field, value, required, rows (0: one line).
type TextField = (
    Text,
    &'static str,
    Field,
    fn(&ProjectForm) -> &String,
    bool,
    u32,
);
const TEXTS: [TextField; 6] = [
    (
        |m| m.project().project_title_ja,
        "form[title_ja]",
        Field::TitleJa,
        |f| &f.title_ja,
        true,
        0,
    ),
    (
        |m| m.project().project_title_en,
        "form[title_en]",
        Field::TitleEn,
        |f| &f.title_en,
        true,
        0,
    ),
    (
        |m| m.project().project_summary_ja,
        "form[summary_ja]",
        Field::SummaryJa,
        |f| &f.summary_ja,
        true,
        5,
    ),
    (
        |m| m.project().project_summary_en,
        "form[summary_en]",
        Field::SummaryEn,
        |f| &f.summary_en,
        true,
        5,
    ),
    (
        |m| m.project().project_region,
        "form[region]",
        Field::Region,
        |f| &f.region,
        false,
        0,
    ),
    (
        |m| m.project().project_partners,
        "form[partners]",
        Field::Partners,
        |f| &f.partners,
        false,
        2,
    ),
];

#[component]
fn ProjectFields(form: ProjectForm) -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveProject>::new();
    let errors: Signal<Option<AppError>> = action_error(save);
    open_saved(save, routes::project);
    let directions = Signal::derive(move || {
        choices(
            ProjectDirection::ALL,
            |d| d.as_str(),
            |m, d| m.project().direction(d),
            i18n.t(),
        )
    });
    let phases = Signal::derive(move || {
        choices(
            ProjectPhase::ALL,
            |p| p.as_str(),
            |m, p| m.project().phase(p),
            i18n.t(),
        )
    });
    let countries = Signal::derive(move || crate::ui::form::partner_country_choices(i18n.locale()));
    let support: Vec<(String, Bilingual)> = SupportKind::ALL
        .iter()
        .map(|k| {
            // The key set on hand is the page's language: a change of language reloads the page.
            let label = i18n.t().project().support(*k);
            (k.as_str().to_string(), Bilingual::new(label, label))
        })
        .collect();
    let submit: Text = match form.id {
        None => |m| m.project().project_submit,
        Some(_) => |m| m.project().project_save,
    };
    view! {
        <ActionForm action=save attr:class="stack">
            <ActionError error=errors />
            {form
                .id
                .map(|id| view! { <input type="hidden" name="form[id]" value=id.to_string() /> })}
            <SelectField
                label=|m| m.project().project_direction
                name="form[direction]"
                field=Field::Direction
                errors
                options=directions
                selected=form.direction.clone()
                required=true
            />
            {TEXTS
                .iter()
                .map(|&(label, name, field, value, required, rows)| {
                    let value = value(&form).clone();
                    if rows == 0 {
                        view! { <Field label name field errors value required /> }.into_any()
                    } else {
                        view! { <Field label name field errors value required rows /> }.into_any()
                    }
                })
                .collect_view()}
            <SelectField
                label=|m| m.project().project_country
                name="form[country]"
                field=Field::Country
                errors
                options=countries
                selected=form.country.clone()
                placeholder=true
                required=true
            />
            <SelectField
                label=|m| m.project().project_phase
                name="form[phase]"
                field=Field::Phase
                errors
                options=phases
                selected=form.phase.clone()
                required=true
            />
            <CheckboxGroup
                legend=|m| m.project().project_support
                name="form[support][]"
                field=Field::Support
                errors
                choices=support
                checked=form.support.clone()
            />
            <CheckboxGroup
                legend=|m| m.project().project_specialties
                name="form[specialties][]"
                field=Field::Specialties
                errors
                choices=term_choices(SPECIALTIES)
                checked=form.specialties.clone()
            />
            <CheckboxGroup
                legend=|m| m.project().project_languages
                name="form[languages][]"
                field=Field::Languages
                errors
                choices=term_choices(LANGUAGES)
                checked=form.languages.clone()
            />
            <p>
                <button type="submit" class="btn btn-primary">
                    {move || submit(i18n.t())}
                </button>
            </p>
        </ActionForm>
    }
}
