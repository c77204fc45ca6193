//! Formatting that depends on the locale: placeholders, dates, vocabulary labels.

use chrono::{DateTime, Utc};

use super::Messages;
use crate::model::vocab::{Term, find};
use crate::model::{
    AppError, ConflictKind, ErrorCode, Locale, OrgKind, Role, UserStatus, error::LoginRefusal,
};

/// Replaces `{}` in a message with `value`.
pub fn fill(template: &str, value: impl std::fmt::Display) -> String {
    template.replacen("{}", &value.to_string(), 1)
}

/// Replaces `{}` with a count, choosing the template's singular or plural form first. A
/// template with two forms separates them by `|` ("{} project|{} projects"); Japanese has one.
pub fn fill_count<N>(template: &str, n: N) -> String
where
    N: std::fmt::Display + PartialEq + From<u8>,
{
    fill(plural_form(template, n == N::from(1)), n)
}

/// The singular (`one`) or plural form of a template written "singular|plural".
pub fn plural_form(template: &str, one: bool) -> &str {
    match template.split_once('|') {
        Some((singular, _)) if one => singular,
        Some((_, plural)) => plural,
        None => template,
    }
}

/// Items listed as a reader of `locale` expects: 医療、看護 / medicine, nursing.
pub fn joined(items: impl IntoIterator<Item = impl AsRef<str>>, locale: Locale) -> String {
    let sep = if locale == Locale::Ja { "、" } else { ", " };
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_ref());
    }
    out
}

/// The label of a vocabulary code in `locale`, or the code itself when unknown.
pub fn term_label(list: &'static [Term], code: &str, locale: Locale) -> String {
    find(list, code).map_or_else(
        || code.to_string(),
        |t| if locale == Locale::Ja { t.ja } else { t.en }.to_string(),
    )
}

/// Unix seconds in Japan time (UTC+9, no daylight saving); per-user zones come with the events
/// work.
fn in_japan(unix_secs: i64) -> chrono::NaiveDateTime {
    let at = DateTime::<Utc>::from_timestamp(unix_secs, 0).unwrap_or_default();
    (at + chrono::Duration::hours(9)).naive_utc()
}

/// A date (given in Unix seconds) as Japanese readers expect (2026年11月24日) or ISO-like for
/// English. Formatted by hand: chrono's strftime parser would add ~30 KB to the WASM.
pub fn format_date(unix_secs: i64, locale: Locale) -> String {
    use chrono::Datelike;
    let jst = in_japan(unix_secs);
    let (y, m, d) = (jst.year(), jst.month(), jst.day());
    match locale {
        Locale::Ja => format!("{y}年{m}月{d}日"),
        Locale::En => format!("{y}-{m:02}-{d:02}"),
    }
}

/// A date and time of day (Japan time): 2026年11月24日 14:05 / 2026-11-24 14:05.
pub fn format_date_time(unix_secs: i64, locale: Locale) -> String {
    use chrono::Timelike;
    let jst = in_japan(unix_secs);
    format!(
        "{} {:02}:{:02}",
        format_date(unix_secs, locale),
        jst.hour(),
        jst.minute()
    )
}

impl Messages {
    pub fn field_error(&'static self, code: ErrorCode) -> String {
        match code {
            ErrorCode::Required => self.err_required.into(),
            ErrorCode::TooLong(n) => fill(self.err_too_long, n),
            ErrorCode::TooShort(n) => fill(self.err_too_short, n),
            ErrorCode::InvalidEmail => self.err_invalid_email.into(),
            ErrorCode::InvalidUrl => self.err_invalid_url.into(),
            ErrorCode::InvalidChoice => self.err_invalid_choice.into(),
            ErrorCode::KanaOnly => self.err_kana_only.into(),
            ErrorCode::KanaRequired => self.err_kana_required.into(),
            ErrorCode::LatinOnly => self.err_latin_only.into(),
            ErrorCode::PasswordMismatch => self.err_password_mismatch.into(),
            ErrorCode::EmailTaken => self.err_email_taken.into(),
            ErrorCode::NameTaken => self.err_name_taken.into(),
            ErrorCode::WrongPassword => self.err_wrong_password.into(),
            ErrorCode::TooManyWords(n) => fill(self.err_too_many_words, n),
            ErrorCode::InvisibleCharacters => self.err_invisible_characters.into(),
            ErrorCode::ReservedName => self.err_reserved_name.into(),
            ErrorCode::WeakPassword => self.err_weak_password.into(),
            ErrorCode::WrongCode => self.err_wrong_code.into(),
            ErrorCode::InvalidDateTime => self.err_invalid_date_time.into(),
            ErrorCode::InvalidDate => self.err_invalid_date.into(),
            ErrorCode::NotAfterStart => self.err_not_after_start.into(),
            ErrorCode::NotBeforeEvent => self.err_not_before_event.into(),
            ErrorCode::OutOfRange { min, max } => fill(&fill(self.err_out_of_range, min), max),
            ErrorCode::TooMany(n) => fill(self.err_too_many, n),
            ErrorCode::TooFew(n) => fill(self.err_too_few, n),
            ErrorCode::Identifies(found) => self.referral().identifies(found).into(),
        }
    }

    /// The sentence to show for an error as a whole.
    pub fn error(&'static self, e: &AppError) -> String {
        match e {
            AppError::Unauthenticated => self.err_unauthenticated.into(),
            AppError::Forbidden => self.err_forbidden.into(),
            AppError::TwoFactorSetupNeeded => self.two_factor_setup_needed.into(),
            AppError::NotFound => self.err_not_found.into(),
            AppError::Validation { .. } => self.err_validation.into(),
            AppError::Login { refusal } => match refusal {
                LoginRefusal::BadCredentials => self.login_bad_credentials.into(),
                LoginRefusal::Suspended => self.login_suspended.into(),
                LoginRefusal::AwaitingApproval => self.login_pending.into(),
                LoginRefusal::EmailUnconfirmed => self.login_unconfirmed.into(),
                LoginRefusal::Rejected { reason } => format!("{} {reason}", self.login_rejected),
            },
            AppError::Conflict { kind } => match kind {
                ConflictKind::AlreadyDecided => self.err_already_decided.into(),
                ConflictKind::InvitationExpired => self.invite_expired.into(),
                ConflictKind::InvitationInvalid => self.invite_invalid.into(),
                ConflictKind::ResetExpired => self.reset_expired.into(),
                ConflictKind::ResetInvalid => self.reset_invalid.into(),
                ConflictKind::NotOnSelf => self.err_not_on_self.into(),
                ConflictKind::AccountPending => self.err_account_pending.into(),
                ConflictKind::TwoFactorAlreadyOn => self.two_factor_already_on.into(),
                ConflictKind::TwoFactorNotStarted => self.two_factor_not_started.into(),
                ConflictKind::TwoFactorRequired => self.two_factor_cannot_turn_off.into(),
                ConflictKind::LoginCodeExpired => self.login_code_expired.into(),
                ConflictKind::ThreadLocked => self.thread_locked_refusal.into(),
                ConflictKind::AlreadyFlagged => self.thread().err_already_flagged.into(),
                ConflictKind::ClaimedByOther => self.thread().err_claimed_by_other.into(),
                ConflictKind::AlreadyModerated => self.thread().err_already_moderated.into(),
                ConflictKind::PostDeleted => self.err_post_deleted.into(),
                ConflictKind::NotAnAnswer => self.err_not_an_answer.into(),
                ConflictKind::PostChanged => self.err_post_changed.into(),
                ConflictKind::Silenced => self.thread().err_silenced.into(),
                ConflictKind::CategoryNotEmpty => self.thread().err_category_not_empty.into(),
                ConflictKind::AlreadyRegistered => self.event().err_already_registered.into(),
                ConflictKind::OrganizationLimitReached => {
                    self.event().err_organization_limit.into()
                }
                ConflictKind::RegistrationNotOpen => self.event().err_registration_not_open.into(),
                ConflictKind::RegistrationEnded => self.event().err_registration_ended.into(),
                ConflictKind::EventCancelled => self.event().err_event_cancelled.into(),
                ConflictKind::RegistrationChanged => self.event().err_registration_changed.into(),
                ConflictKind::EventStatusChanged => self.event().err_event_status_changed.into(),
                ConflictKind::AlreadyInProject => self.project().err_already_in_project.into(),
                ConflictKind::ProjectNotPublished => {
                    self.project().err_project_not_published.into()
                }
                ConflictKind::NoInstitutionMatches => {
                    self.referral().err_no_institution_matches.into()
                }
                ConflictKind::ReferralClosed => self.referral().err_referral_closed.into(),
                ConflictKind::AnswerNotAcceptance => {
                    self.referral().err_answer_not_acceptance.into()
                }
            },
            AppError::RateLimited { retry_after_secs } => {
                fill(self.err_rate_limited, retry_after_secs.div_ceil(60))
            }
            AppError::Internal => self.err_internal.into(),
            AppError::BadRequest => self.err_bad_request.into(),
            AppError::TooLarge => self.err_too_large.into(),
            AppError::Request { .. } => self.err_request.into(),
        }
    }

    pub fn role(&self, r: Role) -> &'static str {
        match r {
            Role::Member => self.role_member,
            Role::OrgAdmin => self.role_org_admin,
            Role::Staff => self.role_staff,
            Role::Admin => self.role_admin,
        }
    }

    pub fn user_status(&self, s: UserStatus) -> &'static str {
        match s {
            UserStatus::Pending => self.status_pending,
            UserStatus::Active => self.status_active,
            UserStatus::Suspended => self.status_suspended,
        }
    }

    pub fn org_kind(&self, k: OrgKind) -> &'static str {
        match k {
            OrgKind::Hospital => self.kind_hospital,
            OrgKind::Clinic => self.kind_clinic,
            OrgKind::Association => self.kind_association,
            OrgKind::Society => self.kind_society,
            OrgKind::Company => self.kind_company,
            OrgKind::Government => self.kind_government,
            OrgKind::Other => self.kind_other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_japanese_and_iso_conventions_in_jst() -> Result<(), chrono::ParseError> {
        // 20:00 UTC on 23 Nov is already 24 Nov in Tokyo.
        let at: DateTime<Utc> = "2026-11-23T20:00:00Z".parse()?;
        assert_eq!(format_date(at.timestamp(), Locale::Ja), "2026年11月24日");
        assert_eq!(format_date(at.timestamp(), Locale::En), "2026-11-24");
        Ok(())
    }

    #[test]
    fn fill_replaces_the_first_placeholder() {
        assert_eq!(fill("{}件", 3), "3件");
    }

    #[test]
    fn counts_choose_the_singular_or_plural_form() {
        let en = "{} project|{} projects";
        assert_eq!(fill_count(en, 1u32), "1 project");
        assert_eq!(fill_count(en, 0u32), "0 projects");
        assert_eq!(fill_count(en, 12usize), "12 projects");
        assert_eq!(fill_count("{}件のプロジェクト", 1i64), "1件のプロジェクト");
        assert_eq!(
            plural_form("{}: {} seat|{}: {} seats", false),
            "{}: {} seats"
        );
    }

    #[test]
    fn lists_use_each_languages_separator() {
        assert_eq!(joined(["医療", "看護"], Locale::Ja), "医療、看護");
        assert_eq!(
            joined(["medicine", "nursing"], Locale::En),
            "medicine, nursing"
        );
        assert_eq!(joined(Vec::<String>::new(), Locale::En), "");
    }
}
