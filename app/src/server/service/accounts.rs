//! Accounts: logging in, one's own profile and password, colleagues in one's organization,
//! and the staff's account administration.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, QuerySelect,
};

use super::{person_name, set_name, throttle};
use crate::model::account::{AccountSummary, CurrentUser, OrgMember};
use crate::model::error::LoginRefusal;
use crate::model::permissions::{self, Person};
use crate::model::profile::{ProfileForm, validate_password_change};
use crate::model::validation::normalize_email;
use crate::model::{
    AppError, ApplicationStatus, ConflictKind, ErrorCode, Locale, OrganizationId, Role, UserId,
    UserStatus, search,
};
use crate::server::auth::Actor;
use crate::server::db::entity::{membership_application as application, organization, user};
use crate::server::password;

/// A valid argon2id hash of a random string, verified when the e-mail is unknown so that both
/// failures take the same time.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

/// Checks the credentials and the account's state; counts failures against the e-mail and the
/// client address.
pub async fn log_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    ip: &str,
) -> Result<user::Model, AppError> {
    let email = normalize_email(email);
    let (email_key, ip_key) = (throttle::email_key(&email), throttle::ip_key(ip));
    throttle::check(
        db,
        &[
            (email_key.clone(), throttle::MAX_PER_EMAIL),
            (ip_key.clone(), throttle::MAX_PER_IP),
        ],
    )
    .await?;
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
    let Some(user) = found.filter(|_| ok) else {
        throttle::record_failure(db, &email_key).await?;
        throttle::record_failure(db, &ip_key).await?;
        return Err(AppError::Login {
            refusal: LoginRefusal::BadCredentials,
        });
    };
    throttle::clear(db, &email_key).await?;
    match user.status {
        UserStatus::Active => Ok(user),
        UserStatus::Pending | UserStatus::Suspended => Err(AppError::Login {
            refusal: inactive_refusal(db, &user).await?,
        }),
    }
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
        _ => LoginRefusal::AwaitingApproval,
    })
}

/// The user as the UI needs it, with the organization's names.
pub async fn current_user(
    db: &DatabaseConnection,
    user: &user::Model,
) -> Result<CurrentUser, AppError> {
    let org = organization::Entity::find_by_id(user.organization_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(CurrentUser {
        id: user.id,
        email: user.email.clone(),
        name: person_name(user),
        role: user.role,
        locale: user.locale,
        time_zone: user.time_zone.clone(),
        organization_id: org.id,
        organization_name_ja: org.name_ja,
        organization_name_en: org.name_en,
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

pub async fn update_profile(
    db: &DatabaseConnection,
    actor: &Actor,
    form: ProfileForm,
) -> Result<(), AppError> {
    AppError::check(form.validate())?;
    let name = form.name.trimmed();
    let mut row = actor.user.clone().into_active_model();
    set_name(&mut row, name, &actor.user.email);
    row.locale = Set(Locale::parse(&form.locale).ok_or(AppError::Internal)?);
    row.time_zone = Set(form.time_zone);
    row.update(db).await?;
    Ok(())
}

pub async fn change_password(
    db: &DatabaseConnection,
    actor: &Actor,
    current: &str,
    new: &str,
    confirm: &str,
) -> Result<user::Model, AppError> {
    let mut errors = validate_password_change(new, confirm);
    if !password::verify(current, &actor.user.password_hash).await {
        errors.insert(
            0,
            crate::model::FieldError::new("current_password", ErrorCode::WrongPassword),
        );
    }
    AppError::check(errors)?;
    let mut row = actor.user.clone().into_active_model();
    row.password_hash = Set(password::hash(new).await?);
    Ok(row.update(db).await?)
}

fn org_member(u: user::Model) -> OrgMember {
    OrgMember {
        id: u.id,
        name: person_name(&u),
        organization_id: u.organization_id,
        role: u.role,
        status: u.status,
        email: u.email,
    }
}

/// The active people of one organization.
pub async fn list_org_members(
    db: &DatabaseConnection,
    organization_id: OrganizationId,
) -> Result<Vec<OrgMember>, AppError> {
    let rows = user::Entity::find()
        .filter(user::Column::OrganizationId.eq(organization_id))
        .filter(user::Column::Status.eq(UserStatus::Active))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(org_member).collect())
}

/// Another person's account, for an action one may not take on oneself.
async fn other_account(
    db: &DatabaseConnection,
    actor: &Actor,
    user_id: UserId,
) -> Result<user::Model, AppError> {
    permissions::check_not_self(&actor.person(), user_id)?;
    user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The account as the object rules see it.
fn person_of(u: &user::Model) -> Person {
    Person {
        id: u.id,
        role: u.role,
        organization_id: u.organization_id,
    }
}

/// An organization admin removes a colleague: the account is deactivated (its history stays)
/// and its sessions stop working at once.
pub async fn remove_member(
    db: &DatabaseConnection,
    actor: &Actor,
    user_id: UserId,
) -> Result<(), AppError> {
    let target = other_account(db, actor, user_id).await?;
    permissions::check_remove_member(&actor.person(), &person_of(&target))?;
    let mut row = target.into_active_model();
    row.status = Set(UserStatus::Suspended);
    row.update(db).await?;
    Ok(())
}

/// Accounts for the admin area, newest first, filtered by a folded search over names and e-mail.
pub async fn list_accounts(
    db: &DatabaseConnection,
    query: &str,
) -> Result<Vec<AccountSummary>, AppError> {
    let mut select = user::Entity::find().find_also_related(organization::Entity);
    for term in search::fold(query).split(' ').filter(|t| !t.is_empty()) {
        select = select.filter(Condition::all().add(user::Column::SearchText.contains(term)));
    }
    let rows = select
        .order_by_desc(user::Column::Id)
        .limit(200)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(u, org)| {
            let org = org.unwrap_or_default_names();
            AccountSummary {
                id: u.id,
                email: u.email.clone(),
                name: person_name(&u),
                organization_id: u.organization_id,
                role: u.role,
                status: u.status,
                organization_name_ja: org.0,
                organization_name_en: org.1,
            }
        })
        .collect())
}

trait OrgNames {
    fn unwrap_or_default_names(self) -> (String, String);
}

impl OrgNames for Option<organization::Model> {
    fn unwrap_or_default_names(self) -> (String, String) {
        self.map(|o| (o.name_ja, o.name_en)).unwrap_or_default()
    }
}

/// Only admins change roles, and never their own (so the last admin cannot lock everyone out).
pub async fn set_role(
    db: &DatabaseConnection,
    actor: &Actor,
    user_id: UserId,
    role: Role,
) -> Result<(), AppError> {
    permissions::check_change_role(&actor.person(), user_id)?;
    let target = other_account(db, actor, user_id).await?;
    let mut row = target.into_active_model();
    row.role = Set(role);
    row.update(db).await?;
    Ok(())
}

/// Staff suspend or reactivate accounts; only an admin may touch another staff member or admin.
pub async fn set_status(
    db: &DatabaseConnection,
    actor: &Actor,
    user_id: UserId,
    status: UserStatus,
) -> Result<(), AppError> {
    let target = other_account(db, actor, user_id).await?;
    permissions::check_change_status(&actor.person(), &person_of(&target))?;
    if target.status == UserStatus::Pending {
        // Pending accounts are decided through their membership application.
        return Err(AppError::conflict(ConflictKind::AccountPending));
    }
    let mut row = target.into_active_model();
    row.status = Set(status);
    row.update(db).await?;
    Ok(())
}
