//! Accounts: creating the row (every way in: application, invitation, seed, the command line),
//! the checks around it, and the staff's administration of accounts (list, suspend or
//! reactivate, change roles).

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect,
};

use crate::model::Field;
use crate::model::account::AccountSummary;
use crate::model::audit::AuditKind;
use crate::model::names::PersonName;
use crate::model::permissions::{self, Person};
use crate::model::validation;
use crate::model::{
    AppError, ApplicationStatus, ConflictKind, ErrorCode, Locale, OrganizationId, Role, UserId,
    UserStatus, search,
};
use crate::server::audit::Event;
use crate::server::auth::Actor;
use crate::server::db::begin_write;
use crate::server::db::contains_literal;
use crate::server::db::entity::{membership_application, organization, user};
use crate::server::password;
use crate::server::seed::secretariat_row;
use crate::server::service::session;

/// What an e-mail address is to a new account or application.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EmailUse {
    Free,
    /// The address of an applicant whose application was declined or never confirmed: a new
    /// application or an invitation takes it over, and the old organization, applicant and
    /// application are deleted then (`remove_replaced_applicant`).
    Replaceable(OrganizationId),
    Taken,
}

pub(crate) async fn email_use(
    conn: &impl ConnectionTrait,
    email: &str,
) -> Result<EmailUse, AppError> {
    let Some(account) = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(conn)
        .await?
    else {
        return Ok(EmailUse::Free);
    };
    if account.status != UserStatus::Pending {
        return Ok(EmailUse::Taken);
    }
    let latest = membership_application::Entity::find()
        .filter(membership_application::Column::ApplicantId.eq(account.id))
        .order_by_desc(membership_application::Column::Id)
        .one(conn)
        .await?;
    let replaceable = latest
        .is_some_and(|a| a.status == ApplicationStatus::Rejected || a.email_confirmed_at.is_none());
    Ok(if replaceable {
        EmailUse::Replaceable(account.organization_id)
    } else {
        EmailUse::Taken
    })
}

/// Deletes the organization of an applicant whose address is taken over; the applicant, the
/// application and anything else of theirs go with it (foreign keys cascade).
pub(crate) async fn remove_replaced_applicant(
    conn: &impl ConnectionTrait,
    organization: OrganizationId,
) -> Result<(), AppError> {
    organization::Entity::delete_by_id(organization)
        .exec(conn)
        .await?;
    Ok(())
}

/// Fails with a field error on `field` when `email` belongs to an account that cannot be taken
/// over (see `EmailUse`).
pub(crate) async fn ensure_email_available(
    conn: &impl ConnectionTrait,
    email: &str,
    field: Field,
) -> Result<(), AppError> {
    if email_use(conn, email).await? == EmailUse::Taken {
        return Err(AppError::field(field, ErrorCode::EmailTaken));
    }
    Ok(())
}

/// Makes `email` free for a new account inside the caller's transaction: a replaceable
/// applicant is removed; an address in use fails with a field error on `field`.
pub(crate) async fn take_email(
    conn: &impl ConnectionTrait,
    email: &str,
    field: Field,
) -> Result<(), AppError> {
    match email_use(conn, email).await? {
        EmailUse::Free => Ok(()),
        EmailUse::Replaceable(organization) => remove_replaced_applicant(conn, organization).await,
        EmailUse::Taken => Err(AppError::field(field, ErrorCode::EmailTaken)),
    }
}

/// The stored name of a user row.
pub(crate) fn person_name(u: &user::Model) -> PersonName {
    PersonName {
        family_name: u.family_name.clone(),
        given_name: u.given_name.clone(),
        family_name_kana: u.family_name_kana.clone(),
        given_name_kana: u.given_name_kana.clone(),
        romanized_name: u.romanized_name.clone(),
    }
}

/// The search haystack of a person: every form of the name, and the e-mail.
pub(crate) fn person_search_text(name: &PersonName, email: &str) -> String {
    search::haystack([
        name.family_name.as_str(),
        name.given_name.as_str(),
        name.family_name_kana.as_str(),
        name.given_name_kana.as_str(),
        name.romanized_name.as_str(),
        email,
    ])
}

/// The unique violation of a concurrent write, reported like the friendly check before it.
pub(crate) fn unique_violation_as(
    field: Field,
    code: ErrorCode,
) -> impl Fn(sea_orm::DbErr) -> AppError {
    move |e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => AppError::field(field, code),
        _ => AppError::from(e),
    }
}

/// Writes a (trimmed) name and the search text that goes with it into an account row.
pub(crate) fn set_name(row: &mut user::ActiveModel, name: PersonName, email: &str) {
    row.search_text = Set(person_search_text(&name, email));
    row.family_name = Set(name.family_name);
    row.given_name = Set(name.given_name);
    row.family_name_kana = Set(name.family_name_kana);
    row.given_name_kana = Set(name.given_name_kana);
    row.romanized_name = Set(name.romanized_name);
}

/// A new account, as every way of creating one (application, invitation, seed, create-admin)
/// fills it in.
pub(crate) struct NewUser<'a> {
    pub organization_id: OrganizationId,
    pub email: &'a str,
    pub password_hash: String,
    pub name: PersonName,
    pub locale: Locale,
    pub time_zone: &'a str,
    pub role: Role,
    pub status: UserStatus,
}

impl NewUser<'_> {
    pub fn into_row(self) -> user::ActiveModel {
        let mut row = user::ActiveModel {
            organization_id: Set(self.organization_id),
            email: Set(self.email.to_string()),
            password_hash: Set(self.password_hash),
            locale: Set(self.locale),
            time_zone: Set(self.time_zone.to_string()),
            role: Set(self.role),
            status: Set(self.status),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        };
        set_name(&mut row, self.name, self.email);
        row
    }
}

/// Another person's account, for an action one may not take on oneself.
pub(crate) async fn other_account(
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
pub(crate) fn person_of(u: &user::Model) -> Person {
    Person {
        id: u.id,
        role: u.role,
        organization_id: u.organization_id,
    }
}

/// Accounts for the admin area, newest first, filtered by a folded search over names and e-mail.
pub async fn list_accounts(
    db: &DatabaseConnection,
    query: &str,
) -> Result<Vec<AccountSummary>, AppError> {
    AppError::check(search::check_query(Field::Query, query))?;
    let mut select = user::Entity::find().find_also_related(organization::Entity);
    for term in search::fold(query).split(' ').filter(|t| !t.is_empty()) {
        select = select.filter(user::Column::SearchText.like(contains_literal(term)));
    }
    let rows = select
        .order_by_desc(user::Column::Id)
        .limit(200)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(u, org)| AccountSummary {
            id: u.id,
            email: u.email.clone(),
            name: person_name(&u),
            organization_id: u.organization_id,
            role: u.role,
            status: u.status,
            organization_name: org.map(|o| o.name()).unwrap_or_default(),
        })
        .collect())
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
    let change = format!("{} → {role}", target.role);
    let txn = begin_write(db).await?;
    let mut row = target.into_active_model();
    row.role = Set(role);
    let target = row.update(&txn).await?;
    Event::by(actor, AuditKind::RoleChanged)
        .user(target.id)
        .detail(change)
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Staff suspend or reactivate accounts; only an admin may touch another staff member or admin.
pub async fn set_status(
    db: &DatabaseConnection,
    actor: &Actor,
    user_id: UserId,
    status: UserStatus,
) -> Result<(), AppError> {
    if !permissions::may_set_status(status) {
        return Err(AppError::field(Field::Status, ErrorCode::InvalidChoice));
    }
    let target = other_account(db, actor, user_id).await?;
    permissions::check_change_status(&actor.person(), &person_of(&target))?;
    if target.status == UserStatus::Pending {
        // Pending accounts are decided through their membership application.
        return Err(AppError::conflict(ConflictKind::AccountPending));
    }
    let change = format!("{} → {status}", target.status);
    let txn = begin_write(db).await?;
    let mut row = target.into_active_model();
    row.status = Set(status);
    let target = row.update(&txn).await?;
    Event::by(actor, AuditKind::StatusChanged)
        .user(target.id)
        .detail(change)
        .record(&txn)
        .await?;
    if status == UserStatus::Suspended {
        session::end_all(&txn, target.id).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Creates an administrator in the MEJ secretariat organization (created when missing).
pub async fn create_admin(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    name: PersonName,
) -> Result<UserId, AppError> {
    let email = validation::normalize_email(email);
    let mut errors = name.validate();
    validation::email(&mut errors, Field::Email, &email);
    validation::new_password(
        &mut errors,
        (Field::Password, Field::PasswordConfirm),
        password,
        password,
    );
    password::check_strength(&mut errors, Field::Password, password, &email, &name);
    AppError::check(errors)?;
    let txn = begin_write(db).await?;
    take_email(&txn, &email, Field::Email).await?;
    let (name_en, secretariat) = secretariat_row();
    let existing = organization::Entity::find()
        .filter(organization::Column::NameEn.eq(name_en))
        .one(&txn)
        .await?;
    let org = match existing {
        Some(org) => org,
        None => secretariat.insert(&txn).await?,
    };
    let row = NewUser {
        organization_id: org.id,
        email: &email,
        password_hash: password::hash(password).await?,
        name,
        locale: Locale::Ja,
        time_zone: "Asia/Tokyo",
        role: Role::Admin,
        status: UserStatus::Active,
    }
    .into_row()
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(row.id)
}
