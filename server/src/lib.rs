//! The MEJ Forum server: configuration, the axum router with its layers, and serving.

pub mod config;
pub mod export;
pub mod listener;
pub mod middleware;
pub mod router;

pub use config::{Config, WebSettings};
pub use router::{BODY_LIMIT_BYTES, build_router};
