//! The security log page for admins: logins, failures, lockouts, resets, role and status changes,
//! removals, recognitions, invitations and decisions, newest first, filterable by kind.

use leptos::prelude::*;

use crate::api::audit::list_security_log;
use crate::i18n::{format_date_time, tr, use_i18n};
use crate::model::AppError;
use crate::model::audit::{AuditEntry, AuditKind, PAGE_SIZE};
use crate::ui::auth::RequireUser;
use crate::ui::feedback::{ErrorAlert, Loaded};
use crate::ui::layout::PageTitle;
use crate::ui::table::DataTable;

#[component]
pub fn SecurityLogPage() -> impl IntoView {
    let kind = RwSignal::new(None::<AuditKind>);
    let before = RwSignal::new(None::<i64>);
    let entries = Resource::new(
        move || (kind.get(), before.get()),
        |(kind, before)| list_security_log(kind, before),
    );
    view! {
        <PageTitle text=|m| m.admin().security_log_title />
        <RequireUser let:user>
            {if crate::routes::may_open(crate::routes::SECURITY_LOG, user.role) {
                view! { <SecurityLog kind before entries /> }.into_any()
            } else {
                view! { <ErrorAlert error=AppError::Forbidden /> }.into_any()
            }}
        </RequireUser>
    }
}

#[component]
fn SecurityLog(
    kind: RwSignal<Option<AuditKind>>,
    before: RwSignal<Option<i64>>,
    entries: Resource<Result<Vec<AuditEntry>, AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="muted">{tr(|m| m.admin().security_log_intro)}</p>
        <div class="field">
            <label for="security-log-kind">{tr(|m| m.admin().security_log_kind)}</label>
            <select
                id="security-log-kind"
                on:change=move |ev| {
                    kind.set(AuditKind::parse(&event_target_value(&ev)));
                    before.set(None);
                }
            >
                <option value="">{tr(|m| m.admin().security_log_all)}</option>
                {AuditKind::ALL
                    .iter()
                    .map(|k| {
                        let k = *k;
                        view! {
                            <option value=k
                                .as_str()>{move || i18n.t().admin().audit_kind(k)}</option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <Loaded
            resource=entries
            view={move |rows: Vec<AuditEntry>| {
                let older = (rows.len() as u64 == PAGE_SIZE)
                    .then(|| rows.last().map(|e| e.id))
                    .flatten();
                view! {
                    <DataTable headers=vec![
                        |m| m.admin().col_time,
                        |m| m.admin().col_event,
                        |m| m.admin().col_actor,
                        |m| m.admin().col_subject,
                        |m| m.admin().col_address,
                        |m| m.admin().col_detail,
                    ]>
                        {rows.into_iter().map(|entry| view! { <EntryRow entry /> }).collect_view()}
                    </DataTable>
                    <div class="cluster">
                        {move || {
                            before
                                .get()
                                .is_some()
                                .then(|| {
                                    view! {
                                        <button
                                            type="button"
                                            class="btn btn-secondary"
                                            on:click=move |_| before.set(None)
                                        >
                                            {tr(|m| m.admin().security_log_newest)}
                                        </button>
                                    }
                                })
                        }}
                        {older
                            .map(|id| {
                                view! {
                                    <button
                                        type="button"
                                        class="btn btn-secondary"
                                        on:click=move |_| before.set(Some(id))
                                    >
                                        {tr(|m| m.admin().security_log_older)}
                                    </button>
                                }
                            })}
                    </div>
                }
            }}
        />
    }
}

#[component]
fn EntryRow(entry: AuditEntry) -> impl IntoView {
    let i18n = use_i18n();
    let AuditEntry {
        at,
        kind,
        actor,
        subject,
        client_ip,
        detail,
        ..
    } = entry;
    view! {
        <tr>
            <td>{move || format_date_time(at, i18n.locale())}</td>
            <td>{move || i18n.t().admin().audit_kind(kind)}</td>
            <td>{actor.unwrap_or_default()}</td>
            <td>{subject.unwrap_or_default()}</td>
            <td>{client_ip}</td>
            <td>{detail}</td>
        </tr>
    }
}
