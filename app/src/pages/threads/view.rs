//! A thread's page: its posts, a page at a time, and the reply form (or why there is none).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::page_in_query;
use crate::api::thread::{ReplyToThread, get_thread};
use crate::i18n::{fill, format_date_time, tr, use_i18n};
use crate::model::ThreadId;
use crate::model::thread::{PostStatus, PostView, ThreadView};
use crate::routes;
use crate::ui::auth::RequireUser;
use crate::ui::feedback::{ActionError, Loaded, SuccessNote};
use crate::ui::form::{action_error, action_succeeded};
use crate::ui::layout::title_text;
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
    let thread = Resource::new(
        move || (id.get(), page.get(), posted.get()),
        |(id, page, _)| get_thread(id, page),
    );
    view! {
        <RequireUser let:_user>
            <Loaded resource=thread view=move |thread| view! { <Thread thread reply posted /> } />
        </RequireUser>
        <p>
            <a href=routes::THREADS>{tr(|m| m.thread_back)}</a>
        </p>
    }
}

#[component]
fn Thread(
    thread: ThreadView,
    reply: ServerAction<ReplyToThread>,
    posted: RwSignal<u32>,
) -> impl IntoView {
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
            {posts.into_iter().map(|post| view! { <Post post /> }).collect_view()}
        </section>
        <Pager current=page pages link=move |n| routes::thread(id, n) />
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

/// One post: who wrote it (and for which organization), when, and what it says; a post that
/// is not published says why in its place.
#[component]
fn Post(post: PostView) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let PostView {
        number,
        author,
        html,
        status,
        created_at,
        edited,
        ..
    } = post;
    let anchor = format!("post-{number}");
    let heading = anchor.clone() + "-author";
    let labelled_by = heading.clone();
    let name = author.name.clone();
    let organization = author.organization.clone();
    let note = match status {
        PostStatus::Published => None,
        PostStatus::Pending => Some(tr(|m| m.post_pending)),
        PostStatus::Hidden => Some(tr(|m| m.post_hidden)),
        PostStatus::Deleted => Some(tr(|m| m.post_deleted)),
    };
    view! {
        <article id=anchor class="post" aria-labelledby=labelled_by>
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
            <div class="post-body" inner_html=html></div>
        </article>
    }
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
            && let Some(Ok(page)) = reply.value().get_untracked()
        {
            // The page keeps this form (it is rebuilt in place), so it is emptied here.
            if let Some(form) = form.get_untracked() {
                form.reset();
            }
            posted.update(|n| *n += 1);
            navigate(&routes::thread(id, page), Default::default());
        }
        version
    });
    view! {
        <section class="stack" aria-labelledby="reply-heading">
            <h2 id="reply-heading">{tr(|m| m.reply_heading)}</h2>
            <SuccessNote show=action_succeeded(reply) message=|m| m.reply_posted />
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
