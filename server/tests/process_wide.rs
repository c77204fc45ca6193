//! Tests that observe the whole process, so they run alone in a binary of their own, one after
//! the other: the password hashes it computes (public endpoints check what is cheap before they
//! hash), and what it writes to its log (never a mailed link's token).

#[allow(dead_code)]
#[path = "integration/common.rs"]
mod common;

use app::api::invitation::AcceptInvitation;
use app::api::membership::ApplyForMembership;
use app::api::password_reset::{RequestPasswordReset, ResetPassword};
use app::server::password::hashes_started;
use axum::http::StatusCode;
use common::*;

const NEW_PASSWORD: &str = "a long new passphrase";

async fn cheap_checks_come_first(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut visitor = app.client();
    let bogus = "0".repeat(64);
    let before = hashes_started();

    let reset = [
        ("token", bogus.as_str()),
        ("new_password", NEW_PASSWORD),
        ("new_password_confirm", NEW_PASSWORD),
    ];
    let res = visitor.call::<ResetPassword>(&reset).await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    let res = visitor
        .call::<AcceptInvitation>(&acceptance_form(&bogus, NEW_PASSWORD))
        .await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    let res = visitor
        .call::<ApplyForMembership>(&application_form(MEMBER, NEW_PASSWORD))
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        hashes_started(),
        before,
        "a request refused by a cheap check hashed a password"
    );

    // The count does move when a request passes the cheap checks.
    visitor
        .call::<RequestPasswordReset>(&[("email", MEMBER)])
        .await?;
    let token = app
        .mailed_link(MEMBER, "/password/reset/")?
        .ok_or("no reset mail")?;
    let reset = [
        ("token", token.as_str()),
        ("new_password", NEW_PASSWORD),
        ("new_password_confirm", NEW_PASSWORD),
    ];
    let res = visitor.call::<ResetPassword>(&reset).await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(hashes_started(), before + 1);
    Ok(())
}

/// What the process logs, kept in memory for the test to read.
#[derive(Clone, Default)]
struct LogBuffer(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map_err(|_poisoned| std::io::Error::other("poisoned"))?
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl LogBuffer {
    fn text(&self) -> Result<String, Box<dyn std::error::Error>> {
        let bytes = self.0.lock().map_err(|_poisoned| "poisoned")?.clone();
        Ok(String::from_utf8(bytes)?)
    }
}

/// The request log never shows a mailed link's token: such paths are logged with the token
/// replaced (whoever reads the log could otherwise use the link).
async fn link_tokens_stay_out_of_the_request_log(backend: Backend, log: &LogBuffer) -> TestResult {
    let app = TestApp::new(backend).await?;
    let token = "7".repeat(64);
    for path in [
        app::routes::reset_link(&token),
        app::routes::invitation_link(&token),
    ] {
        app.client().get(&path).await?;
    }
    let text = log.text()?;
    assert!(text.contains("/password/reset/[token]"), "{text}");
    assert!(text.contains("/invitations/[token]"), "{text}");
    assert!(!text.contains(&token), "{text}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn observed_across_the_process() -> TestResult {
    let log = LogBuffer::default();
    let writer = log.clone();
    tracing::subscriber::set_global_default(
        tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .with_max_level(tracing::Level::INFO)
            .finish(),
    )?;
    let mut backends = vec![Backend::Sqlite];
    if std::env::var("TEST_DATABASE_URL").is_ok() {
        backends.push(Backend::Postgres);
    }
    for backend in backends {
        cheap_checks_come_first(backend).await?;
        link_tokens_stay_out_of_the_request_log(backend, &log).await?;
    }
    Ok(())
}
