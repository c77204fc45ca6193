//! Accounts: search, suspend or reactivate; admins also change roles.

use leptos::prelude::*;

use crate::api::account::{SetAccountRole, SetAccountStatus, list_accounts};
use crate::i18n::{fill, tr, use_i18n};
use crate::model::account::AccountSummary;
use crate::model::permissions::{Action, Person, allows, check_change_role, check_change_status};
use crate::model::{AppError, Role, UserStatus};
use crate::ui::badges::{RoleBadge, StatusBadge};
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::action_error;
use crate::ui::table::DataTable;

/// The accounts list, its search and the actions on accounts, created at the top of the page
/// (see `ApplicationsData`).
#[derive(Clone, Copy)]
pub struct AccountsData {
    set_status: ServerAction<SetAccountStatus>,
    set_role: ServerAction<SetAccountRole>,
    query: RwSignal<String>,
    accounts: Resource<Result<Vec<AccountSummary>, AppError>>,
}

impl AccountsData {
    pub fn load() -> Self {
        let set_status = ServerAction::<SetAccountStatus>::new();
        let set_role = ServerAction::<SetAccountRole>::new();
        let query = RwSignal::new(String::new());
        let accounts = Resource::new(
            move || {
                (
                    query.get(),
                    set_status.version().get(),
                    set_role.version().get(),
                )
            },
            |(q, _, _)| list_accounts(q),
        );
        Self {
            set_status,
            set_role,
            query,
            accounts,
        }
    }
}

#[component]
pub fn Accounts(me: Person, data: AccountsData) -> impl IntoView {
    let AccountsData {
        set_status,
        set_role,
        query,
        accounts,
    } = data;
    view! {
        <section class="stack">
            <h2>{tr(|m| m.admin().accounts_section)}</h2>
            <div class="field">
                <label for="account-search">{tr(|m| m.admin().accounts_search)}</label>
                <input
                    id="account-search"
                    type="search"
                    on:change=move |ev| query.set(event_target_value(&ev))
                />
            </div>
            {(!allows(me.role, Action::ChangeRoles))
                .then(|| view! { <p class="muted small">{tr(|m| m.admin().admin_only_roles)}</p> })}
            <ActionError error=action_error(set_status) />
            <ActionError error=action_error(set_role) />
            <Loaded
                resource=accounts
                view={move |rows| {
                    view! {
                        <DataTable headers=vec![
                            |m| m.col_name,
                            |m| m.admin().col_organization,
                            |m| m.col_role,
                            |m| m.admin().col_status,
                            |m| m.col_actions,
                        ]>
                            {rows
                                .into_iter()
                                .map(|account| {
                                    view! { <AccountRow account me set_status set_role /> }
                                })
                                .collect_view()}
                        </DataTable>
                    }
                }}
            />
        </section>
    }
}

/// One account in the table, with the actions the caller may take on it.
#[component]
fn AccountRow(
    account: AccountSummary,
    me: Person,
    set_status: ServerAction<SetAccountStatus>,
    set_role: ServerAction<SetAccountRole>,
) -> impl IntoView {
    let i18n = use_i18n();
    let a = account;
    let target = a.person();
    let may_change_status =
        check_change_status(&me, &target).is_ok() && a.status != UserStatus::Pending;
    let may_change_role = check_change_role(&me, target.id).is_ok();
    let name = a.name.clone();
    let org = a.organization_name.clone();
    view! {
        <tr>
            <td>
                {move || name.display(i18n.locale())}<br />
                <span class="small muted">{a.email.clone()}</span>
            </td>
            <td>{move || org.get(i18n.locale()).to_string()}</td>
            <td>
                <RoleBadge role=a.role />
            </td>
            <td>
                <StatusBadge status=a.status />
            </td>
            <td class="cluster">
                {may_change_status.then(|| view! { <StatusForm account=a.clone() set_status /> })}
                {may_change_role.then(|| view! { <RoleForm account=a.clone() set_role /> })}
            </td>
        </tr>
    }
}

/// Suspends an active account, or reactivates a suspended one.
#[component]
fn StatusForm(
    account: AccountSummary,
    set_status: ServerAction<SetAccountStatus>,
) -> impl IntoView {
    let i18n = use_i18n();
    let next = if account.status == UserStatus::Suspended {
        UserStatus::Active
    } else {
        UserStatus::Suspended
    };
    view! {
        <ActionForm action=set_status>
            <input type="hidden" name="user_id" value=account.id.to_string() />
            <input type="hidden" name="status" value=next.as_str() />
            <button type="submit" class="btn btn-secondary btn-small">
                {move || {
                    if next == UserStatus::Active { i18n.t().reactivate } else { i18n.t().suspend }
                }}
            </button>
        </ActionForm>
    }
}

/// Gives the account another role (admins only).
#[component]
fn RoleForm(account: AccountSummary, set_role: ServerAction<SetAccountRole>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let role_id = format!("role-{}", account.id);
    let name = account.name.clone();
    let current = account.role;
    view! {
        <ActionForm action=set_role attr:class="cluster">
            <input type="hidden" name="user_id" value=account.id.to_string() />
            <label for=role_id.clone() class="visually-hidden">
                {move || fill(t().admin().change_role, name.display(i18n.locale()))}
            </label>
            <select id=role_id name="role">
                {Role::ALL
                    .iter()
                    .map(|r| {
                        view! {
                            <option value=r.as_str() selected=*r == current>
                                {move || t().role(*r)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="btn btn-secondary btn-small">
                {tr(|m| m.admin().apply_role)}
            </button>
        </ActionForm>
    }
}
