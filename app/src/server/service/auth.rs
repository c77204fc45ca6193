//! Logging in (credentials, account state, throttling), the current user, and the language
//! remembered on the account.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
};

use super::account::person_name;
use super::two_factor::{self, Entry};
use super::{moderation, notification, throttle};
use crate::model::audit::AuditKind;
use crate::model::auth::CurrentUser;
use crate::model::error::LoginRefusal;
use crate::model::permissions::{Action, allows};
use crate::model::validation::normalize_email;
use crate::model::{AppError, ApplicationStatus, Bilingual, Locale, UserStatus};
use crate::server::audit::Event;
use crate::server::auth::Actor;
use crate::server::db::entity::audit_event;
use crate::server::db::entity::{membership_application as application, organization, user};
use crate::server::db::scalar;
use crate::server::password;

/// A valid argon2id hash of a random string, verified when the e-mail is unknown so that both
/// failures take the same time.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

/// Checks the credentials and the account's state; counts attempts against the account from this
/// client address and against the address. With two-step verification on, the login is
/// complete (and recorded) only after the code.
pub async fn log_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    ip: &str,
) -> Result<Entry, AppError> {
    let email = normalize_email(email);
    let (login_key, ip_key) = (throttle::login_key(&email, ip), throttle::ip_key(ip));
    // Counted before the (slow) password check, so simultaneous attempts cannot slip past.
    let reserved = throttle::reserve(
        db,
        &[
            (login_key.clone(), throttle::MAX_PER_ACCOUNT_AND_IP),
            (ip_key.clone(), throttle::MAX_PER_IP),
        ],
    )
    .await;
    if let Err(refused) = reserved {
        record_lockout(db, &email, ip).await?;
        return Err(refused);
    }
    let found = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .one(db)
        .await?;
    let ok = match &found {
        Some(u) => password::verify(password, &u.password_hash).await,
        None => {
            let _ = password::verify(password, DUMMY_HASH).await;
            false
        }
    };
    let failed = Event::from_address(ip, AuditKind::LoginFailed).email(&email);
    let found_id = found.as_ref().map(|u| u.id);
    let Some(user) = found.filter(|_| ok) else {
        let failed = match found_id {
            Some(id) => failed.user(id),
            None => failed,
        };
        failed.detail("bad_credentials").record(db).await?;
        return Err(AppError::Login {
            refusal: LoginRefusal::BadCredentials,
        });
    };
    throttle::clear(db, &login_key).await?;
    throttle::release(db, &ip_key).await?;
    match user.status {
        UserStatus::Active => {
            let entry = two_factor::entry(db, user).await?;
            if let Entry::Complete(user) = &entry {
                Event::from_address(ip, AuditKind::LoginSucceeded)
                    .actor(user.id)
                    .record(db)
                    .await?;
            }
            Ok(entry)
        }
        UserStatus::Pending | UserStatus::Suspended => {
            failed.user(user.id).detail(user.status).record(db).await?;
            Err(AppError::Login {
                refusal: inactive_refusal(db, &user).await?,
            })
        }
    }
}

/// Records that logins for `email` from `ip` are paused, once per throttling window.
async fn record_lockout(db: &DatabaseConnection, email: &str, ip: &str) -> Result<(), AppError> {
    let since = Utc::now() - chrono::Duration::seconds(throttle::WINDOW_SECS);
    let already = audit_event::Entity::find()
        .filter(audit_event::Column::Kind.eq(AuditKind::LoginLocked))
        .filter(audit_event::Column::TargetEmail.eq(email))
        .filter(audit_event::Column::ClientIp.eq(ip))
        .filter(audit_event::Column::At.gt(since))
        .count(db)
        .await?;
    if already == 0 {
        Event::from_address(ip, AuditKind::LoginLocked)
            .email(email)
            .record(db)
            .await?;
    }
    Ok(())
}

/// Why an inactive account may not log in: its application is waiting or was declined, or the
/// account was suspended.
async fn inactive_refusal(
    db: &DatabaseConnection,
    user: &user::Model,
) -> Result<LoginRefusal, AppError> {
    if user.status == UserStatus::Suspended {
        return Ok(LoginRefusal::Suspended);
    }
    let app = application::Entity::find()
        .filter(application::Column::ApplicantId.eq(user.id))
        .order_by_desc(application::Column::Id)
        .one(db)
        .await?;
    Ok(match app {
        Some(a) if a.status == ApplicationStatus::Rejected => LoginRefusal::Rejected {
            reason: a.reason.unwrap_or_default(),
        },
        Some(a) if a.email_confirmed_at.is_none() => LoginRefusal::EmailUnconfirmed,
        _ => LoginRefusal::AwaitingApproval,
    })
}

/// The user as the UI needs it, with the organization's names and the header's counts, read in
/// one statement.
pub async fn current_user(
    db: &DatabaseConnection,
    user: &user::Model,
) -> Result<CurrentUser, AppError> {
    let moderator = allows(user.role, Action::ModeratePosts);
    let mut select = organization::Entity::find_by_id(user.organization_id)
        .select_only()
        .column(organization::Column::NameJa)
        .column(organization::Column::NameEn)
        .expr(scalar::nested(two_factor::enabled_query(user.id)))
        .expr(scalar::nested(notification::unread_count_query(user.id)));
    if moderator {
        select = select.expr(scalar::nested(moderation::queue_size_query()));
    }
    let row = db
        .query_one(&select.into_query())
        .await?
        .ok_or(AppError::NotFound)?;
    let (name_ja, name_en): (String, String) = (row.try_get_by_index(0)?, row.try_get_by_index(1)?);
    Ok(CurrentUser {
        id: user.id,
        email: user.email.clone(),
        name: person_name(user),
        role: user.role,
        locale: user.locale,
        time_zone: user.time_zone.clone(),
        organization_id: user.organization_id,
        organization_name: Bilingual::new(name_ja, name_en),
        two_factor_enabled: scalar::read(&row, 2)? > 0,
        unread_notifications: scalar::read(&row, 3)?,
        review_queue: if moderator {
            Some(scalar::read(&row, 4)?)
        } else {
            None
        },
    })
}

pub async fn set_locale(
    db: &DatabaseConnection,
    actor: &Actor,
    locale: Locale,
) -> Result<(), AppError> {
    let mut row = actor.user.clone().into_active_model();
    row.locale = Set(locale);
    row.update(db).await?;
    Ok(())
}
