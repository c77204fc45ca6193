//! "Forgot your password?": a one-hour, single-use link mailed to an active account. The answer
//! to a request never tells whether the address is registered.

use super::two_factor::{self, Entry};
use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter,
};

use super::account::person_name;
use super::throttle;
use crate::model::Field;
use crate::model::audit::AuditKind;
use crate::model::profile::validate_password_change;
use crate::model::validation::{email as check_email, normalize_email};
use crate::model::{AppError, ConflictKind, UserId, UserStatus};
use crate::server::audit::Event;
use crate::server::db::begin_write;
use crate::server::db::entity::{password_reset, user};
use crate::server::outbox::{Appendix, MailTemplate, Mailer, Outbox};
use crate::server::password;
use crate::server::token::{new_token, sha256_hex};

pub const VALID_MINUTES: i64 = 60;

/// The link follows the body.
const MAIL: MailTemplate = MailTemplate {
    subject: |m| m.mail_reset_subject,
    body: |m| m.mail_reset_body,
};

/// Requests per e-mail address and per client address in throttling's window.
pub const MAX_PER_EMAIL: i32 = 3;
pub const MAX_PER_IP: i32 = 20;

/// Mails a reset link when `email` belongs to an active account; otherwise does nothing. Either
/// way the caller learns only that the request was taken (or throttled).
pub async fn request(
    db: &DatabaseConnection,
    mailer: Mailer<'_>,
    email: &str,
    ip: &str,
) -> Result<(), AppError> {
    let email = normalize_email(email);
    let mut errors = Vec::new();
    check_email(&mut errors, Field::Email, &email);
    AppError::check(errors)?;
    let (email_key, ip_key) = throttle::reset_keys(&email, ip);
    throttle::reserve(db, &[(email_key, MAX_PER_EMAIL), (ip_key, MAX_PER_IP)]).await?;
    let Some(account) = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .filter(user::Column::Status.eq(UserStatus::Active))
        .one(db)
        .await?
    else {
        Event::from_address(ip, AuditKind::ResetRequested)
            .email(&email)
            .detail("no_active_account")
            .record(db)
            .await?;
        return Ok(());
    };
    let token = new_token();
    let now = Utc::now();
    let link = mailer.link(&crate::routes::reset_link(&token));
    let txn = begin_write(db).await?;
    password_reset::ActiveModel {
        user_id: Set(account.id),
        token_hash: Set(sha256_hex(&token)),
        expires_at: Set(now + Duration::minutes(VALID_MINUTES)),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut outbox = Outbox::new(mailer);
    outbox
        .mail(
            &txn,
            &email,
            &MAIL,
            VALID_MINUTES,
            Appendix::SecretLink(&link),
        )
        .await?;
    outbox.commit(txn).await?;
    Ok(())
}

async fn find(
    conn: &impl sea_orm::ConnectionTrait,
    token: &str,
) -> Result<Option<password_reset::Model>, AppError> {
    Ok(password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(sha256_hex(token)))
        .one(conn)
        .await?)
}

/// The active account a reset is for, unless the link has expired (a conflict the page
/// explains) or the account is no longer active.
async fn account_of(
    conn: &impl sea_orm::ConnectionTrait,
    reset: &password_reset::Model,
) -> Result<user::Model, AppError> {
    if reset.expires_at < Utc::now() {
        return Err(AppError::conflict(ConflictKind::ResetExpired));
    }
    user::Entity::find_by_id(reset.user_id)
        .one(conn)
        .await?
        .filter(|u| u.status == UserStatus::Active)
        .ok_or(AppError::NotFound)
}

/// Whether a reset link can still be used (for the page to say so before the form).
pub async fn check(db: &DatabaseConnection, token: &str) -> Result<(), AppError> {
    usable_account(db, token).await.map(|_| ())
}

/// The account an unused, unexpired reset link is for.
async fn usable_account(db: &DatabaseConnection, token: &str) -> Result<user::Model, AppError> {
    let reset = find(db, token)
        .await?
        .filter(|r| r.used_at.is_none())
        .ok_or(AppError::NotFound)?;
    account_of(db, &reset).await
}

/// Sets the new password and uses up the link, in one transaction. Sessions started with the
/// old password end (see `auth::current_actor`); the caller logs this browser in, or, with
/// two-step verification on, asks for the code: a mailed link is not a second factor.
pub async fn complete(
    db: &DatabaseConnection,
    token: &str,
    new: &str,
    confirm: &str,
    ip: &str,
) -> Result<Entry, AppError> {
    AppError::check(validate_password_change(new, confirm))?;
    throttle::reserve(
        db,
        &[(
            throttle::ip_action_key("reset-use", ip),
            throttle::MAX_LINK_USES_PER_IP,
        )],
    )
    .await?;
    // Cheap checks before the costly hash; the claim below decides.
    let account = usable_account(db, token).await?;
    let mut errors = Vec::new();
    password::check_strength(
        &mut errors,
        Field::NewPassword,
        new,
        &account.email,
        &person_name(&account),
    );
    AppError::check(errors)?;
    let password_hash = password::hash(new).await?;
    let txn = begin_write(db).await?;
    // Claim the link first, with a conditional write: of two requests racing with one link, the
    // second waits for the first and then finds it used. Any later failure rolls the claim back.
    let claimed = password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(Utc::now()))
        .filter(password_reset::Column::TokenHash.eq(sha256_hex(token)))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(AppError::NotFound);
    }
    let reset = find(&txn, token).await?.ok_or(AppError::NotFound)?;
    let account = account_of(&txn, &reset).await?;
    let mut row = account.into_active_model();
    row.password_hash = Set(password_hash);
    let account = row.update(&txn).await?;
    end_open_links(&txn, account.id).await?;
    super::session::end_all(&txn, account.id).await?;
    // A successful reset lifts any login block on the account, from every address.
    throttle::clear_account(&txn, &account.email).await?;
    Event::from_address(ip, AuditKind::PasswordReset)
        .actor(account.id)
        .user(account.id)
        .record(&txn)
        .await?;
    txn.commit().await?;
    two_factor::entry(db, account).await
}

/// Uses up every open reset link of an account: after a new password, an older mailed link
/// must not set another one.
pub async fn end_open_links(
    conn: &impl sea_orm::ConnectionTrait,
    user_id: UserId,
) -> Result<(), AppError> {
    password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(Utc::now()))
        .filter(password_reset::Column::UserId.eq(user_id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}
