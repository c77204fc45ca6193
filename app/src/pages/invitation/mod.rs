//! Invitations: the invitee's page that accepts one, and the organization admin's section that
//! sends and revokes them.

mod accept;
mod manage;

pub use accept::{AcceptInvitationPage, InvitationData, load_invitation};
pub use manage::{InvitationsData, InvitationsSection};
