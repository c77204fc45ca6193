//! Requests to join a project: the part an organization asks for and what it says it brings;
//! and the lead's decision (accept, or decline with a reason the requester reads).

use serde::{Deserialize, Serialize};

use super::project::ParticipantRole;
use super::validation::{choice, max_len, reason_given, required};
use super::{Field, FieldError, ParticipantId, ProjectId};

/// The longest contribution a request may describe.
pub const CONTRIBUTION_MAX: u32 = 2000;
/// The longest reason a declined request may give.
pub const DECLINE_REASON_MAX: u32 = 1000;

/// An organization's request to join a project, as its form sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequest {
    pub project: ProjectId,
    /// `partner` (takes part in the work) or `observer` (follows it closely).
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub contribution: String,
}

impl JoinRequest {
    /// The part asked for (a project has one lead: a request is for partner or observer) and the
    /// contribution, trimmed; or every problem, each beside its field.
    pub fn check(&self) -> Result<(ParticipantRole, String), Vec<FieldError>> {
        let mut e = Vec::new();
        let role = ParticipantRole::parse(&self.role).filter(|r| *r != ParticipantRole::Lead);
        choice(&mut e, Field::Role, role.is_some());
        let contribution = self.contribution.trim();
        required(&mut e, Field::Contribution, contribution);
        max_len(&mut e, Field::Contribution, contribution, CONTRIBUTION_MAX);
        match role {
            Some(role) if e.is_empty() => Ok((role, contribution.to_string())),
            _ => Err(e),
        }
    }
}

/// The lead's decision on a request to join.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinDecision {
    pub participant: ParticipantId,
    pub accept: bool,
    #[serde(default)]
    pub reason: String,
}

impl JoinDecision {
    /// Declining needs a reason (the requester reads it); accepting none.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        if self.accept {
            return Ok(());
        }
        let e = reason_given(self.reason.trim(), DECLINE_REASON_MAX);
        if e.is_empty() { Ok(()) } else { Err(e) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ErrorCode;

    fn request(role: &str, contribution: &str) -> JoinRequest {
        JoinRequest {
            project: ProjectId(1),
            role: role.into(),
            contribution: contribution.into(),
        }
    }

    fn codes(errors: Vec<FieldError>) -> Vec<(String, ErrorCode)> {
        errors.into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn a_request_asks_for_partner_or_observer_and_says_what_it_brings() {
        assert_eq!(
            request("partner", "  内視鏡医2名を3か月派遣します。 ").check(),
            Ok((
                ParticipantRole::Partner,
                "内視鏡医2名を3か月派遣します。".to_string()
            ))
        );
        assert_eq!(
            request("observer", "Regulatory advice")
                .check()
                .map(|r| r.0),
            Ok(ParticipantRole::Observer)
        );
        assert_eq!(
            request("lead", "x").check().map_err(codes),
            Err(vec![("role".into(), ErrorCode::InvalidChoice)]),
            "a project has one lead"
        );
        assert_eq!(
            request("partner", "   ").check().map_err(codes),
            Err(vec![("contribution".into(), ErrorCode::Required)])
        );
        let long = "あ".repeat(CONTRIBUTION_MAX as usize + 1);
        assert_eq!(
            request("", &long).check().map_err(codes),
            Err(vec![
                ("role".into(), ErrorCode::InvalidChoice),
                ("contribution".into(), ErrorCode::TooLong(CONTRIBUTION_MAX)),
            ])
        );
    }

    #[test]
    fn declining_needs_a_reason() {
        let decision = |accept, reason: &str| JoinDecision {
            participant: ParticipantId(3),
            accept,
            reason: reason.into(),
        };
        assert_eq!(decision(true, "").check(), Ok(()));
        assert_eq!(
            decision(false, "  ").check().map_err(codes),
            Err(vec![("reason".into(), ErrorCode::Required)])
        );
        assert_eq!(
            decision(false, "体制が整った段階で再度ご相談ください。").check(),
            Ok(())
        );
    }
}
