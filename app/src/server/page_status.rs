//! A page's HTTP status, decided before it renders: pages stream, so their status goes out with
//! the first bytes, before the page's own data has loaded. A visitor on a members' page is sent
//! to log in (and back afterwards), a member without the right gets 403, an organization or a
//! mailed link that does not exist 404 (a used or expired one 410). The page itself still says so
//! in its own words; the rules are the ones the pages and server functions use (`routes`).

use http::StatusCode;
use tower_sessions::Session;

use super::auth::{PageCache, signed_in_user};
use super::service::{directory, invitation, password_reset, referral, registration, thread};
use super::state::AppState;
use crate::model::permissions::Person;
use crate::model::{AppError, EventId, OrganizationId, ReferralId, ThreadId};
use crate::routes::{self, PageAccess, PageSubject};

/// How the server answers a request for a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageAnswer {
    /// Render the page as it is (200).
    Render,
    /// Send a visitor to log in; the location comes back to the page afterwards.
    LogIn(String),
    /// Render the page with this status.
    Status(StatusCode),
}

/// The answer for the page at `path` (`target`: the path with its query, to come back to).
pub async fn answer(
    state: &AppState,
    session: &Session,
    cache: &PageCache,
    path: &str,
    target: &str,
) -> Result<PageAnswer, AppError> {
    let access = routes::page_access(path);
    let mut viewer = None;
    if access != PageAccess::Public {
        let Some(user) = signed_in_user(state, session, Some(cache)).await? else {
            return Ok(PageAnswer::LogIn(routes::login_returning_to(target)));
        };
        if !routes::may_open(path, user.role) {
            return Ok(PageAnswer::Status(StatusCode::FORBIDDEN));
        }
        viewer = Some(Person {
            id: user.id,
            role: user.role,
            organization_id: user.organization_id,
        });
    }
    let Some(subject) = routes::page_subject(path) else {
        return Ok(PageAnswer::Render);
    };
    let found = match subject {
        PageSubject::Organization(id) => match id.parse::<OrganizationId>() {
            Ok(id) => directory::profile(&state.db, id).await.map(drop),
            Err(_not_a_number) => Err(AppError::NotFound),
        },
        // A thread awaiting approval is there only for its author and the moderators.
        PageSubject::Thread(id) => match (id.parse::<ThreadId>(), viewer) {
            (Ok(id), Some(viewer)) => thread::visible_thread(&state.db, &viewer, id)
                .await
                .map(drop),
            _ => Err(AppError::NotFound),
        },
        PageSubject::Event(id) => match (id.parse::<EventId>(), viewer) {
            (Ok(id), Some(viewer)) => registration::visible_event(&state.db, &viewer, id, false)
                .await
                .map(drop),
            _ => Err(AppError::NotFound),
        },
        // A case is there only for its submitter, the institutions it reached and staff.
        PageSubject::Referral(id) => match (id.parse::<ReferralId>(), viewer) {
            (Ok(id), Some(viewer)) => referral::visible(&state.db, &viewer, id).await.map(drop),
            _ => Err(AppError::NotFound),
        },
        PageSubject::Invitation(token) => invitation::info(&state.db, token).await.map(drop),
        PageSubject::ResetLink(token) => password_reset::check(&state.db, token).await,
    };
    Ok(match found {
        Ok(()) => PageAnswer::Render,
        Err(AppError::NotFound) => PageAnswer::Status(StatusCode::NOT_FOUND),
        Err(AppError::Conflict { .. }) => PageAnswer::Status(StatusCode::GONE),
        Err(e) => return Err(e),
    })
}
