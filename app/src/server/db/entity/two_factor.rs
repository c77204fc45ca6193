use sea_orm::entity::prelude::*;

use crate::model::UserId;

/// An account's authenticator-app key. Not `Debug`-printed anywhere: the key is a secret.
#[derive(Clone, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "two_factor")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: UserId,
    /// The key in base32, as the app was given it.
    pub secret: String,
    /// When the first code was confirmed; `None` while setting up.
    pub enabled_at: Option<DateTimeUtc>,
    /// The last time step (Unix time / 30 s) whose code was accepted.
    pub last_step: Option<i64>,
    pub created_at: DateTimeUtc,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("two_factor::Model")
            .field("user_id", &self.user_id)
            .field("enabled_at", &self.enabled_at)
            .finish_non_exhaustive()
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
