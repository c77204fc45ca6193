//! Staff moderation of the threads: members' flags, the review queue with its claims, the
//! moderators' actions with their reasons, and the moderation log. The rules here are pure:
//! which action applies to what, what it changes, and what it tells whom.

use serde::{Deserialize, Serialize};

use super::code_enum::code_enum;
use super::ids::{CategoryId, PostId, ThreadId, UserId};
use super::names::PersonName;
use super::thread::{Author, PostStatus};
use super::validation::{max_len, name_text};
use super::{ErrorCode, Field, FieldError};

/// How long a claim on a queue item holds before another moderator may take it over.
pub const CLAIM_MINUTES: i64 = 15;
/// The longest note with a flag or a moderator's reason.
pub const NOTE_MAX: u32 = 1000;
/// Moderation log entries on one page.
pub const LOG_PER_PAGE: u64 = 50;
/// The periods a member can be silenced for, in days.
pub const SILENCE_DAYS: [u32; 4] = [1, 3, 7, 30];
/// A member is new for this many days after joining: their first posts wait for approval.
pub const NEW_MEMBER_DAYS: i64 = 30;
/// How many of a new member's posts wait for approval.
pub const NEW_MEMBER_REVIEWED_POSTS: u64 = 2;

code_enum!(
    /// Why a member flags a post.
    FlagReason {
        OffTopic => "off_topic",
        Inappropriate => "inappropriate",
        PatientInfo => "patient_info",
        Spam => "spam",
        Other => "other",
    }
);

code_enum!(
    /// Where a flag stands: waiting, or decided by a moderator (the post was hidden: upheld; it
    /// was left as it is: dismissed).
    FlagStatus {
        Open => "open",
        Upheld => "upheld",
        Dismissed => "dismissed",
    }
);

code_enum!(
    /// What a moderator did.
    ModAction {
        Approve => "approve",
        Reject => "reject",
        Hide => "hide",
        Restore => "restore",
        Dismiss => "dismiss",
        Lock => "lock",
        Unlock => "unlock",
        Pin => "pin",
        Unpin => "unpin",
        Edit => "edit",
        Silence => "silence",
        Unsilence => "unsilence",
        Move => "move",
    }
);

impl ModAction {
    /// Actions on one post (silencing: on its author, from their post).
    pub const ON_POSTS: [ModAction; 8] = [
        ModAction::Approve,
        ModAction::Reject,
        ModAction::Hide,
        ModAction::Restore,
        ModAction::Dismiss,
        ModAction::Edit,
        ModAction::Silence,
        ModAction::Unsilence,
    ];
    pub const ON_THREADS: [ModAction; 5] = [
        ModAction::Lock,
        ModAction::Unlock,
        ModAction::Pin,
        ModAction::Unpin,
        ModAction::Move,
    ];

    /// Acts on one post (otherwise on a whole thread).
    pub fn on_post(self) -> bool {
        Self::ON_POSTS.contains(&self)
    }

    /// The post status this action moves a post from and to (`None`: it leaves the status).
    pub fn post_change(self) -> Option<(PostStatus, PostStatus)> {
        match self {
            ModAction::Approve => Some((PostStatus::Pending, PostStatus::Published)),
            ModAction::Reject => Some((PostStatus::Pending, PostStatus::Hidden)),
            ModAction::Hide => Some((PostStatus::Published, PostStatus::Hidden)),
            ModAction::Restore => Some((PostStatus::Hidden, PostStatus::Published)),
            _ => None,
        }
    }

    /// How the post's open flags end: hiding upholds them, dismissing dismisses them.
    pub fn flag_outcome(self) -> Option<FlagStatus> {
        match self {
            ModAction::Hide => Some(FlagStatus::Upheld),
            ModAction::Dismiss => Some(FlagStatus::Dismissed),
            _ => None,
        }
    }

    /// The thread flag (`locked` or `pinned`) this action sets, and to what.
    pub fn thread_change(self) -> Option<(ThreadFlag, bool)> {
        match self {
            ModAction::Lock => Some((ThreadFlag::Locked, true)),
            ModAction::Unlock => Some((ThreadFlag::Locked, false)),
            ModAction::Pin => Some((ThreadFlag::Pinned, true)),
            ModAction::Unpin => Some((ThreadFlag::Pinned, false)),
            _ => None,
        }
    }
}

/// The two switches of a thread that moderators turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreadFlag {
    Locked,
    Pinned,
}

code_enum!(
    /// A ready-made reason, shown to each reader in their own language.
    ReasonTemplate {
        OffTopic => "off_topic",
        PatientInfo => "patient_info",
        Inappropriate => "inappropriate",
        Spam => "spam",
        NoProblem => "no_problem",
        Resolved => "resolved",
        Important => "important",
    }
);

/// Why a moderator acted: a template, a note in their own words, or both.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub template: Option<ReasonTemplate>,
    pub note: String,
}

/// The form that flags a post.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FlagForm {
    pub post_id: Option<PostId>,
    pub reason: Option<FlagReason>,
    pub note: String,
}

impl FlagForm {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut e = Vec::new();
        match self.reason {
            None => e.push(FieldError::new(Field::Reason, ErrorCode::Required)),
            Some(FlagReason::Other) if self.note.trim().is_empty() => {
                e.push(FieldError::new(Field::Note, ErrorCode::Required));
            }
            Some(_) => {}
        }
        max_len(&mut e, Field::Note, &self.note, NOTE_MAX);
        e
    }
}

/// The form a moderator acts with: on a post or on a thread, always with a reason.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ModerationForm {
    pub post_id: Option<PostId>,
    pub thread_id: Option<ThreadId>,
    pub action: Option<ModAction>,
    pub template: Option<ReasonTemplate>,
    pub note: String,
    /// Silencing: for how many days (one of `SILENCE_DAYS`).
    pub days: Option<u32>,
    /// Moving a thread: to which category.
    pub category_id: Option<CategoryId>,
}

impl ModerationForm {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut e = Vec::new();
        match self.action {
            None => e.push(FieldError::new(Field::Action, ErrorCode::Required)),
            // Staff edit a post through its edit form, which keeps the earlier text.
            Some(ModAction::Edit) => {
                e.push(FieldError::new(Field::Action, ErrorCode::InvalidChoice));
            }
            Some(a) if a.on_post() && self.post_id.is_none() => {
                e.push(FieldError::new(Field::Action, ErrorCode::InvalidChoice));
            }
            Some(a) if !a.on_post() && self.thread_id.is_none() => {
                e.push(FieldError::new(Field::Action, ErrorCode::InvalidChoice));
            }
            Some(_) => {}
        }
        match self.action {
            Some(ModAction::Silence) if !self.days.is_some_and(|d| SILENCE_DAYS.contains(&d)) => {
                e.push(FieldError::new(Field::Period, ErrorCode::Required));
            }
            Some(ModAction::Move) if self.category_id.is_none() => {
                e.push(FieldError::new(Field::Category, ErrorCode::Required));
            }
            _ => {}
        }
        // Approving needs no reason; every other action says why.
        let needed = self.action != Some(ModAction::Approve);
        check_reason(&mut e, needed, self.template, &self.note);
        e
    }

    pub fn reason(&self) -> Reason {
        Reason::given(self.template, &self.note)
    }
}

/// A reason in a form: when `needed`, a template or the moderator's words; words within limits.
pub fn check_reason(
    e: &mut Vec<FieldError>,
    needed: bool,
    template: Option<ReasonTemplate>,
    note: &str,
) {
    if needed && template.is_none() && note.trim().is_empty() {
        e.push(FieldError::new(Field::Note, ErrorCode::Required));
    }
    name_text(e, Field::Note, note, NOTE_MAX);
}

impl Reason {
    /// The reason a form gave.
    pub fn given(template: Option<ReasonTemplate>, note: &str) -> Self {
        Self {
            template,
            note: note.trim().to_string(),
        }
    }
}

/// The actions a moderator may take on a post in `status` (silencing or lifting the silence of
/// its author, from any post of theirs).
pub fn actions_for(status: PostStatus) -> &'static [ModAction] {
    use ModAction::*;
    match status {
        PostStatus::Pending => &[Approve, Reject, Silence, Unsilence],
        PostStatus::Published => &[Hide, Dismiss, Silence, Unsilence],
        PostStatus::Hidden => &[Restore, Dismiss, Silence, Unsilence],
        PostStatus::Deleted => &[Silence, Unsilence],
    }
}

/// Whether a new post waits for a moderator: in a category that requires approval, or among a
/// new member's first posts; never a staff member's.
pub fn needs_approval(
    category_requires_approval: bool,
    author: super::Role,
    among_first_posts: bool,
) -> bool {
    !author.is_staff() && (category_requires_approval || among_first_posts)
}

/// Whether a member who joined at `joined` and has `published` posts is still posting their
/// first ones (a new member's first posts wait for approval).
pub fn among_first_posts(
    joined: chrono::DateTime<chrono::Utc>,
    now: chrono::DateTime<chrono::Utc>,
    published: u64,
) -> bool {
    now - joined < chrono::Duration::days(NEW_MEMBER_DAYS) && published < NEW_MEMBER_REVIEWED_POSTS
}

/// A member silenced by staff: until when, and why (they read, but do not post).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Silence {
    pub until: chrono::DateTime<chrono::Utc>,
    pub reason: Reason,
}

/// The silence that still holds at `now`, if any.
pub fn silence_at(
    until: Option<chrono::DateTime<chrono::Utc>>,
    reason: Reason,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<Silence> {
    until
        .filter(|&until| until > now)
        .map(|until| Silence { until, reason })
}

/// Whether a claim that holds until `until` has lapsed at `now`.
pub fn claim_lapsed(
    until: chrono::DateTime<chrono::Utc>,
    now: chrono::DateTime<chrono::Utc>,
) -> bool {
    until <= now
}

/// Where a post sits: its thread, its number and the page of the thread it is on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostPlace {
    pub post_id: PostId,
    pub thread_id: ThreadId,
    pub thread_title: String,
    pub number: u32,
    pub page: u32,
}

/// A flag as the member who raised it sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyFlag {
    pub place: PostPlace,
    pub reason: FlagReason,
    pub note: String,
    pub status: FlagStatus,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// One flag of a queue item: who raised it and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueFlag {
    pub reporter: PersonName,
    pub reason: FlagReason,
    pub note: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// Who is handling a queue item, until when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub moderator: PersonName,
    pub mine: bool,
    pub until: chrono::DateTime<chrono::Utc>,
}

/// A flagged post in the review queue, with every flag on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    pub place: PostPlace,
    pub author: Author,
    pub status: PostStatus,
    pub html: String,
    pub flags: Vec<QueueFlag>,
    pub claim: Option<Claim>,
}

/// Which moderation log entries to show; 1-based page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LogQuery {
    pub moderator: Option<UserId>,
    pub action: Option<ModAction>,
    pub member: Option<UserId>,
    pub page: u32,
}

/// One moderator action as the log shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    pub at: chrono::DateTime<chrono::Utc>,
    pub moderator: PersonName,
    pub action: ModAction,
    /// The member whose post or thread it was.
    pub member: Option<PersonName>,
    pub thread_id: Option<ThreadId>,
    pub thread_title: String,
    pub post_number: Option<u32>,
    /// The page of the thread the post is on (1 for a thread's action).
    pub page: u32,
    pub reason: Reason,
}

/// A person the log can be filtered by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogPerson {
    pub id: UserId,
    pub name: PersonName,
}

/// One page of the moderation log, newest first, with the people its filters offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogPage {
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub items: Vec<LogEntry>,
    pub moderators: Vec<LogPerson>,
    pub members: Vec<LogPerson>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_needs_a_reason_and_other_needs_a_note() {
        let e = FlagForm::default().validate();
        assert_eq!(
            FieldError::codes_of(&e, Field::Reason),
            [ErrorCode::Required]
        );
        let other = FlagForm {
            post_id: Some(PostId(1)),
            reason: Some(FlagReason::Other),
            note: " ".into(),
        };
        assert_eq!(
            FieldError::codes_of(&other.validate(), Field::Note),
            [ErrorCode::Required]
        );
        let spam = FlagForm {
            reason: Some(FlagReason::Spam),
            ..other
        };
        assert!(spam.validate().is_empty());
    }

    #[test]
    fn every_action_needs_its_target_and_a_reason() {
        let hide = ModerationForm {
            action: Some(ModAction::Hide),
            thread_id: Some(ThreadId(1)),
            ..Default::default()
        };
        let e = hide.validate();
        assert_eq!(
            FieldError::codes_of(&e, Field::Action),
            [ErrorCode::InvalidChoice]
        );
        assert_eq!(FieldError::codes_of(&e, Field::Note), [ErrorCode::Required]);
        let lock = ModerationForm {
            action: Some(ModAction::Lock),
            template: Some(ReasonTemplate::Resolved),
            ..hide
        };
        assert!(lock.validate().is_empty());
        assert_eq!(lock.reason().template, Some(ReasonTemplate::Resolved));
    }

    #[test]
    fn actions_say_what_they_change() {
        assert_eq!(
            ModAction::Hide.post_change(),
            Some((PostStatus::Published, PostStatus::Hidden))
        );
        assert_eq!(ModAction::Hide.flag_outcome(), Some(FlagStatus::Upheld));
        assert_eq!(
            ModAction::Dismiss.flag_outcome(),
            Some(FlagStatus::Dismissed)
        );
        assert_eq!(ModAction::Restore.flag_outcome(), None);
        assert_eq!(
            ModAction::Unpin.thread_change(),
            Some((ThreadFlag::Pinned, false))
        );
        for &a in ModAction::ALL {
            assert_ne!(a.on_post(), ModAction::ON_THREADS.contains(&a), "{a:?}");
            if a.thread_change().is_some() {
                assert!(!a.on_post(), "{a:?}");
            }
        }
    }

    #[test]
    fn a_new_members_first_two_posts_are_reviewed() {
        let now = chrono::Utc::now();
        let joined = now - chrono::Duration::days(3);
        assert!(among_first_posts(joined, now, 0));
        assert!(among_first_posts(joined, now, 1));
        assert!(!among_first_posts(joined, now, 2));
        let long_ago = now - chrono::Duration::days(NEW_MEMBER_DAYS);
        assert!(!among_first_posts(long_ago, now, 0), "no longer new");
    }

    #[test]
    fn a_silence_holds_until_its_end() {
        let now = chrono::Utc::now();
        let reason = Reason::given(Some(ReasonTemplate::Spam), " ");
        assert_eq!(reason.note, "");
        let later = now + chrono::Duration::days(1);
        assert_eq!(
            silence_at(Some(later), reason.clone(), now),
            Some(Silence {
                until: later,
                reason: reason.clone()
            })
        );
        assert_eq!(silence_at(Some(now), reason.clone(), now), None);
        assert_eq!(silence_at(None, reason, now), None);
    }

    #[test]
    fn silencing_needs_a_period_and_moving_a_category() {
        let silence = ModerationForm {
            post_id: Some(PostId(1)),
            action: Some(ModAction::Silence),
            template: Some(ReasonTemplate::Spam),
            days: Some(2),
            ..Default::default()
        };
        assert_eq!(
            FieldError::codes_of(&silence.validate(), Field::Period),
            [ErrorCode::Required]
        );
        let week = ModerationForm {
            days: Some(7),
            ..silence
        };
        assert!(week.validate().is_empty());
        let moving = ModerationForm {
            thread_id: Some(ThreadId(1)),
            action: Some(ModAction::Move),
            note: "Belongs to inbound".into(),
            ..Default::default()
        };
        assert_eq!(
            FieldError::codes_of(&moving.validate(), Field::Category),
            [ErrorCode::Required]
        );
    }

    #[test]
    fn approval_applies_to_members_in_reviewed_categories() {
        use super::super::Role;
        assert!(needs_approval(true, Role::Member, false));
        assert!(needs_approval(true, Role::OrgAdmin, false));
        assert!(!needs_approval(true, Role::Staff, false));
        assert!(!needs_approval(false, Role::Member, false));
        assert!(needs_approval(false, Role::Member, true));
        assert!(!needs_approval(false, Role::Admin, true));
        assert_eq!(
            ModAction::Approve.post_change(),
            Some((PostStatus::Pending, PostStatus::Published))
        );
        assert_eq!(
            actions_for(PostStatus::Pending),
            [
                ModAction::Approve,
                ModAction::Reject,
                ModAction::Silence,
                ModAction::Unsilence
            ]
        );
        let approve = ModerationForm {
            post_id: Some(PostId(1)),
            action: Some(ModAction::Approve),
            ..Default::default()
        };
        assert!(approve.validate().is_empty(), "approving needs no reason");
        let reject = ModerationForm {
            action: Some(ModAction::Reject),
            ..approve
        };
        assert_eq!(
            FieldError::codes_of(&reject.validate(), Field::Note),
            [ErrorCode::Required]
        );
    }

    #[test]
    fn claims_lapse_at_their_time() {
        let now = chrono::Utc::now();
        assert!(claim_lapsed(now, now));
        assert!(!claim_lapsed(
            now + chrono::Duration::minutes(CLAIM_MINUTES),
            now
        ));
    }
}
