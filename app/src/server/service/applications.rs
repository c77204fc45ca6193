//! Membership applications: a visitor applies for an organization; staff approve or reject.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, TransactionTrait,
};

use super::organizations::organization_search_text;
use super::{NewUser, ensure_email_free, person_name, unique_violation_as};
use crate::model::account::{ApplicationForm, ApplicationSummary, normalize_email};
use crate::model::{AppError, ErrorCode, Locale, OrgKind, OrgStatus, Role, UserStatus};
use crate::server::auth::Actor;
use crate::server::db::entity::{membership_application as application, organization, user};
use crate::server::db::internal;
use crate::server::mail::{self, MailSender, OutgoingMail};
use crate::server::password;

pub const PENDING: &str = "pending";
pub const APPROVED: &str = "approved";
pub const REJECTED: &str = "rejected";

/// Records the organization, the applicant's (not yet active) account and the application in one
/// transaction, and confirms receipt by mail.
pub async fn submit(
    db: &DatabaseConnection,
    mail_sender: &dyn MailSender,
    form: ApplicationForm,
) -> Result<i32, AppError> {
    AppError::check(form.validate())?;
    let email = normalize_email(&form.email);
    let name = form.name.trimmed();
    let locale = Locale::parse(&form.locale).unwrap_or(Locale::Ja);
    let password_hash = password::hash(&form.password).await?;
    let now = Utc::now();
    let txn = db.begin().await.map_err(internal)?;
    ensure_email_free(&txn, &email, "email").await?;
    let (name_ja, name_en) = (
        form.org_name_ja.trim().to_string(),
        form.org_name_en.trim().to_string(),
    );
    let org = organization::ActiveModel {
        kind: Set(OrgKind::parse(&form.org_kind)
            .unwrap_or(OrgKind::Other)
            .as_str()
            .to_string()),
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
        status: Set(OrgStatus::Pending.as_str().to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(internal)?;
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
    .map_err(unique_violation_as("email"))?;
    let app = application::ActiveModel {
        organization_id: Set(org.id),
        applicant_id: Set(applicant.id),
        status: Set(PENDING.to_string()),
        reason: Set(None),
        reviewed_by: Set(None),
        reviewed_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(internal)?;
    let receipt = mail::enqueue(
        &txn,
        OutgoingMail {
            to: email,
            subject: "MEJ Forum: application received / 入会申請を受け付けました".into(),
            body: "We have received your application. Staff will review it shortly.\n入会申請を受け付けました。事務局で確認のうえご連絡いたします。".into(),
        },
    )
    .await?;
    txn.commit().await.map_err(internal)?;
    mail::deliver(mail_sender, &[receipt]);
    Ok(app.id)
}

/// Applications waiting for a decision, oldest first.
pub async fn list_pending(db: &DatabaseConnection) -> Result<Vec<ApplicationSummary>, AppError> {
    let apps = application::Entity::find()
        .filter(application::Column::Status.eq(PENDING))
        .order_by_asc(application::Column::Id)
        .all(db)
        .await
        .map_err(internal)?;
    // Three queries whatever the number of applications: the applications, then their
    // organizations and applicants in one batch each.
    let orgs: HashMap<i32, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(apps.iter().map(|a| a.organization_id)))
        .all(db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let applicants: HashMap<i32, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(apps.iter().map(|a| a.applicant_id)))
        .all(db)
        .await
        .map_err(internal)?
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
                org_kind: OrgKind::parse(&org.kind).unwrap_or(OrgKind::Other),
                org_name_ja: org.name_ja.clone(),
                org_name_en: org.name_en.clone(),
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
    mail_sender: &dyn MailSender,
    actor: &Actor,
    application_id: i32,
    approve: bool,
    reason: &str,
) -> Result<(), AppError> {
    let reason = reason.trim();
    if !approve && reason.is_empty() {
        return Err(AppError::field("reason", ErrorCode::Required));
    }
    if reason.chars().count() > 1000 {
        return Err(AppError::field("reason", ErrorCode::TooLong(1000)));
    }
    let txn = db.begin().await.map_err(internal)?;
    let app = application::Entity::find_by_id(application_id)
        .one(&txn)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)?;
    if app.status != PENDING {
        return Err(AppError::Conflict {
            what: "already_decided".into(),
        });
    }
    let org = organization::Entity::find_by_id(app.organization_id)
        .one(&txn)
        .await
        .map_err(internal)?;
    let applicant = user::Entity::find_by_id(app.applicant_id)
        .one(&txn)
        .await
        .map_err(internal)?;
    let (Some(org), Some(applicant)) = (org, applicant) else {
        return Err(AppError::NotFound);
    };
    let email = applicant.email.clone();
    let mut row = app.into_active_model();
    row.status = Set(if approve { APPROVED } else { REJECTED }.to_string());
    row.reason = Set((!reason.is_empty()).then(|| reason.to_string()));
    row.reviewed_by = Set(Some(actor.id()));
    row.reviewed_at = Set(Some(Utc::now()));
    row.update(&txn).await.map_err(internal)?;
    let mut org = org.into_active_model();
    org.status = Set(if approve {
        OrgStatus::Active
    } else {
        OrgStatus::Rejected
    }
    .as_str()
    .to_string());
    org.update(&txn).await.map_err(internal)?;
    if approve {
        let mut applicant = applicant.into_active_model();
        applicant.status = Set(UserStatus::Active.as_str().to_string());
        applicant.update(&txn).await.map_err(internal)?;
    }
    let notice = if approve {
        OutgoingMail {
            to: email,
            subject: "MEJ Forum: welcome / 入会が承認されました".into(),
            body: "Your application has been approved. You can now log in.\n入会申請が承認されました。ログインしてご利用いただけます。".into(),
        }
    } else {
        OutgoingMail {
            to: email,
            subject: "MEJ Forum: your application / 入会申請について".into(),
            body: format!(
                "We are unable to approve your application.\n誠に恐れ入りますが、入会申請を承認できませんでした。\n\n{reason}"
            ),
        }
    };
    let notice = mail::enqueue(&txn, notice).await?;
    txn.commit().await.map_err(internal)?;
    mail::deliver(mail_sender, &[notice]);
    Ok(())
}
