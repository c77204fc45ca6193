//! Symposium digests as members read them: the list of published digests, and one digest's
//! page (summary, key points, the event's programme with its speakers, materials, and its
//! discussion); for staff, the way to edit it and to publish it or take it back.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;

use super::digest_edit::EditDigestPage;

use super::WhenText;
use super::view::Programme;
use crate::api::digest::{DiscussDigest, PublishDigest, get_digest, list_digests};
use crate::i18n::{EventTexts, fill, tr, use_i18n};
use crate::model::EventId;
use crate::model::digest::{DigestLink, DigestSummary, DigestView};
use crate::routes;
use crate::ui::action_button::ActionButton;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::action_error;
use crate::ui::layout::{PageTitle, title_text};

/// The digests' pages (one lazy chunk): the list, a digest, and staff's form for one.
#[component]
pub fn DigestPages() -> impl IntoView {
    crate::pages::by_address::<EventTexts>(|path| {
        if path.ends_with("/edit") {
            view! { <EditDigestPage /> }.into_any()
        } else if path == routes::DIGESTS {
            view! { <DigestsPage /> }.into_any()
        } else {
            view! { <DigestPage /> }.into_any()
        }
    })
}

#[component]
fn DigestsPage() -> impl IntoView {
    let digests = Resource::new(|| (), |_| list_digests());
    view! {
        <PageTitle text=|m| m.event().digests_title />
        <RequireUser let:_me>
            <p class="page-lead">{tr(|m| m.event().digests_lead)}</p>
            <Loaded
                resource=digests
                view=|list| {
                    if list.is_empty() {
                        return view! { <p class="muted">{tr(|m| m.event().digests_empty)}</p> }
                            .into_any();
                    }
                    view! {
                        <ul class="stack plain-list">
                            {list
                                .into_iter()
                                .map(|digest| view! { <DigestLine digest /> })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            />
        </RequireUser>
        <p>
            <a href=routes::EVENTS>{tr(|m| m.event().event_back)}</a>
        </p>
    }
}

#[component]
fn DigestLine(digest: DigestSummary) -> impl IntoView {
    let i18n = use_i18n();
    let DigestSummary {
        event_id,
        kind,
        title,
        when,
        excerpt,
        published,
    } = digest;
    view! {
        <li class="card stack">
            <h2>
                <a href=routes::digest(event_id)>{move || title.get(i18n.locale()).to_string()}</a>
            </h2>
            <p class="cluster">
                <span class="badge">{move || i18n.t().event().event_kind(kind)}</span>
                <Published published />
            </p>
            <WhenText when />
            <p>{move || excerpt.get(i18n.locale()).to_string()}</p>
        </li>
    }
}

/// "Published on …", or "Draft" for a digest not published yet.
#[component]
fn Published(published: Option<crate::model::Bilingual>) -> impl IntoView {
    let i18n = use_i18n();
    match published {
        Some(day) => view! {
            <span class="muted small">
                {move || fill(i18n.t().event().digest_published, day.get(i18n.locale()))}
            </span>
        }
        .into_any(),
        None => view! { <span class="badge">{tr(|m| m.event().digest_draft)}</span> }.into_any(),
    }
}

/// An event page's link to the event's digest: to read it, or (staff) to write it.
#[component]
pub(super) fn DigestLinkLine(id: EventId, link: DigestLink) -> impl IntoView {
    let line = match link {
        DigestLink::Absent => return ().into_any(),
        DigestLink::Published => view! {
            <a class="btn btn-secondary" href=routes::digest(id)>
                {tr(|m| m.event().digest_read)}
            </a>
        }
        .into_any(),
        DigestLink::Draft => view! {
            <a href=routes::digest(id)>{tr(|m| m.event().digest_read)}</a>
            " "
            <span class="badge">{tr(|m| m.event().digest_draft)}</span>
        }
        .into_any(),
        DigestLink::Writable => view! {
            <a class="btn btn-secondary" href=routes::edit_digest(id)>
                {tr(|m| m.event().digest_write)}
            </a>
        }
        .into_any(),
    };
    view! { <p>{line}</p> }.into_any()
}

#[component]
fn DigestPage() -> impl IntoView {
    let id = crate::pages::id_in_path(EventId(0));
    let changed = RwSignal::new(0u32);
    let digest = Resource::new(move || (id.get(), changed.get()), |(id, _)| get_digest(id));
    view! {
        <RequireUser let:_me>
            <Loaded
                resource=digest
                view=move |digest| {
                    let i18n = use_i18n();
                    let title = digest.title.clone();
                    view! {
                        <Title text=title_text(move || {
                            fill(i18n.t().event().digest_heading, title.get(i18n.locale()))
                        }) />
                        <DigestBody digest=digest.clone() />
                        <Discussion digest=digest.clone() />
                        {digest.can_edit.then(|| view! { <DigestActions digest changed /> })}
                    }
                }
            />
        </RequireUser>
        <p class="cluster">
            <a href=move || routes::event(id.get())>{tr(|m| m.event().digest_to_event)}</a>
            <a href=routes::DIGESTS>{tr(|m| m.event().digests_title)}</a>
        </p>
    }
}

/// The digest itself: what its page shows, and what the preview shows while staff write it.
#[component]
pub(super) fn DigestBody(digest: DigestView) -> impl IntoView {
    let i18n = use_i18n();
    let title = digest.title.clone();
    let summary = digest.summary_html.clone();
    let venue = digest.venue.clone();
    let points = digest.clone();
    let materials = digest.materials.clone();
    view! {
        <h1>{move || fill(i18n.t().event().digest_heading, title.get(i18n.locale()))}</h1>
        <p class="cluster">
            <span class="badge">{move || i18n.t().event().event_kind(digest.kind)}</span>
            <Published published=digest.published.clone() />
        </p>
        <WhenText when=digest.when.clone() />
        <p class="muted small">{move || venue.get(i18n.locale()).to_string()}</p>
        <section class="stack" aria-labelledby="digest-summary-heading">
            <h2 id="digest-summary-heading">{tr(|m| m.event().digest_summary)}</h2>
            <div class="post-body" inner_html=move || summary.get(i18n.locale()).to_string()></div>
        </section>
        <section class="stack" aria-labelledby="digest-points-heading">
            <h2 id="digest-points-heading">{tr(|m| m.event().digest_key_points)}</h2>
            <ul>
                {move || {
                    points
                        .key_points(i18n.locale())
                        .iter()
                        .map(|p| view! { <li>{p.clone()}</li> })
                        .collect_view()
                }}
            </ul>
        </section>
        <Programme sessions=digest.sessions.clone() heading_id="digest-programme-heading" />
        {(!materials.is_empty())
            .then(|| {
                view! {
                    <section class="stack" aria-labelledby="digest-materials-heading">
                        <h2 id="digest-materials-heading">{tr(|m| m.event().digest_materials)}</h2>
                        <ul>
                            {materials
                                .into_iter()
                                .map(|m| {
                                    view! {
                                        <li>
                                            <a href=m.url rel="noopener noreferrer">
                                                {m.label}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
    }
}

/// The digest's discussion: a link to it, or the button that starts it.
#[component]
fn Discussion(digest: DigestView) -> impl IntoView {
    let discuss = ServerAction::<DiscussDigest>::new();
    let errors = action_error(discuss);
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(thread)) = discuss.value().get() {
            navigate(&routes::thread(thread, 1), Default::default());
        }
    });
    let id = digest.event_id;
    let content = match digest.thread_id {
        Some(thread) => view! {
            <p>
                <a href=routes::thread(thread, 1)>{tr(|m| m.event().digest_discussion)}</a>
            </p>
        }
        .into_any(),
        None if digest.discussable => view! {
            <ActionForm action=discuss>
                <ActionError error=errors />
                <input type="hidden" name="event_id" value=id.to_string() />
                <button type="submit" class="btn btn-primary">
                    {tr(|m| m.event().digest_discuss)}
                </button>
            </ActionForm>
        }
        .into_any(),
        None => return ().into_any(),
    };
    view! {
        <section class="stack" aria-labelledby="digest-discussion-heading">
            <h2 id="digest-discussion-heading">{tr(|m| m.event().digest_discussion_heading)}</h2>
            {content}
        </section>
    }
    .into_any()
}

/// Staff's tools on a digest: edit it, publish it or take it back to a draft.
#[component]
fn DigestActions(digest: DigestView, changed: RwSignal<u32>) -> impl IntoView {
    let id = digest.event_id;
    let published = digest.published.is_some();
    view! {
        <section class="stack card" aria-labelledby="digest-manage-heading">
            <h2 id="digest-manage-heading">{tr(|m| m.event().digest_manage)}</h2>
            <p class="cluster">
                <a class="btn btn-secondary" href=routes::edit_digest(id)>
                    {tr(|m| m.event().digest_edit)}
                </a>
                <ActionButton
                    action={ServerAction::<PublishDigest>::new()}
                    fields=vec![
                        ("change[event_id]", id.to_string()),
                        ("change[published]", (!published).to_string()),
                    ]
                    text=if published {
                        |m| m.event().digest_unpublish
                    } else {
                        |m| m.event().digest_publish
                    }
                    class="btn btn-primary"
                    changed
                />
            </p>
        </section>
    }
}
