//! Two-step verification: setting it up (a new key, confirmed by a first code), turning it off,
//! recovery codes, and checking the code of a login's second step. A code is accepted at most
//! once: the time step of the last accepted code is kept and only a later one passes, decided
//! by one conditional update, so two requests cannot both use the same code.

use chrono::Utc;
use sea_orm::sea_query::{Expr, SelectStatement};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
};
use totp_rs::{Algorithm, Secret, TOTP};

use super::throttle;
use crate::model::audit::AuditKind;
use crate::model::error::internal;
use crate::model::two_factor::{
    self as rules, RECOVERY_CODE_COUNT, STEP_SECS, TwoFactorSetup, TwoFactorStatus,
};
use crate::model::{AppError, ConflictKind, ErrorCode, Field, UserId, UserStatus};
use crate::server::audit::Event;
use crate::server::auth::Actor;
use crate::server::db::entity::{recovery_code, two_factor, user};
use crate::server::db::{begin_write, scalar};
use crate::server::password;
use crate::server::token::{new_token, sha256_hex};

/// The name authenticator apps show for the account.
const ISSUER: &str = "MEJ Forum";
/// Steps either side of now whose code is still accepted (a phone's clock may be off a little).
const SKEW_STEPS: i64 = 1;

fn totp(secret_base32: &str, account: &str) -> Result<TOTP, AppError> {
    let key = Secret::Encoded(secret_base32.to_string())
        .to_bytes()
        .map_err(|e| internal(format!("{e:?}")))?;
    TOTP::new(
        Algorithm::SHA1,
        rules::APP_CODE_DIGITS,
        0,
        STEP_SECS,
        key,
        Some(ISSUER.to_string()),
        account.to_string(),
    )
    .map_err(internal)
}

/// The code an authenticator app holding `secret_base32` shows during time step `step` (Unix
/// time / 30 s).
pub fn code_at(secret_base32: &str, step: i64) -> Result<String, AppError> {
    step_code(&totp(secret_base32, ISSUER)?, step)
}

/// The code of `totp` during time step `step`.
fn step_code(totp: &TOTP, step: i64) -> Result<String, AppError> {
    let step = u64::try_from(step).map_err(internal)?;
    Ok(totp.generate(step * STEP_SECS))
}

/// The current time step.
fn now_step() -> i64 {
    Utc::now().timestamp() / STEP_SECS as i64
}

/// The time step whose code `code` is, among those accepted now and later than `after`.
fn matching_step(totp: &TOTP, code: &str, after: Option<i64>) -> Option<i64> {
    let now = now_step();
    (now - SKEW_STEPS..=now + SKEW_STEPS)
        .filter(|s| after.is_none_or(|last| *s > last))
        .find(|s| {
            step_code(totp, *s)
                .is_ok_and(|expected| constant_time_eq(expected.as_bytes(), code.as_bytes()))
        })
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A new random key of 160 bits, in base32.
fn new_secret() -> String {
    let bytes: Vec<u8> = uuid::Uuid::new_v4()
        .as_bytes()
        .iter()
        .chain(uuid::Uuid::new_v4().as_bytes())
        .take(20)
        .copied()
        .collect();
    Secret::Raw(bytes).to_encoded().to_string()
}

/// A new recovery code: ten characters from a random token, shown as `xxxxx-xxxxx`.
fn new_recovery_code() -> String {
    let token = new_token();
    format!("{}-{}", &token[..5], &token[5..10])
}

fn wrong_code() -> AppError {
    AppError::field(Field::Code, ErrorCode::WrongCode)
}

async fn find(
    conn: &impl ConnectionTrait,
    user: UserId,
) -> Result<Option<two_factor::Model>, AppError> {
    Ok(two_factor::Entity::find_by_id(user).one(conn).await?)
}

/// Where a correct password (or a reset link) leaves an active account.
pub enum Entry {
    /// Logged in.
    Complete(Box<user::Model>),
    /// Two-step verification is on: the code comes next.
    CodeNeeded(UserId),
}

/// The entry for `user`, whose password was just proven.
pub async fn entry(conn: &impl ConnectionTrait, user: user::Model) -> Result<Entry, AppError> {
    Ok(if is_enabled(conn, user.id).await? {
        Entry::CodeNeeded(user.id)
    } else {
        Entry::Complete(Box::new(user))
    })
}

/// Whether the account has two-step verification on.
pub async fn is_enabled(conn: &impl ConnectionTrait, user: UserId) -> Result<bool, AppError> {
    Ok(scalar::count(conn, &enabled_query(user)).await? > 0)
}

/// The statement counting `user`'s enabled two-step verification (0 or 1; the header nests it).
pub(super) fn enabled_query(user: UserId) -> SelectStatement {
    scalar::count_of(
        two_factor::Entity,
        Condition::all()
            .add(two_factor::Column::UserId.eq(user))
            .add(two_factor::Column::EnabledAt.is_not_null()),
    )
}

/// One's own two-step verification, for the settings page.
pub async fn status(db: &DatabaseConnection, actor: &Actor) -> Result<TwoFactorStatus, AppError> {
    let left = recovery_code::Entity::find()
        .filter(recovery_code::Column::UserId.eq(actor.id()))
        .filter(recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await?;
    Ok(TwoFactorStatus {
        enabled: is_enabled(db, actor.id()).await?,
        required: rules::required_for(actor.role()),
        recovery_codes_left: u32::try_from(left).unwrap_or(u32::MAX),
    })
}

/// Starts setting up: a new key (replacing one from an unfinished set-up), for the app.
pub async fn start(db: &DatabaseConnection, actor: &Actor) -> Result<TwoFactorSetup, AppError> {
    if is_enabled(db, actor.id()).await? {
        return Err(AppError::conflict(ConflictKind::TwoFactorAlreadyOn));
    }
    let secret = new_secret();
    let totp = totp(&secret, &actor.user.email)?;
    two_factor::Entity::delete_by_id(actor.id())
        .exec(db)
        .await?;
    two_factor::ActiveModel {
        user_id: Set(actor.id()),
        secret: Set(secret.clone()),
        enabled_at: Set(None),
        last_step: Set(None),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    let uri = totp.get_url();
    Ok(TwoFactorSetup {
        secret: rules::group_secret(&secret),
        qr_svg: qr_svg(&uri)?,
        uri,
    })
}

/// The QR code of `text` as an SVG drawing.
fn qr_svg(text: &str) -> Result<String, AppError> {
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(internal)?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

/// Turns two-step verification on once the app's first code is right; returns the recovery
/// codes, which are shown this once.
pub async fn enable(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
) -> Result<Vec<String>, AppError> {
    let pending = find(db, actor.id())
        .await?
        .filter(|t| t.enabled_at.is_none())
        .ok_or(AppError::conflict(ConflictKind::TwoFactorNotStarted))?;
    let totp = totp(&pending.secret, &actor.user.email)?;
    let step = matching_step(&totp, &rules::normalize_code(code), None).ok_or_else(wrong_code)?;
    let txn = begin_write(db).await?;
    // Writes first (see `use_code`); the key must still be the one the code was made with.
    let turned_on = two_factor::Entity::update_many()
        .col_expr(two_factor::Column::EnabledAt, Expr::value(Utc::now()))
        .col_expr(two_factor::Column::LastStep, Expr::value(step))
        .filter(two_factor::Column::UserId.eq(actor.id()))
        .filter(two_factor::Column::Secret.eq(&pending.secret))
        .filter(two_factor::Column::EnabledAt.is_null())
        .exec(&txn)
        .await?;
    if turned_on.rows_affected != 1 {
        return Err(AppError::conflict(ConflictKind::TwoFactorNotStarted));
    }
    let codes = replace_recovery_codes(&txn, actor.id()).await?;
    Event::by(actor, AuditKind::TwoFactorEnabled)
        .user(actor.id())
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(codes)
}

/// A fresh set of recovery codes; the old ones stop working.
async fn replace_recovery_codes(
    conn: &impl ConnectionTrait,
    user: UserId,
) -> Result<Vec<String>, AppError> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user))
        .exec(conn)
        .await?;
    let now = Utc::now();
    let codes: Vec<String> = (0..RECOVERY_CODE_COUNT)
        .map(|_| new_recovery_code())
        .collect();
    recovery_code::Entity::insert_many(codes.iter().map(|c| recovery_code::ActiveModel {
        user_id: Set(user),
        code_hash: Set(sha256_hex(&rules::normalize_code(c))),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }))
    .exec(conn)
    .await?;
    Ok(codes)
}

/// The current password, checked again before a change to the second factor (typed into
/// `field`: the settings page has one form for each change).
async fn confirm_password(actor: &Actor, password: &str, field: Field) -> Result<(), AppError> {
    if password::verify(password, &actor.user.password_hash).await {
        Ok(())
    } else {
        Err(AppError::field(field, ErrorCode::WrongPassword))
    }
}

/// New recovery codes, after the password.
pub async fn renew_recovery_codes(
    db: &DatabaseConnection,
    actor: &Actor,
    password: &str,
) -> Result<Vec<String>, AppError> {
    confirm_password(actor, password, Field::CurrentPassword).await?;
    if !is_enabled(db, actor.id()).await? {
        return Err(AppError::conflict(ConflictKind::TwoFactorNotStarted));
    }
    let txn = begin_write(db).await?;
    let codes = replace_recovery_codes(&txn, actor.id()).await?;
    Event::by(actor, AuditKind::RecoveryCodesRenewed)
        .user(actor.id())
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(codes)
}

/// Turns two-step verification off, after the password; not for roles that require it.
pub async fn disable(
    db: &DatabaseConnection,
    actor: &Actor,
    password: &str,
) -> Result<(), AppError> {
    if rules::required_for(actor.role()) {
        return Err(AppError::conflict(ConflictKind::TwoFactorRequired));
    }
    confirm_password(actor, password, Field::Password).await?;
    let txn = begin_write(db).await?;
    two_factor::Entity::delete_by_id(actor.id())
        .exec(&txn)
        .await?;
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(actor.id()))
        .exec(&txn)
        .await?;
    Event::by(actor, AuditKind::TwoFactorDisabled)
        .user(actor.id())
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// How the second step was passed.
enum Passed {
    AppCode,
    RecoveryCode,
}

/// Uses `code` for `user`'s second step (`factor`, read before): an app code whose time step is
/// later than the last accepted one, or an unused recovery code. Either is marked used by one
/// conditional update, the first statement of the caller's transaction (on SQLite, a
/// transaction that reads first cannot take the write lock while another one holds it).
async fn use_code(
    conn: &impl ConnectionTrait,
    user: &user::Model,
    factor: &two_factor::Model,
    code: &str,
) -> Result<Option<Passed>, AppError> {
    let code = rules::normalize_code(code);
    if rules::is_app_code(&code) {
        let totp = totp(&factor.secret, &user.email)?;
        let Some(step) = matching_step(&totp, &code, factor.last_step) else {
            return Ok(None);
        };
        let taken = two_factor::Entity::update_many()
            .col_expr(two_factor::Column::LastStep, Expr::value(step))
            .filter(two_factor::Column::UserId.eq(user.id))
            .filter(
                Condition::any()
                    .add(two_factor::Column::LastStep.is_null())
                    .add(two_factor::Column::LastStep.lt(step)),
            )
            .exec(conn)
            .await?;
        return Ok((taken.rows_affected == 1).then_some(Passed::AppCode));
    }
    let used = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(Utc::now()))
        .filter(recovery_code::Column::UserId.eq(user.id))
        .filter(recovery_code::Column::CodeHash.eq(sha256_hex(&code)))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok((used.rows_affected == 1).then_some(Passed::RecoveryCode))
}

/// The second step of a login: `user` gave the right password moments ago (`pending`); `code`
/// must be theirs. Attempts are counted per account before the check; a success clears them
/// and is recorded as the login.
pub async fn complete_login(
    db: &DatabaseConnection,
    user: UserId,
    code: &str,
    ip: &str,
) -> Result<user::Model, AppError> {
    let key = throttle::login_code_key(user);
    throttle::reserve(db, &[(key.clone(), throttle::MAX_CODE_ATTEMPTS)]).await?;
    let account = user::Entity::find_by_id(user)
        .one(db)
        .await?
        .filter(|u| u.status == UserStatus::Active)
        .ok_or(AppError::conflict(ConflictKind::LoginCodeExpired))?;
    let factor = find(db, account.id)
        .await?
        .filter(|t| t.enabled_at.is_some())
        .ok_or(AppError::conflict(ConflictKind::LoginCodeExpired))?;
    let txn = begin_write(db).await?;
    let Some(passed) = use_code(&txn, &account, &factor, code).await? else {
        Event::from_address(ip, AuditKind::LoginCodeFailed)
            .user(account.id)
            .record(&txn)
            .await?;
        txn.commit().await?;
        return Err(wrong_code());
    };
    if let Passed::RecoveryCode = passed {
        Event::from_address(ip, AuditKind::RecoveryCodeUsed)
            .actor(account.id)
            .record(&txn)
            .await?;
    }
    Event::from_address(ip, AuditKind::LoginSucceeded)
        .actor(account.id)
        .record(&txn)
        .await?;
    throttle::clear(&txn, &key).await?;
    txn.commit().await?;
    Ok(account)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_follow_rfc_6238() -> Result<(), AppError> {
        // RFC 6238's SHA-1 test key ("12345678901234567890") at 59 s: 94287082, of which an app
        // shows the last six digits.
        assert_eq!(code_at("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 1)?, "287082");
        // The demo key, as the end-to-end tests' helper computes it too.
        assert_eq!(
            code_at(crate::server::seed::DEMO_TOTP_SECRET, 1000)?,
            "783466"
        );
        Ok(())
    }

    #[test]
    fn recovery_codes_are_random_and_readable() {
        let (a, b) = (new_recovery_code(), new_recovery_code());
        assert_ne!(a, b);
        assert_eq!(a.len(), 11);
        assert_eq!(a.as_bytes()[5], b'-');
        assert!(!rules::is_app_code(&rules::normalize_code(&a)));
    }
}
