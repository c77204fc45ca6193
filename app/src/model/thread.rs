//! Knowledge-sharing threads: categories, threads and their posts as pages show them, the forms
//! that start a thread and reply, and their rules.

use serde::{Deserialize, Serialize};

use super::code_enum::code_enum;
use super::ids::{CategoryId, OrganizationId, PostId, ThreadId, UserId};
use super::names::PersonName;
use super::search::Piece;
use super::validation::{max_len, name_text, required};
use super::{Bilingual, ErrorCode, Field, FieldError};

/// Threads on one page of a list.
pub const THREADS_PER_PAGE: u64 = 30;
/// Posts on one page of a thread.
pub const POSTS_PER_PAGE: u64 = 20;
pub const TITLE_MIN: u32 = 5;
pub const TITLE_MAX: u32 = 150;
/// The longest post, in characters of its markdown source.
pub const BODY_MAX: u32 = 20_000;

code_enum!(
    /// Where a post stands: shown to everyone, waiting for a moderator's approval, hidden by
    /// staff (its author still sees it, with the reason), or deleted by its author.
    PostStatus {
        Published => "published",
        Pending => "pending",
        Hidden => "hidden",
        Deleted => "deleted",
    }
);

/// A category as lists and forms show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryView {
    pub id: CategoryId,
    pub name: Bilingual,
    pub description: Bilingual,
    /// Every new post waits for a moderator's approval.
    pub requires_approval: bool,
    pub thread_count: u64,
}

/// Which threads a list shows: all, or one category's; 1-based page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ThreadQuery {
    pub category: Option<CategoryId>,
    pub page: u32,
}

/// Who wrote something, as a post or a list shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Author {
    pub id: UserId,
    pub name: PersonName,
    pub organization_id: OrganizationId,
    pub organization: Bilingual,
}

/// One line of a thread list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadSummary {
    pub id: ThreadId,
    pub title: String,
    pub category: CategoryId,
    pub category_name: Bilingual,
    pub author: PersonName,
    pub replies: u64,
    pub last_post_at: chrono::DateTime<chrono::Utc>,
    pub last_poster: PersonName,
    pub pinned: bool,
    pub locked: bool,
    /// Its first post waits for approval (only its author and the moderators see it listed).
    pub awaiting_approval: bool,
    /// Its starter marked a reply as the answer.
    pub answered: bool,
    /// Posts published since the reader last opened the thread (all of them if never).
    pub unread: u64,
}

/// One page of a thread list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadList {
    pub category: Option<CategoryView>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub items: Vec<ThreadSummary>,
}

/// Threads in the dashboard's panel.
pub const NEWS_SHOWN: u64 = 5;

/// What is new for the reader in the threads: followed threads with unread replies (latest
/// activity first), and the latest mentions of them. (Types of their own, as small as the
/// dashboard needs: the dashboard's chunk then shares no decoding code with other pages.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadNews {
    pub followed: Vec<FollowedThread>,
    pub mentions: Vec<Mention>,
}

/// A followed thread with replies the reader has not read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowedThread {
    pub id: ThreadId,
    pub title: String,
    pub unread: u64,
}

/// A post that mentions the reader: where, and who wrote it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub place: super::moderation::PostPlace,
    pub by: PersonName,
}

/// A post as a thread page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostView {
    pub id: PostId,
    /// 1 for the post that opened the thread.
    pub number: u32,
    pub author: Author,
    /// Rendered and sanitized on the server when the post was written.
    pub html: String,
    pub status: PostStatus,
    /// Why staff hid it: only for its author and the moderators.
    pub reason: Option<super::moderation::Reason>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub edited: bool,
    /// The reader bookmarked it.
    pub bookmarked: bool,
    /// The thread's starter marked it as the answer.
    pub accepted: bool,
}

/// One page of a thread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadView {
    pub id: ThreadId,
    pub title: String,
    pub category: CategoryId,
    pub category_name: Bilingual,
    pub pinned: bool,
    pub locked: bool,
    pub replies: u64,
    pub page: u32,
    pub pages: u32,
    pub posts: Vec<PostView>,
    /// Who started the thread (and may mark the accepted answer).
    pub starter: UserId,
    /// The reader follows the thread (is told of its replies).
    pub following: bool,
    /// The reply marked as the answer, shown under the question on every page.
    pub accepted: Option<super::post::AcceptedAnswer>,
    /// Staff silenced the reader: until when and why (they read, but do not post).
    pub silence: Option<super::moderation::Silence>,
    /// The project it is about.
    pub project: Option<super::project::ProjectPlace>,
}

/// A search of the threads' posts: words (any language), optionally one category; 1-based page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PostSearch {
    pub q: String,
    pub category: Option<CategoryId>,
    pub page: u32,
}

/// A post found by a search, with its thread's title and its text around the first match,
/// both cut into highlighted pieces.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostSearchHit {
    pub thread_id: ThreadId,
    pub title: Vec<Piece>,
    pub category_name: Bilingual,
    pub number: u32,
    /// The page of the thread the post is on.
    pub page: u32,
    pub author: Author,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub snippet: Vec<Piece>,
}

/// One page of search results, best first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostSearchPage {
    /// Matches found, at most `SEARCH_CANDIDATES`.
    pub total: u64,
    /// More posts match than are searched: the newest `SEARCH_CANDIDATES` are ranked.
    pub more: bool,
    pub page: u32,
    pub pages: u32,
    pub items: Vec<PostSearchHit>,
}

/// A search ranks the newest this many matching posts (the count says "more" beyond them), so
/// no search costs more than this many rows, however common its words.
pub const SEARCH_CANDIDATES: u64 = 1000;

/// The form that starts a thread.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewThreadForm {
    pub category_id: Option<CategoryId>,
    pub title: String,
    pub body: String,
    /// The project the thread is about (started from the project's page).
    pub project_id: Option<super::ProjectId>,
}

impl NewThreadForm {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut e = Vec::new();
        if self.category_id.is_none() {
            e.push(FieldError::new(Field::Category, ErrorCode::Required));
        }
        let title = self.title.trim();
        required(&mut e, Field::Title, title);
        if !title.is_empty() && title.chars().count() < TITLE_MIN as usize {
            e.push(FieldError::new(
                Field::Title,
                ErrorCode::TooShort(TITLE_MIN),
            ));
        }
        name_text(&mut e, Field::Title, title, TITLE_MAX);
        validate_body(&mut e, &self.body);
        e
    }
}

/// The form that replies in a thread.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReplyForm {
    pub thread_id: Option<ThreadId>,
    pub body: String,
}

impl ReplyForm {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut e = Vec::new();
        validate_body(&mut e, &self.body);
        e
    }
}

/// What became of a reply: the page of the thread it is on, and whether it waits for approval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyOutcome {
    pub page: u32,
    pub pending: bool,
}

/// A post's markdown: something to say, within the limit.
pub fn validate_body(e: &mut Vec<FieldError>, body: &str) {
    required(e, Field::Body, body);
    max_len(e, Field::Body, body, BODY_MAX);
}

/// Pages of `per_page` needed for `total` items (at least one).
pub fn page_count(total: u64, per_page: u64) -> u32 {
    u32::try_from(total.div_ceil(per_page).max(1)).unwrap_or(u32::MAX)
}

/// The page asked for, between 1 and `pages`; 0 (none given) is the first.
pub fn clamp_page(page: u32, pages: u32) -> u32 {
    page.clamp(1, pages.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_thread_needs_a_category_a_title_and_a_body() {
        let e = NewThreadForm::default().validate();
        assert_eq!(
            FieldError::codes_of(&e, Field::Category),
            [ErrorCode::Required]
        );
        assert_eq!(
            FieldError::codes_of(&e, Field::Title),
            [ErrorCode::Required]
        );
        assert_eq!(FieldError::codes_of(&e, Field::Body), [ErrorCode::Required]);
        let form = NewThreadForm {
            project_id: None,
            category_id: Some(CategoryId(1)),
            title: "ベトナム".into(),
            body: "x".repeat(BODY_MAX as usize + 1),
        };
        let e = form.validate();
        assert_eq!(
            FieldError::codes_of(&e, Field::Title),
            [ErrorCode::TooShort(TITLE_MIN)]
        );
        assert_eq!(
            FieldError::codes_of(&e, Field::Body),
            [ErrorCode::TooLong(BODY_MAX)]
        );
        let ok = NewThreadForm {
            title: "ベトナムでのクリニック開設".into(),
            body: "手続きを教えてください。".into(),
            ..form
        };
        assert!(ok.validate().is_empty());
    }

    #[test]
    fn titles_show_what_they_say() {
        let form = NewThreadForm {
            project_id: None,
            category_id: Some(CategoryId(1)),
            title: "Nurse\u{202E}training".into(),
            body: "text".into(),
        };
        assert_eq!(
            FieldError::codes_of(&form.validate(), Field::Title),
            [ErrorCode::InvisibleCharacters]
        );
    }

    #[test]
    fn pages_are_counted_and_clamped() {
        assert_eq!(page_count(0, 20), 1);
        assert_eq!(page_count(20, 20), 1);
        assert_eq!(page_count(21, 20), 2);
        assert_eq!(clamp_page(0, 3), 1);
        assert_eq!(clamp_page(9, 3), 3);
        assert_eq!(clamp_page(2, 3), 2);
    }
}
