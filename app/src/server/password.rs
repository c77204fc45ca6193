//! Password hashing with argon2id (the crate's default parameters: 19 MiB, tens of milliseconds
//! of one core), off the async threads and bounded: at most one hash per core runs at once, so a
//! flood of requests queues for hashing instead of exhausting the server's memory and threads.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock};

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use tokio::sync::Semaphore;

use crate::model::error::internal;
use crate::model::names::PersonName;
use crate::model::{AppError, ErrorCode, Field, FieldError};

/// How many hashes may run at once: one per core.
pub static MAX_CONCURRENT: LazyLock<usize> =
    LazyLock::new(|| std::thread::available_parallelism().map_or(2, |n| n.get()));

static PERMITS: LazyLock<Arc<Semaphore>> =
    LazyLock::new(|| Arc::new(Semaphore::new(*MAX_CONCURRENT)));
static STARTED: AtomicU64 = AtomicU64::new(0);
static RUNNING: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// Hashes (and verifications) started since the process began.
pub fn hashes_started() -> u64 {
    STARTED.load(Ordering::SeqCst)
}

/// The most hashes that ever ran at once.
pub fn peak_concurrent() -> usize {
    PEAK.load(Ordering::SeqCst)
}

/// Runs `work` on a blocking thread once a permit is free. The permit is held by the work
/// itself, so a request that gives up waiting cannot let more hashes run than allowed.
async fn bounded<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    let permit = PERMITS.clone().acquire_owned().await.map_err(internal)?;
    tokio::task::spawn_blocking(move || {
        STARTED.fetch_add(1, Ordering::SeqCst);
        let running = RUNNING.fetch_add(1, Ordering::SeqCst) + 1;
        PEAK.fetch_max(running, Ordering::SeqCst);
        let out = work();
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        drop(permit);
        out
    })
    .await
    .map_err(internal)
}

pub async fn hash(password: &str) -> Result<String, AppError> {
    let password = password.to_string();
    bounded(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| {
                tracing::error!(error = %e, "password hashing failed");
                AppError::Internal
            })
    })
    .await?
}

/// Whether `password` matches the stored hash. A malformed hash never matches.
pub async fn verify(password: &str, stored: &str) -> bool {
    let password = password.to_string();
    let stored = stored.to_string();
    bounded(move || {
        PasswordHash::new(&stored)
            .map(|h| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &h)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// Guesses (as a power of ten) a new password must be worth at least: a billion. zxcvbn's own
/// "safely unguessable" line is 10^8, which a name joined to a name by a dot just passes.
pub const MIN_GUESSES_LOG10: f64 = 9.0;

/// Refuses a new password that is common or easy to guess: zxcvbn's estimate (its dictionaries
/// hold the most common and most breached passwords) must reach [`MIN_GUESSES_LOG10`], with the
/// person's e-mail and names counted as known words. A password already refused on
/// `field` (too short, too long) is not estimated. On the server only: the dictionaries are too
/// big for the browser's bundle.
pub fn check_strength(
    errors: &mut Vec<FieldError>,
    field: Field,
    password: &str,
    email: &str,
    name: &PersonName,
) {
    if errors.iter().any(|e| e.field == field.key()) {
        return;
    }
    // Whole values and their parts ("YAMADA Hanako" also as "YAMADA" and "Hanako").
    let whole = [
        email,
        &name.family_name,
        &name.given_name,
        &name.family_name_kana,
        &name.given_name_kana,
        &name.romanized_name,
    ];
    let known: Vec<&str> = whole
        .iter()
        .flat_map(|value| {
            std::iter::once(*value)
                .chain(value.split(|c: char| c.is_whitespace() || "@._-+".contains(c)))
        })
        .filter(|word| !word.is_empty())
        .collect();
    if zxcvbn::zxcvbn(password, &known).guesses_log10() < MIN_GUESSES_LOG10 {
        errors.push(FieldError::new(field, ErrorCode::WeakPassword));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Many hashes asked for at once run at most one per core at a time, and all complete.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn hashing_is_bounded() -> Result<(), AppError> {
        let tasks: Vec<_> = (0..4 * *MAX_CONCURRENT + 2)
            .map(|n| tokio::spawn(hash_owned(format!("password {n}"))))
            .collect();
        for task in tasks {
            let hashed = task.await.map_err(internal)??;
            assert!(hashed.starts_with("$argon2id$"));
        }
        assert!(
            peak_concurrent() <= *MAX_CONCURRENT,
            "{} hashes ran at once, {} allowed",
            peak_concurrent(),
            *MAX_CONCURRENT
        );
        Ok(())
    }

    #[test]
    fn common_and_personal_passwords_are_refused() {
        let name = PersonName {
            family_name: "山田".into(),
            given_name: "花子".into(),
            family_name_kana: "やまだ".into(),
            given_name_kana: "はなこ".into(),
            romanized_name: "YAMADA Hanako".into(),
        };
        let verdict = |password: &str| {
            let mut errors = Vec::new();
            check_strength(
                &mut errors,
                Field::Password,
                password,
                "hanako@example.jp",
                &name,
            );
            errors.first().map(|e| e.code)
        };
        for weak in [
            "password1234",
            "qwertyuiop123",
            "123456789012",
            "yamadahanako1",
            "hanako.yamada",
            "hanako@example.jp",
        ] {
            assert_eq!(verdict(weak), Some(ErrorCode::WeakPassword), "{weak}");
        }
        for strong in [
            "Forum-demo-2026",
            "a long passphrase",
            "紫陽花の咲く鎌倉で会いましょう",
        ] {
            assert_eq!(verdict(strong), None, "{strong}");
        }
    }

    async fn hash_owned(password: String) -> Result<String, AppError> {
        hash(&password).await
    }
}
