//! Test support: a real database per test with the demo data (a SQLite file, or a PostgreSQL
//! database when `TEST_DATABASE_URL` is set, each copied from a template), the real router
//! served over TCP on 127.0.0.1, and an HTTP/1.1 client that keeps cookies.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::Value;

use app::server::mail::MailDelivery;
use app::server::service::two_factor;
use app::server::{db, seed};

pub type TestResult = Result<(), Box<dyn std::error::Error>>;

pub const PASSWORD: &str = seed::DEMO_PASSWORD;
/// The test site's address (`PUBLIC_URL`), and so the `Origin` its pages send.
pub const ORIGIN: &str = "http://forum.test";
pub const ADMIN: &str = "admin@example.jp";
pub const STAFF: &str = "staff@example.jp";
pub const ORG_ADMIN: &str = "orgadmin@example.jp";
pub const MEMBER: &str = "member@example.jp";
/// The answer to a correct password when two-step verification is on.
pub const CODE_NEEDED: &str = "CodeNeeded";

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database of its own for one test, migrated and holding the demo data, and its URL (for a
/// second pool on it, as a second app server has). Migrating and seeding run once per backend in
/// a test process, into a template that each test's database is copied from: a file copy on
/// SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL.
pub async fn demo_db(
    backend: Backend,
) -> Result<(DatabaseConnection, String), Box<dyn std::error::Error>> {
    let template = template(backend).await?;
    let name = format!("mej_t_{}", uuid::Uuid::new_v4().simple());
    let url = match backend {
        Backend::Sqlite => {
            let path = sqlite_path(&name)?;
            std::fs::copy(template, &path)?;
            sqlite_url(&path)
        }
        Backend::Postgres => {
            let admin = db::connect(&postgres_admin_url()?).await?;
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
                .await?;
            admin.close().await?;
            postgres_url(&name)?
        }
    };
    Ok((db::connect(&url).await?, url))
}

static SQLITE_TEMPLATE: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
static POSTGRES_TEMPLATE: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();

/// The backend's template, built by the first test that needs it: the file's path on SQLite, the
/// database's name on PostgreSQL.
async fn template(backend: Backend) -> Result<&'static str, Box<dyn std::error::Error>> {
    let cell = match backend {
        Backend::Sqlite => &SQLITE_TEMPLATE,
        Backend::Postgres => &POSTGRES_TEMPLATE,
    };
    Ok(cell.get_or_try_init(|| build_template(backend)).await?)
}

/// Creates the template, migrates it and seeds the demo, and lets go of it (PostgreSQL copies
/// a template only while nobody is connected to it; SQLite's log is folded into the file first).
async fn build_template(backend: Backend) -> Result<String, Box<dyn std::error::Error>> {
    let name = format!("mej_t_template_{}", uuid::Uuid::new_v4().simple());
    let (template, url) = match backend {
        Backend::Sqlite => {
            let path = sqlite_path(&name)?;
            (path.display().to_string(), sqlite_url(&path))
        }
        Backend::Postgres => {
            let admin = db::connect(&postgres_admin_url()?).await?;
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await?;
            admin.close().await?;
            (name.clone(), postgres_url(&name)?)
        }
    };
    let conn = db::connect(&url).await?;
    db::migrate(&conn).await?;
    seed::seed_demo(&conn).await.map_err(|e| format!("{e:?}"))?;
    if let Backend::Sqlite = backend {
        conn.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await?;
    }
    conn.close().await?;
    Ok(template)
}

fn sqlite_path(name: &str) -> Result<PathBuf, std::io::Error> {
    let dir = std::env::temp_dir().join("mej-tests");
    std::fs::create_dir_all(&dir)?;
    Ok(dir.join(format!("{name}.db")))
}

fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

fn postgres_admin_url() -> Result<String, std::env::VarError> {
    std::env::var("TEST_DATABASE_URL")
}

/// The URL of database `name` on the server of `TEST_DATABASE_URL`.
fn postgres_url(name: &str) -> Result<String, Box<dyn std::error::Error>> {
    let base = postgres_admin_url()?;
    let (prefix, _) = base
        .rsplit_once('/')
        .ok_or("TEST_DATABASE_URL has no database name")?;
    Ok(format!("{prefix}/{name}"))
}

/// An app server on `db`, configured as behind a reverse proxy: the client's address is the
/// rightmost `X-Forwarded-For` entry ("unknown" when a request has none). Mails go as files into
/// `mail_dir`.
pub fn router(db: &DatabaseConnection, mail_dir: &Path) -> Router {
    router_at(db, mail_dir, ORIGIN)
}

/// [`router`] for a site reached at `public_url`.
pub fn router_at(db: &DatabaseConnection, mail_dir: &Path, public_url: &str) -> Router {
    let options = leptos::prelude::LeptosOptions::builder()
        .output_name("mej")
        .build();
    let web = server::WebSettings {
        client_ip_source: axum_client_ip::ClientIpSource::RightmostXForwardedFor,
        mail: MailDelivery::Dir(mail_dir.to_path_buf()),
        ..server::WebSettings::direct(public_url)
    };
    server::build_router(db.clone(), options, web)
}

/// A test server: stops (and lets go of its database pool) when dropped.
pub struct Served {
    pub addr: SocketAddr,
    task: tokio::task::AbortHandle,
}

impl Drop for Served {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves `router` on a port of its own on 127.0.0.1.
pub async fn serve(router: Router) -> Result<Served, Box<dyn std::error::Error>> {
    let listener = server::listener::listen("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let task = tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router).await {
            eprintln!("test server stopped: {e}");
        }
    })
    .abort_handle();
    Ok(Served { addr, task })
}

/// The app on a fresh database with the demo data.
pub struct TestApp {
    pub db: DatabaseConnection,
    /// The database's URL.
    pub url: String,
    /// Where the app's router is served.
    pub server: std::sync::Arc<Served>,
    /// The folder the app delivers its mails into: the test's mailbox.
    pub mail_dir: PathBuf,
    /// The last time step whose app code each account used in this test (the server takes each
    /// step once).
    code_steps: std::sync::Mutex<HashMap<String, i64>>,
}

impl TestApp {
    pub async fn new(backend: Backend) -> Result<Self, Box<dyn std::error::Error>> {
        let (db, url) = demo_db(backend).await?;
        let mail_dir = std::env::temp_dir()
            .join("mej-tests")
            .join(format!("mail-{}", uuid::Uuid::new_v4().simple()));
        let router = router(&db, &mail_dir);
        let server = std::sync::Arc::new(serve(router).await?);
        Ok(Self {
            db,
            url,
            server,
            mail_dir,
            code_steps: Default::default(),
        })
    }

    /// A code of the demo staff and admin accounts' authenticator key that `email` has not used
    /// yet in this test: the current time step's or the next one's (both stay valid for at least
    /// 30 s); after two logins in one step, waits for the next.
    pub async fn next_code(&self, email: &str) -> Result<String, Box<dyn std::error::Error>> {
        loop {
            let now = chrono::Utc::now().timestamp() / 30;
            let step = {
                let mut used = self.code_steps.lock().map_err(|e| e.to_string())?;
                let last = used.get(email).copied().unwrap_or(i64::MIN);
                let step = std::cmp::max(now, last.saturating_add(1));
                if step <= now + 1 {
                    used.insert(email.to_string(), step);
                    Some(step)
                } else {
                    None
                }
            };
            match step {
                Some(step) => {
                    return Ok(two_factor::code_at(seed::DEMO_TOTP_SECRET, step)
                        .map_err(|e| format!("{e:?}"))?);
                }
                None => tokio::time::sleep(std::time::Duration::from_millis(500)).await,
            }
        }
    }

    /// The organization of the person with address `email`.
    pub async fn organization_of(
        &self,
        email: &str,
    ) -> Result<app::model::OrganizationId, Box<dyn std::error::Error>> {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let user = db::entity::user::Entity::find()
            .filter(db::entity::user::Column::Email.eq(email))
            .one(&self.db)
            .await?
            .ok_or_else(|| format!("no account {email}"))?;
        Ok(user.organization_id)
    }

    /// The bodies of the mails delivered to `to`, oldest first.
    pub fn mails_to(&self, to: &str) -> Result<Vec<String>, Box<dyn std::error::Error>> {
        let Ok(entries) = std::fs::read_dir(&self.mail_dir) else {
            return Ok(Vec::new());
        };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        let mut bodies = Vec::new();
        for path in paths {
            let text = std::fs::read_to_string(&path)?;
            let (head, body) = text.split_once("\n\n").ok_or("a mail without a body")?;
            if head.lines().any(|l| l == format!("To: {to}")) {
                bodies.push(body.to_string());
            }
        }
        Ok(bodies)
    }

    /// The newest link into `path` mailed to `to`, up to the end of its line.
    pub fn mailed_link(
        &self,
        to: &str,
        path: &str,
    ) -> Result<Option<String>, Box<dyn std::error::Error>> {
        Ok(self.mails_to(to)?.iter().rev().find_map(|body| {
            let (_, rest) = body.split_once(path)?;
            Some(rest.split_whitespace().next()?.to_string())
        }))
    }

    pub fn client(&self) -> Client {
        Client {
            server: self.server.clone(),
            cookies: HashMap::new(),
            origin: Some(ORIGIN.to_string()),
            forwarded_for: None,
            headers: Vec::new(),
        }
    }

    /// A client logged in as `email` with the demo password (and, for the demo staff and
    /// admin, a code of their authenticator key).
    pub async fn login(&self, email: &str) -> Result<Client, Box<dyn std::error::Error>> {
        let mut c = self.client();
        let res = c
            .call::<app::api::auth::Login>(&[("email", email), ("password", PASSWORD)])
            .await?;
        if res.status != StatusCode::OK {
            return Err(format!("login of {email} failed: {} {}", res.status, res.body).into());
        }
        if res.body == CODE_NEEDED {
            let code = self.next_code(email).await?;
            let res = c
                .call::<app::api::two_factor::VerifyLoginCode>(&[("code", &code)])
                .await?;
            if res.status != StatusCode::OK {
                return Err(format!("code of {email} refused: {} {}", res.status, res.body).into());
            }
        }
        Ok(c)
    }
}

pub struct Response {
    pub status: StatusCode,
    pub body: Value,
    pub headers: axum::http::HeaderMap,
}

impl Response {
    /// The token of the invitation link in a `CreateInvitation` answer.
    pub fn invitation_token(&self) -> Result<String, Box<dyn std::error::Error>> {
        let link = self.body["link"].as_str().ok_or("no link")?;
        Ok(link.rsplit('/').next().ok_or("no token")?.to_string())
    }

    /// The `error` kind of an error body (`forbidden`, `validation`, …).
    pub fn error(&self) -> &str {
        self.body.get("error").and_then(Value::as_str).unwrap_or("")
    }

    /// The fields named in a validation error.
    pub fn fields(&self) -> Vec<String> {
        self.body
            .get("fields")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|f| f.get("field")?.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Of two answers to requests sent at the same moment, one is a success and the other a
/// conflict; answers the conflict.
pub fn one_wins(a: Response, b: Response) -> Response {
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::OK, StatusCode::CONFLICT],
        "{} / {}",
        a.body,
        b.body
    );
    if a.status == StatusCode::CONFLICT {
        a
    } else {
        b
    }
}

/// Calls the app over HTTP/1.1, keeping cookies like a browser.
pub struct Client {
    server: std::sync::Arc<Served>,
    cookies: HashMap<String, String>,
    /// The `Origin` header, as a browser sends it: this site's unless a test says otherwise.
    pub origin: Option<String>,
    /// The `X-Forwarded-For` header the proxy in front would send.
    pub forwarded_for: Option<String>,
    /// Further headers sent with every request.
    pub headers: Vec<(header::HeaderName, header::HeaderValue)>,
}

impl Client {
    /// The same browser (cookies included) talking to another app server.
    pub async fn with_router(&self, router: Router) -> Result<Client, Box<dyn std::error::Error>> {
        Ok(Client {
            server: std::sync::Arc::new(serve(router).await?),
            cookies: self.cookies.clone(),
            origin: self.origin.clone(),
            forwarded_for: self.forwarded_for.clone(),
            headers: self.headers.clone(),
        })
    }

    /// Another tab of the same browser: same server, same session (for requests sent at once).
    pub fn tab(&self) -> Client {
        Client {
            server: self.server.clone(),
            cookies: self.cookies.clone(),
            origin: self.origin.clone(),
            forwarded_for: self.forwarded_for.clone(),
            headers: self.headers.clone(),
        }
    }

    /// The value of the cookie `name`, if the client holds it.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.get(name).map(String::as_str)
    }

    /// Calls server function `F` with form-encoded arguments, as the browser does.
    pub async fn call<F: leptos::server_fn::ServerFn>(
        &mut self,
        args: &[(&str, &str)],
    ) -> Result<Response, Box<dyn std::error::Error>> {
        self.call_path(F::PATH, args).await
    }

    /// Calls the server function registered at `path`.
    pub async fn call_path(
        &mut self,
        path: &str,
        args: &[(&str, &str)],
    ) -> Result<Response, Box<dyn std::error::Error>> {
        let body = serde_urlencoded::to_string(args)?;
        self.send(
            Request::post(path)
                .header(header::ACCEPT, "application/json")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
            Body::from(body),
        )
        .await
    }

    /// Posts `body` as `content_type` to `path`.
    pub async fn post_raw(
        &mut self,
        path: &str,
        content_type: &str,
        body: &str,
    ) -> Result<Response, Box<dyn std::error::Error>> {
        self.send(
            Request::post(path).header(header::CONTENT_TYPE, content_type),
            Body::from(body.to_string()),
        )
        .await
    }

    /// Opens a page as a browser does (`Accept: text/html`).
    pub async fn get(&mut self, path: &str) -> Result<Response, Box<dyn std::error::Error>> {
        self.send(
            Request::get(path).header(header::ACCEPT, "text/html,application/xhtml+xml"),
            Body::empty(),
        )
        .await
    }

    async fn send(
        &mut self,
        mut req: axum::http::request::Builder,
        body: Body,
    ) -> Result<Response, Box<dyn std::error::Error>> {
        req = req.header(header::HOST, "forum.test");
        if let Some(origin) = &self.origin {
            req = req.header(header::ORIGIN, origin);
        }
        for (name, value) in &self.headers {
            req = req.header(name, value);
        }
        if let Some(chain) = &self.forwarded_for {
            req = req.header("x-forwarded-for", chain);
        }
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            req = req.header(header::COOKIE, jar.join("; "));
        }
        let req = req.body(body)?;
        let what = format!("{} {}", req.method(), req.uri());
        // A request that never answers, or whose body never ends, fails its test instead of
        // hanging the run.
        let exchange = async {
            let stream = tokio::net::TcpStream::connect(self.server.addr).await?;
            let (mut sender, connection) =
                hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await?;
            tokio::spawn(connection);
            let res = sender.send_request(req).await?;
            let (parts, body) = res.into_parts();
            let bytes = body.collect().await?.to_bytes();
            Ok::<_, Box<dyn std::error::Error>>((parts, bytes))
        };
        let (parts, bytes) = tokio::time::timeout(std::time::Duration::from_secs(20), exchange)
            .await
            .map_err(|_elapsed| format!("no complete answer in 20 s to {what}"))??;
        for c in parts.headers.get_all(header::SET_COOKIE) {
            let pair = c.to_str()?.split(';').next().unwrap_or_default();
            if let Some((k, v)) = pair.split_once('=') {
                if v.is_empty() {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_string(), v.to_string());
                }
            }
        }
        let (status, headers) = (parts.status, parts.headers);
        let body = serde_json::from_slice(&bytes)
            .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        Ok(Response {
            status,
            body,
            headers,
        })
    }
}

/// Runs each listed async test function once on SQLite and once on PostgreSQL (when
/// `TEST_DATABASE_URL` is set; otherwise the PostgreSQL variant says so and passes).
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() -> $crate::common::TestResult {
                    super::$name($crate::common::Backend::Sqlite).await
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() -> $crate::common::TestResult {
                    if std::env::var("TEST_DATABASE_URL").is_err() {
                        eprintln!("TEST_DATABASE_URL not set: PostgreSQL variant not run");
                        return Ok(());
                    }
                    super::$name($crate::common::Backend::Postgres).await
                }
            )+
        }
    };
}

/// The outbox rows of mails to `to` hold the placeholder, never `secret` (a link's token): no
/// usable link can be read from the database or a backup of it.
pub async fn assert_no_stored_link(app: &TestApp, to: &str, secret: &str) -> TestResult {
    use app::server::db::entity::mail_outbox;
    use app::server::outbox::LINK_WITHHELD;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let rows = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::Recipient.eq(to))
        .all(&app.db)
        .await?;
    assert!(
        rows.iter().any(|row| row.body.contains(LINK_WITHHELD)),
        "no mail to {to} with a withheld link"
    );
    for row in rows {
        assert!(
            !row.body.contains(secret),
            "the outbox holds the link: {}",
            row.body
        );
    }
    Ok(())
}

/// A member's proposal of an outbound project (maternal health training, as in Vientiane),
/// titled `title_en` in English and set in `country`.
pub fn project_proposal<'a>(title_en: &'a str, country: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("form[direction]", "outbound"),
        ("form[title_ja]", "ラオス・ビエンチャン 母子保健研修"),
        ("form[title_en]", title_en),
        ("form[summary_ja]", "助産師の研修を行う。"),
        ("form[summary_en]", "Training midwives."),
        ("form[country]", country),
        ("form[region]", "Vientiane"),
        ("form[partners]", "Ministry of Health, Lao PDR"),
        ("form[phase]", "exploration"),
        ("form[support][]", "funding"),
        ("form[support][]", "human_resources"),
        ("form[specialties][]", "obstetrics"),
        ("form[languages][]", "en"),
    ]
}

/// A complete membership application of `email`.
pub fn application_form<'a>(email: &'a str, password: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("form[org_kind]", "hospital"),
        ("form[org_name_ja]", "みなと国際クリニック"),
        ("form[org_name_en]", "Minato International Clinic"),
        ("form[country]", "JP"),
        ("form[website]", "https://minato.example"),
        ("form[email]", email),
        ("form[name][family_name]", "青木"),
        ("form[name][given_name]", "真理"),
        ("form[name][family_name_kana]", "あおき"),
        ("form[name][given_name_kana]", "まり"),
        ("form[name][romanized_name]", "AOKI Mari"),
        ("form[password]", password),
        ("form[password_confirm]", password),
        ("form[locale]", "ja"),
    ]
}

/// A complete acceptance of the invitation behind `token`.
pub fn acceptance_form<'a>(token: &'a str, password: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("form[token]", token),
        ("form[name][family_name]", "Silva"),
        ("form[name][given_name]", "Ana"),
        ("form[name][family_name_kana]", ""),
        ("form[name][given_name_kana]", ""),
        ("form[name][romanized_name]", "SILVA Ana"),
        ("form[password]", password),
        ("form[password_confirm]", password),
        ("form[locale]", "en"),
    ]
}

/// Changes event `id` with `change` (a test's own setting on top of `open_event`).
pub async fn change_event(
    db: &DatabaseConnection,
    id: app::model::EventId,
    change: impl FnOnce(&mut app::server::db::entity::event::ActiveModel),
) -> Result<(), Box<dyn std::error::Error>> {
    use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel};
    let mut e = app::server::db::entity::event::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or("no event")?
        .into_active_model();
    change(&mut e);
    e.update(db).await?;
    Ok(())
}

/// A published event with `capacity` seats, open for registration now (in 30 days, in Tokyo).
pub async fn open_event(
    db: &DatabaseConnection,
    capacity: i32,
) -> Result<app::model::EventId, sea_orm::DbErr> {
    use app::model::event::{EventFormat, EventKind, EventStatus, EventVisibility};
    use app::server::db::entity::event;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let now = chrono::Utc::now();
    let starts = now + chrono::Duration::days(30);
    let e = event::ActiveModel {
        kind: Set(EventKind::Symposium),
        format: Set(EventFormat::InPerson),
        status: Set(EventStatus::Published),
        visibility: Set(EventVisibility::Members),
        title_ja: Set("MEJシンポジウム".into()),
        title_en: Set("MEJ Symposium".into()),
        description_ja: Set(String::new()),
        description_en: Set(String::new()),
        description_ja_html: Set(String::new()),
        description_en_html: Set(String::new()),
        starts_at: Set(starts),
        ends_at: Set(starts + chrono::Duration::hours(3)),
        time_zone: Set("Asia/Tokyo".into()),
        venue_ja: Set("東京国際フォーラム".into()),
        venue_en: Set("Tokyo International Forum".into()),
        address: Set("東京都千代田区丸の内3-5-1".into()),
        online_url: Set(None),
        capacity: Set(capacity),
        organization_limit: Set(None),
        opens_at: Set(None),
        closes_at: Set(None),
        requires_approval: Set(false),
        waitlist_next: Set(1),
        cancel_reason: Set(None),
        created_by: Set(app::model::UserId(2)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(e.id)
}

/// An event that took place: `open_event` moved 30 days into the past, finished.
pub async fn held_event(
    db: &DatabaseConnection,
) -> Result<app::model::EventId, Box<dyn std::error::Error>> {
    use app::model::event::EventStatus;
    let id = open_event(db, 10).await?;
    let starts = chrono::Utc::now() - chrono::Duration::days(30);
    change_event(db, id, |e| {
        e.starts_at = sea_orm::ActiveValue::Set(starts);
        e.ends_at = sea_orm::ActiveValue::Set(starts + chrono::Duration::hours(3));
        e.status = sea_orm::ActiveValue::Set(EventStatus::Finished);
    })
    .await?;
    Ok(id)
}

/// How many of the reader's notifications are of `kind`.
pub async fn told(client: &mut Client, kind: &str) -> Result<usize, Box<dyn std::error::Error>> {
    let res = client
        .call::<app::api::notification::ListNotifications>(&[])
        .await?;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Ok(res.body["items"]
        .as_array()
        .map(|items| items.iter().filter(|n| n["kind"] == kind).count())
        .unwrap_or_default())
}
