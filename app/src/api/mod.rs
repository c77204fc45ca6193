//! Server functions, one file per area. Each body: who is calling → may they → one service call.

pub mod account;
pub mod audit;
pub mod auth;
pub mod calendar;
pub mod category;
pub mod digest;
pub mod directory;
pub mod event;
pub mod invitation;
pub mod membership;
pub mod moderation;
pub mod notification;
pub mod organization;
pub mod password_reset;
pub mod post;
pub mod profile;
pub mod project;
pub mod referral;
pub mod registrant;
pub mod registration;
pub mod session;
pub mod texts;
pub mod thread;
pub mod two_factor;

/// The server functions a visitor may call, on purpose: logging in (both steps), applying,
/// following a mailed link, choosing a language, reading interface strings. Every other one
/// starts with `require(…)` and answers 401 to a
/// visitor; a test holds the registry, this list and that rule together.
#[cfg(feature = "ssr")]
pub const PUBLIC_SERVER_FNS: &[&str] = {
    use leptos::server_fn::ServerFn;
    &[
        <auth::GetCurrentUser as ServerFn>::PATH,
        <auth::Login as ServerFn>::PATH,
        <auth::Logout as ServerFn>::PATH,
        <auth::SetLocale as ServerFn>::PATH,
        <texts::GetTexts as ServerFn>::PATH,
        <two_factor::VerifyLoginCode as ServerFn>::PATH,
        <password_reset::RequestPasswordReset as ServerFn>::PATH,
        <password_reset::CheckPasswordReset as ServerFn>::PATH,
        <password_reset::ResetPassword as ServerFn>::PATH,
        <membership::ApplyForMembership as ServerFn>::PATH,
        <membership::ConfirmApplication as ServerFn>::PATH,
        <invitation::GetInvitation as ServerFn>::PATH,
        <invitation::AcceptInvitation as ServerFn>::PATH,
    ]
};
