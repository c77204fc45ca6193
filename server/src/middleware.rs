//! Request layers of our own: refusing foreign origins, security headers, and giving pages and
//! server function errors their HTTP status.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use app::model::AppError;
use app::server::auth::PageCache;
use app::server::page_status::{self, PageAnswer};
use app::server::state::AppState;

/// What the request layers know of the site.
#[derive(Clone, Debug)]
pub struct SitePolicy {
    /// The scheme the site is served over (`http` or `https`, from `PUBLIC_URL`).
    pub scheme: String,
    /// The session cookie's name.
    pub session_cookie: String,
}

/// Refuses state-changing requests that a page of another site could have made in the user's
/// name (see [`judge_source`]), and server-function calls in any body format but the form
/// encoding our pages send (`text/plain` is one a foreign page can send without asking).
pub async fn check_origin(
    axum::extract::State(policy): axum::extract::State<SitePolicy>,
    req: Request,
    next: Next,
) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    if let Err(why) = judge_source(req.headers(), &policy) {
        return (StatusCode::FORBIDDEN, why).into_response();
    }
    if req.uri().path().starts_with("/api/") && !is_form_encoded(req.headers()) {
        return (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "server functions take application/x-www-form-urlencoded",
        )
            .into_response();
    }
    next.run(req).await
}

/// Where a state-changing request comes from, as browsers tell it:
/// - `Sec-Fetch-Site` (sent by every current browser, not settable by pages) must be
///   `same-origin` (or `none`: typed by the user);
/// - `Origin`, or without it `Referer`, must be readable and name this site, with the scheme the
///   site is served over and the host the request addresses;
/// - a request with none of the three headers comes from a program, not a browser page. It may
///   pass only without a session cookie: such a client acts in nobody's name but its own (it can
///   log in, throttled like anyone), while a browser request carrying a session always names its
///   source.
pub fn judge_source(headers: &HeaderMap, policy: &SitePolicy) -> Result<(), &'static str> {
    let fetch_site = headers.get("sec-fetch-site");
    if let Some(site) = fetch_site
        && !matches!(site.as_bytes(), b"same-origin" | b"none")
    {
        return Err("cross-site request refused");
    }
    let Some(source) = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
    else {
        return if fetch_site.is_some() || !has_cookie(headers, &policy.session_cookie) {
            Ok(())
        } else {
            Err("request without Origin refused")
        };
    };
    let source = source
        .to_str()
        .map_err(|_not_text| "unreadable Origin refused")?
        .to_ascii_lowercase();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_ascii_lowercase)
        .ok_or("request without Host refused")?;
    let (scheme, rest) = source
        .split_once("://")
        .ok_or("cross-origin request refused")?;
    let source_host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    if scheme == policy.scheme && source_host == host {
        Ok(())
    } else {
        Err("cross-origin request refused")
    }
}

fn has_cookie(headers: &HeaderMap, name: &str) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .any(|pair| pair.trim().split('=').next() == Some(name))
}

fn is_form_encoded(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| {
            t.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

impl SitePolicy {
    fn https(&self) -> bool {
        self.scheme == "https"
    }
}

/// Headers every response carries. Pages set their own CSP (with a nonce); everything else gets
/// a closed one. Pages and server-function answers are personal (the header shows who is logged
/// in), so no cache keeps them (`no-store`); the static files under `/pkg/` may be cached. Over
/// HTTPS, browsers are told to come back only over HTTPS (HSTS).
pub async fn security_headers(
    axum::extract::State(policy): axum::extract::State<SitePolicy>,
    req: Request,
    next: Next,
) -> Response {
    let personal = !req.uri().path().starts_with("/pkg/");
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if personal {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if policy.https() {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; object-src 'none'; frame-ancestors 'none'",
            ),
        );
    }
    res
}

/// A form posted without JavaScript is answered with a redirect back to its page (the request's
/// `Referer`); any redirect that would leave this site goes to the home page instead.
pub async fn on_site_redirects(req: Request, next: Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let mut res = next.run(req).await;
    if res.status().is_redirection()
        && let Some(location) = res.headers().get(header::LOCATION)
        && !location.to_str().is_ok_and(|l| is_on_site(l, &host))
    {
        res.headers_mut()
            .insert(header::LOCATION, HeaderValue::from_static("/"));
    }
    res
}

/// Whether a redirect target stays on the site at `host`: a path of ours, or an http(s) URL of
/// the same host.
fn is_on_site(location: &str, host: &str) -> bool {
    if location.starts_with('/') {
        return app::routes::safe_return_path(location).is_some();
    }
    let Some((scheme, rest)) = location.split_once("://") else {
        return false;
    };
    let target = rest.split(['/', '?', '#', '\\']).next().unwrap_or(rest);
    matches!(scheme, "http" | "https") && target.eq_ignore_ascii_case(host)
}

/// Gives each page its HTTP status before it renders (see `app::server::page_status`): a visitor
/// on a members' page is redirected to log in, a member without the right gets 403 and a missing
/// organization or link 404, each with the page that says so. If the check itself fails, the
/// page is rendered as it is and shows the error.
pub async fn page_status(
    axum::extract::State(state): axum::extract::State<AppState>,
    session: tower_sessions::Session,
    mut req: Request,
    next: Next,
) -> Response {
    if !matches!(*req.method(), Method::GET | Method::HEAD) {
        return next.run(req).await;
    }
    // The page's server functions reuse what this check looks up (see `PageCache`).
    let cache = PageCache::default();
    req.extensions_mut().insert(cache.clone());
    let path = req.uri().path().to_string();
    let target = req
        .uri()
        .path_and_query()
        .map_or(path.clone(), |pq| pq.as_str().to_string());
    match page_status::answer(&state, &session, &cache, &path, &target).await {
        Ok(PageAnswer::LogIn(location)) => {
            (StatusCode::FOUND, [(header::LOCATION, location)]).into_response()
        }
        Ok(PageAnswer::Status(status)) => {
            let mut res = next.run(req).await;
            *res.status_mut() = status;
            res
        }
        Ok(PageAnswer::Render) | Err(_) => next.run(req).await,
    }
}

/// Server functions answer every error with 500; this reads our error kind from the body and
/// sets the fitting status (401, 403, 404, 409, 422, 429).
pub async fn api_error_status(req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if !is_api || res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, 64 * 1024).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "").into_response();
    };
    if let Ok(err) = serde_json::from_slice::<AppError>(&bytes)
        && let Ok(status) = StatusCode::from_u16(err.status())
    {
        parts.status = status;
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(pairs: &[(&str, &[u8])]) -> Result<(), &'static str> {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("forum.example"));
        for (name, value) in pairs {
            headers.append(
                header::HeaderName::from_bytes(name.as_bytes()).unwrap_or(header::ACCEPT),
                HeaderValue::from_bytes(value).unwrap_or(HeaderValue::from_static("")),
            );
        }
        let policy = SitePolicy {
            scheme: "https".into(),
            session_cookie: "__Host-mej_session".into(),
        };
        judge_source(&headers, &policy)
    }

    #[test]
    fn redirects_stay_on_this_site() {
        assert!(is_on_site("/profile?x=1", "forum.example"));
        assert!(is_on_site("https://forum.example/login", "forum.example"));
        assert!(!is_on_site("https://evil.example/", "forum.example"));
        assert!(!is_on_site("//evil.example/", "forum.example"));
        assert!(!is_on_site("/\\evil.example", "forum.example"));
        assert!(!is_on_site("javascript:alert(1)", "forum.example"));
        assert!(!is_on_site(
            "https://forum.example.evil.example/",
            "forum.example"
        ));
    }

    #[test]
    fn only_this_site_may_change_state() {
        let session: (&str, &[u8]) = ("cookie", b"lang=ja; __Host-mej_session=abc");
        assert!(judge(&[("origin", b"https://forum.example")]).is_ok());
        assert!(judge(&[("referer", b"https://forum.example/profile?x")]).is_ok());
        assert!(judge(&[("sec-fetch-site", b"same-origin"), session]).is_ok());
        assert!(judge(&[]).is_ok(), "a program without a session");
        assert!(judge(&[session]).is_err(), "a session without any source");
        assert!(judge(&[("sec-fetch-site", b"cross-site")]).is_err());
        assert!(judge(&[("sec-fetch-site", b"same-site")]).is_err());
        assert!(
            judge(&[("origin", b"http://forum.example")]).is_err(),
            "another scheme"
        );
        assert!(judge(&[("origin", b"https://evil.example")]).is_err());
        assert!(judge(&[("origin", b"null")]).is_err());
        assert!(
            judge(&[("origin", b"https://forum.example\xff")]).is_err(),
            "not UTF-8"
        );
        assert!(
            judge(&[
                ("sec-fetch-site", b"same-origin"),
                ("origin", b"https://evil.example")
            ])
            .is_err()
        );
    }
}
