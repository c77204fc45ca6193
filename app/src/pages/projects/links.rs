//! The threads and events about a project, on its page, with the way to start one.

use leptos::prelude::*;

use crate::i18n::{fill_count, format_date, tr, use_i18n};
use crate::model::ProjectId;
use crate::model::project_view::{ProjectEvent, ProjectRights, ProjectThread};
use crate::routes;
use crate::ui::form::Text;

#[component]
pub(super) fn ProjectLinks(
    id: ProjectId,
    threads: Vec<ProjectThread>,
    events: Vec<ProjectEvent>,
    rights: ProjectRights,
) -> impl IntoView {
    let i18n = use_i18n();
    let start_thread: Text = |m| m.project().project_start_thread;
    let create_event: Text = |m| m.project().project_create_event;
    let threads = threads
        .into_iter()
        .map(|t| {
            let replies = move || fill_count(i18n.t().project().project_thread_replies, t.replies);
            let when = move || format_date(t.last_post_at.timestamp(), i18n.locale());
            view! {
                <li>
                    <a href=routes::thread(t.id, 1)>{t.title}</a>
                    <span class="muted small">" · " {replies} " · " {when}</span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let events = events
        .into_iter()
        .map(|e| {
            let (title, day) = (e.title, e.day);
            view! {
                <li>
                    <a href=routes::event(e.id)>{move || title.get(i18n.locale()).to_string()}</a>
                    <span class="muted small">
                        " · " {move || day.get(i18n.locale()).to_string()}
                    </span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <LinkList
            heading_id="project-threads-heading"
            heading=|m| m.project().project_threads
            empty=|m| m.project().project_threads_empty
            items=threads
            start=rights.discuss.then(|| (routes::new_thread_about(id), start_thread))
        />
        <LinkList
            heading_id="project-events-heading"
            heading=|m| m.project().project_events
            empty=|m| m.project().project_events_empty
            items=events
            start=rights.schedule.then(|| (routes::new_event_about(id), create_event))
        />
    }
}

/// A headed list of links (or a note that there is none), and the link that adds one.
#[component]
fn LinkList<V: IntoView + 'static>(
    heading_id: &'static str,
    heading: Text,
    empty: Text,
    items: Vec<V>,
    start: Option<(String, Text)>,
) -> impl IntoView {
    let list = if items.is_empty() {
        view! { <p class="muted">{tr(empty)}</p> }.into_any()
    } else {
        view! { <ul class="plain-list stack">{items}</ul> }.into_any()
    };
    view! {
        <section class="stack" aria-labelledby=heading_id>
            <h2 id=heading_id>{tr(heading)}</h2>
            {list}
            {start
                .map(|(href, label)| {
                    view! {
                        <p>
                            <a class="btn btn-secondary" href=href>
                                {tr(label)}
                            </a>
                        </p>
                    }
                })}
        </section>
    }
}
