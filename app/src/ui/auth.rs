//! Who is logged in, as a resource every component can read, and the guard for member pages.

use leptos::prelude::*;

use crate::api::auth::get_current_user;
use crate::i18n::{tr, use_i18n};
use crate::model::auth::CurrentUser;
use crate::model::two_factor::LoginStep;
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

/// Renders `children` with the logged-in user; a visitor is asked to log in instead, and a
/// staff member or admin without two-step verification to set it up (except on the page that
/// sets it up, `before_two_factor`).
#[component]
pub fn RequireUser<F, V>(children: F, #[prop(optional)] before_two_factor: bool) -> impl IntoView
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
                        Ok(Some(user)) if user.must_set_up_two_factor() && !before_two_factor => {
                            view! { <TwoFactorPrompt /> }.into_any()
                        }
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
/// afterwards. A page opened from outside never gets here (the server redirects first, see
/// `server::page_status`); this serves navigation inside the app after a session has ended.
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

/// Sends a staff member or admin to set up two-step verification, which their role requires.
#[component]
fn TwoFactorPrompt() -> impl IntoView {
    view! {
        <div class="alert alert-info" role="status">
            <p>{tr(|m| m.two_factor_setup_needed)}</p>
            <p>
                <a class="btn btn-primary" href=routes::TWO_FACTOR>
                    {tr(|m| m.two_factor_setup_link)}
                </a>
            </p>
        </div>
    }
}

/// Where to go once logged in: the page named by `?next=` if it is ours, else the dashboard.
pub fn return_target() -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let query = leptos_router::hooks::use_query_map();
    move || {
        query
            .try_read_untracked()
            .and_then(|q| q.get("next"))
            .and_then(|n| routes::safe_return_path(&n).map(String::from))
            .unwrap_or_else(|| routes::DASHBOARD.to_string())
    }
}

/// Follows the answer of a login step (password, code, reset link): logged in, the interface
/// takes the user's language, reloads the user and goes on to `?next=`; with the code still
/// owed, to the code page (which goes on to the same place).
pub fn follow_login<A>(action: ServerAction<A>)
where
    A: leptos::server_fn::ServerFn<Output = LoginStep, Error = AppError>
        + Clone
        + Send
        + Sync
        + 'static,
{
    let auth = use_auth();
    let i18n = crate::i18n::use_i18n();
    let navigate = leptos_router::hooks::use_navigate();
    let next = return_target();
    Effect::new(move |_| match action.value().get() {
        Some(Ok(LoginStep::SignedIn(user))) => {
            i18n.locale.set(user.locale);
            crate::i18n::sync_document_lang(user.locale);
            auth.refresh();
            navigate(&next(), Default::default());
        }
        Some(Ok(LoginStep::CodeNeeded)) => {
            navigate(
                &routes::login_code_returning_to(&next()),
                Default::default(),
            );
        }
        _ => {}
    });
}

/// Once `action` succeeds (it logged the user in: invitation accepted), reloads the user and
/// goes to the dashboard.
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
