//! One post's life after it is written: its author edits it (staff may too, with a reason; every
//! earlier text is kept for the staff) or deletes it (it stays in place, marked deleted), the
//! thread's starter marks a reply as the accepted answer, and members bookmark posts.

use serde::{Deserialize, Serialize};

use super::ids::{PostId, ThreadId, UserId};
use super::moderation::{PostPlace, Reason, ReasonTemplate, check_reason};
use super::names::PersonName;
use super::permissions::{Action, Person, allows};
use super::thread::{PostStatus, validate_body};
use super::{AppError, AppResult, ConflictKind, FieldError};

/// The form that edits a post: its new text and, when staff edit someone else's post, why.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EditPostForm {
    pub post_id: Option<PostId>,
    /// The post's count of edits when the form was opened (`PostSource::revision`).
    pub revision: u32,
    pub body: String,
    pub template: Option<ReasonTemplate>,
    pub note: String,
}

impl EditPostForm {
    /// Field errors; `by_staff`: a moderator edits someone else's post and must say why.
    pub fn validate(&self, by_staff: bool) -> Vec<FieldError> {
        let mut e = Vec::new();
        validate_body(&mut e, &self.body);
        check_reason(&mut e, by_staff, self.template, &self.note);
        e
    }

    pub fn reason(&self) -> Reason {
        Reason::given(self.template, &self.note)
    }
}

/// A post's markdown as its edit form starts from, and its count of edits then.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostSource {
    pub body: String,
    pub revision: u32,
}

/// Who edits a post, as the rules see them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Editor {
    /// Its author: a published post or one awaiting approval.
    Author,
    /// A moderator editing someone else's post: logged, with a reason the author is told.
    Staff,
}

/// Who may edit a post of `author` in `status`: its author while it is published or waiting
/// for approval; a moderator any post that is not deleted. Nobody edits a deleted post.
pub fn check_edit(person: &Person, author: UserId, status: PostStatus) -> AppResult<Editor> {
    if status == PostStatus::Deleted {
        return Err(AppError::conflict(ConflictKind::PostDeleted));
    }
    let own = person.id == author && matches!(status, PostStatus::Published | PostStatus::Pending);
    if own {
        Ok(Editor::Author)
    } else if allows(person.role, Action::ModeratePosts) {
        Ok(Editor::Staff)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Only its author deletes a post (staff hide posts instead, with a reason), and only once.
pub fn check_delete(person: &Person, author: UserId, status: PostStatus) -> AppResult<()> {
    if person.id != author {
        return Err(AppError::Forbidden);
    }
    match status {
        PostStatus::Published | PostStatus::Pending => Ok(()),
        PostStatus::Deleted => Err(AppError::conflict(ConflictKind::PostDeleted)),
        PostStatus::Hidden => Err(AppError::Forbidden),
    }
}

/// The thread's starter (or a moderator) marks the accepted answer: a published reply, never the
/// question itself.
pub fn check_accept(
    person: &Person,
    starter: UserId,
    number: i32,
    status: PostStatus,
) -> AppResult<()> {
    check_answer_marker(person, starter)?;
    if number <= 1 || status != PostStatus::Published {
        return Err(AppError::conflict(ConflictKind::NotAnAnswer));
    }
    Ok(())
}

/// Who marks (and unmarks) a thread's accepted answer: its starter, or a moderator.
pub fn check_answer_marker(person: &Person, starter: UserId) -> AppResult<()> {
    if person.id == starter || allows(person.role, Action::ModeratePosts) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// A reply marked as the thread's accepted answer, shown under the first post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptedAnswer {
    pub number: u32,
    pub page: u32,
    pub author: PersonName,
    pub html: String,
}

/// One earlier text of a post: what it said before an edit, who made the edit, when and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    pub editor: PersonName,
    pub body_source: String,
    pub reason: Option<Reason>,
    pub edited_at: chrono::DateTime<chrono::Utc>,
}

/// A post's edit history for the staff: its text now and every earlier one, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostHistory {
    pub current: String,
    pub revisions: Vec<Revision>,
}

/// A bookmarked post, as "My bookmarks" lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookmarkView {
    pub place: PostPlace,
    pub author: PersonName,
    /// The start of the post's text.
    pub excerpt: String,
    pub bookmarked_at: chrono::DateTime<chrono::Utc>,
}

/// The most bookmarks "My bookmarks" lists, newest first.
pub const BOOKMARKS_SHOWN: u64 = 100;
/// Characters of a post's text a bookmark shows.
pub const EXCERPT_CHARS: usize = 160;

/// The first `EXCERPT_CHARS` characters of `text`, on one line, with "…" when cut.
pub fn excerpt(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= EXCERPT_CHARS {
        return flat;
    }
    flat.chars().take(EXCERPT_CHARS).collect::<String>() + "…"
}

/// Follow a thread, or stop following it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowChange {
    pub thread_id: ThreadId,
    pub follow: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ErrorCode, Field, OrganizationId, Role};

    fn person(id: i32, role: Role) -> Person {
        Person {
            id: UserId(id),
            role,
            organization_id: OrganizationId(1),
        }
    }

    #[test]
    fn authors_edit_their_posts_and_staff_any_with_a_reason() {
        let author = person(1, Role::Member);
        let other = person(2, Role::OrgAdmin);
        let staff = person(3, Role::Staff);
        let own = author.id;
        assert_eq!(
            check_edit(&author, own, PostStatus::Published),
            Ok(Editor::Author)
        );
        assert_eq!(
            check_edit(&author, own, PostStatus::Pending),
            Ok(Editor::Author)
        );
        assert_eq!(
            check_edit(&author, own, PostStatus::Hidden),
            Err(AppError::Forbidden),
            "a hidden post stays as staff left it"
        );
        assert_eq!(
            check_edit(&other, own, PostStatus::Published),
            Err(AppError::Forbidden)
        );
        assert_eq!(
            check_edit(&staff, own, PostStatus::Hidden),
            Ok(Editor::Staff)
        );
        assert_eq!(
            check_edit(&staff, staff.id, PostStatus::Published),
            Ok(Editor::Author),
            "staff editing their own post need no reason"
        );
        assert_eq!(
            check_edit(&staff, own, PostStatus::Deleted),
            Err(AppError::conflict(ConflictKind::PostDeleted))
        );
        let form = EditPostForm {
            post_id: Some(PostId(1)),
            body: "Corrected".into(),
            ..Default::default()
        };
        assert!(form.validate(false).is_empty());
        assert_eq!(
            FieldError::codes_of(&form.validate(true), Field::Note),
            [ErrorCode::Required]
        );
    }

    #[test]
    fn only_the_author_deletes_and_only_once() {
        let author = person(1, Role::Member);
        let staff = person(3, Role::Admin);
        assert_eq!(
            check_delete(&author, author.id, PostStatus::Published),
            Ok(())
        );
        assert_eq!(
            check_delete(&staff, author.id, PostStatus::Published),
            Err(AppError::Forbidden)
        );
        assert_eq!(
            check_delete(&author, author.id, PostStatus::Deleted),
            Err(AppError::conflict(ConflictKind::PostDeleted))
        );
        assert_eq!(
            check_delete(&author, author.id, PostStatus::Hidden),
            Err(AppError::Forbidden)
        );
    }

    #[test]
    fn the_starter_accepts_a_published_reply() {
        let starter = person(1, Role::Member);
        let other = person(2, Role::Member);
        let staff = person(3, Role::Staff);
        assert_eq!(
            check_accept(&starter, starter.id, 2, PostStatus::Published),
            Ok(())
        );
        assert_eq!(
            check_accept(&staff, starter.id, 2, PostStatus::Published),
            Ok(())
        );
        assert_eq!(
            check_accept(&other, starter.id, 2, PostStatus::Published),
            Err(AppError::Forbidden)
        );
        let not_an_answer = Err(AppError::conflict(ConflictKind::NotAnAnswer));
        assert_eq!(
            check_accept(&starter, starter.id, 1, PostStatus::Published),
            not_an_answer
        );
        assert_eq!(
            check_accept(&starter, starter.id, 3, PostStatus::Hidden),
            not_an_answer
        );
    }

    #[test]
    fn excerpts_are_one_short_line() {
        assert_eq!(excerpt("a\n\n b  c"), "a b c");
        let long = "看".repeat(EXCERPT_CHARS + 5);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), EXCERPT_CHARS + 1);
        assert!(cut.ends_with('…'));
    }
}
