//! A thread's page: its posts, a page at a time (see `post` for each post's tools), the accepted
//! answer under the question, following the thread, the reply form (or why there is none); for
//! moderators, acting on the thread.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;

use super::page_in_query;
use super::post::{OpenForm, Post, PostTools};
use crate::api::category::list_categories;
use crate::api::thread::{FollowThread, ReplyToThread, get_thread};
use crate::i18n::{fill, format_date_time, tr, use_i18n};
use crate::model::ThreadId;
use crate::model::auth::CurrentUser;
use crate::model::moderation::{ModAction, Silence};
use crate::model::permissions::{Action, allows};
use crate::model::post::AcceptedAnswer;
use crate::model::thread::ThreadView;
use crate::routes;
use crate::ui::action_button::ActionButton;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::{ActionError, Loaded, SuccessNote};
use crate::ui::form::action_error;
use crate::ui::layout::title_text;
use crate::ui::moderation::{ModerationForm, ReasonText, Target};
use crate::ui::pager::Pager;
use crate::ui::post_editor::PostEditor;
use crate::ui::project_place::ProjectPlaceLink;

#[component]
pub fn ThreadPage() -> impl IntoView {
    let id = crate::pages::id_in_path(ThreadId(0));
    let page = page_in_query();
    let reply = ServerAction::<ReplyToThread>::new();
    // Reloaded after each reply that was posted (not after a refusal, so the form keeps its
    // text and the reason stays beside it).
    let posted = RwSignal::new(0u32);
    // Counts the changes made here (moderation, edits, bookmarks…): each reloads the thread.
    let changed = RwSignal::new(0u32);
    let thread = Resource::new(
        move || (id.get(), page.get(), posted.get(), changed.get()),
        |(id, page, _, _)| get_thread(id, page),
    );
    view! {
        <RequireUser let:me>
            <Loaded
                resource=thread
                view=move |thread| {
                    let me = me.clone();
                    view! { <Thread thread me reply posted changed /> }
                }
            />
        </RequireUser>
        <p>
            <a href=routes::THREADS>{tr(|m| m.thread().thread_back)}</a>
        </p>
    }
}

#[component]
fn Thread(
    thread: ThreadView,
    me: CurrentUser,
    reply: ServerAction<ReplyToThread>,
    posted: RwSignal<u32>,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let tools = PostTools {
        thread: thread.id,
        me: me.id,
        moderator: allows(me.role, Action::ModeratePosts),
        starter: thread.starter == me.id,
        open: RwSignal::new(None),
        changed,
    };
    let i18n = use_i18n();
    let ThreadView {
        id,
        title,
        category,
        category_name,
        pinned,
        locked,
        page,
        pages,
        posts,
        following,
        accepted,
        silence,
        project,
        ..
    } = thread;
    let page_title = title.clone();
    view! {
        <Title text=title_text(move || page_title.clone()) />
        <p class="muted small">
            <a href=routes::threads(
                Some(category),
                1,
            )>{move || category_name.get(i18n.locale()).to_string()}</a>
        </p>
        <h1>{title}</h1>
        <ProjectPlaceLink place=project />
        <div class="cluster">
            {pinned
                .then(|| view! { <span class="badge">{tr(|m| m.thread().thread_pinned)}</span> })}
            {locked
                .then(|| view! { <span class="badge">{tr(|m| m.thread().thread_locked)}</span> })}
            <FollowButton id following changed />
        </div>
        <section class="stack" aria-label=tr(|m| m.thread().thread_posts_label)>
            {posts
                .into_iter()
                .map(|post| {
                    let first = post.number == 1;
                    let answer = accepted.clone().filter(|_| first);
                    view! {
                        <Post post tools />
                        {answer.map(|answer| view! { <Answer id answer /> })}
                    }
                })
                .collect_view()}
        </section>
        <Pager current=page pages link=move |n| routes::thread(id, n) />
        {tools.moderator.then(|| view! { <ThreadModeration id locked pinned tools /> })}
        {match (locked, silence) {
            (true, _) => {
                view! {
                    <p class="alert alert-info" role="status">
                        {tr(|m| m.thread().thread_locked_notice)}
                    </p>
                }
                    .into_any()
            }
            (false, Some(silence)) => view! { <SilenceNotice silence /> }.into_any(),
            (false, None) => view! { <ReplyForm id reply posted /> }.into_any(),
        }}
    }
}

/// Why the reader cannot reply: staff silenced them, until when and why.
#[component]
fn SilenceNotice(silence: Silence) -> impl IntoView {
    let i18n = use_i18n();
    let Silence { until, reason } = silence;
    view! {
        <div class="alert alert-info stack" role="status">
            <p>
                {move || {
                    fill(
                        i18n.t().thread().silenced_notice,
                        format_date_time(until.timestamp(), i18n.locale()),
                    )
                }}
            </p>
            <ReasonText reason />
        </div>
    }
}

/// The moderators' tools for the whole thread: lock or unlock, pin or unpin, move, with a reason.
#[component]
fn ThreadModeration(id: ThreadId, locked: bool, pinned: bool, tools: PostTools) -> impl IntoView {
    let actions = vec![
        if locked {
            ModAction::Unlock
        } else {
            ModAction::Lock
        },
        if pinned {
            ModAction::Unpin
        } else {
            ModAction::Pin
        },
        ModAction::Move,
    ];
    let open = move || tools.open.get() == Some(OpenForm::ModerateThread);
    view! {
        <section class="stack moderation-tools" aria-labelledby="thread-moderation-heading">
            <h2 id="thread-moderation-heading">
                <button
                    type="button"
                    class="btn btn-secondary"
                    aria-expanded=move || open().to_string()
                    on:click=move |_| tools.toggle(OpenForm::ModerateThread)
                >
                    {tr(|m| m.thread().moderation_thread_heading)}
                </button>
            </h2>
            <Show when=open>
                <ThreadModerationForm id actions=actions.clone() changed=tools.changed />
            </Show>
        </section>
    }
}

/// The moderation form of a thread, with the categories it can move to.
#[component]
fn ThreadModerationForm(
    id: ThreadId,
    actions: Vec<ModAction>,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let categories = Resource::new(|| (), |_| list_categories());
    view! {
        <Loaded
            resource=categories
            view=move |list| {
                let categories = list.into_iter().map(|c| (c.id, c.name)).collect();
                view! {
                    <ModerationForm
                        target=Target::Thread(id)
                        actions=actions.clone()
                        changed
                        categories
                    />
                }
            }
        />
    }
}

/// Follows the thread or stops following it (a toggle button: pressed while following).
#[component]
fn FollowButton(id: ThreadId, following: bool, changed: RwSignal<u32>) -> impl IntoView {
    view! {
        <ActionButton
            action={ServerAction::<FollowThread>::new()}
            fields=vec![
                ("change[thread_id]", id.to_string()),
                ("change[follow]", (!following).to_string()),
            ]
            text=|m| m.follow_thread
            title=|m| m.thread().follow_hint
            pressed=following
            class="btn btn-secondary"
            changed
        />
    }
}

/// The reply its starter marked as the answer, under the question.
#[component]
fn Answer(id: ThreadId, answer: AcceptedAnswer) -> impl IntoView {
    let i18n = use_i18n();
    let AcceptedAnswer {
        number,
        page,
        author,
        html,
    } = answer;
    let link = routes::post(id, page, number);
    view! {
        <section class="accepted-answer stack" aria-labelledby="accepted-answer-heading">
            <h2 id="accepted-answer-heading">{tr(|m| m.thread().answer_heading)}</h2>
            <p class="muted small">
                {move || author.display(i18n.locale())}" · "
                <a href=link>{move || fill(i18n.t().thread().answer_go_to, number)}</a>
            </p>
            <div class="post-body" inner_html=html></div>
        </section>
    }
}

/// The last reply was taken, waiting for approval (`pending`) or not.
fn replied(reply: ServerAction<ReplyToThread>, pending: bool) -> Signal<bool> {
    Signal::derive(
        move || matches!(reply.value().get(), Some(Ok(outcome)) if outcome.pending == pending),
    )
}

/// The reply form. On success the page reloads the thread and shows the reply on the thread's
/// last page (with an empty form); on a refusal nothing reloads, so what was typed stays.
#[component]
fn ReplyForm(
    id: ThreadId,
    reply: ServerAction<ReplyToThread>,
    posted: RwSignal<u32>,
) -> impl IntoView {
    let errors = action_error(reply);
    let navigate = use_navigate();
    let form = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |seen: Option<usize>| {
        let version = reply.version().get();
        if seen.is_some_and(|seen| seen != version)
            && let Some(Ok(outcome)) = reply.value().get_untracked()
        {
            // The page keeps this form (it is rebuilt in place), so it is emptied here.
            if let Some(form) = form.get_untracked() {
                form.reset();
            }
            posted.update(|n| *n += 1);
            navigate(&routes::thread(id, outcome.page), Default::default());
        }
        version
    });
    view! {
        <section class="stack" aria-labelledby="reply-heading">
            <h2 id="reply-heading">{tr(|m| m.thread().reply_heading)}</h2>
            <SuccessNote show=replied(reply, false) message=|m| m.thread().reply_posted />
            <SuccessNote show=replied(reply, true) message=|m| m.thread().reply_pending />
            <ActionError error=errors />
            <ActionForm action=reply node_ref=form attr:class="stack">
                <input type="hidden" name="form[thread_id]" value=id.to_string() />
                <PostEditor errors label=|m| m.thread().reply_body cleared=posted />
                <button type="submit" class="btn btn-primary">
                    {tr(|m| m.thread().reply_submit)}
                </button>
            </ActionForm>
        </section>
    }
}
