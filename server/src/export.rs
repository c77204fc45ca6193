//! Files staff download: an event's registrants as CSV. A plain GET route (a download link),
//! checked like every server function: logged in, and allowed to manage events.

use app::model::permissions::{Action, allows};
use app::model::{AppError, EventId};
use app::server::auth::signed_in_user;
use app::server::service::registrant;
use app::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

/// `GET /events/{id}/registrants.csv`
pub async fn registrants_csv(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i32>,
) -> Response {
    let answer = async {
        let user = signed_in_user(&state, &session, None)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        if !allows(user.role, Action::ManageEvents) {
            return Err(AppError::Forbidden);
        }
        registrant::csv(&state.db, EventId(id), user.locale).await
    };
    match answer.await {
        Ok((name, bytes)) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
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
