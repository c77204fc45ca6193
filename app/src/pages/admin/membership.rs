//! Reviewing membership applications.

use leptos::prelude::*;

use crate::api::membership::{ApproveApplication, RejectApplication, list_applications};
use crate::i18n::{fill, format_date, term_label, tr, use_i18n};
use crate::model::AppError;
use crate::model::membership::ApplicationSummary;
use crate::model::vocab::COUNTRIES;
use crate::ui::feedback::{ActionError, Loaded, SuccessNote};
use crate::ui::form::{action_error, action_succeeded};

/// The pending applications and the decisions on them. Created at the top of the page, outside
/// any `<Suspense>`: a resource created inside a suspended child can leave the server-rendered
/// response waiting forever (leptos-rs/leptos#4866).
#[derive(Clone, Copy)]
pub struct ApplicationsData {
    approve: ServerAction<ApproveApplication>,
    reject: ServerAction<RejectApplication>,
    pending: Resource<Result<Vec<ApplicationSummary>, AppError>>,
}

impl ApplicationsData {
    pub fn load() -> Self {
        let approve = ServerAction::<ApproveApplication>::new();
        let reject = ServerAction::<RejectApplication>::new();
        let pending = Resource::new(
            move || (approve.version().get(), reject.version().get()),
            |_| list_applications(),
        );
        Self {
            approve,
            reject,
            pending,
        }
    }
}

#[component]
pub fn Applications(data: ApplicationsData) -> impl IntoView {
    let ApplicationsData {
        approve,
        reject,
        pending,
    } = data;
    let reject_errors = action_error(reject);
    let decided =
        Signal::derive(move || action_succeeded(approve).get() || action_succeeded(reject).get());
    view! {
        <section class="stack">
            <h2>{tr(|m| m.admin().applications_section)}</h2>
            <ActionError error=action_error(approve) />
            <ActionError error=reject_errors />
            <SuccessNote show=decided message=|m| m.admin().application_decided />
            <Loaded
                resource=pending
                view={move |apps| {
                    if apps.is_empty() {
                        return view! {
                            <p class="empty-state">{tr(|m| m.admin().no_applications)}</p>
                        }
                            .into_any();
                    }
                    apps.into_iter()
                        .map(|application| {
                            view! { <ApplicationCard application approve reject /> }
                        })
                        .collect_view()
                        .into_any()
                }}
            />
        </section>
    }
}

/// One pending application, with its approve and reject forms.
#[component]
fn ApplicationCard(
    application: ApplicationSummary,
    approve: ServerAction<ApproveApplication>,
    reject: ServerAction<RejectApplication>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let a = application;
    let org = a.org_name.get(i18n.locale()).to_string();
    let (org1, org2) = (org.clone(), org.clone());
    let name = a.applicant_name.clone();
    let reason_id = format!("reject-reason-{}", a.id);
    view! {
        <article class="card stack">
            <h3>{org.clone()}</h3>
            <dl class="facts">
                <dt>{tr(|m| m.kind_label)}</dt>
                <dd>{move || t().org_kind(a.org_kind)}</dd>
                <dt>{tr(|m| m.country)}</dt>
                <dd>{move || term_label(COUNTRIES, &a.country, i18n.locale())}</dd>
                <dt>{tr(|m| m.website)}</dt>
                <dd>{a.website.clone()}</dd>
                <dt>{tr(|m| m.admin().applicant_label)}</dt>
                <dd>{move || name.display(i18n.locale())}" <" {a.applicant_email.clone()}">"</dd>
                <dt>{tr(|m| m.admin().col_submitted)}</dt>
                <dd>{move || format_date(a.submitted_at, i18n.locale())}</dd>
            </dl>
            <div class="cluster">
                <ActionForm action=approve>
                    <input type="hidden" name="id" value=a.id.to_string() />
                    <button
                        type="submit"
                        class="btn btn-primary"
                        aria-label=move || fill(t().approve_application, &org1)
                    >
                        {tr(|m| m.approve)}
                    </button>
                </ActionForm>
                <ActionForm action=reject attr:class="cluster">
                    <input type="hidden" name="id" value=a.id.to_string() />
                    <div class="field">
                        <label for=reason_id.clone()>{tr(|m| m.admin().reject_reason)}</label>
                        <textarea id=reason_id name="reason" rows="2"></textarea>
                    </div>
                    <button type="submit" class="btn btn-danger" title=org2>
                        {tr(|m| m.reject)}
                    </button>
                </ActionForm>
            </div>
        </article>
    }
}
