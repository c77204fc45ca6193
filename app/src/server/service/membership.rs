//! Membership applications: a visitor applies for an organization; staff approve or reject.

use std::collections::HashMap;

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder,
};

use super::account::{EmailUse, NewUser, email_use, person_name, take_email, unique_violation_as};
use super::organization::organization_search_text;
use super::throttle;
use crate::model::Field;
use crate::model::audit::AuditKind;
use crate::model::membership::{ApplicationForm, ApplicationSummary};
use crate::model::validation::normalize_email;
use crate::model::{
    AppError, ApplicationId, ApplicationStatus, ConflictKind, ErrorCode, Locale, OrgKind,
    OrgStatus, OrganizationId, Role, UserId, UserStatus,
};
use crate::server::audit::Event;
use crate::server::auth::Actor;
use crate::server::db::begin_write;
use crate::server::db::entity::{membership_application as application, organization, user};
use crate::server::outbox::{Appendix, MailTemplate, Mailer, Outbox};
use crate::server::password;
use crate::server::token::{new_token, sha256_hex};

/// How long the link that confirms an applicant's address stays valid.
pub const CONFIRM_VALID_HOURS: i64 = 24;

/// The link follows the body.
const CONFIRM: MailTemplate = MailTemplate {
    subject: |m| m.mail_application_confirm_subject,
    body: |m| m.mail_application_confirm_body,
};
const RECEIVED: MailTemplate = MailTemplate {
    subject: |m| m.mail_application_received_subject,
    body: |m| m.mail_application_received_body,
};
/// To an address that already has an account: the form answers as for a new one.
const KNOWN: MailTemplate = MailTemplate {
    subject: |m| m.mail_application_known_subject,
    body: |m| m.mail_application_known_body,
};
const APPROVED: MailTemplate = MailTemplate {
    subject: |m| m.mail_application_approved_subject,
    body: |m| m.mail_application_approved_body,
};
/// The reason follows the body.
const REJECTED: MailTemplate = MailTemplate {
    subject: |m| m.mail_application_rejected_subject,
    body: |m| m.mail_application_rejected_body,
};

/// Records the organization, the applicant's (not yet active) account and the application in one
/// transaction, and mails a link that confirms the address (see `confirm`). The answer does not
/// say whether the address already has an account (that would tell visitors who is registered):
/// such an address is mailed instead, and nothing is recorded (`None`). The address of a declined
/// or never-confirmed applicant is taken over: their old records are replaced.
pub async fn submit(
    db: &DatabaseConnection,
    mailer: Mailer<'_>,
    form: ApplicationForm,
    ip: &str,
) -> Result<Option<ApplicationId>, AppError> {
    let email = normalize_email(&form.email);
    let name = form.name.trimmed();
    let mut errors = form.validate();
    password::check_strength(&mut errors, Field::Password, &form.password, &email, &name);
    AppError::check(errors)?;
    let locale = Locale::parse(&form.locale)
        .ok_or_else(|| AppError::field(Field::Locale, ErrorCode::InvalidChoice))?;
    throttle::reserve(
        db,
        &[(
            throttle::ip_action_key("apply", ip),
            throttle::MAX_APPLICATIONS_PER_IP,
        )],
    )
    .await?;
    // Cheap checks before the costly hash.
    if email_use(db, &email).await? == EmailUse::Taken {
        let txn = begin_write(db).await?;
        let mut outbox = Outbox::new(mailer);
        outbox
            .mail(&txn, &email, &KNOWN, "", Appendix::None)
            .await?;
        outbox.commit(txn).await?;
        return Ok(None);
    }
    let password_hash = password::hash(&form.password).await?;
    let now = Utc::now();
    let token = new_token();
    let txn = begin_write(db).await?;
    take_email(&txn, &email, Field::Email).await?;
    let (name_ja, name_en) = (
        form.org_name_ja.trim().to_string(),
        form.org_name_en.trim().to_string(),
    );
    let org = organization::ActiveModel {
        kind: Set(OrgKind::parse(&form.org_kind).ok_or(AppError::Internal)?),
        search_text: Set(organization_search_text(
            &name_ja,
            &name_en,
            &form.country,
            None,
        )),
        name_ja: Set(name_ja),
        name_en: Set(name_en),
        country: Set(form.country.clone()),
        prefecture: Set(None),
        website: Set(form.website.trim().to_string()),
        specialties: Set(String::new()),
        languages: Set(String::new()),
        description_ja: Set(String::new()),
        description_en: Set(String::new()),
        jih_recommended: Set(false),
        amtac_accredited: Set(false),
        status: Set(OrgStatus::Pending),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let applicant = NewUser {
        organization_id: org.id,
        email: &email,
        password_hash,
        name,
        locale,
        time_zone: "Asia/Tokyo",
        role: Role::OrgAdmin,
        status: UserStatus::Pending,
    }
    .into_row()
    .insert(&txn)
    .await
    .map_err(unique_violation_as(Field::Email, ErrorCode::EmailTaken))?;
    let app = application::ActiveModel {
        organization_id: Set(org.id),
        applicant_id: Set(applicant.id),
        status: Set(ApplicationStatus::Pending),
        reason: Set(None),
        reviewed_by: Set(None),
        reviewed_at: Set(None),
        created_at: Set(now),
        email_confirmed_at: Set(None),
        confirm_token_hash: Set(Some(sha256_hex(&token))),
        confirm_expires_at: Set(Some(now + Duration::hours(CONFIRM_VALID_HOURS))),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let link = mailer.link(&crate::routes::confirm_application_link(&token));
    let mut outbox = Outbox::new(mailer);
    outbox
        .mail(
            &txn,
            &email,
            &CONFIRM,
            CONFIRM_VALID_HOURS,
            Appendix::SecretLink(&link),
        )
        .await?;
    outbox.commit(txn).await?;
    Ok(Some(app.id))
}

/// Confirms an application's e-mail address through the mailed link: from now on staff see the
/// application, and the applicant is told so. An unknown, used or expired link is not found.
pub async fn confirm(
    db: &DatabaseConnection,
    mailer: Mailer<'_>,
    token: &str,
    ip: &str,
) -> Result<(), AppError> {
    throttle::reserve(
        db,
        &[(
            throttle::ip_action_key("confirm", ip),
            throttle::MAX_LINK_USES_PER_IP,
        )],
    )
    .await?;
    let txn = begin_write(db).await?;
    let app = application::Entity::find()
        .filter(application::Column::ConfirmTokenHash.eq(sha256_hex(token)))
        .filter(application::Column::EmailConfirmedAt.is_null())
        .one(&txn)
        .await?
        .filter(|a| a.confirm_expires_at.is_some_and(|t| t > Utc::now()))
        .ok_or(AppError::NotFound)?;
    let applicant = user::Entity::find_by_id(app.applicant_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut row = app.into_active_model();
    row.email_confirmed_at = Set(Some(Utc::now()));
    row.confirm_token_hash = Set(None);
    row.confirm_expires_at = Set(None);
    row.update(&txn).await?;
    let mut outbox = Outbox::new(mailer);
    outbox
        .mail(&txn, &applicant.email, &RECEIVED, "", Appendix::None)
        .await?;
    outbox.commit(txn).await
}

/// The applications staff see and decide: those whose address is confirmed.
fn reaches_staff() -> sea_orm::sea_query::SimpleExpr {
    application::Column::EmailConfirmedAt.is_not_null()
}

/// Applications waiting for a decision (their address confirmed), oldest first.
pub async fn list_pending(db: &DatabaseConnection) -> Result<Vec<ApplicationSummary>, AppError> {
    let apps = application::Entity::find()
        .filter(application::Column::Status.eq(ApplicationStatus::Pending))
        .filter(reaches_staff())
        .order_by_asc(application::Column::Id)
        .all(db)
        .await?;
    // Three queries whatever the number of applications: the applications, then their
    // organizations and applicants in one batch each.
    let orgs: HashMap<OrganizationId, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(apps.iter().map(|a| a.organization_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let applicants: HashMap<UserId, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(apps.iter().map(|a| a.applicant_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut out = Vec::with_capacity(apps.len());
    for app in apps {
        if let (Some(org), Some(applicant)) = (
            orgs.get(&app.organization_id),
            applicants.get(&app.applicant_id),
        ) {
            out.push(ApplicationSummary {
                id: app.id,
                org_kind: org.kind,
                org_name: org.name(),
                country: org.country.clone(),
                website: org.website.clone(),
                applicant_name: person_name(applicant),
                applicant_email: applicant.email.clone(),
                submitted_at: app.created_at.timestamp(),
            });
        }
    }
    Ok(out)
}

/// Approves or rejects a pending application in one transaction: the application, the
/// organization and the applicant change together, and the applicant is told by mail.
pub async fn decide(
    db: &DatabaseConnection,
    mailer: Mailer<'_>,
    actor: &Actor,
    application_id: ApplicationId,
    approve: bool,
    reason: &str,
) -> Result<(), AppError> {
    let reason = reason.trim();
    if !approve && reason.is_empty() {
        return Err(AppError::field(Field::Reason, ErrorCode::Required));
    }
    if reason.chars().count() > 1000 {
        return Err(AppError::field(Field::Reason, ErrorCode::TooLong(1000)));
    }
    let txn = begin_write(db).await?;
    let app = application::Entity::find_by_id(application_id)
        .filter(reaches_staff())
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if app.status != ApplicationStatus::Pending {
        return Err(AppError::conflict(ConflictKind::AlreadyDecided));
    }
    let org = organization::Entity::find_by_id(app.organization_id)
        .one(&txn)
        .await?;
    let applicant = user::Entity::find_by_id(app.applicant_id).one(&txn).await?;
    let (Some(org), Some(applicant)) = (org, applicant) else {
        return Err(AppError::NotFound);
    };
    let email = applicant.email.clone();
    let (app_applicant, app_org) = (applicant.id, org.id);
    let mut row = app.into_active_model();
    row.status = Set(if approve {
        ApplicationStatus::Approved
    } else {
        ApplicationStatus::Rejected
    });
    row.reason = Set((!reason.is_empty()).then(|| reason.to_string()));
    row.reviewed_by = Set(Some(actor.id()));
    row.reviewed_at = Set(Some(Utc::now()));
    row.update(&txn).await?;
    let mut org = org.into_active_model();
    org.status = Set(if approve {
        OrgStatus::Active
    } else {
        OrgStatus::Rejected
    });
    org.update(&txn).await?;
    if approve {
        let mut applicant = applicant.into_active_model();
        applicant.status = Set(UserStatus::Active);
        applicant.update(&txn).await?;
    }
    let kind = if approve {
        AuditKind::ApplicationApproved
    } else {
        AuditKind::ApplicationRejected
    };
    Event::by(actor, kind)
        .user(app_applicant)
        .organization(app_org)
        .record(&txn)
        .await?;
    let notice = if approve { &APPROVED } else { &REJECTED };
    let mut outbox = Outbox::new(mailer);
    outbox
        .mail(&txn, &email, notice, "", Appendix::Text(reason))
        .await?;
    outbox.commit(txn).await
}
