//! The moderation log: every moderator action with moderator, target, reason and time, newest
//! first, filterable by moderator, action and member. The filters live in the address.

use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

use super::for_allowed;
use crate::api::moderation::get_moderation_log;
use crate::i18n::{fill, fill_count, format_date_time, tr, use_i18n};
use crate::model::moderation::{LogEntry, LogPage, LogPerson, LogQuery, ModAction};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::Loaded;
use crate::ui::form::FilterSelect;
use crate::ui::layout::PageTitle;
use crate::ui::moderation::ReasonText;
use crate::ui::pager::Pager;
use crate::ui::table::DataTable;

#[component]
pub fn ModerationLogPage() -> impl IntoView {
    let query_map = use_query_map();
    let query = Memo::new(move |_| {
        let Some(q) = query_map.try_read() else {
            return LogQuery::default();
        };
        LogQuery {
            moderator: q.get("moderator").and_then(|v| v.parse().ok()),
            action: q.get("action").and_then(|v| ModAction::parse(&v)),
            member: q.get("member").and_then(|v| v.parse().ok()),
            page: q.get("page").and_then(|v| v.parse().ok()).unwrap_or(1),
        }
    });
    let log = Resource::new(move || query.get(), get_moderation_log);
    view! {
        <PageTitle text=|m| m.thread().moderation_log_title />
        <RequireUser let:user>
            {for_allowed(
                routes::MODERATION_LOG,
                &user,
                move || {
                    view! { <Loaded resource=log view=move |page| view! { <Log page query /> } /> }
                },
            )}
        </RequireUser>
    }
}

fn person_options(people: &[LogPerson], locale: crate::model::Locale) -> Vec<(String, String)> {
    people
        .iter()
        .map(|p| (p.id.to_string(), p.name.display(locale)))
        .collect()
}

#[component]
fn Log(page: LogPage, query: Memo<LogQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let locale = i18n.locale();
    let q = query.get_untracked();
    let selected = |id: Option<crate::model::UserId>| id.map(|i| i.to_string()).unwrap_or_default();
    let actions = ModAction::ALL
        .iter()
        .map(|a| {
            (
                a.as_str().to_string(),
                t.thread().mod_action(*a).to_string(),
            )
        })
        .collect();
    let LogPage {
        total,
        page: current,
        pages,
        items,
        moderators,
        members,
    } = page;
    view! {
        <Form method="GET" action="" attr:class="filters">
            <FilterSelect
                id="moderator"
                label=t.thread().log_moderator.into()
                options=person_options(&moderators, locale)
                selected=selected(q.moderator)
                any=t.any_option.into()
            />
            <FilterSelect
                id="action"
                label=t.thread().moderation_action.into()
                options=actions
                selected=q.action.map(|a| a.as_str().to_string()).unwrap_or_default()
                any=t.any_option.into()
            />
            <FilterSelect
                id="member"
                label=t.thread().log_member.into()
                options=person_options(&members, locale)
                selected=selected(q.member)
                any=t.any_option.into()
            />
            <button type="submit" class="btn btn-primary">
                {tr(|m| m.thread().log_filter)}
            </button>
        </Form>
        <p role="status">{move || fill_count(i18n.t().thread().log_count, total)}</p>
        {if items.is_empty() {
            view! { <p class="empty-state">{tr(|m| m.thread().log_empty)}</p> }.into_any()
        } else {
            view! {
                <DataTable headers=vec![
                    |m| m.thread().log_when,
                    |m| m.thread().log_moderator,
                    |m| m.thread().moderation_action,
                    |m| m.thread().log_target,
                    |m| m.thread().log_member,
                    |m| m.reason_label,
                ]>
                    {items.into_iter().map(|entry| view! { <EntryRow entry /> }).collect_view()}
                </DataTable>
            }
                .into_any()
        }}
        <Pager
            current
            pages
            link=move |n| routes::moderation_log(
                &LogQuery {
                    page: n,
                    ..query.get_untracked()
                },
            )
        />
    }
}

#[component]
fn EntryRow(entry: LogEntry) -> impl IntoView {
    let i18n = use_i18n();
    let LogEntry {
        at,
        moderator,
        action,
        member,
        thread_id,
        thread_title,
        post_number,
        page,
        reason,
    } = entry;
    let target = thread_id.map(|id| {
        let number = post_number.unwrap_or(1);
        let href = routes::post(id, page, number);
        view! {
            <a href=href>
                {thread_title}
                {post_number
                    .map(|n| {
                        view! {
                            " · "
                            {move || fill(i18n.t().post_number, n)}
                        }
                    })}
            </a>
        }
    });
    view! {
        <tr>
            <td>{move || format_date_time(at.timestamp(), i18n.locale())}</td>
            <td>{move || moderator.display(i18n.locale())}</td>
            <td>{move || i18n.t().thread().mod_action(action)}</td>
            <td>{target}</td>
            <td>{move || member.as_ref().map(|m| m.display(i18n.locale()))}</td>
            <td>
                <ReasonText reason />
            </td>
        </tr>
    }
}
