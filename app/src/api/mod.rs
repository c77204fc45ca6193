//! Server functions, one file per area. Each body: who is calling → may they → one service call.

pub mod admin;
pub mod auth;
pub mod directory;
pub mod membership;
pub mod organization;
pub mod profile;

/// The server functions a visitor may call, on purpose: logging in, applying, following a mailed
/// link, choosing a language. Every other one starts with `require(…)` and answers 401 to a
/// visitor; a test holds the registry, this list and that rule together.
#[cfg(feature = "ssr")]
pub const PUBLIC_SERVER_FNS: &[&str] = {
    use leptos::server_fn::ServerFn;
    &[
        <auth::GetCurrentUser as ServerFn>::PATH,
        <auth::Login as ServerFn>::PATH,
        <auth::Logout as ServerFn>::PATH,
        <auth::SetLocale as ServerFn>::PATH,
        <auth::RequestPasswordReset as ServerFn>::PATH,
        <auth::CheckPasswordReset as ServerFn>::PATH,
        <auth::ResetPassword as ServerFn>::PATH,
        <membership::ApplyForMembership as ServerFn>::PATH,
        <organization::GetInvitation as ServerFn>::PATH,
        <organization::AcceptInvitation as ServerFn>::PATH,
    ]
};
