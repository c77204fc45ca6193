//! The glue between sessions and server functions: who is calling, and may they do this.

use axum_client_ip::ClientIp;
use sea_orm::EntityTrait;
use tower_sessions::Session;

use super::db::{entity::user, internal};
use super::state::{AppState, app_state};
use crate::model::permissions::{Action, allows};
use crate::model::{AppError, Role, UserStatus};

const USER_ID: &str = "user_id";
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
    pub role: Role,
}

impl Actor {
    pub fn id(&self) -> i32 {
        self.user.id
    }

    pub fn organization_id(&self) -> i32 {
        self.user.organization_id
    }
}

pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|e| {
        tracing::error!(error = %e, "session layer missing");
        AppError::Internal
    })
}

/// The active user behind this request's session, if any. A suspended or deleted account, or a
/// password changed since the session began, ends the session.
pub async fn current_actor(state: &AppState) -> Result<Option<Actor>, AppError> {
    let session = session().await?;
    let Some(id) = session
        .get::<i32>(USER_ID)
        .await
        .map_err(|_| AppError::Internal)?
    else {
        return Ok(None);
    };
    let found = user::Entity::find_by_id(id)
        .one(&state.db)
        .await
        .map_err(internal)?;
    let stamp = session
        .get::<String>(PASSWORD_STAMP)
        .await
        .map_err(|_| AppError::Internal)?;
    match found {
        Some(u)
            if u.status == UserStatus::Active.as_str()
                && stamp.as_deref() == Some(password_stamp(&u).as_str()) =>
        {
            let role = Role::parse(&u.role).unwrap_or(Role::Member);
            Ok(Some(Actor { user: u, role }))
        }
        _ => {
            session.flush().await.map_err(|_| AppError::Internal)?;
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
    if !allows(actor.role, action) {
        return Err(AppError::Forbidden);
    }
    Ok((state, actor))
}

/// Starts an authenticated session under a new id, so a session id seen before login is useless.
/// Also called after a password change, to keep this session while the others end.
pub async fn log_in(user: &user::Model) -> Result<(), AppError> {
    let session = session().await?;
    session.cycle_id().await.map_err(|_| AppError::Internal)?;
    session
        .insert(USER_ID, user.id)
        .await
        .map_err(|_| AppError::Internal)?;
    session
        .insert(PASSWORD_STAMP, password_stamp(user))
        .await
        .map_err(|_| AppError::Internal)
}

/// Ends the session on the server and clears it.
pub async fn log_out() -> Result<(), AppError> {
    session()
        .await?
        .flush()
        .await
        .map_err(|_| AppError::Internal)
}

/// The client's address, from the source the server is configured with (the TCP peer, or the
/// header set by the reverse proxy in front); "unknown" when that source has none.
pub async fn client_ip() -> String {
    leptos_axum::extract::<ClientIp>()
        .await
        .map(|ClientIp(ip)| ip.to_string())
        .unwrap_or_else(|_| "unknown".to_string())
}
