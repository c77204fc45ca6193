//! Every registered server function, called as each kind of caller, against one table of
//! expected outcomes. The list of functions comes from the server's own registry: a new server
//! function without a row here fails the test, and so does a row whose function is gone.

use std::collections::BTreeSet;

use axum::http::StatusCode;
use leptos::server_fn::ServerFn;
use sea_orm::{ActiveModelTrait, ActiveValue::Set};

use crate::common::*;
use app::api::{
    account::*, audit::*, auth::*, calendar::*, category::*, digest::*, directory::*, event::*,
    invitation::*, membership::*, moderation::*, notification::*, organization::*,
    password_reset::*, post::*, profile::*, project::*, referral::*, registrant::*,
    registration::*, session::*, texts::*, thread::*, two_factor::*,
};
use app::model::registration::RegistrationStatus;
use app::model::{CategoryId, OrganizationId, Role, UserId, UserStatus};
use app::server::db::entity::{digest, invitation, registration};
use app::server::seed_data::{ORGANIZATIONS, USERS};

/// Who calls: nobody logged in, a member of the demo hospital, the organization admin of another
/// organization, MEJ staff, an admin.
#[derive(Clone, Copy, Debug)]
enum Caller {
    Visitor,
    Member,
    OtherOrgAdmin,
    Staff,
    Admin,
}

const CALLERS: [Caller; 5] = [
    Caller::Visitor,
    Caller::Member,
    Caller::OtherOrgAdmin,
    Caller::Staff,
    Caller::Admin,
];

/// One call of one server function and the status each caller gets, in the order of `CALLERS`.
#[derive(Clone, Copy)]
struct Case {
    path: &'static str,
    args: &'static [(&'static str, &'static str)],
    expect: [u16; 5],
}

fn case<F: ServerFn>(args: &'static [(&'static str, &'static str)], expect: [u16; 5]) -> Case {
    Case {
        path: F::PATH,
        args,
        expect,
    }
}

/// The demo hospital's member (id 4) and its organization (id 2); the demo hospital's invitation
/// (id 1) is made by `fixture`; application 1 is a pending demo application.
fn table() -> Vec<Case> {
    const DIGEST: &[(&str, &str)] = &[
        ("form[event_id]", "2"),
        ("form[summary_ja]", "概要"),
        ("form[summary_en]", "Summary"),
    ];
    const PROFILE: &[(&str, &str)] = &[
        ("form[name][family_name]", "山田"),
        ("form[name][given_name]", "花子"),
        ("form[name][family_name_kana]", "やまだ"),
        ("form[name][given_name_kana]", "はなこ"),
        ("form[name][romanized_name]", "YAMADA Hanako"),
        ("form[locale]", "en"),
        ("form[time_zone]", "Asia/Tokyo"),
    ];
    const ACCEPT: &[(&str, &str)] = &[
        ("form[token]", "no-such-token"),
        ("form[name][family_name]", "Nguyen"),
        ("form[name][given_name]", "Lan"),
        ("form[name][family_name_kana]", ""),
        ("form[name][given_name_kana]", ""),
        ("form[name][romanized_name]", "NGUYEN Lan"),
        ("form[password]", "correct horse battery"),
        ("form[password_confirm]", "correct horse battery"),
        ("form[locale]", "en"),
    ];
    // Complete, but with an unknown organization kind.
    const APPLICATION: &[(&str, &str)] = &[
        ("form[org_kind]", "pharmacy"),
        ("form[org_name_ja]", "テスト病院"),
        ("form[org_name_en]", "Test Hospital"),
        ("form[country]", "JP"),
        ("form[website]", ""),
        ("form[email]", "applicant@example.jp"),
        ("form[name][family_name]", "山田"),
        ("form[name][given_name]", "花子"),
        ("form[name][family_name_kana]", "やまだ"),
        ("form[name][given_name_kana]", "はなこ"),
        ("form[name][romanized_name]", "YAMADA Hanako"),
        ("form[password]", "correct horse battery"),
        ("form[password_confirm]", "correct horse battery"),
        ("form[locale]", "ja"),
    ];
    vec![
        // Open to visitors on purpose (`app::api::PUBLIC_SERVER_FNS`).
        case::<GetCurrentUser>(&[], [200, 200, 200, 200, 200]),
        case::<Login>(
            &[("email", "nobody@example.jp"), ("password", "wrong")],
            [422, 422, 422, 422, 422],
        ),
        case::<Logout>(&[], [200, 200, 200, 200, 200]),
        case::<SetLocale>(&[("locale", "en")], [200, 200, 200, 200, 200]),
        case::<GetTexts>(
            &[("area", "event"), ("locale", "ja")],
            [200, 200, 200, 200, 200],
        ),
        // The second step of a login, owed by nobody here.
        case::<VerifyLoginCode>(&[("code", "123456")], [409, 409, 409, 409, 409]),
        case::<RequestPasswordReset>(&[("email", "nobody@example.jp")], [200, 200, 200, 200, 200]),
        case::<CheckPasswordReset>(&[("token", "no-such-token")], [404, 404, 404, 404, 404]),
        case::<ResetPassword>(
            &[
                ("token", "no-such-token"),
                ("new_password", "correct horse battery"),
                ("new_password_confirm", "correct horse battery"),
            ],
            [404, 404, 404, 404, 404],
        ),
        case::<ApplyForMembership>(APPLICATION, [422, 422, 422, 422, 422]),
        case::<ConfirmApplication>(&[("token", "no-such-token")], [404, 404, 404, 404, 404]),
        case::<GetInvitation>(&[("token", "no-such-token")], [404, 404, 404, 404, 404]),
        case::<AcceptInvitation>(ACCEPT, [404, 404, 404, 404, 404]),
        // Every member.
        case::<SearchDirectory>(&[("query[q]", "")], [401, 200, 200, 200, 200]),
        case::<GetOrganization>(&[("id", "2")], [401, 200, 200, 200, 200]),
        case::<UpdateProfile>(PROFILE, [401, 200, 200, 200, 200]),
        case::<ChangePassword>(
            &[
                ("current_password", "wrong"),
                ("new_password", "correct horse battery"),
                ("new_password_confirm", "correct horse battery"),
            ],
            [401, 422, 422, 422, 422],
        ),
        case::<ListSessions>(&[], [401, 200, 200, 200, 200]),
        // Threads: every member reads and posts (demo thread 2 is open, 14 is locked).
        case::<ListCategories>(&[], [401, 200, 200, 200, 200]),
        case::<ListThreads>(&[("query[page]", "1")], [401, 200, 200, 200, 200]),
        // Categories: members read them, staff and admins manage them (category 1 has threads).
        case::<SaveCategory>(&[("form[name_en]", "x")], [401, 403, 403, 422, 422]),
        case::<MoveCategory>(
            &[("change[id]", "1"), ("change[up]", "false")],
            [401, 403, 403, 200, 200],
        ),
        case::<MoveCategory>(
            &[("change[id]", "99"), ("change[up]", "true")],
            [401, 403, 403, 404, 404],
        ),
        case::<DeleteCategory>(&[("id", "1")], [401, 403, 403, 409, 409]),
        case::<DeleteCategory>(&[("id", "99")], [401, 403, 403, 404, 404]),
        // The member holds a seat already; another organization's admin may register
        // themselves, not the member; staff may register anybody.
        case::<RegisterForEvent>(&[("event_id", "1")], [401, 409, 200, 200, 200]),
        case::<RegisterForEvent>(
            &[("event_id", "1"), ("person", "4")],
            [401, 409, 403, 409, 409],
        ),
        case::<RegisterForEvent>(&[("event_id", "99")], [401, 404, 404, 404, 404]),
        case::<CancelRegistration>(&[("id", "1")], [401, 200, 404, 200, 200]),
        case::<CancelRegistration>(&[("id", "99")], [401, 404, 404, 404, 404]),
        // Events: every member reads those open to them; staff and admins write them.
        case::<ListEvents>(&[("query[past]", "false")], [401, 200, 200, 200, 200]),
        case::<GetEvent>(&[("id", "1")], [401, 200, 200, 200, 200]),
        case::<GetEventNews>(&[], [401, 200, 200, 200, 200]),
        // Calendar feeds: every member has their own.
        case::<GetCalendarFeed>(&[], [401, 200, 200, 200, 200]),
        case::<RenewCalendarFeed>(&[], [401, 200, 200, 200, 200]),
        case::<StopCalendarFeed>(&[], [401, 200, 200, 200, 200]),
        case::<GetEvent>(&[("id", "99")], [401, 404, 404, 404, 404]),
        // Digests: every member reads the published ones and may start their discussion;
        // staff write them, only for an event that took place (event 1 is still to come).
        case::<ListDigests>(&[], [401, 200, 200, 200, 200]),
        case::<GetDigest>(&[("event_id", "2")], [401, 200, 200, 200, 200]),
        case::<GetDigest>(&[("event_id", "1")], [401, 404, 404, 404, 404]),
        case::<DiscussDigest>(&[("event_id", "2")], [401, 200, 200, 200, 200]),
        case::<DiscussDigest>(&[("event_id", "99")], [401, 404, 404, 404, 404]),
        case::<GetDigestForm>(&[("event_id", "2")], [401, 403, 403, 200, 200]),
        case::<GetDigestForm>(&[("event_id", "1")], [401, 403, 403, 404, 404]),
        case::<PreviewDigest>(DIGEST, [401, 403, 403, 200, 200]),
        case::<SaveDigest>(DIGEST, [401, 403, 403, 200, 200]),
        case::<SaveDigest>(&[("form[event_id]", "2")], [401, 403, 403, 422, 422]),
        case::<PublishDigest>(
            &[("change[event_id]", "2"), ("change[published]", "false")],
            [401, 403, 403, 200, 200],
        ),
        case::<PublishDigest>(
            &[("change[event_id]", "99"), ("change[published]", "true")],
            [401, 403, 403, 404, 404],
        ),
        // Projects: members read the published ones; a proposal in review (project 11) only its
        // lead's people and staff; project 1 is led by the demo hospital, project 2 by a
        // society the other organization's admin is a partner of.
        case::<ListProjects>(&[("query[in_review]", "false")], [401, 200, 200, 200, 200]),
        case::<ListProjects>(&[("query[in_review]", "true")], [401, 200, 200, 200, 200]),
        case::<GetProject>(&[("id", "1")], [401, 200, 200, 200, 200]),
        case::<GetProject>(&[("id", "11")], [401, 404, 404, 200, 200]),
        case::<GetProject>(&[("id", "99")], [401, 404, 404, 404, 404]),
        case::<GetProjectForm>(&[("id", "1")], [401, 200, 404, 200, 200]),
        case::<GetProjectForm>(&[("id", "2")], [401, 404, 404, 200, 200]),
        case::<SaveProject>(&[("form[title_en]", "x")], [401, 422, 422, 422, 422]),
        case::<ReviewProject>(
            &[("review[id]", "11"), ("review[publish]", "false")],
            [401, 403, 403, 422, 422],
        ),
        case::<ReviewProject>(
            &[("review[id]", "99"), ("review[publish]", "true")],
            [401, 403, 403, 404, 404],
        ),
        case::<BackProject>(
            &[("id", "99"), ("backed", "true")],
            [401, 403, 403, 404, 404],
        ),
        // Requests to join: project 99 does not exist; project 11 is in review (staff see it, but
        // it takes no requests); request 30 (a clinic's, to project 2) is decided by its lead's
        // people and staff only.
        case::<RequestToJoinProject>(
            &[
                ("request[project]", "99"),
                ("request[role]", "partner"),
                ("request[contribution]", "x"),
            ],
            [401, 404, 404, 404, 404],
        ),
        case::<RequestToJoinProject>(
            &[
                ("request[project]", "11"),
                ("request[role]", "partner"),
                ("request[contribution]", "x"),
            ],
            [401, 404, 404, 409, 409],
        ),
        case::<DecideJoinRequest>(
            &[
                ("decision[participant]", "30"),
                ("decision[accept]", "true"),
            ],
            [401, 404, 404, 200, 200],
        ),
        case::<DecideJoinRequest>(
            &[
                ("decision[participant]", "99"),
                ("decision[accept]", "true"),
            ],
            [401, 404, 404, 404, 404],
        ),
        // Progress: project 1's lead (the demo hospital) and staff add milestones and tick them
        // (milestone 1 is done already: ticking it again changes nothing); the other
        // organization is a partner of project 2 and posts there; a proposal in review
        // (project 11) is followed only by those who see it.
        case::<AddMilestone>(
            &[("form[project]", "1"), ("form[title_en]", "Licence")],
            [401, 200, 404, 200, 200],
        ),
        case::<AddMilestone>(
            &[("form[project]", "99"), ("form[title_en]", "Licence")],
            [401, 404, 404, 404, 404],
        ),
        case::<TickMilestone>(&[("id", "1"), ("done", "true")], [401, 200, 404, 200, 200]),
        case::<TickMilestone>(&[("id", "99"), ("done", "true")], [401, 404, 404, 404, 404]),
        case::<PostProjectUpdate>(
            &[("form[project]", "2"), ("form[body]", "Week 3 done.")],
            [401, 404, 200, 200, 200],
        ),
        case::<PostProjectUpdate>(
            &[("form[project]", "99"), ("form[body]", "x")],
            [401, 404, 404, 404, 404],
        ),
        case::<FollowProject>(
            &[("id", "11"), ("follow", "true")],
            [401, 404, 404, 200, 200],
        ),
        case::<FollowProject>(
            &[("id", "99"), ("follow", "true")],
            [401, 404, 404, 404, 404],
        ),
        // The capability match: any member, on a project they may see.
        case::<ListProjectHelpers>(&[("id", "1")], [401, 200, 200, 200, 200]),
        case::<ListProjectHelpers>(&[("id", "11")], [401, 404, 404, 200, 200]),
        case::<ListMatchingProjects>(&[], [401, 200, 200, 200, 200]),
        // A thread or an event names a published project only (project 11 is in review).
        case::<GetProjectPlace>(&[("id", "1")], [401, 200, 200, 200, 200]),
        case::<GetProjectPlace>(&[("id", "11")], [401, 404, 404, 404, 404]),
        case::<GetEventForm>(&[("id", "1")], [401, 403, 403, 200, 200]),
        case::<ListOrganizationChoices>(&[], [401, 403, 403, 200, 200]),
        case::<GetEventForm>(&[("id", "99")], [401, 403, 403, 404, 404]),
        case::<SaveEvent>(&[("form[title_en]", "x")], [401, 403, 403, 422, 422]),
        case::<ChangeEventStatus>(
            &[
                ("change[id]", "1"),
                ("change[status]", "registration_closed"),
            ],
            [401, 403, 403, 200, 200],
        ),
        case::<ChangeEventStatus>(
            &[("change[id]", "99"), ("change[status]", "finished")],
            [401, 403, 403, 404, 404],
        ),
        // Registrants: staff and admins only (registration 1 is confirmed).
        case::<ListRegistrants>(
            &[
                ("query[event]", "1"),
                ("query[q]", ""),
                ("query[page]", "1"),
            ],
            [401, 403, 403, 200, 200],
        ),
        case::<ListRegistrants>(
            &[
                ("query[event]", "99"),
                ("query[q]", ""),
                ("query[page]", "1"),
            ],
            [401, 403, 403, 404, 404],
        ),
        case::<DecideRegistration>(
            &[("decision[id]", "1"), ("decision[decision]", "check_in")],
            [401, 403, 403, 200, 200],
        ),
        case::<DecideRegistration>(
            &[("decision[id]", "1"), ("decision[decision]", "approve")],
            [401, 403, 403, 409, 409],
        ),
        case::<DecideRegistration>(
            &[("decision[id]", "99"), ("decision[decision]", "seat")],
            [401, 403, 403, 404, 404],
        ),
        case::<ListThreads>(&[("query[category]", "99")], [401, 404, 404, 404, 404]),
        case::<GetThread>(&[("id", "2"), ("page", "1")], [401, 200, 200, 200, 200]),
        case::<GetThread>(&[("id", "9999"), ("page", "1")], [401, 404, 404, 404, 404]),
        case::<StartThread>(
            &[
                ("form[category_id]", "1"),
                ("form[title]", "Training nurses in Laos"),
                ("form[body]", "Who has done it?"),
            ],
            [401, 200, 200, 200, 200],
        ),
        case::<StartThread>(&[("form[title]", "x")], [401, 422, 422, 422, 422]),
        case::<ReplyToThread>(
            &[("form[thread_id]", "2"), ("form[body]", "Thank you!")],
            [401, 200, 200, 200, 200],
        ),
        case::<ReplyToThread>(
            &[("form[thread_id]", "14"), ("form[body]", "Thank you!")],
            [401, 409, 409, 409, 409],
        ),
        case::<PreviewPost>(&[("body", "**bold**")], [401, 200, 200, 200, 200]),
        case::<SearchPosts>(&[("query[q]", "医療")], [401, 200, 200, 200, 200]),
        // Flags: every member; a post that does not exist is 404, a flag without a reason 422.
        case::<FlagPost>(
            &[("form[post_id]", "99999"), ("form[reason]", "spam")],
            [401, 404, 404, 404, 404],
        ),
        case::<FlagPost>(&[("form[post_id]", "1")], [401, 422, 422, 422, 422]),
        case::<ListMyFlags>(&[], [401, 200, 200, 200, 200]),
        // One post: demo post 2 is the member's reply in thread 1, which staff started. Its
        // author edits and deletes it; staff edit it only with a reason and read its history.
        case::<GetPostSource>(&[("post_id", "2")], [401, 200, 403, 200, 200]),
        case::<EditPost>(
            &[("form[post_id]", "2"), ("form[body]", "Edited")],
            [401, 200, 403, 422, 422],
        ),
        case::<DeletePost>(&[("post_id", "2")], [401, 200, 403, 403, 403]),
        case::<GetPostHistory>(&[("post_id", "2")], [401, 403, 403, 200, 200]),
        // The starter (staff) or a moderator marks the answer: a reply, not the question.
        case::<AcceptAnswer>(
            &[("thread_id", "1"), ("post_id", "2")],
            [401, 403, 403, 200, 200],
        ),
        case::<AcceptAnswer>(
            &[("thread_id", "1"), ("post_id", "1")],
            [401, 403, 403, 409, 409],
        ),
        case::<BookmarkPost>(
            &[("post_id", "2"), ("on", "true")],
            [401, 200, 200, 200, 200],
        ),
        case::<BookmarkPost>(
            &[("post_id", "99999"), ("on", "true")],
            [401, 404, 404, 404, 404],
        ),
        case::<ListBookmarks>(&[], [401, 200, 200, 200, 200]),
        case::<GetThreadNews>(&[], [401, 200, 200, 200, 200]),
        case::<FollowThread>(
            &[("change[thread_id]", "2"), ("change[follow]", "true")],
            [401, 200, 200, 200, 200],
        ),
        case::<FollowThread>(
            &[("change[thread_id]", "9999"), ("change[follow]", "true")],
            [401, 404, 404, 404, 404],
        ),
        case::<ListNotifications>(&[], [401, 200, 200, 200, 200]),
        // Inbound referrals. Demo case 1 (from the Vietnamese partner hospital) reached the
        // demo hospital and Naniwa (the other organization admin's); case 3 reached Kohoku
        // only: for everyone else but staff it does not exist, by every function. Answer 1 is
        // Naniwa's on case 1; only the submitter (no caller here) chooses, adds or withdraws.
        case::<SubmitReferral>(
            &[("form[specialty]", "oncology")],
            [401, 422, 422, 422, 422],
        ),
        case::<ListReferrals>(&[], [401, 200, 200, 200, 200]),
        case::<GetReferral>(&[("id", "1")], [401, 200, 200, 200, 200]),
        case::<GetReferral>(&[("id", "3")], [401, 404, 404, 200, 200]),
        case::<GetReferral>(&[("id", "99")], [401, 404, 404, 404, 404]),
        case::<AnswerReferral>(
            &[
                ("form[referral]", "1"),
                ("form[status]", "cannot_accept"),
                ("form[note]", "No beds this winter."),
            ],
            [401, 200, 200, 404, 404],
        ),
        case::<AnswerReferral>(
            &[("form[referral]", "3"), ("form[status]", "cannot_accept")],
            [401, 404, 404, 404, 404],
        ),
        case::<ChooseReferralAnswer>(&[("choice[answer]", "1")], [401, 404, 404, 404, 404]),
        case::<AddReferralInfo>(
            &[("info[referral]", "1"), ("info[note]", "Scans attached.")],
            [401, 404, 404, 404, 404],
        ),
        case::<AddReferralInfo>(
            &[("info[referral]", "3"), ("info[note]", "Scans attached.")],
            [401, 404, 404, 404, 404],
        ),
        case::<WithdrawReferral>(&[("reason[referral]", "1")], [401, 404, 404, 404, 404]),
        case::<WithdrawReferral>(&[("reason[referral]", "3")], [401, 404, 404, 404, 404]),
        // What an institution accepts: its organization admins (and admins, for MEJ's own).
        case::<GetAcceptance>(&[], [401, 403, 200, 403, 200]),
        case::<SaveAcceptance>(&[("form[accepts]", "false")], [401, 403, 200, 403, 200]),
        case::<MarkNotificationsRead>(&[], [401, 200, 200, 200, 200]),
        // Moderation: staff and admins (thread 2 is unlocked, 14 locked already).
        case::<GetReviewQueue>(&[], [401, 403, 403, 200, 200]),
        case::<ClaimPost>(&[("post_id", "99999")], [401, 403, 403, 404, 404]),
        case::<Moderate>(
            &[
                ("form[thread_id]", "2"),
                ("form[action]", "lock"),
                ("form[template]", ""),
                ("form[note]", "Answered; please start a new thread."),
            ],
            [401, 403, 403, 200, 200],
        ),
        case::<Moderate>(
            &[
                ("form[thread_id]", "14"),
                ("form[action]", "lock"),
                ("form[template]", "resolved"),
            ],
            [401, 403, 403, 409, 409],
        ),
        case::<Moderate>(
            &[("form[thread_id]", "2"), ("form[action]", "pin")],
            [401, 403, 403, 422, 422],
        ),
        case::<GetModerationLog>(&[("query[page]", "1")], [401, 403, 403, 200, 200]),
        // One's own two-step verification: the demo staff and admin have it on, and must keep it.
        case::<GetTwoFactorStatus>(&[], [401, 200, 200, 200, 200]),
        case::<StartTwoFactor>(&[], [401, 200, 200, 409, 409]),
        case::<EnableTwoFactor>(&[("code", "123456")], [401, 409, 409, 409, 409]),
        case::<RenewRecoveryCodes>(&[("current_password", "wrong")], [401, 422, 422, 422, 422]),
        case::<DisableTwoFactor>(&[("password", "wrong")], [401, 422, 422, 409, 409]),
        // Admins only.
        case::<ListSecurityLog>(&[], [401, 403, 403, 403, 200]),
        case::<EndSession>(&[("key", "no-such-session")], [401, 404, 404, 404, 404]),
        case::<EndOtherSessions>(&[], [401, 200, 200, 200, 200]),
        // Organization admins (and admins) for their own organization only.
        case::<GetOwnOrganization>(&[], [401, 403, 200, 403, 200]),
        case::<UpdateOwnOrganization>(&[("form[name_en]", "Renamed")], [401, 403, 200, 403, 200]),
        case::<ListOrgMembers>(&[], [401, 403, 200, 403, 200]),
        case::<RemoveOrgMember>(&[("user_id", "4")], [401, 403, 403, 403, 403]),
        case::<ListInvitations>(&[], [401, 403, 200, 403, 200]),
        case::<CreateInvitation>(
            &[("email", "new.colleague@example.jp"), ("role", "member")],
            [401, 403, 200, 403, 200],
        ),
        case::<CreateInvitation>(
            &[("email", "new.colleague@example.jp"), ("role", "staff")],
            [401, 403, 422, 403, 422],
        ),
        case::<RevokeInvitation>(&[("id", "1")], [401, 403, 403, 403, 403]),
        // Staff.
        case::<SetRecognitions>(
            &[("organization_id", "2"), ("recognitions[jih]", "true")],
            [401, 403, 403, 200, 200],
        ),
        case::<ListApplications>(&[], [401, 403, 403, 200, 200]),
        case::<ApproveApplication>(&[("id", "1")], [401, 403, 403, 200, 200]),
        case::<RejectApplication>(
            &[("id", "1"), ("reason", "Outside the Forum's scope")],
            [401, 403, 403, 200, 200],
        ),
        case::<ListAccounts>(&[("query", "")], [401, 403, 403, 200, 200]),
        case::<SetAccountStatus>(
            &[("user_id", "4"), ("status", "suspended")],
            [401, 403, 403, 200, 200],
        ),
        // Staff cannot touch an admin; an admin cannot touch themselves.
        case::<SetAccountStatus>(
            &[("user_id", "1"), ("status", "suspended")],
            [401, 403, 403, 403, 409],
        ),
        // Admins only.
        case::<SetAccountRole>(
            &[("user_id", "4"), ("role", "org_admin")],
            [401, 403, 403, 403, 200],
        ),
        case::<SetAccountRole>(
            &[("user_id", "1"), ("role", "member")],
            [401, 403, 403, 403, 409],
        ),
    ]
}

/// The organization admin of an active organization other than the demo hospital.
fn other_org_admin() -> &'static str {
    USERS
        .iter()
        .find(|u| {
            u.role == Role::OrgAdmin
                && u.status == UserStatus::Active
                && u.org != ORGANIZATIONS[1].key
        })
        .map(|u| u.email)
        .unwrap_or_default()
}

/// A fresh app with the demo data and one open invitation of the demo hospital (id 1).
async fn fixture(backend: Backend) -> Result<TestApp, Box<dyn std::error::Error>> {
    let app = TestApp::new(backend).await?;
    let now = chrono::Utc::now();
    invitation::ActiveModel {
        organization_id: Set(OrganizationId(2)),
        email: Set("invited@example.jp".into()),
        role: Set(Role::Member),
        token_hash: Set("0".repeat(64)),
        invited_by: Set(UserId(3)),
        expires_at: Set(now + chrono::Duration::days(7)),
        accepted_at: Set(None),
        revoked_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await?;
    // Event 1 with ten seats; the demo member (id 4, organization 2) holds registration 1.
    let event_id = open_event(&app.db, 10).await?;
    registration::ActiveModel {
        event_id: Set(event_id),
        user_id: Set(UserId(4)),
        organization_id: Set(OrganizationId(2)),
        status: Set(RegistrationStatus::Confirmed),
        waitlist_seq: Set(None),
        answers: Set("{}".into()),
        registered_by: Set(UserId(4)),
        reason: Set(None),
        checked_in_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await?;
    // Event 2 took place; its digest is published, discussed in category 1.
    let held = held_event(&app.db).await?;
    digest::ActiveModel {
        event_id: Set(held),
        summary_ja: Set("概要".into()),
        summary_en: Set("Summary".into()),
        summary_ja_html: Set("<p>概要</p>".into()),
        summary_en_html: Set("<p>Summary</p>".into()),
        key_points_ja: Set(String::new()),
        key_points_en: Set(String::new()),
        materials: Set(String::new()),
        category_id: Set(Some(CategoryId(1))),
        thread_id: Set(None),
        published_at: Set(Some(now)),
        updated_by: Set(UserId(2)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&app.db)
    .await?;
    Ok(app)
}

/// One call as one caller, on a database of its own (so one caller's change never decides the
/// next one's outcome).
async fn call_as(backend: Backend, caller: Caller, case: Case) -> Result<u16, String> {
    let run = async {
        let app = fixture(backend).await?;
        let mut client = match caller {
            Caller::Visitor => app.client(),
            Caller::Member => app.login(MEMBER).await?,
            Caller::OtherOrgAdmin => app.login(other_org_admin()).await?,
            Caller::Staff => app.login(STAFF).await?,
            Caller::Admin => app.login(ADMIN).await?,
        };
        let res = client.call_path(case.path, case.args).await?;
        Ok::<_, Box<dyn std::error::Error>>(res.status)
    };
    run.await
        .map(|s: StatusCode| s.as_u16())
        .map_err(|e| e.to_string())
}

async fn every_server_function_checks_its_caller(backend: Backend) -> TestResult {
    let table = table();
    let registered: BTreeSet<&str> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path)
        .collect();
    let covered: BTreeSet<&str> = table.iter().map(|c| c.path).collect();
    let missing: Vec<_> = registered.difference(&covered).collect();
    let stale: Vec<_> = covered.difference(&registered).collect();
    assert!(
        missing.is_empty(),
        "server functions without a row in the table: {missing:?}"
    );
    assert!(
        stale.is_empty(),
        "rows for unknown server functions: {stale:?}"
    );

    // Functions open to visitors are exactly the ones declared public.
    let public: BTreeSet<&str> = app::api::PUBLIC_SERVER_FNS.iter().copied().collect();
    let open: BTreeSet<&str> = table
        .iter()
        .filter(|c| c.expect[0] != 401)
        .map(|c| c.path)
        .collect();
    assert_eq!(open, public, "visitors reach exactly the public functions");

    let mut failures = Vec::new();
    for case in &table {
        let calls = CALLERS.map(|caller| call_as(backend, caller, *case));
        let got = futures_join_all(calls).await;
        for ((caller, want), got) in CALLERS.iter().zip(case.expect).zip(got) {
            match got {
                Ok(status) if status == want => {}
                other => failures.push(format!(
                    "{} {:?} as {caller:?}: expected {want}, got {other:?}",
                    case.path, case.args
                )),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    Ok(())
}

/// Runs the five calls of one row at once.
async fn futures_join_all<F: std::future::Future<Output = Result<u16, String>> + Send + 'static>(
    calls: [F; 5],
) -> Vec<Result<u16, String>> {
    let handles: Vec<_> = calls.into_iter().map(tokio::spawn).collect();
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await.unwrap_or_else(|e| Err(e.to_string())));
    }
    out
}

on_both_backends!(every_server_function_checks_its_caller);
