//! Files rather than pages: an event's registrants as CSV (staff), an event's calendar file (any
//! member who may see the event) and a member's calendar feed (at its secret address, for
//! calendar apps, which carry no session). Plain GET routes, checked like every server function.

use app::model::permissions::{Action, allows};
use app::model::{AppError, EventId};
use app::server::auth::signed_in_user;
use app::server::db::entity::user;
use app::server::service::{calendar, registrant};
use app::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

const CSV: &str = "text/csv; charset=utf-8";
const CALENDAR: &str = "text/calendar; charset=utf-8";

/// `GET /events/{id}/registrants.csv`
pub async fn registrants_csv(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i32>,
) -> Response {
    let answer = async {
        let user = member(&state, &session).await?;
        if !allows(user.role, Action::ManageEvents) {
            return Err(AppError::Forbidden);
        }
        registrant::csv(&state.db, EventId(id), user.locale).await
    };
    file(answer.await, CSV)
}

/// `GET /events/{id}/calendar.ics`
pub async fn event_calendar(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i32>,
) -> Response {
    let answer = async {
        let user = member(&state, &session).await?;
        let (name, text) =
            calendar::event_file(&state.db, &user, EventId(id), state.site()).await?;
        Ok((name, text.into_bytes()))
    };
    file(answer.await, CALENDAR)
}

/// `GET /calendar/{token}/events.ics`: calendar apps read it without a session; the secret
/// address is the key.
pub async fn calendar_feed(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    let answer = calendar::feed(&state.db, &token, state.site())
        .await
        .map(|text| ("mej-forum.ics".to_string(), text.into_bytes()));
    file(answer, CALENDAR)
}

/// The logged-in member, or `Unauthenticated`.
async fn member(state: &AppState, session: &Session) -> Result<user::Model, AppError> {
    signed_in_user(state, session, None)
        .await?
        .ok_or(AppError::Unauthenticated)
}

/// A download named `name`, never cached (it holds personal data); an error as its status.
fn file(answer: Result<(String, Vec<u8>), AppError>, content_type: &str) -> Response {
    match answer {
        Ok((name, bytes)) => (
            [
                (header::CONTENT_TYPE, content_type.to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{name}\""),
                ),
                (header::CACHE_CONTROL, "no-store".to_string()),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => {
            let status =
                StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, e.to_string()).into_response()
        }
    }
}
