//! The form staff write an event's digest with: the summary in both languages (markdown), the
//! key points, the materials and where its discussion goes; a preview shows the digest as
//! members will read it, before anything is saved. What was typed stays through a refusal,
//! each reason beside its field.

use leptos::prelude::*;

use super::digest::DigestBody;
use crate::api::category::list_categories;
use crate::api::digest::{PreviewDigest, SaveDigest, get_digest_form};
use crate::i18n::{tr, use_i18n};
use crate::model::digest::DigestForm;
use crate::model::thread::CategoryView;
use crate::model::{EventId, Field};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::{ActionError, ErrorAlert, Loaded};
use crate::ui::form::{Field, SelectField, Text, action_error, open_saved};
use crate::ui::layout::PageTitle;

#[component]
pub fn EditDigestPage() -> impl IntoView {
    let id = crate::pages::id_in_path(EventId(0));
    let form = Resource::new(move || id.get(), get_digest_form);
    let categories = Resource::new(|| (), |_| list_categories());
    view! {
        <PageTitle text=|m| m.event().digest_edit />
        <RequireUser let:_user>
            <p class="page-lead">{tr(|m| m.event().digest_form_lead)}</p>
            <Loaded
                resource=form
                view=move |form| {
                    view! {
                        <Loaded
                            resource=categories
                            view=move |list| view! { <DigestFields form=form.clone() list /> }
                        />
                    }
                }
            />
        </RequireUser>
    }
}

/// The text fields in their order: label, name, field, value, rows, hint.
type Area = (
    Text,
    &'static str,
    Field,
    fn(&DigestForm) -> &String,
    u32,
    Text,
);
const AREAS: [Area; 5] = [
    (
        |m| m.event().digest_summary_ja,
        "form[summary_ja]",
        Field::SummaryJa,
        |f| &f.summary_ja,
        10,
        |m| m.event().digest_summary_hint,
    ),
    (
        |m| m.event().digest_summary_en,
        "form[summary_en]",
        Field::SummaryEn,
        |f| &f.summary_en,
        10,
        |m| m.event().digest_summary_hint,
    ),
    (
        |m| m.event().digest_key_points_ja,
        "form[key_points_ja]",
        Field::KeyPointsJa,
        |f| &f.key_points_ja,
        5,
        |m| m.event().digest_key_points_hint,
    ),
    (
        |m| m.event().digest_key_points_en,
        "form[key_points_en]",
        Field::KeyPointsEn,
        |f| &f.key_points_en,
        5,
        |m| m.event().digest_key_points_hint,
    ),
    (
        |m| m.event().digest_materials,
        "form[materials]",
        Field::Materials,
        |f| &f.materials,
        4,
        |m| m.event().digest_materials_hint,
    ),
];

#[component]
fn DigestFields(form: DigestForm, list: Vec<CategoryView>) -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveDigest>::new();
    let errors = action_error(save);
    let preview = ServerAction::<PreviewDigest>::new();
    open_saved(save, routes::digest);
    let id = form.event_id;
    // What is typed, for the preview.
    let values = AREAS.map(|(_, _, _, value, _, _)| RwSignal::new(value(&form).clone()));
    let category = RwSignal::new(form.category_id.clone());
    let categories = Signal::derive(move || {
        let mut options = vec![(
            String::new(),
            i18n.t().event().digest_no_category.to_string(),
        )];
        options.extend(
            list.iter()
                .map(|c| (c.id.to_string(), c.name.get(i18n.locale()).to_string())),
        );
        options
    });
    let show_preview = move |_| {
        let [
            summary_ja,
            summary_en,
            key_points_ja,
            key_points_en,
            materials,
        ] = values.map(|v| v.get_untracked());
        preview.dispatch(PreviewDigest {
            form: DigestForm {
                event_id: id,
                summary_ja,
                summary_en,
                key_points_ja,
                key_points_en,
                materials,
                category_id: category.get_untracked(),
            },
        });
    };
    view! {
        <ActionForm action=save attr:class="stack">
            <ActionError error=errors />
            <input type="hidden" name="form[event_id]" value=id.to_string() />
            {AREAS
                .iter()
                .zip(values)
                .map(|(&(label, name, field, _, rows, hint), bind)| {
                    let value = bind.get_untracked();
                    view! { <Field label name field errors rows hint value bind /> }
                })
                .collect_view()}
            <SelectField
                label=|m| m.event().digest_category
                name="form[category_id]"
                field=Field::Category
                errors
                options=categories
                selected=form.category_id.clone()
                bind=category
            />
            <p class="cluster">
                <button type="button" class="btn btn-secondary" on:click=show_preview>
                    {tr(|m| m.event().digest_preview)}
                </button>
                <button type="submit" class="btn btn-primary">
                    {tr(|m| m.event().digest_save)}
                </button>
                <a href=routes::event(id)>{tr(|m| m.event().event_back)}</a>
            </p>
        </ActionForm>
        {move || {
            preview
                .value()
                .get()
                .map(|result| {
                    view! {
                        <section
                            class="post-preview stack"
                            aria-label=tr(|m| m.event().digest_preview_heading)
                        >
                            {match result {
                                Ok(digest) => view! { <DigestBody digest /> }.into_any(),
                                Err(error) => view! { <ErrorAlert error /> }.into_any(),
                            }}
                        </section>
                    }
                })
        }}
    }
}
