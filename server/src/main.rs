//! `server`: serve the Forum, or run one of its maintenance commands.

use clap::{Parser, Subcommand};
use leptos::prelude::LeptosOptions;
use server::{Config, build_router};

use app::model::names::PersonName;
use app::server::service::account;
use app::server::{db, seed, seed_bulk, seed_bulk_projects};

/// Rendering a page allocates many small strings and frees them at once; with the C library's
/// allocator that was a third of a thread page's time (measured with `perf`), mimalloc is made
/// for that pattern.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "server", about = "MEJ Forum members' platform")]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the app (the default).
    Serve {
        /// Fill an empty database with the demo organizations and accounts.
        #[arg(long, env = "SEED_DEMO", default_value_t = false)]
        seed_demo: bool,
    },
    /// Run the database migrations and exit.
    Migrate,
    /// Add demo data to an empty database, and optionally generated organizations, threads and
    /// projects (for benchmarks).
    Seed {
        #[arg(long, default_value_t = 0)]
        bulk_organizations: usize,
        /// Generated threads; the first holds 200 posts (its id is printed).
        #[arg(long, default_value_t = 0)]
        bulk_threads: usize,
        /// Posts in all the generated threads.
        #[arg(long, default_value_t = 0)]
        bulk_posts: usize,
        /// Generated projects, led by the active organizations in turn.
        #[arg(long, default_value_t = 0)]
        bulk_projects: usize,
        /// Generated members (`burst{i}@bench.example`, the demo password).
        #[arg(long, default_value_t = 0)]
        bulk_members: usize,
        /// An event open for registration with this many seats (its id is printed).
        #[arg(long)]
        burst_event: Option<i32>,
    },
    /// Create an administrator account.
    CreateAdmin {
        #[arg(long)]
        email: String,
        /// Read from the environment so it stays out of shell history.
        #[arg(long, env = "ADMIN_PASSWORD", hide_env_values = true)]
        password: String,
        #[arg(long)]
        family_name: String,
        #[arg(long)]
        given_name: String,
        #[arg(long, default_value = "")]
        family_name_kana: String,
        #[arg(long, default_value = "")]
        given_name_kana: String,
        #[arg(long, default_value = "")]
        romanized_name: String,
    },
}

fn leptos_options(config: &Config) -> Result<LeptosOptions, Box<dyn std::error::Error>> {
    let env = |k: &str, d: &str| std::env::var(k).unwrap_or_else(|_| d.to_string());
    Ok(LeptosOptions::builder()
        .output_name(env("LEPTOS_OUTPUT_NAME", "mej"))
        .site_root(env("LEPTOS_SITE_ROOT", "target/site"))
        .site_pkg_dir(env("LEPTOS_SITE_PKG_DIR", "pkg"))
        .site_addr(config.listen.parse::<std::net::SocketAddr>()?)
        .build())
}

fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_env("LOG_LEVEL").unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .json()
        .init();
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down");
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    init_tracing();
    let cli = Cli::parse();
    let config = cli.config;
    config.prepare_sqlite_dir()?;
    let conn = db::connect(&config.database_url).await?;
    db::migrate(&conn).await?;
    match cli.command.unwrap_or(Command::Serve { seed_demo: false }) {
        Command::Migrate => tracing::info!("migrations applied"),
        Command::Seed {
            bulk_organizations,
            bulk_threads,
            bulk_posts,
            bulk_projects,
            bulk_members,
            burst_event,
        } => {
            let seeded = seed::seed_demo_site(&conn)
                .await
                .map_err(|e| format!("seed failed: {e}"))?;
            if bulk_organizations > 0 {
                seed::seed_bulk_organizations(&conn, bulk_organizations)
                    .await
                    .map_err(|e| format!("bulk seed failed: {e}"))?;
            }
            if bulk_threads > 0 {
                let long = seed_bulk::seed_bulk_threads(&conn, bulk_threads, bulk_posts)
                    .await
                    .map_err(|e| format!("bulk seed failed: {e}"))?;
                // The benchmark script reads the long thread's id from here.
                println!("long thread: {long}");
            }
            if bulk_projects > 0 {
                seed_bulk_projects::seed_bulk_projects(&conn, bulk_projects)
                    .await
                    .map_err(|e| format!("bulk seed failed: {e}"))?;
            }
            if bulk_members > 0 {
                seed::seed_bulk_members(&conn, bulk_members)
                    .await
                    .map_err(|e| format!("bulk seed failed: {e}"))?;
            }
            if let Some(seats) = burst_event {
                let id = app::server::seed_events::seed_burst_event(&conn, seats)
                    .await
                    .map_err(|e| format!("burst seed failed: {e}"))?;
                // The benchmark script reads the event's id from here.
                println!("burst event: {id}");
            }
            db::refresh_statistics(&conn).await?;
            tracing::info!(seeded, bulk_organizations, bulk_threads, "seed done");
        }
        Command::CreateAdmin {
            email,
            password,
            family_name,
            given_name,
            family_name_kana,
            given_name_kana,
            romanized_name,
        } => {
            let name = PersonName {
                family_name,
                given_name,
                family_name_kana,
                given_name_kana,
                romanized_name,
            };
            let id = account::create_admin(&conn, &email, &password, name)
                .await
                .map_err(|e| format!("create-admin failed: {e:?}"))?;
            tracing::info!(id = %id, email, "administrator created");
        }
        Command::Serve { seed_demo } => {
            if seed_demo
                && seed::seed_demo_site(&conn)
                    .await
                    .map_err(|e| format!("seed failed: {e}"))?
            {
                tracing::info!("demo data seeded");
            }
            let options = leptos_options(&config)?;
            server::router::spawn_session_cleanup(conn.clone());
            let app = build_router(conn, options, config.web());
            let listener = server::listener::listen(&config.listen).await?;
            tracing::info!(address = %config.listen, "listening");
            let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
                let _ = tcp.set_nodelay(true);
            });
            axum::serve(
                listener,
                app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
            )
            .with_graceful_shutdown(shutdown_signal())
            .await?;
        }
    }
    Ok(())
}
