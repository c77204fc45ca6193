//! Configuration from flags and environment variables, with defaults that run out of the box.

use std::path::PathBuf;

use app::server::mail::MailDelivery;
use axum_client_ip::ClientIpSource;
use clap::Args;

#[derive(Args, Clone, Debug)]
pub struct Config {
    /// Database URL: `sqlite://path?mode=rwc` (default) or `postgres://…`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/mej.db?mode=rwc"
    )]
    pub database_url: String,

    /// Address to listen on.
    #[arg(long, env = "LEPTOS_SITE_ADDR", default_value = "127.0.0.1:3000")]
    pub listen: String,

    /// The address users reach the site at, used in invitation links.
    #[arg(long, env = "PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Mark session cookies `Secure` (set when served over HTTPS).
    #[arg(long, env = "COOKIE_SECURE", default_value_t = false)]
    pub cookie_secure: bool,

    /// Where a client's address comes from, for login throttling: `ConnectInfo` (the TCP peer;
    /// right when clients connect directly) or, behind a reverse proxy, the header it sets:
    /// `RightmostXForwardedFor`, `XRealIp`, `CfConnectingIp`, `FlyClientIp`, `TrueClientIp`, …
    #[arg(long, env = "CLIENT_IP_SOURCE", default_value = "ConnectInfo")]
    pub client_ip_source: ClientIpSource,

    /// Deliver mails as files into this folder (a local mailbox for development and tests)
    /// instead of to the log.
    #[arg(long, env = "MAIL_DIR")]
    pub mail_dir: Option<PathBuf>,

    /// Development only: the logging mail sender also writes mail bodies, links included, to
    /// the log. Never set this where others can read the log.
    #[arg(long, env = "MAIL_LOG_BODIES", default_value_t = false)]
    pub mail_log_bodies: bool,
}

/// What the web layer needs to know beyond the database.
#[derive(Clone, Debug)]
pub struct WebSettings {
    /// The address users reach the site at, used in invitation links.
    pub public_url: String,
    /// Mark session cookies `Secure`.
    pub cookie_secure: bool,
    /// Where a client's address comes from.
    pub client_ip_source: ClientIpSource,
    /// Where delivered mails go.
    pub mail: MailDelivery,
}

impl WebSettings {
    /// Settings for a server reached directly over plain HTTP at `public_url`.
    pub fn direct(public_url: impl Into<String>) -> Self {
        WebSettings {
            public_url: public_url.into(),
            cookie_secure: false,
            client_ip_source: ClientIpSource::ConnectInfo,
            mail: MailDelivery::Log { with_bodies: false },
        }
    }
}

impl Config {
    pub fn web(&self) -> WebSettings {
        WebSettings {
            public_url: self
                .public_url
                .clone()
                .unwrap_or_else(|| format!("http://{}", self.listen)),
            cookie_secure: self.cookie_secure,
            client_ip_source: self.client_ip_source.clone(),
            mail: match &self.mail_dir {
                Some(dir) => MailDelivery::Dir(dir.clone()),
                None => MailDelivery::Log {
                    with_bodies: self.mail_log_bodies,
                },
            },
        }
    }

    /// Makes sure the folder of a SQLite file exists.
    pub fn prepare_sqlite_dir(&self) -> std::io::Result<()> {
        if let Some(path) = self.database_url.strip_prefix("sqlite://") {
            let file = path.split('?').next().unwrap_or(path);
            if let Some(dir) = std::path::Path::new(file)
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
            {
                std::fs::create_dir_all(dir)?;
            }
        }
        Ok(())
    }
}
