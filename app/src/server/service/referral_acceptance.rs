//! What an institution accepts: whether inbound cases reach it and in which specialties, set
//! by its organization admins (the languages are its directory profile's).

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, DatabaseConnection, EntityTrait, IntoActiveModel,
};

use crate::model::AppError;
use crate::model::directory::split_codes;
use crate::model::permissions::Person;
use crate::model::referral_view::AcceptanceForm;
use crate::server::db::entity::organization;

async fn own(db: &DatabaseConnection, person: &Person) -> Result<organization::Model, AppError> {
    organization::Entity::find_by_id(person.organization_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// What `person`'s organization accepts.
pub async fn acceptance(
    db: &DatabaseConnection,
    person: &Person,
) -> Result<AcceptanceForm, AppError> {
    let o = own(db, person).await?;
    Ok(AcceptanceForm {
        accepts: o.accepts_international,
        specialties: split_codes(&o.international_specialties),
    })
}

/// Saves what `person`'s organization accepts (cases submitted from now on follow it).
pub async fn save(
    db: &DatabaseConnection,
    person: &Person,
    form: &AcceptanceForm,
) -> Result<(), AppError> {
    let specialties = form
        .check()
        .map_err(|fields| AppError::Validation { fields })?;
    let mut row = own(db, person).await?.into_active_model();
    row.accepts_international = Set(form.accepts);
    row.international_specialties = Set(specialties.join(","));
    row.update(db).await?;
    Ok(())
}
