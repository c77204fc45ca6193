//! The axum application: Leptos pages and server functions, health check, static files, layers.

use std::time::Duration;

use app::server::session_store::DbSessionStore;
use app::server::state::AppState;
use app::{App, shell};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Router, middleware};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::config::WebSettings;
use crate::middleware::{
    SitePolicy, api_error_status, check_origin, on_site_redirects, page_status, security_headers,
};

/// The largest request body accepted: forms are small; a long post with its markdown fits.
pub const BODY_LIMIT_BYTES: usize = 256 * 1024;

/// `GET /healthz`: 200 when the database answers.
async fn healthz(db: DatabaseConnection) -> (StatusCode, &'static str) {
    match db.execute_unprepared("SELECT 1").await {
        Ok(_) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

/// `GET /robots.txt`: members' pages stay out of search engines.
async fn robots() -> ([(axum::http::HeaderName, &'static str); 1], &'static str) {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; charset=utf-8",
        )],
        include_str!("robots.txt"),
    )
}

/// The pages' route list, generated once per process. Generating it renders the app with
/// resource loading switched off by a process-wide flag (leptos_server's
/// `SuppressResourceLoad`): a page rendering at that moment on another thread would wait forever
/// for its data. So no router built later (each test builds its own) generates it again.
static ROUTES: std::sync::LazyLock<Vec<leptos_axum::AxumRouteListing>> =
    std::sync::LazyLock::new(|| generate_route_list(App));

/// Builds the whole application around an open, migrated database.
pub fn build_router(
    db: DatabaseConnection,
    leptos_options: LeptosOptions,
    web: WebSettings,
) -> Router {
    let state = AppState {
        db: db.clone(),
        mail: web.mail.sender(),
        public_url: web.public_url.clone(),
        registrations: Default::default(),
        project_match_index: Default::default(),
        organization_match_index: Default::default(),
    };
    let page_state = state.clone();
    let export_state = state.clone();
    let context = move || {
        provide_context(state.clone());
        leptos::nonce::provide_nonce();
        app::server::auth::PageCache::provide();
    };
    let routes = ROUTES.clone();
    // Over HTTPS the session cookie is `Secure` and carries the `__Host-` prefix: browsers then
    // refuse it from plain HTTP and from any other host, subdomains included.
    let https = web.public_url.starts_with("https://");
    let policy = SitePolicy {
        scheme: if https { "https" } else { "http" }.to_string(),
        session_cookie: if https {
            "__Host-mej_session"
        } else {
            "mej_session"
        }
        .to_string(),
    };
    let sessions = SessionManagerLayer::new(DbSessionStore::new(db.clone()))
        .with_name(policy.session_cookie.clone())
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(web.cookie_secure || https)
        // Idle sessions end after 12 hours (activity is recorded every few minutes, which pushes
        // the expiry back); `auth::current_actor` ends any session 14 days after its login.
        .with_expiry(Expiry::OnInactivity(
            tower_sessions::cookie::time::Duration::seconds(app::server::auth::IDLE_TIMEOUT_SECS),
        ));
    let x_request_id = axum::http::HeaderName::from_static("x-request-id");

    Router::new()
        .route("/healthz", get({
            let db = db.clone();
            move || healthz(db.clone())
        }))
        .route("/robots.txt", get(robots))
        .route(
            "/events/{id}/registrants.csv",
            get(crate::export::registrants_csv).with_state(export_state.clone()),
        )
        .route(
            "/events/{id}/calendar.ics",
            get(crate::export::event_calendar).with_state(export_state.clone()),
        )
        .route(
            "/calendar/{token}/events.ics",
            get(crate::export::calendar_feed).with_state(export_state),
        )
        .leptos_routes_with_context(&leptos_options, routes, context.clone(), {
            let options = leptos_options.clone();
            move || shell(options.clone())
        })
        // Unknown addresses render the not-found page with the same context as every page, so
        // its header knows who is logged in.
        .fallback(leptos_axum::file_and_error_handler_with_context(context, shell))
        .layer(middleware::from_fn(api_error_status))
        .layer(middleware::from_fn_with_state(page_state, page_status))
        .layer(middleware::from_fn(on_site_redirects))
        // Bodies over the limit answer 413 before anything reads them (or, without a length,
        // as soon as reading passes the limit).
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT_BYTES))
        .layer(sessions)
        .layer(web.client_ip_source.into_extension())
        .layer(middleware::from_fn_with_state(policy.clone(), check_origin))
        .layer(middleware::from_fn_with_state(policy, security_headers))
        .layer(CompressionLayer::new())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &axum::http::Request<_>| {
                    let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
                    tracing::info_span!("request", method = %req.method(), path = %app::routes::loggable_path(req.uri().path()), request_id = %id, user_id = tracing::field::Empty)
                })
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(PropagateRequestIdLayer::new(x_request_id.clone()))
        .layer(SetRequestIdLayer::new(x_request_id, MakeRequestUuid))
        .with_state(leptos_options)
}

/// Deletes expired sessions and throttle counters whose window has passed, every hour.
pub fn spawn_session_cleanup(db: DatabaseConnection) {
    use tower_sessions::session_store::ExpiredDeletion;
    tokio::spawn(async move {
        let store = DbSessionStore::new(db.clone());
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tick.tick().await;
            if let Err(e) = store.delete_expired().await {
                tracing::warn!(error = %e, "expired session cleanup failed");
            }
            if let Err(e) = app::server::service::throttle::purge_expired(&db).await {
                tracing::warn!(error = ?e, "expired throttle cleanup failed");
            }
        }
    });
}
