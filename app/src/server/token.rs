//! Secrets in links (invitations, password resets): random tokens of which only the SHA-256
//! is stored, so a leaked database does not leak usable links.

use sha2::{Digest, Sha256};

/// A new random token: 256 bits from two v4 UUIDs, as 64 hex digits.
pub fn new_token() -> String {
    format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

/// The hex SHA-256 of `value`, as stored and looked up.
pub fn sha256_hex(value: &str) -> String {
    Sha256::digest(value.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_long_and_distinct() {
        let (a, b) = (super::new_token(), super::new_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(super::sha256_hex(&a).len(), 64);
        assert_ne!(super::sha256_hex(&a), a);
    }
}
