//! Every path of the app in one place, so links are never spelled by hand.

use crate::model::permissions::{Action, allows};
use crate::model::{CategoryId, EventId, OrganizationId, Role, ThreadId};

pub const HOME: &str = "/";
pub const LOGIN: &str = "/login";
/// The second step of a login: the code from the authenticator app.
pub const LOGIN_CODE: &str = "/login/code";
pub const FORGOT_PASSWORD: &str = "/password/forgot";
pub const APPLY: &str = "/apply";
pub const DASHBOARD: &str = "/dashboard";
pub const PROJECTS: &str = "/projects";
pub const NEW_PROJECT: &str = "/projects/new";
/// The projects that need what the reader's organization does.
pub const MATCHING_PROJECTS: &str = "/projects/matching";
pub const REFERRALS: &str = "/referrals";
pub const NEW_REFERRAL: &str = "/referrals/new";
/// What the reader's institution accepts (its organization admins set it).
pub const REFERRAL_ACCEPTANCE: &str = "/referrals/acceptance";
pub const THREADS: &str = "/threads";
pub const NEW_THREAD: &str = "/threads/new";
pub const THREAD_SEARCH: &str = "/threads/search";
pub const BOOKMARKS: &str = "/threads/bookmarks";
pub const CATEGORIES: &str = "/threads/categories";
pub const EVENTS: &str = "/events";
pub const NEW_EVENT: &str = "/events/new";
pub const DIGESTS: &str = "/events/digests";
pub const DIRECTORY: &str = "/directory";
pub const PROFILE: &str = "/profile";
pub const TWO_FACTOR: &str = "/profile/two-step";
pub const ORGANIZATION: &str = "/organization";
pub const NOTIFICATIONS: &str = "/notifications";
pub const MODERATION: &str = "/moderation";
pub const MODERATION_LOG: &str = "/moderation/log";
pub const ADMIN: &str = "/admin";
pub const SECURITY_LOG: &str = "/admin/security";

/// Pages reached through a mailed link: the path's last segment is the link's secret token.
pub const RESET_LINK: &str = "/password/reset/";
pub const INVITATION_LINK: &str = "/invitations/";
pub const CONFIRM_APPLICATION_LINK: &str = "/apply/confirm/";

/// The page where a new password is chosen through a reset link.
pub fn reset_link(token: &str) -> String {
    format!("{RESET_LINK}{token}")
}

/// The page where an applicant confirms their e-mail address.
pub fn confirm_application_link(token: &str) -> String {
    format!("{CONFIRM_APPLICATION_LINK}{token}")
}

/// The page where an invitee accepts an invitation.
pub fn invitation_link(token: &str) -> String {
    format!("{INVITATION_LINK}{token}")
}

/// `path` as a log may show it: a mailed link's token is replaced, since whoever reads the log
/// could otherwise use the link.
pub fn loggable_path(path: &str) -> std::borrow::Cow<'_, str> {
    for prefix in [RESET_LINK, INVITATION_LINK, CONFIRM_APPLICATION_LINK] {
        if path.starts_with(prefix) && path.len() > prefix.len() {
            return format!("{prefix}[token]").into();
        }
    }
    path.into()
}

/// Who may open a page: the server answers with this before rendering (a visitor is sent to log
/// in, a member without the right gets 403), and the pages decide with it what to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageAccess {
    Public,
    /// Any logged-in member.
    Member,
    /// Whoever may perform the action.
    Needs(Action),
}

/// The access rule of the page at `path` (without its query).
pub fn page_access(path: &str) -> PageAccess {
    let under = |base: &str| {
        path.strip_prefix(base)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    };
    if under(SECURITY_LOG) {
        PageAccess::Needs(Action::ViewSecurityLog)
    } else if under(MODERATION_LOG) {
        PageAccess::Needs(Action::ViewModerationLog)
    } else if under(CATEGORIES) {
        PageAccess::Needs(Action::ManageCategories)
    } else if under(NEW_EVENT)
        || (under(EVENTS)
            && ["/edit", "/registrants", "/registrants.csv"]
                .iter()
                .any(|end| path.ends_with(end)))
    {
        PageAccess::Needs(Action::ManageEvents)
    } else if under(MODERATION) {
        PageAccess::Needs(Action::ModeratePosts)
    } else if under(ADMIN) {
        PageAccess::Needs(Action::ReviewApplications)
    } else if under(ORGANIZATION) || path == REFERRAL_ACCEPTANCE {
        PageAccess::Needs(Action::ManageOwnOrganization)
    } else if [
        DASHBOARD,
        PROJECTS,
        REFERRALS,
        THREADS,
        EVENTS,
        DIRECTORY,
        PROFILE,
        NOTIFICATIONS,
    ]
    .into_iter()
    .any(under)
    {
        PageAccess::Member
    } else {
        PageAccess::Public
    }
}

/// Whether a logged-in member with `role` may open the page at `path`.
pub fn may_open(path: &str, role: Role) -> bool {
    match page_access(path) {
        PageAccess::Public | PageAccess::Member => true,
        PageAccess::Needs(action) => allows(role, action),
    }
}

/// What a page with an address of its own shows: the server looks it up before rendering, so
/// one that does not exist is answered 404.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageSubject<'a> {
    /// `/directory/{id}`, the id as written.
    Organization(&'a str),
    /// `/threads/{id}`, the id as written.
    Thread(&'a str),
    /// `/events/{id}`, `/events/{id}/edit` and `/events/{id}/registrants`, the id as written.
    Event(&'a str),
    /// `/referrals/{id}`, the id as written.
    Referral(&'a str),
    Invitation(&'a str),
    ResetLink(&'a str),
}

/// The subject of the page at `path`, if it has one.
pub fn page_subject(path: &str) -> Option<PageSubject<'_>> {
    let last = |prefix: &str| {
        path.strip_prefix(prefix)
            .filter(|rest| !rest.is_empty() && !rest.contains('/'))
    };
    if let Some(id) = last(&format!("{DIRECTORY}/")) {
        Some(PageSubject::Organization(id))
    } else if let Some(id) = last(&format!("{THREADS}/"))
        .filter(|id| !["new", "search", "bookmarks", "categories"].contains(id))
    {
        Some(PageSubject::Thread(id))
    } else if let Some(id) =
        last(&format!("{EVENTS}/")).filter(|id| !["new", "digests"].contains(id))
    {
        Some(PageSubject::Event(id))
    } else if let Some(id) = ["/digest/edit", "/digest", "/edit", "/registrants"]
        .into_iter()
        .find_map(|suffix| path.strip_suffix(suffix))
        .and_then(|p| p.strip_prefix(&format!("{EVENTS}/")))
        .filter(|id| !id.is_empty() && !id.contains('/'))
    {
        Some(PageSubject::Event(id))
    } else if let Some(id) =
        last(&format!("{REFERRALS}/")).filter(|id| !["new", "acceptance"].contains(id))
    {
        Some(PageSubject::Referral(id))
    } else if let Some(token) = last(INVITATION_LINK) {
        Some(PageSubject::Invitation(token))
    } else {
        last(RESET_LINK).map(PageSubject::ResetLink)
    }
}

/// A thread's page `page` (the first without a query).
pub fn thread(id: ThreadId, page: u32) -> String {
    if page > 1 {
        format!("{THREADS}/{id}?page={page}")
    } else {
        format!("{THREADS}/{id}")
    }
}

/// An event's page.
pub fn event(id: EventId) -> String {
    format!("{EVENTS}/{id}")
}

/// The page where staff edit an event.
pub fn edit_event(id: EventId) -> String {
    format!("{EVENTS}/{id}/edit")
}

/// Staff's list of an event's registrants for `query` (status, search, page).
pub fn registrants(query: &crate::model::registrant::RegistrantQuery) -> String {
    let mut params = Vec::new();
    if let Some(s) = query.status {
        params.push(format!("status={}", s.as_str()));
    }
    if !query.q.is_empty() {
        params.push(format!("q={}", encode_query_value(&query.q)));
    }
    if query.page > 1 {
        params.push(format!("page={}", query.page));
    }
    let base = format!("{EVENTS}/{}/registrants", query.event);
    if params.is_empty() {
        base
    } else {
        format!("{base}?{}", params.join("&"))
    }
}

/// An event's digest.
pub fn digest(id: EventId) -> String {
    format!("{EVENTS}/{id}/digest")
}

/// The page where staff write an event's digest.
pub fn edit_digest(id: EventId) -> String {
    format!("{EVENTS}/{id}/digest/edit")
}

/// An event's calendar file (served by the server, not a page).
pub fn event_calendar(id: EventId) -> String {
    format!("{EVENTS}/{id}/calendar.ics")
}

/// A member's calendar feed, at its secret address.
pub fn calendar_feed(token: &str) -> String {
    format!("/calendar/{token}/events.ics")
}

/// An event's registrants as a CSV file (served by the server, not a page).
pub fn registrants_csv(id: EventId) -> String {
    format!("{EVENTS}/{id}/registrants.csv")
}

/// Page `page` of the event list for `query` (upcoming or past, the viewer's own, kind, format).
pub fn events(query: &crate::model::event_view::EventQuery) -> String {
    let mut params = Vec::new();
    if query.past {
        params.push("past=true".to_string());
    }
    if query.mine {
        params.push("mine=true".to_string());
    }
    if let Some(k) = query.kind {
        params.push(format!("kind={}", k.as_str()));
    }
    if let Some(f) = query.format {
        params.push(format!("format={}", f.as_str()));
    }
    if query.page > 1 {
        params.push(format!("page={}", query.page));
    }
    if params.is_empty() {
        EVENTS.to_string()
    } else {
        format!("{EVENTS}?{}", params.join("&"))
    }
}

/// A project's page.
pub fn project(id: crate::model::ProjectId) -> String {
    format!("{PROJECTS}/{id}")
}

/// An inbound case's page.
pub fn referral(id: crate::model::ReferralId) -> String {
    format!("{REFERRALS}/{id}")
}

/// The form that starts a thread about a project.
pub fn new_thread_about(id: crate::model::ProjectId) -> String {
    format!("{NEW_THREAD}?project={id}")
}

/// The form that creates an event about a project.
pub fn new_event_about(id: crate::model::ProjectId) -> String {
    format!("{NEW_EVENT}?project={id}")
}

/// The form a project is edited with.
pub fn edit_project(id: crate::model::ProjectId) -> String {
    format!("{PROJECTS}/{id}/edit")
}

/// The project list with `query`'s filters.
pub fn projects(query: &crate::model::project_view::ProjectQuery) -> String {
    let mut params = Vec::new();
    if query.in_review {
        params.push("review=true".to_string());
    }
    if let Some(d) = query.direction {
        params.push(format!("direction={}", d.as_str()));
    }
    if !query.country.is_empty() {
        params.push(format!("country={}", query.country));
    }
    if let Some(p) = query.phase {
        params.push(format!("phase={}", p.as_str()));
    }
    if let Some(s) = query.support {
        params.push(format!("support={}", s.as_str()));
    }
    if let Some(o) = query.organization {
        params.push(format!("organization={o}"));
    }
    if !query.org.is_empty() {
        params.push(format!("org={}", encode_query_value(&query.org)));
    }
    if query.page > 1 {
        params.push(format!("page={}", query.page));
    }
    if params.is_empty() {
        PROJECTS.to_string()
    } else {
        format!("{PROJECTS}?{}", params.join("&"))
    }
}

/// Post `number` of a thread, on the thread's page `page`.
pub fn post(id: ThreadId, page: u32, number: u32) -> String {
    format!("{}#post-{number}", thread(id, page))
}

/// A post where it sits.
pub fn post_at(place: &crate::model::moderation::PostPlace) -> String {
    post(place.thread_id, place.page, place.number)
}

/// Page `page` of the thread list, all threads or one category's.
pub fn threads(category: Option<CategoryId>, page: u32) -> String {
    let mut params = Vec::new();
    if let Some(c) = category {
        params.push(format!("category={c}"));
    }
    if page > 1 {
        params.push(format!("page={page}"));
    }
    if params.is_empty() {
        THREADS.to_string()
    } else {
        format!("{THREADS}?{}", params.join("&"))
    }
}

/// The moderation log's page for `query` (filters and page).
pub fn moderation_log(query: &crate::model::moderation::LogQuery) -> String {
    let mut params = Vec::new();
    if let Some(m) = query.moderator {
        params.push(format!("moderator={m}"));
    }
    if let Some(a) = query.action {
        params.push(format!("action={}", a.as_str()));
    }
    if let Some(m) = query.member {
        params.push(format!("member={m}"));
    }
    if query.page > 1 {
        params.push(format!("page={}", query.page));
    }
    if params.is_empty() {
        MODERATION_LOG.to_string()
    } else {
        format!("{MODERATION_LOG}?{}", params.join("&"))
    }
}

pub fn organization_profile(id: OrganizationId) -> String {
    format!("{DIRECTORY}/{id}")
}

/// The login page, coming back to `path` afterwards.
pub fn login_returning_to(path: &str) -> String {
    returning_to(LOGIN, path)
}

/// The code step of a login that goes on to `path` afterwards.
pub fn login_code_returning_to(path: &str) -> String {
    returning_to(LOGIN_CODE, path)
}

fn returning_to(page: &str, path: &str) -> String {
    match safe_return_path(path) {
        Some(path) if path != HOME => format!("{page}?next={}", encode_query_value(path)),
        _ => page.to_string(),
    }
}

/// `next` if it is a path on this site (`/…`), never another site (`//host`, `/\host`,
/// `https://…`) or a script; `None` otherwise.
pub fn safe_return_path(next: &str) -> Option<&str> {
    let on_site = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control);
    on_site.then_some(next)
}

/// Percent-encodes what would end or confuse a query value.
pub fn encode_query_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::registrant::RegistrantQuery;

    #[test]
    fn link_tokens_stay_out_of_logs() {
        let token = "a".repeat(64);
        assert_eq!(
            loggable_path(&reset_link(&token)),
            "/password/reset/[token]"
        );
        assert_eq!(
            loggable_path(&invitation_link(&token)),
            "/invitations/[token]"
        );
        assert_eq!(loggable_path("/directory/3"), "/directory/3");
        assert_eq!(loggable_path(RESET_LINK), RESET_LINK);
    }

    #[test]
    fn return_paths_stay_on_this_site() {
        assert_eq!(safe_return_path("/directory/3"), Some("/directory/3"));
        assert_eq!(
            safe_return_path("/directory?q=a&page=2"),
            Some("/directory?q=a&page=2")
        );
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "",
            "/a\nb",
        ] {
            assert_eq!(safe_return_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn pages_name_who_may_open_them() {
        assert_eq!(page_access("/"), PageAccess::Public);
        assert_eq!(page_access("/login"), PageAccess::Public);
        assert_eq!(page_access("/dashboard"), PageAccess::Member);
        assert_eq!(page_access("/directory/3"), PageAccess::Member);
        assert_eq!(page_access("/profile/two-step"), PageAccess::Member);
        assert_eq!(
            page_access("/dashboardx"),
            PageAccess::Public,
            "not a page of ours"
        );
        assert!(may_open(ADMIN, Role::Staff));
        assert!(!may_open(ADMIN, Role::OrgAdmin));
        assert!(!may_open(SECURITY_LOG, Role::Staff));
        assert!(may_open(SECURITY_LOG, Role::Admin));
        assert!(!may_open(ORGANIZATION, Role::Member));
        assert!(may_open(ORGANIZATION, Role::OrgAdmin));
        assert!(may_open(PROFILE, Role::Member));
        assert!(may_open(NOTIFICATIONS, Role::Member));
        assert!(!may_open(MODERATION, Role::OrgAdmin));
        assert!(may_open(MODERATION, Role::Staff));
        assert!(!may_open(MODERATION_LOG, Role::Member));
        assert!(may_open(MODERATION_LOG, Role::Staff));
        assert!(may_open("/events/4", Role::Member));
        assert!(!may_open(NEW_EVENT, Role::OrgAdmin));
        assert!(!may_open("/events/4/edit", Role::Member));
        assert!(may_open("/events/4/edit", Role::Staff));
        let registrants = registrants(&RegistrantQuery::of(EventId(4)));
        assert!(!may_open(&registrants, Role::OrgAdmin));
        assert!(may_open(&registrants, Role::Staff));
        assert!(!may_open(&registrants_csv(EventId(4)), Role::Member));
        let found = RegistrantQuery {
            status: Some(crate::model::registration::RegistrationStatus::Pending),
            q: "よしだ".into(),
            page: 2,
            ..RegistrantQuery::of(EventId(4))
        };
        assert_eq!(
            super::registrants(&found),
            "/events/4/registrants?status=pending&q=%E3%82%88%E3%81%97%E3%81%A0&page=2"
        );
    }

    #[test]
    fn pages_with_an_address_of_their_own() {
        assert_eq!(
            page_subject("/directory/12"),
            Some(PageSubject::Organization("12"))
        );
        assert_eq!(
            page_subject(&invitation_link("abc")),
            Some(PageSubject::Invitation("abc"))
        );
        assert_eq!(
            page_subject(&reset_link("abc")),
            Some(PageSubject::ResetLink("abc"))
        );
        assert_eq!(page_subject("/threads/7"), Some(PageSubject::Thread("7")));
        assert_eq!(page_subject(NEW_THREAD), None);
        assert_eq!(page_subject("/events/4"), Some(PageSubject::Event("4")));
        assert_eq!(
            page_subject("/events/4/edit"),
            Some(PageSubject::Event("4"))
        );
        assert_eq!(
            page_subject("/events/4/registrants"),
            Some(PageSubject::Event("4"))
        );
        for digest in [digest(EventId(4)), edit_digest(EventId(4))] {
            assert_eq!(page_subject(&digest), Some(PageSubject::Event("4")));
        }
        assert_eq!(page_subject(NEW_EVENT), None);
        assert_eq!(
            page_subject(&referral(crate::model::ReferralId(3))),
            Some(PageSubject::Referral("3"))
        );
        assert_eq!(page_subject(NEW_REFERRAL), None);
        assert_eq!(page_subject(REFERRAL_ACCEPTANCE), None);
        assert_eq!(page_subject(DIGESTS), None);
        assert_eq!(page_subject(THREAD_SEARCH), None);
        for none in [
            "/directory",
            "/directory/",
            "/directory/1/x",
            "/invitations/",
            "/profile",
        ] {
            assert_eq!(page_subject(none), None, "{none}");
        }
    }

    #[test]
    fn moderation_log_addresses_carry_their_filters() {
        use crate::model::moderation::{LogQuery, ModAction};
        assert_eq!(moderation_log(&LogQuery::default()), MODERATION_LOG);
        let query = LogQuery {
            moderator: Some(crate::model::UserId(2)),
            action: Some(ModAction::Hide),
            member: None,
            page: 3,
        };
        assert_eq!(
            moderation_log(&query),
            "/moderation/log?moderator=2&action=hide&page=3"
        );
    }

    #[test]
    fn login_link_carries_the_return_path() {
        assert_eq!(login_returning_to("/profile"), "/login?next=/profile");
        assert_eq!(
            login_returning_to("/directory?q=a&page=2"),
            "/login?next=/directory%3Fq%3Da%26page%3D2"
        );
        assert_eq!(login_returning_to("/"), "/login");
        assert_eq!(login_returning_to("//evil.example"), "/login");
    }
}
