//! Starting a thread: category, title and the first post (with its preview). A link from a
//! category's list preselects that category; one from a project's page names the project.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::category::list_categories;
use crate::api::thread::StartThread;
use crate::i18n::{tr, use_i18n};
use crate::model::project::ProjectPlace;
use crate::model::thread::CategoryView;
use crate::model::{AppError, Field};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::{Field, SelectField, action_error, open_saved};
use crate::ui::layout::PageTitle;
use crate::ui::post_editor::PostEditor;
use crate::ui::project_place::{ProjectPlaceField, named_project};

#[component]
pub fn NewThreadPage() -> impl IntoView {
    let categories = Resource::new(|| (), |_| list_categories());
    let project = named_project();
    let query = use_query_map();
    let preselected = move || {
        query
            .try_read()
            .and_then(|q| q.get("category"))
            .unwrap_or_default()
    };
    view! {
        <PageTitle text=|m| m.thread().new_thread_title />
        <RequireUser let:_user>
            <p class="page-lead">{tr(|m| m.thread().new_thread_lead)}</p>
            <Loaded
                resource=categories
                view=move |list| view! { <NewThreadForm list selected=preselected() project /> }
            />
        </RequireUser>
    }
}

#[component]
fn NewThreadForm(
    list: Vec<CategoryView>,
    selected: String,
    project: Resource<Result<Option<ProjectPlace>, AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let start = ServerAction::<StartThread>::new();
    let errors = action_error(start);
    open_saved(start, |id| routes::thread(id, 1));
    let options = Signal::derive(move || {
        list.iter()
            .map(|c| {
                let name = c.name.get(i18n.locale());
                let label = if c.requires_approval {
                    format!("{name} {}", i18n.t().thread().category_reviewed)
                } else {
                    name.to_string()
                };
                (c.id.to_string(), label)
            })
            .collect()
    });
    view! {
        <ActionForm action=start attr:class="stack">
            <ActionError error=errors />
            <ProjectPlaceField place=project name="form[project_id]" />
            <SelectField
                label=|m| m.thread().field_category
                name="form[category_id]"
                field=Field::Category
                errors
                options
                selected
                placeholder=true
                required=true
            />
            <Field
                label=|m| m.thread().field_title
                name="form[title]"
                field=Field::Title
                errors
                hint=|m| m.thread().field_title_hint
                required=true
            />
            <PostEditor errors />
            <button type="submit" class="btn btn-primary">
                {tr(|m| m.thread().thread_submit)}
            </button>
        </ActionForm>
    }
}
