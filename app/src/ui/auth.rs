//! Who is logged in, as a resource every component can read, and the guard for member pages.

use leptos::prelude::*;

use crate::api::auth::get_current_user;
use crate::i18n::{tr, use_i18n};
use crate::model::auth::CurrentUser;
use crate::model::{AppError, ConflictKind};
use crate::routes;

#[derive(Clone, Copy)]
pub struct Auth {
    /// The user, for the page (`RequireUser` and pages that ask).
    pub user: Resource<Result<Option<CurrentUser>, AppError>>,
    /// The same user, loaded separately for the site header. One resource read inside two
    /// `<Transition>`s (the header's and the page's) occasionally left a streamed response
    /// unfinished (cf. leptos-rs/leptos#4851); each boundary reads its own.
    pub header_user: Resource<Result<Option<CurrentUser>, AppError>>,
    /// Bumped after login, logout and profile changes to reload the user.
    pub version: RwSignal<u32>,
}

impl Auth {
    pub fn refresh(&self) {
        self.version.update(|v| *v += 1);
    }
}

pub fn provide_auth() {
    let version = RwSignal::new(0u32);
    let user = Resource::new(move || version.get(), |_| get_current_user());
    let header_user = Resource::new(move || version.get(), |_| get_current_user());
    provide_context(Auth {
        user,
        header_user,
        version,
    });
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}

/// Renders `children` with the logged-in user; a visitor is asked to log in instead.
#[component]
pub fn RequireUser<F, V>(children: F) -> impl IntoView
where
    F: Fn(CurrentUser) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let auth = use_auth();
    let i18n = use_i18n();
    let children = std::sync::Arc::new(children);
    view! {
        <Transition fallback=move || {
            view! { <p class="muted">{move || i18n.t().loading}</p> }
        }>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                    match auth.user.await {
                        Ok(Some(user)) => children(user).into_any(),
                        _ => view! { <LoginPrompt /> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

/// The login page that comes back to the page being shown.
fn login_link() -> String {
    let location = leptos_router::hooks::use_location();
    let (path, query) = (
        location.pathname.get_untracked(),
        location.search.get_untracked(),
    );
    let here = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    routes::login_returning_to(&here)
}

/// Asks a visitor to log in, and takes them to the login page, which brings them back here
/// afterwards. The move happens in the browser once the page is interactive: the server streams
/// members' pages, so the answer's status is sent before it knows who is asking (a 302 would need
/// `SsrMode::Async`, which left about one render in three hanging under Leptos 0.8.23).
#[component]
pub fn LoginPrompt() -> impl IntoView {
    let link = login_link();
    let navigate = leptos_router::hooks::use_navigate();
    let target = link.clone();
    Effect::new(move |_| {
        navigate(
            &target,
            leptos_router::NavigateOptions {
                replace: true,
                ..Default::default()
            },
        )
    });
    view! {
        <div class="alert alert-info" role="status">
            <p>{tr(|m| m.err_unauthenticated)}</p>
            <p>
                <a class="btn btn-primary" href=link>
                    {tr(|m| m.nav_login)}
                </a>
            </p>
        </div>
    }
}

/// Once `action` succeeds (it logged the user in: invitation accepted, password reset), reloads
/// the user and goes to the dashboard.
pub fn enter_on_success<A>(action: ServerAction<A>)
where
    A: leptos::server_fn::ServerFn<Output = (), Error = AppError> + Clone + Send + Sync + 'static,
{
    let auth = use_auth();
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(())) = action.value().get() {
            auth.refresh();
            navigate(routes::DASHBOARD, Default::default());
        }
    });
}

/// The token in the current route (`/…/:token`). Read with `try_read`: when a client goes away
/// mid-render, the server disposes the route's params while a suspended part may still run, and
/// `read` would panic there (seen under load in `scripts/bench.sh`).
pub fn route_token() -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = leptos_router::hooks::use_params_map();
    move || {
        params
            .try_read()
            .and_then(|p| p.get("token"))
            .unwrap_or_default()
    }
}

/// An unknown link reads as "this link is not valid" (`kind`), not as a missing page.
pub fn invalid_link(e: AppError, kind: ConflictKind) -> AppError {
    match e {
        AppError::NotFound => AppError::conflict(kind),
        other => other,
    }
}
