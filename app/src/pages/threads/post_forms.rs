//! The forms of one post: edit (its author; a moderator with a reason), delete (its author, with
//! a confirmation), the edit history (moderators), and the one-button forms that bookmark a post
//! and mark the thread's answer. Each success reloads the thread.

use leptos::prelude::*;

use super::post::PostTools;
use crate::api::post::{
    AcceptAnswer, BookmarkPost, DeletePost, EditPost, get_post_history, get_post_source,
};
use crate::i18n::{fill, format_date_time, tr, use_i18n};
use crate::model::PostId;
use crate::model::post::{PostHistory, PostSource, Revision};
use crate::ui::action_button::ActionButton;
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::{Text, action_error, count_successes};
use crate::ui::moderation::{ReasonFields, ReasonText};
use crate::ui::post_editor::PostEditor;

/// Edits a post, starting from its current text; `with_reason`: a moderator edits someone
/// else's post and says why.
#[component]
pub fn EditForm(post: PostId, with_reason: bool, changed: RwSignal<u32>) -> impl IntoView {
    let source = Resource::new(|| (), move |_| get_post_source(post));
    let edit = ServerAction::<EditPost>::new();
    let errors = action_error(edit);
    count_successes(edit, changed);
    view! {
        <div class="stack post-form">
            <Loaded
                resource=source
                view=move |PostSource { body, revision }| {
                    view! {
                        <ActionError error=errors />
                        <ActionForm action=edit attr:class="stack">
                            <input type="hidden" name="form[post_id]" value=post.to_string() />
                            <input type="hidden" name="form[revision]" value=revision.to_string() />
                            <PostEditor
                                errors
                                label=|m| m.thread().post_edit_body
                                initial=body
                                scope="edit-"
                            />
                            {with_reason.then(|| view! { <ReasonFields errors /> })}
                            <button type="submit" class="btn btn-primary">
                                {tr(|m| m.thread().post_edit_submit)}
                            </button>
                        </ActionForm>
                    }
                }
            />
        </div>
    }
}

/// Asks before deleting the reader's own post.
#[component]
pub fn DeleteForm(post: PostId, changed: RwSignal<u32>) -> impl IntoView {
    let delete = ServerAction::<DeletePost>::new();
    count_successes(delete, changed);
    view! {
        <div class="stack post-form" role="group" aria-label=tr(|m| m.delete)>
            <p>{tr(|m| m.thread().post_delete_confirm)}</p>
            <ActionError error=action_error(delete) />
            <ActionForm action=delete>
                <input type="hidden" name="post_id" value=post.to_string() />
                <button type="submit" class="btn btn-danger">
                    {tr(|m| m.thread().post_delete_submit)}
                </button>
            </ActionForm>
        </div>
    }
}

/// Every earlier text of a post, newest first, with who changed it, when and why (moderators).
#[component]
pub fn HistoryView(post: PostId) -> impl IntoView {
    let history = Resource::new(|| (), move |_| get_post_history(post));
    view! {
        <section class="stack post-form" aria-label=tr(|m| m.thread().post_history)>
            <Loaded
                resource=history
                view=|PostHistory { current, revisions }| {
                    view! {
                        <h3>{tr(|m| m.thread().post_history_current)}</h3>
                        <pre class="post-source">{current}</pre>
                        {revisions
                            .into_iter()
                            .map(|revision| view! { <RevisionItem revision /> })
                            .collect_view()}
                    }
                }
            />
        </section>
    }
}

#[component]
fn RevisionItem(revision: Revision) -> impl IntoView {
    let i18n = use_i18n();
    let Revision {
        editor,
        body_source,
        reason,
        edited_at,
    } = revision;
    view! {
        <h3>
            {move || {
                fill(
                    i18n.t().thread().post_history_before,
                    format!(
                        "{} ({})",
                        format_date_time(edited_at.timestamp(), i18n.locale()),
                        editor.display(i18n.locale()),
                    ),
                )
            }}
        </h3>
        {reason.map(|reason| view! { <ReasonText reason /> })}
        <pre class="post-source">{body_source}</pre>
    }
}

/// Bookmarks the post, or takes the bookmark off (a toggle button: pressed when bookmarked).
#[component]
pub fn BookmarkButton(
    post: PostId,
    number: u32,
    bookmarked: bool,
    tools: PostTools,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ActionButton
            action={ServerAction::<BookmarkPost>::new()}
            fields=vec![("post_id", post.to_string()), ("on", (!bookmarked).to_string())]
            text=|m| m.bookmark
            label=move || fill(i18n.t().thread().bookmark_label, number)
            pressed=bookmarked
            changed=tools.changed
        />
    }
}

/// Marks the reply as the thread's answer, or unmarks it (the thread's starter, moderators).
#[component]
pub fn AcceptButton(post: PostId, number: u32, accepted: bool, tools: PostTools) -> impl IntoView {
    let i18n = use_i18n();
    let (text, label): (Text, Text) = if accepted {
        (
            |m| m.thread().answer_unmark,
            |m| m.thread().answer_unmark_label,
        )
    } else {
        (|m| m.thread().answer_mark, |m| m.thread().answer_mark_label)
    };
    let mut fields = vec![("thread_id", tools.thread.to_string())];
    if !accepted {
        fields.push(("post_id", post.to_string()));
    }
    view! {
        <ActionButton
            action={ServerAction::<AcceptAnswer>::new()}
            fields
            text
            label=move || fill(label(i18n.t()), number)
            changed=tools.changed
        />
    }
}
