//! The one error type that crosses the wire: a kind the UI translates, never internal details.

use serde::{Deserialize, Serialize};

use super::Field;

/// What went wrong with one form field; the UI shows it next to the field, in the user's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: ErrorCode,
}

impl FieldError {
    pub fn new(field: Field, code: ErrorCode) -> Self {
        Self {
            field: field.key().to_string(),
            code,
        }
    }

    /// The codes `errors` give `field`, in order (for tests of the rules).
    #[cfg(test)]
    pub fn codes_of(errors: &[FieldError], field: Field) -> Vec<ErrorCode> {
        errors
            .iter()
            .filter(|f| f.field == field.key())
            .map(|f| f.code)
            .collect()
    }
}

/// Reasons a field is refused. Numbers carry the limit so the message can name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", content = "limit", rename_all = "snake_case")]
pub enum ErrorCode {
    Required,
    TooLong(u32),
    TooShort(u32),
    InvalidEmail,
    InvalidUrl,
    InvalidChoice,
    KanaOnly,
    KanaRequired,
    LatinOnly,
    PasswordMismatch,
    EmailTaken,
    /// Another category has this name already.
    NameTaken,
    WrongPassword,
    /// A search with more words than the limit.
    TooManyWords(u32),
    /// Control, zero-width or text-direction characters, which hide what a name says.
    InvisibleCharacters,
    /// A name that claims to be the Forum's secretariat.
    ReservedName,
    /// A password that is common or easy to guess.
    WeakPassword,
    /// A two-step verification code that is wrong, used already or out of date.
    WrongCode,
    /// Not a date and time (or not one that exists, such as 30 February).
    InvalidDateTime,
    /// Not a date (`YYYY-MM-DD`).
    InvalidDate,
    /// An end that is not after its start.
    NotAfterStart,
    /// A registration window that does not end before the event begins.
    NotBeforeEvent,
    /// A whole number outside `min..=max`.
    OutOfRange {
        min: u32,
        max: u32,
    },
    /// A list with more than this many entries.
    TooMany(u32),
    /// A list with fewer than this many entries.
    TooFew(u32),
    /// A text that could identify a patient (see `identifiers`).
    Identifies(super::identifiers::Identifier),
}

/// Why a login was refused. Unknown e-mail and wrong password share one answer on purpose,
/// so the form does not reveal who is a member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LoginRefusal {
    BadCredentials,
    Suspended,
    AwaitingApproval,
    /// An applicant who has not opened the link that confirms their address.
    EmailUnconfirmed,
    Rejected {
        reason: String,
    },
}

/// Why a request cannot be carried out in the object's present state. Each kind has its own
/// message in both languages (the lookup matches them exhaustively).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// A membership application was decided already (perhaps by another staff member).
    AlreadyDecided,
    InvitationExpired,
    /// An invitation link that does not exist, was used or was revoked.
    InvitationInvalid,
    ResetExpired,
    /// A password-reset link that does not exist or was used.
    ResetInvalid,
    /// Nobody changes their own role or status, or removes themselves.
    NotOnSelf,
    /// A pending account is decided through its membership application.
    AccountPending,
    /// Two-step verification is on already.
    TwoFactorAlreadyOn,
    /// Turning two-step verification on without having started setting it up.
    TwoFactorNotStarted,
    /// The role requires two-step verification: it cannot be turned off.
    TwoFactorRequired,
    /// The code came too long after the password (or without one): log in again.
    LoginCodeExpired,
    /// A locked thread takes no more replies.
    ThreadLocked,
    /// The member has flagged this post already.
    AlreadyFlagged,
    /// Another moderator holds the claim on this item.
    ClaimedByOther,
    /// Another moderator acted on this first (or it is no longer in the state the action needs).
    AlreadyModerated,
    /// The post was deleted by its author: it cannot be edited or deleted again.
    PostDeleted,
    /// Only a published reply can be the accepted answer.
    NotAnAnswer,
    /// The post changed while it was being edited (its new text is in the page once reloaded).
    PostChanged,
    /// Staff silenced the member for a while: they read, but do not post.
    Silenced,
    /// A category that holds threads is not deleted (move them first).
    CategoryNotEmpty,
    /// The person is registered for the event already (confirmed, waiting or pending).
    AlreadyRegistered,
    /// Their organization already has as many registrations as the event allows.
    OrganizationLimitReached,
    /// The event's registration has not opened yet.
    RegistrationNotOpen,
    /// The event's registration has closed (or the event has begun).
    RegistrationEnded,
    /// The event was cancelled.
    EventCancelled,
    /// The registration was cancelled or decided already (perhaps by someone else).
    RegistrationChanged,
    /// The event cannot move to that status from the one it has now (perhaps another staff
    /// member changed it).
    EventStatusChanged,
    /// The organization takes part in the project already, or has asked to join it.
    AlreadyInProject,
    /// Only a published project takes requests to join.
    ProjectNotPublished,
    /// No member institution accepts international patients in this specialty and in one of
    /// the patient's languages.
    NoInstitutionMatches,
    /// The case was closed (an institution chosen) or withdrawn, perhaps by a colleague.
    ReferralClosed,
    /// Only an institution that can accept may be chosen (its answer may have changed).
    AnswerNotAcceptance,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum AppError {
    #[error("not logged in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("validation failed")]
    Validation { fields: Vec<FieldError> },
    #[error("login refused")]
    Login { refusal: LoginRefusal },
    #[error("conflict: {kind:?}")]
    Conflict { kind: ConflictKind },
    #[error("rate limited")]
    RateLimited { retry_after_secs: u64 },
    #[error("internal error")]
    Internal,
    /// Arguments that cannot be read (a malformed or incomplete request).
    #[error("bad request")]
    BadRequest,
    /// A request body over the size limit.
    #[error("request too large")]
    TooLarge,
    /// The role requires two-step verification, which is not set up yet.
    #[error("two-step verification needed")]
    TwoFactorSetupNeeded,
    /// Transport or encoding failures reported by the server-function layer.
    #[error("request failed: {message}")]
    Request { message: String },
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    /// A validation error for a single field.
    pub fn field(field: Field, code: ErrorCode) -> Self {
        AppError::Validation {
            fields: vec![FieldError::new(field, code)],
        }
    }

    /// Turns a list of field errors into `Ok(())` when empty.
    pub fn check(fields: Vec<FieldError>) -> AppResult<()> {
        if fields.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation { fields })
        }
    }

    /// The errors that belong to one field, if this is a validation error.
    pub fn field_codes(&self, field: Field) -> Vec<ErrorCode> {
        self.key_codes(field.key())
    }

    /// The errors reported under `key` (a field's key, or a list row's, `sessions.0.title_ja`).
    pub fn key_codes(&self, key: &str) -> Vec<ErrorCode> {
        match self {
            AppError::Validation { fields } => fields
                .iter()
                .filter(|f| f.field == key)
                .map(|f| f.code)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The HTTP status that fits this error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthenticated => 401,
            AppError::Forbidden | AppError::TwoFactorSetupNeeded => 403,
            AppError::NotFound => 404,
            AppError::Validation { .. } | AppError::Login { .. } => 422,
            AppError::Conflict { .. } => 409,
            AppError::RateLimited { .. } => 429,
            AppError::BadRequest => 400,
            AppError::TooLarge => 413,
            AppError::Internal | AppError::Request { .. } => 500,
        }
    }
}

impl AppError {
    pub fn conflict(kind: ConflictKind) -> Self {
        AppError::Conflict { kind }
    }
}

/// A database error becomes `Internal` with `?`; the cause and the line of the `?` are logged,
/// never shown.
#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    #[track_caller]
    fn from(err: sea_orm::DbErr) -> Self {
        let at = std::panic::Location::caller();
        tracing::error!(error = %err, file = at.file(), line = at.line(), "database error");
        AppError::Internal
    }
}

/// Logs an unexpected failure of another kind (session store, hashing, encoding) with where it
/// happened, and hides it behind `Internal`.
#[cfg(feature = "ssr")]
#[track_caller]
pub fn internal(err: impl std::fmt::Display) -> AppError {
    let at = std::panic::Location::caller();
    tracing::error!(error = %err, file = at.file(), line = at.line(), "internal error");
    AppError::Internal
}

/// A failure of the server-function layer on the server: logged, answered as `Internal`.
#[cfg(feature = "ssr")]
fn server_side_failure(message: String) -> AppError {
    internal(message)
}

#[cfg(not(feature = "ssr"))]
fn server_side_failure(message: String) -> AppError {
    AppError::Request { message }
}

impl leptos::server_fn::error::FromServerFnError for AppError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    /// Arguments the server cannot read answer 400 (413 when the body was over the limit) with
    /// no detail; failures on the server's side are internal; the rest happen in the browser
    /// (no connection, an unreadable answer) and keep their message for the console.
    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        use leptos::server_fn::error::ServerFnErrorErr as E;
        // The body limit's error, whichever step of reading the body met it.
        if value.to_string().contains("length limit exceeded") {
            return AppError::TooLarge;
        }
        match value {
            E::Args(_) | E::MissingArg(_) => AppError::BadRequest,
            E::Registration(m) | E::ServerError(m) | E::MiddlewareError(m) | E::Response(m) => {
                server_side_failure(m)
            }
            other => AppError::Request {
                message: other.to_string(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_json_shape_is_stable() -> Result<(), serde_json::Error> {
        let e = AppError::field(Field::Email, ErrorCode::TooLong(254));
        assert_eq!(
            serde_json::to_string(&e)?,
            r#"{"error":"validation","fields":[{"field":"email","code":{"code":"too_long","limit":254}}]}"#
        );
        let e = AppError::Login {
            refusal: LoginRefusal::Suspended,
        };
        assert_eq!(
            serde_json::to_string(&e)?,
            r#"{"error":"login","refusal":"suspended"}"#
        );
        Ok(())
    }

    #[test]
    fn field_codes_filters_by_field() {
        let e = AppError::Validation {
            fields: vec![
                FieldError::new(Field::Country, ErrorCode::Required),
                FieldError::new(Field::Email, ErrorCode::InvalidEmail),
            ],
        };
        assert_eq!(e.field_codes(Field::Email), vec![ErrorCode::InvalidEmail]);
        assert!(AppError::Forbidden.field_codes(Field::Country).is_empty());
    }

    #[test]
    fn conflict_json_names_its_kind() -> Result<(), serde_json::Error> {
        let e = AppError::conflict(ConflictKind::ResetExpired);
        assert_eq!(
            serde_json::to_string(&e)?,
            r#"{"error":"conflict","kind":"reset_expired"}"#
        );
        Ok(())
    }
}
