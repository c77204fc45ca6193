//! One post on a thread's page: who wrote it (and for which organization), when, what it says,
//! and what the reader may do with it: bookmark, flag, edit or delete their own, mark the answer
//! (the thread's starter), and for moderators act on it, edit it with a reason, read its history.

use leptos::prelude::*;

use super::flag::FlagForm;
use super::post_forms::{AcceptButton, BookmarkButton, DeleteForm, EditForm, HistoryView};
use crate::i18n::{fill, format_date_time, tr, use_i18n};
use crate::model::moderation::actions_for;
use crate::model::thread::{PostStatus, PostView};
use crate::model::{PostId, ThreadId, UserId};
use crate::ui::moderation::{ModerationForm, ReasonText, Target};

/// The one form open on the page (only one at a time, so its fields' ids are unique).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenForm {
    Flag(PostId),
    ModeratePost(PostId),
    ModerateThread,
    Edit(PostId),
    Delete(PostId),
    History(PostId),
}

/// What the reader may do to the posts, and which form is open.
#[derive(Clone, Copy)]
pub struct PostTools {
    pub thread: ThreadId,
    pub me: UserId,
    pub moderator: bool,
    /// The reader started the thread (and marks its answer).
    pub starter: bool,
    pub open: RwSignal<Option<OpenForm>>,
    /// Counts the changes made here: each reloads the thread.
    pub changed: RwSignal<u32>,
}

impl PostTools {
    /// Opens `form`, or closes it when it is the one open.
    pub fn toggle(self, form: OpenForm) {
        self.open.update(|open| {
            *open = if *open == Some(form) {
                None
            } else {
                Some(form)
            }
        });
    }

    fn is_open(self, form: OpenForm) -> bool {
        self.open.get() == Some(form)
    }
}

/// A button that opens or closes one of the post's forms.
#[component]
fn FormToggle(
    tools: PostTools,
    form: OpenForm,
    text: Signal<String>,
    #[prop(optional, into)] label: Option<Signal<String>>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="btn-link"
            aria-label=move || label.map(|l| l.get())
            aria-expanded=move || tools.is_open(form).to_string()
            on:click=move |_| tools.toggle(form)
        >
            {text}
        </button>
    }
}

/// One post; a post that is not published says why in its place (to its author and the
/// moderators, with the reason).
#[component]
pub fn Post(post: PostView, tools: PostTools) -> impl IntoView {
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
        bookmarked,
        accepted,
    } = post;
    let own = author.id == tools.me;
    let published = status == PostStatus::Published;
    let editable = status != PostStatus::Deleted
        && (tools.moderator
            || (own && matches!(status, PostStatus::Published | PostStatus::Pending)));
    let deletable = own && matches!(status, PostStatus::Published | PostStatus::Pending);
    let answerable = (tools.starter || tools.moderator) && published && number > 1;
    let moderation_actions = actions_for(status).to_vec();
    let can_moderate = tools.moderator && !moderation_actions.is_empty();
    let anchor = format!("post-{number}");
    let heading = anchor.clone() + "-author";
    let labelled_by = heading.clone();
    let name = author.name.clone();
    let organization = author.organization.clone();
    let note = match status {
        PostStatus::Published => None,
        PostStatus::Pending => Some(tr(|m| m.thread().post_pending)),
        PostStatus::Hidden if own => Some(tr(|m| m.thread().post_hidden_own)),
        PostStatus::Hidden => Some(tr(|m| m.post_hidden)),
        PostStatus::Deleted => Some(tr(|m| m.thread().post_deleted)),
    };
    let class = if published { "post" } else { "post post-muted" };
    let numbered = move |text: fn(&'static crate::i18n::Messages) -> &'static str| {
        Signal::derive(move || fill(text(t()), number))
    };
    let plain = |text: fn(&'static crate::i18n::Messages) -> &'static str| {
        Signal::derive(move || text(t()).to_string())
    };
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
                {accepted
                    .then(|| {
                        view! { <span class="badge">{tr(|m| m.thread().answer_badge)}</span> }
                    })}
            </header>
            {note.map(|text| view! { <p class="muted">{text}</p> })}
            {reason.map(|reason| view! { <ReasonText reason /> })}
            <div class="post-body" inner_html=html></div>
            <footer class="cluster post-tools">
                {published.then(|| view! { <BookmarkButton post=id number bookmarked tools /> })}
                {answerable.then(|| view! { <AcceptButton post=id number accepted tools /> })}
                {(!own && published)
                    .then(|| {
                        view! {
                            <FormToggle
                                tools
                                form=OpenForm::Flag(id)
                                text=plain(|m| m.thread().flag_open)
                                label=numbered(|m| m.thread().flag_post_label)
                            />
                        }
                    })}
                {editable
                    .then(|| {
                        view! {
                            <FormToggle
                                tools
                                form=OpenForm::Edit(id)
                                text=plain(|m| m.edit)
                                label=numbered(|m| m.thread().post_edit_label)
                            />
                        }
                    })}
                {deletable
                    .then(|| {
                        view! {
                            <FormToggle
                                tools
                                form=OpenForm::Delete(id)
                                text=plain(|m| m.delete)
                                label=numbered(|m| m.thread().post_delete_label)
                            />
                        }
                    })}
                {can_moderate
                    .then(|| {
                        view! {
                            <FormToggle
                                tools
                                form=OpenForm::ModeratePost(id)
                                text=numbered(|m| m.thread().moderation_post_heading)
                            />
                        }
                    })}
                {(tools.moderator && edited)
                    .then(|| {
                        view! {
                            <FormToggle
                                tools
                                form=OpenForm::History(id)
                                text=plain(|m| m.thread().post_history)
                                label=numbered(|m| m.thread().post_history_label)
                            />
                        }
                    })}
            </footer>
            <Show when=move || tools.is_open(OpenForm::Flag(id))>
                <FlagForm post=id />
            </Show>
            <Show when=move || tools.is_open(OpenForm::ModeratePost(id))>
                <ModerationForm
                    target=Target::Post(id)
                    actions=moderation_actions.clone()
                    changed=tools.changed
                />
            </Show>
            <Show when=move || tools.is_open(OpenForm::Edit(id))>
                <EditForm post=id with_reason=!own changed=tools.changed />
            </Show>
            <Show when=move || tools.is_open(OpenForm::Delete(id))>
                <DeleteForm post=id changed=tools.changed />
            </Show>
            <Show when=move || tools.is_open(OpenForm::History(id))>
                <HistoryView post=id />
            </Show>
        </article>
    }
}
