//! The glue between sessions and server functions: who is calling, and may they do this.

use std::future::Future;
use std::sync::Arc;

use axum_client_ip::ClientIp;
use leptos::prelude::{provide_context, use_context};
use sea_orm::EntityTrait;
use tokio::sync::OnceCell;
use tower_sessions::Session;

use super::db::entity::user;
use super::state::{AppState, app_state};
use crate::model::error::internal;
use crate::model::moderation::{Reason, Silence, silence_at};
use crate::model::permissions::{Action, Person, allows};
use crate::model::{AppError, OrganizationId, Role, UserId, UserStatus};

use super::service::two_factor::{self, Entry};
use super::session_store::{DEVICE, LAST_SEEN_AT, SIGNED_IN_AT, USER_ID};
use crate::model::ConflictKind;
use crate::model::auth::CurrentUser;
use crate::model::two_factor::{PENDING_LOGIN_MINUTES, required_for};

/// A session ends this long after its login, however active (seconds: 14 days).
pub const ABSOLUTE_LIFETIME_SECS: i64 = 14 * 24 * 3600;
/// A session ends after this long without activity (12 hours); see the session layer's expiry.
pub const IDLE_TIMEOUT_SECS: i64 = 12 * 3600;
/// Activity is recorded (and the idle timeout pushed back) at most this often, so a busy member
/// does not cost a database write per request.
const LAST_SEEN_STEP_SECS: i64 = 5 * 60;
/// The longest device description kept.
const DEVICE_MAX_CHARS: usize = 200;

/// Which password the session was started with: changing the password ends every other session.
const PASSWORD_STAMP: &str = "password_stamp";

/// A short digest of the stored password hash (itself salted), kept in the session.
fn password_stamp(u: &user::Model) -> String {
    crate::server::token::sha256_hex(&u.password_hash)[..16].to_string()
}

/// The caller of a server function, after authentication.
#[derive(Clone, Debug)]
pub struct Actor {
    pub user: user::Model,
    /// Where the request came from (see `client_ip`), for the security log.
    pub client_ip: String,
}

impl Actor {
    pub fn id(&self) -> UserId {
        self.user.id
    }

    pub fn role(&self) -> Role {
        self.user.role
    }

    pub fn organization_id(&self) -> OrganizationId {
        self.user.organization_id
    }

    /// The silence staff put on the member, while it holds.
    pub fn silence(&self) -> Option<Silence> {
        let u = &self.user;
        let reason = Reason::given(u.silence_template, u.silence_note.as_deref().unwrap_or(""));
        silence_at(u.silenced_until, reason, chrono::Utc::now())
    }

    /// The caller as the object rules in `model::permissions` see them.
    pub fn person(&self) -> Person {
        person_of(&self.user)
    }
}

/// A member as the object rules in `model::permissions` see them.
pub fn person_of(user: &user::Model) -> Person {
    Person {
        id: user.id,
        role: user.role,
        organization_id: user.organization_id,
    }
}

pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|e| {
        tracing::error!(error = %e, "session layer missing");
        AppError::Internal
    })
}

/// What a GET request (a page, or a server function that only reads) looks up once however
/// often it is asked: the signed-in user (the page's status check, the header and the page's
/// data each want it) and the header's summary of them. The page-status layer puts one in each
/// GET request; a login or logout (a POST) changes the answer mid-request, so it has none.
#[derive(Clone, Default)]
pub struct PageCache {
    user: Arc<OnceCell<Option<user::Model>>>,
    current_user: Arc<OnceCell<Option<CurrentUser>>>,
}

impl PageCache {
    /// Hands the request's cache (if it has one) to the server functions its page calls.
    pub fn provide() {
        if let Some(cache) = use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<PageCache>().cloned())
        {
            provide_context(cache);
        }
    }

    /// The summary the header shows, made once per request by `make`.
    pub async fn current_user<F, Fut>(make: F) -> Result<Option<CurrentUser>, AppError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Option<CurrentUser>, AppError>>,
    {
        match use_context::<PageCache>() {
            Some(cache) => cache.current_user.get_or_try_init(make).await.cloned(),
            None => make().await,
        }
    }
}

/// The active user behind `session` (see [`user_of`]), looked up once per request with a cache.
pub async fn signed_in_user(
    state: &AppState,
    session: &Session,
    cache: Option<&PageCache>,
) -> Result<Option<user::Model>, AppError> {
    match cache {
        Some(cache) => cache
            .user
            .get_or_try_init(|| user_of(state, session))
            .await
            .cloned(),
        None => user_of(state, session).await,
    }
}

/// The active user behind this request's session, if any (see [`user_of`]).
pub async fn current_actor(state: &AppState) -> Result<Option<Actor>, AppError> {
    let session = session().await?;
    let cache = use_context::<PageCache>();
    let Some(user) = signed_in_user(state, &session, cache.as_ref()).await? else {
        return Ok(None);
    };
    Ok(Some(Actor {
        user,
        client_ip: client_ip().await,
    }))
}

/// The active user behind `session`, if any. A suspended or deleted account, a password changed
/// since the session began, or a login older than the absolute lifetime ends the session.
/// Activity is recorded every few minutes, which pushes the idle timeout back.
async fn user_of(state: &AppState, session: &Session) -> Result<Option<user::Model>, AppError> {
    let Some(id) = session.get::<UserId>(USER_ID).await.map_err(internal)? else {
        return Ok(None);
    };
    let found = user::Entity::find_by_id(id).one(&state.db).await?;
    let stamp = session
        .get::<String>(PASSWORD_STAMP)
        .await
        .map_err(internal)?;
    let now = chrono::Utc::now().timestamp();
    let signed_in_at = session.get::<i64>(SIGNED_IN_AT).await.map_err(internal)?;
    let fresh = signed_in_at.is_some_and(|t| now - t < ABSOLUTE_LIFETIME_SECS);
    match found {
        Some(u)
            if u.status == UserStatus::Active
                && fresh
                && stamp.as_deref() == Some(password_stamp(&u).as_str()) =>
        {
            let last_seen = session.get::<i64>(LAST_SEEN_AT).await.map_err(internal)?;
            if last_seen.is_none_or(|t| now - t >= LAST_SEEN_STEP_SECS) {
                session.insert(LAST_SEEN_AT, now).await.map_err(internal)?;
            }
            tracing::Span::current().record("user_id", u.id.0);
            Ok(Some(u))
        }
        _ => {
            session.flush().await.map_err(internal)?;
            Ok(None)
        }
    }
}

/// The calling user, who must be logged in and allowed to perform `action`.
pub async fn require(action: Action) -> Result<(AppState, Actor), AppError> {
    let state = app_state()?;
    let actor = current_actor(&state)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if !allows(actor.role(), action) {
        return Err(AppError::Forbidden);
    }
    // A silenced member reads, but does not write in the threads (start, reply, edit, preview).
    if action == Action::PostInThreads && actor.silence().is_some() {
        return Err(AppError::conflict(ConflictKind::Silenced));
    }
    if action != Action::SetUpTwoFactor
        && required_for(actor.role())
        && !two_factor::is_enabled(&state.db, actor.id()).await?
    {
        return Err(AppError::TwoFactorSetupNeeded);
    }
    Ok((state, actor))
}

/// Who gave the right password and now owes the code, and since when (session keys).
const AWAITING_CODE_USER_ID: &str = "awaiting_code_user_id";
const AWAITING_CODE_SINCE: &str = "awaiting_code_since";

/// Goes on from a correct password (or a reset link): logs this browser in, or remembers in the
/// session, under a new id, who now owes the second step. Returns the user when logged in.
pub async fn enter(entry: Entry) -> Result<Option<user::Model>, AppError> {
    match entry {
        Entry::Complete(user) => {
            log_in(&user).await?;
            Ok(Some(*user))
        }
        Entry::CodeNeeded(id) => {
            let session = session().await?;
            session.clear().await;
            session.cycle_id().await.map_err(internal)?;
            session
                .insert(AWAITING_CODE_USER_ID, id)
                .await
                .map_err(internal)?;
            session
                .insert(AWAITING_CODE_SINCE, chrono::Utc::now().timestamp())
                .await
                .map_err(internal)?;
            Ok(None)
        }
    }
}

/// The user who gave the right password in this browser within the last few minutes and owes
/// the code.
pub async fn awaiting_code() -> Result<UserId, AppError> {
    let session = session().await?;
    let id = session
        .get::<UserId>(AWAITING_CODE_USER_ID)
        .await
        .map_err(internal)?;
    let since = session
        .get::<i64>(AWAITING_CODE_SINCE)
        .await
        .map_err(internal)?;
    let now = chrono::Utc::now().timestamp();
    match (id, since) {
        (Some(id), Some(t)) if now - t < PENDING_LOGIN_MINUTES * 60 => Ok(id),
        _ => Err(AppError::conflict(ConflictKind::LoginCodeExpired)),
    }
}

/// Starts an authenticated session under a new id, so a session id seen before login is useless.
/// Also called after a password change, to keep this session while the others end.
pub async fn log_in(user: &user::Model) -> Result<(), AppError> {
    let session = session().await?;
    session.cycle_id().await.map_err(internal)?;
    for key in [AWAITING_CODE_USER_ID, AWAITING_CODE_SINCE] {
        session
            .remove::<serde_json::Value>(key)
            .await
            .map_err(internal)?;
    }
    let now = chrono::Utc::now().timestamp();
    let device: String = user_agent().await.chars().take(DEVICE_MAX_CHARS).collect();
    session.insert(USER_ID, user.id).await.map_err(internal)?;
    session.insert(SIGNED_IN_AT, now).await.map_err(internal)?;
    session.insert(LAST_SEEN_AT, now).await.map_err(internal)?;
    session.insert(DEVICE, device).await.map_err(internal)?;
    session
        .insert(PASSWORD_STAMP, password_stamp(user))
        .await
        .map_err(internal)
}

/// The row key of this request's session (empty when it has none yet).
pub async fn current_session_key() -> Result<String, AppError> {
    Ok(session()
        .await?
        .id()
        .map(|id| super::session_store::row_id(&id))
        .unwrap_or_default())
}

/// The browser's `User-Agent`, or nothing.
async fn user_agent() -> String {
    leptos_axum::extract::<axum::http::HeaderMap>()
        .await
        .ok()
        .and_then(|h| {
            h.get(axum::http::header::USER_AGENT)?
                .to_str()
                .ok()
                .map(str::to_string)
        })
        .unwrap_or_default()
}

/// Ends the session on the server and clears it.
pub async fn log_out() -> Result<(), AppError> {
    session().await?.flush().await.map_err(internal)
}

/// The client's address, from the source the server is configured with (the TCP peer, or the
/// header set by the reverse proxy in front); "unknown" when that source has none.
pub async fn client_ip() -> String {
    leptos_axum::extract::<ClientIp>()
        .await
        .map(|ClientIp(ip)| ip.to_string())
        .unwrap_or_else(|_| "unknown".to_string())
}
