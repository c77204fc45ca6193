//! The review queue: flagged posts, each with every flag (reason, note, reporter). A moderator
//! claims an item (so that nobody else acts on it for a while) and acts on it with a reason.

use leptos::prelude::*;

use super::for_allowed;
use crate::api::moderation::{ClaimPost, get_review_queue};
use crate::i18n::{fill, format_date_time, tr, use_i18n};
use crate::model::PostId;
use crate::model::moderation::{QueueItem, actions_for};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::action_error;
use crate::ui::layout::PageTitle;
use crate::ui::moderation::{ModerationForm, Target};

#[component]
pub fn ModerationPage() -> impl IntoView {
    let claim = ServerAction::<ClaimPost>::new();
    let moderated = RwSignal::new(0u32);
    // The one item whose moderation form is open (its fields' ids are fixed); it stays open
    // while the queue reloads after a claim.
    let open = RwSignal::new(None::<PostId>);
    let queue = Resource::new(
        move || (claim.version().get(), moderated.get()),
        |_| get_review_queue(),
    );
    view! {
        <PageTitle text=|m| m.thread().moderation_title />
        <RequireUser let:user>
            {for_allowed(
                routes::MODERATION,
                &user,
                move || {
                    view! {
                        <p>
                            <a href=routes::MODERATION_LOG>
                                {tr(|m| m.thread().moderation_log_title)}
                            </a>
                        </p>
                        <ActionError error=action_error(claim) />
                        <Loaded
                            resource=queue
                            view=move |items| view! { <Queue items claim open moderated /> }
                        />
                    }
                },
            )}
        </RequireUser>
    }
}

#[component]
fn Queue(
    items: Vec<QueueItem>,
    claim: ServerAction<ClaimPost>,
    open: RwSignal<Option<PostId>>,
    moderated: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    if items.is_empty() {
        return view! {
            <p class="empty-state" role="status">
                {tr(|m| m.thread().moderation_queue_empty)}
            </p>
        }
        .into_any();
    }
    let count = items.len();
    view! {
        <p role="status">{move || fill(i18n.t().moderation_queue_count, count)}</p>
        <section class="stack" aria-label=tr(|m| m.moderation_queue_label)>
            {items
                .into_iter()
                .map(|item| view! { <Item item claim open moderated /> })
                .collect_view()}
        </section>
    }
    .into_any()
}

/// One flagged post: where it is, who wrote it, what it says, every flag, who handles it; the
/// moderation form once the reader holds the claim.
#[component]
fn Item(
    item: QueueItem,
    claim: ServerAction<ClaimPost>,
    open: RwSignal<Option<PostId>>,
    moderated: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let QueueItem {
        place,
        author,
        status,
        html,
        flags,
        claim: held,
    } = item;
    let post_id = place.post_id;
    let heading = format!("queue-{post_id}");
    let labelled_by = heading.clone();
    let href = routes::post_at(&place);
    let actions = actions_for(status).to_vec();
    let mine = held.as_ref().is_some_and(|c| c.mine);
    let author_name = author.name.clone();
    view! {
        <article class="card stack" aria-labelledby=labelled_by>
            <h2 id=heading>
                <a href=href>
                    {place.thread_title}" · "{move || fill(t().post_number, place.number)}
                </a>
            </h2>
            <p class="muted small">
                {move || author_name.display(i18n.locale())}" · "
                {move || author.organization.get(i18n.locale()).to_string()}
            </p>
            <div class="post-body quoted" inner_html=html></div>
            <ul class="plain-list">
                {flags
                    .into_iter()
                    .map(|f| {
                        view! {
                            <li>
                                <strong>{move || t().flag_reason(f.reason)}</strong>
                                {(!f.note.is_empty())
                                    .then(|| {
                                        view! {
                                            " — "
                                            <q>{f.note.clone()}</q>
                                        }
                                    })}
                                <span class="muted small">
                                    " · "{tr(|m| m.thread().moderation_reported_by)}" "
                                    {move || f.reporter.display(i18n.locale())}" · "
                                    {move || format_date_time(
                                        f.created_at.timestamp(),
                                        i18n.locale(),
                                    )}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {match held {
                Some(c) if c.mine => {
                    view! {
                        <p class="muted">
                            {move || fill(
                                t().thread().moderation_claimed_mine,
                                format_date_time(c.until.timestamp(), i18n.locale()),
                            )}
                        </p>
                    }
                        .into_any()
                }
                Some(c) => {
                    view! {
                        <p class="muted">
                            {move || fill(
                                t().thread().moderation_claimed_other,
                                c.moderator.display(i18n.locale()),
                            )}
                        </p>
                    }
                        .into_any()
                }
                None => ().into_any(),
            }}
            {if mine {
                view! {
                    <Show
                        when=move || open.get() == Some(post_id)
                        fallback=move || {
                            view! {
                                <button
                                    type="button"
                                    class="btn btn-secondary"
                                    on:click=move |_| open.set(Some(post_id))
                                >
                                    {move || fill(
                                        t().thread().moderation_post_heading,
                                        place.number,
                                    )}
                                </button>
                            }
                        }
                    >
                        <ModerationForm
                            target=Target::Post(post_id)
                            actions=actions.clone()
                            changed=moderated
                        />
                    </Show>
                }
                    .into_any()
            } else {
                view! {
                    <button
                        type="button"
                        class="btn btn-primary"
                        on:click=move |_| {
                            open.set(Some(post_id));
                            claim.dispatch(ClaimPost { post_id });
                        }
                    >
                        {tr(|m| m.thread().moderation_claim)}
                    </button>
                }
                    .into_any()
            }}
        </article>
    }
}
