//! The listening socket.

use tokio::net::{TcpListener, TcpSocket};

/// Connections that may wait to be accepted (the kernel caps it at `net.core.somaxconn`).
/// A burst (a thousand members registering the moment registration opens) waits in this
/// queue; with the default depth the overflow was dropped and retried by the clients a second
/// later (1,000 simultaneous registrations took 1.5 s, the server mostly idle).
const ACCEPT_QUEUE: u32 = 4096;

/// Listens on `address` (`host:port`) with a deep accept queue.
pub async fn listen(address: &str) -> std::io::Result<TcpListener> {
    let addr = tokio::net::lookup_host(address)
        .await?
        .next()
        .ok_or_else(|| std::io::Error::other(format!("{address}: no such address")))?;
    let socket = if addr.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(ACCEPT_QUEUE)
}
