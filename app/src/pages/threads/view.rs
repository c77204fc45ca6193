//! A thread's page: its posts, a page at a time, and the reply form (or why there is none);
//! flagging a post; for moderators, acting on a post or on the thread.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::flag::FlagForm;
use super::page_in_query;
use crate::api::thread::{ReplyToThread, get_thread};
use crate::i18n::{fill, format_date_time, tr, use_i18n};
use crate::model::auth::CurrentUser;
use crate::model::moderation::{ModAction, actions_for};
use crate::model::permissions::{Action, allows};
use crate::model::thread::{PostStatus, PostView, ThreadView};
use crate::model::{PostId, ThreadId};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::{ActionError, Loaded, SuccessNote};
use crate::ui::form::action_error;
use crate::ui::layout::title_text;
use crate::ui::moderation::{ModerationForm, ReasonText, Target};
use crate::ui::pager::Pager;
use crate::ui::post_editor::PostEditor;

#[component]
pub fn ThreadPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .try_read()
            .and_then(|p| p.get("id"))
            .and_then(|s| s.parse().ok())
            .unwrap_or(ThreadId(0))
    });
    let page = page_in_query();
    let reply = ServerAction::<ReplyToThread>::new();
    // Reloaded after each reply that was posted (not after a refusal, so the form keeps its
    // text and the reason stays beside it).
    let posted = RwSignal::new(0u32);
    // Counts the moderators' actions carried out here: each reloads the thread.
    let moderated = RwSignal::new(0u32);
    let thread = Resource::new(
        move || (id.get(), page.get(), posted.get(), moderated.get()),
        |(id, page, _, _)| get_thread(id, page),
    );
    view! {
        <RequireUser let:me>
            <Loaded
                resource=thread
                view=move |thread| {
                    let me = me.clone();
                    view! { <Thread thread me reply posted moderated /> }
                }
            />
        </RequireUser>
        <p>
            <a href=routes::THREADS>{tr(|m| m.thread_back)}</a>
        </p>
    }
}

/// The one form open on the page (only one at a time, so its fields' ids are unique).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OpenForm {
    Flag(PostId),
    ModeratePost(PostId),
    ModerateThread,
}

/// What the reader may do to the posts, and which form is open.
#[derive(Clone, Copy)]
struct PostTools {
    me: crate::model::UserId,
    moderator: bool,
    open: RwSignal<Option<OpenForm>>,
    moderated: RwSignal<u32>,
}

impl PostTools {
    /// Opens `form`, or closes it when it is the one open.
    fn toggle(self, form: OpenForm) {
        self.open.update(|open| {
            *open = if *open == Some(form) {
                None
            } else {
                Some(form)
            }
        });
    }
}

#[component]
fn Thread(
    thread: ThreadView,
    me: CurrentUser,
    reply: ServerAction<ReplyToThread>,
    posted: RwSignal<u32>,
    moderated: RwSignal<u32>,
) -> impl IntoView {
    let tools = PostTools {
        me: me.id,
        moderator: allows(me.role, Action::ModeratePosts),
        open: RwSignal::new(None),
        moderated,
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
        <p class="cluster">
            {pinned.then(|| view! { <span class="badge">{tr(|m| m.thread_pinned)}</span> })}
            {locked.then(|| view! { <span class="badge">{tr(|m| m.thread_locked)}</span> })}
        </p>
        <section class="stack" aria-label=tr(|m| m.thread_posts_label)>
            {posts.into_iter().map(|post| view! { <Post post tools /> }).collect_view()}
        </section>
        <Pager current=page pages link=move |n| routes::thread(id, n) />
        {tools.moderator.then(|| view! { <ThreadModeration id locked pinned tools /> })}
        {if locked {
            view! {
                <p class="alert alert-info" role="status">
                    {tr(|m| m.thread_locked_notice)}
                </p>
            }
                .into_any()
        } else {
            view! { <ReplyForm id reply posted /> }.into_any()
        }}
    }
}

/// The moderators' tools for the whole thread: lock or unlock, pin or unpin, with a reason.
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
                    {tr(|m| m.moderation_thread_heading)}
                </button>
            </h2>
            <Show when=open>
                <ModerationForm
                    target=Target::Thread(id)
                    actions=actions.clone()
                    changed=tools.moderated
                />
            </Show>
        </section>
    }
}

/// One post: who wrote it (and for which organization), when, and what it says; a post that
/// is not published says why in its place (to its author and the moderators, with the reason).
/// Others' published posts can be flagged; moderators can act on any post.
#[component]
fn Post(post: PostView, tools: PostTools) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let PostView {
        id,
        number,
        author,
        html,
        status,
        reason,
        created_at,
        edited,
    } = post;
    let own = author.id == tools.me;
    let flaggable = !own && status == PostStatus::Published;
    let moderation_actions = actions_for(status).to_vec();
    let can_moderate = tools.moderator && !moderation_actions.is_empty();
    let anchor = format!("post-{number}");
    let heading = anchor.clone() + "-author";
    let labelled_by = heading.clone();
    let name = author.name.clone();
    let organization = author.organization.clone();
    let note = match status {
        PostStatus::Published => None,
        PostStatus::Pending => Some(tr(|m| m.post_pending)),
        PostStatus::Hidden if own => Some(tr(|m| m.post_hidden_own)),
        PostStatus::Hidden => Some(tr(|m| m.post_hidden)),
        PostStatus::Deleted => Some(tr(|m| m.post_deleted)),
    };
    let class = if status == PostStatus::Published {
        "post"
    } else {
        "post post-muted"
    };
    let is_open = move |form: OpenForm| tools.open.get() == Some(form);
    view! {
        <article id=anchor class=class aria-labelledby=labelled_by>
            <header class="post-header">
                <h2 id=heading class="post-author">
                    {move || name.display(i18n.locale())}
                </h2>
                <span class="muted small">
                    {move || organization.get(i18n.locale()).to_string()}
                </span>
                <span class="muted small">
                    {move || fill(t().post_number, number)}" · "
                    {move || format_date_time(created_at.timestamp(), i18n.locale())}
                    {edited
                        .then(|| {
                            view! {
                                " · "
                                {tr(|m| m.post_edited)}
                            }
                        })}
                </span>
            </header>
            {note.map(|text| view! { <p class="muted">{text}</p> })}
            {reason.map(|reason| view! { <ReasonText reason /> })}
            <div class="post-body" inner_html=html></div>
            <footer class="cluster post-tools">
                {flaggable
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="btn-link"
                                aria-label=move || fill(t().flag_post_label, number)
                                aria-expanded=move || is_open(OpenForm::Flag(id)).to_string()
                                on:click=move |_| tools.toggle(OpenForm::Flag(id))
                            >
                                {tr(|m| m.flag_open)}
                            </button>
                        }
                    })}
                {can_moderate
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="btn-link"
                                aria-expanded=move || {
                                    is_open(OpenForm::ModeratePost(id)).to_string()
                                }
                                on:click=move |_| tools.toggle(OpenForm::ModeratePost(id))
                            >
                                {move || fill(t().moderation_post_heading, number)}
                            </button>
                        }
                    })}
            </footer>
            <Show when=move || is_open(OpenForm::Flag(id))>
                <FlagForm post=id />
            </Show>
            <Show when=move || is_open(OpenForm::ModeratePost(id))>
                <ModerationForm
                    target=Target::Post(id)
                    actions=moderation_actions.clone()
                    changed=tools.moderated
                />
            </Show>
        </article>
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
            <h2 id="reply-heading">{tr(|m| m.reply_heading)}</h2>
            <SuccessNote show=replied(reply, false) message=|m| m.reply_posted />
            <SuccessNote show=replied(reply, true) message=|m| m.reply_pending />
            <ActionError error=errors />
            <ActionForm action=reply node_ref=form attr:class="stack">
                <input type="hidden" name="form[thread_id]" value=id.to_string() />
                <PostEditor errors label=|m| m.reply_body cleared=posted />
                <button type="submit" class="btn btn-primary">
                    {tr(|m| m.reply_submit)}
                </button>
            </ActionForm>
        </section>
    }
}
