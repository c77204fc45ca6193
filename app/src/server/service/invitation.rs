//! Invitations: an organization admin invites a colleague by e-mail; the link carries a random
//! token of which only the SHA-256 is stored, and it expires after seven days.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder,
};

use super::account::{NewUser, ensure_email_available, person_of, take_email, unique_violation_as};
use super::throttle;
use crate::model::Field;
use crate::model::audit::AuditKind;
use crate::model::invitation::{AcceptInvitationForm, InvitationInfo, InvitationSummary};
use crate::model::permissions::{check_own_organization, invitation_stands, may_invite_as};
use crate::model::validation::{email as check_email, normalize_email};
use crate::model::{
    AppError, ConflictKind, ErrorCode, FieldError, InvitationId, Locale, OrganizationId, Role,
    UserStatus,
};
use crate::server::audit::Event;
use crate::server::auth::Actor;
use crate::server::db::begin_write;
use crate::server::db::entity::{invitation, organization, user};
use crate::server::outbox::{Appendix, MailTemplate, Mailer, Outbox};
use crate::server::password;
use crate::server::token::{new_token, sha256_hex as token_hash};

pub const VALID_DAYS: i64 = 7;
/// Invitations per organization (and per client address) in throttling's window.
pub const MAX_PER_ORGANIZATION: i32 = 20;

/// The link follows the body.
const MAIL: MailTemplate = MailTemplate {
    subject: |m| m.mail_invitation_subject,
    body: |m| m.mail_invitation_body,
};

fn summary(row: invitation::Model, link: Option<String>) -> InvitationSummary {
    InvitationSummary {
        id: row.id,
        email: row.email,
        role: row.role,
        expires_at: row.expires_at.timestamp(),
        link,
    }
}

/// Creates an invitation into the actor's organization and mails the link. The link is returned
/// once, for the admin to copy.
pub async fn create(
    db: &DatabaseConnection,
    mailer: Mailer<'_>,
    actor: &Actor,
    email: &str,
    role: Role,
) -> Result<InvitationSummary, AppError> {
    let email = normalize_email(email);
    let mut errors = Vec::new();
    check_email(&mut errors, Field::Email, &email);
    if !may_invite_as(role) {
        errors.push(FieldError::new(Field::Role, ErrorCode::InvalidChoice));
    }
    AppError::check(errors)?;
    ensure_email_available(db, &email, Field::Email).await?;
    // Each invitation mails a stranger: an organization, and an address, may send only so many.
    throttle::reserve(
        db,
        &[
            (
                throttle::organization_key("invite", actor.organization_id()),
                MAX_PER_ORGANIZATION,
            ),
            (
                throttle::ip_action_key("invite", &actor.client_ip),
                MAX_PER_ORGANIZATION,
            ),
        ],
    )
    .await?;
    let token = new_token();
    let now = Utc::now();
    let txn = begin_write(db).await?;
    let row = invitation::ActiveModel {
        organization_id: Set(actor.organization_id()),
        email: Set(email.clone()),
        role: Set(role),
        token_hash: Set(token_hash(&token)),
        invited_by: Set(actor.id()),
        expires_at: Set(now + Duration::days(VALID_DAYS)),
        accepted_at: Set(None),
        revoked_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let link = mailer.link(&crate::routes::invitation_link(&token));
    let mut outbox = Outbox::new(mailer);
    outbox
        .mail(&txn, &email, &MAIL, VALID_DAYS, Appendix::SecretLink(&link))
        .await?;
    Event::by(actor, AuditKind::InvitationCreated)
        .email(&email)
        .organization(row.organization_id)
        .detail(role)
        .record(&txn)
        .await?;
    outbox.commit(txn).await?;
    Ok(summary(row, Some(link)))
}

/// Open invitations of an organization (not accepted, not revoked), newest first.
pub async fn list_open(
    db: &DatabaseConnection,
    organization_id: OrganizationId,
) -> Result<Vec<InvitationSummary>, AppError> {
    let rows = invitation::Entity::find()
        .filter(invitation::Column::OrganizationId.eq(organization_id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .order_by_desc(invitation::Column::Id)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|r| summary(r, None)).collect())
}

pub async fn revoke(
    db: &DatabaseConnection,
    actor: &Actor,
    invitation_id: InvitationId,
) -> Result<(), AppError> {
    let row = invitation::Entity::find_by_id(invitation_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    check_own_organization(&actor.person(), row.organization_id)?;
    let txn = begin_write(db).await?;
    let mut row = row.into_active_model();
    row.revoked_at = Set(Some(Utc::now()));
    let row = row.update(&txn).await?;
    Event::by(actor, AuditKind::InvitationRevoked)
        .email(&row.email)
        .organization(row.organization_id)
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// The usable invitation behind a token: unknown, revoked and used ones are not found, nor one
/// whose inviter may no longer invite (suspended, removed or demoted since); an expired one is a
/// conflict the page explains.
async fn usable(
    conn: &impl sea_orm::ConnectionTrait,
    token: &str,
) -> Result<invitation::Model, AppError> {
    let row = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(token_hash(token)))
        .one(conn)
        .await?
        .filter(|r| r.accepted_at.is_none() && r.revoked_at.is_none())
        .ok_or(AppError::NotFound)?;
    let inviter = user::Entity::find_by_id(row.invited_by).one(conn).await?;
    let stands =
        inviter.is_some_and(|i| invitation_stands(&person_of(&i), i.status, row.organization_id));
    if !stands {
        return Err(AppError::NotFound);
    }
    if row.expires_at < Utc::now() {
        return Err(AppError::conflict(ConflictKind::InvitationExpired));
    }
    Ok(row)
}

pub async fn info(db: &DatabaseConnection, token: &str) -> Result<InvitationInfo, AppError> {
    let row = usable(db, token).await?;
    let org = organization::Entity::find_by_id(row.organization_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(InvitationInfo {
        email: row.email,
        organization_name: org.name(),
    })
}

/// Creates the invitee's active account and uses up the invitation, in one transaction.
pub async fn accept(
    db: &DatabaseConnection,
    form: AcceptInvitationForm,
    ip: &str,
) -> Result<user::Model, AppError> {
    AppError::check(form.validate())?;
    let name = form.name.trimmed();
    let locale = Locale::parse(&form.locale)
        .ok_or_else(|| AppError::field(Field::Locale, ErrorCode::InvalidChoice))?;
    throttle::reserve(
        db,
        &[(
            throttle::ip_action_key("accept", ip),
            throttle::MAX_LINK_USES_PER_IP,
        )],
    )
    .await?;
    // Cheap checks before the costly hash; repeated in the transaction below.
    let inv = usable(db, &form.token).await?;
    ensure_email_available(db, &inv.email, Field::Email).await?;
    let mut errors = Vec::new();
    password::check_strength(
        &mut errors,
        Field::Password,
        &form.password,
        &inv.email,
        &name,
    );
    AppError::check(errors)?;
    let password_hash = password::hash(&form.password).await?;
    let txn = begin_write(db).await?;
    let inv = usable(&txn, &form.token).await?;
    take_email(&txn, &inv.email, Field::Email).await?;
    let now = Utc::now();
    let created = NewUser {
        organization_id: inv.organization_id,
        email: &inv.email,
        password_hash,
        name,
        locale,
        time_zone: "Asia/Tokyo",
        role: inv.role,
        status: UserStatus::Active,
    }
    .into_row()
    .insert(&txn)
    .await
    .map_err(unique_violation_as(Field::Email, ErrorCode::EmailTaken))?;
    let mut inv = inv.into_active_model();
    inv.accepted_at = Set(Some(now));
    let inv = inv.update(&txn).await?;
    Event::from_address(ip, AuditKind::InvitationAccepted)
        .actor(created.id)
        .user(created.id)
        .organization(inv.organization_id)
        .detail(inv.role)
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(created)
}
