//! Outgoing mail: every message is written to the `mail_outbox` table and handed to a pluggable
//! sender. The default sender writes it to the log; an SMTP sender can replace it.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait};

use super::db::{entity::mail_outbox, internal};
use crate::model::AppError;

#[derive(Clone, Debug)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub trait MailSender: Send + Sync {
    fn deliver(&self, mail: &OutgoingMail) -> Result<(), String>;
}

/// Writes mails to the structured log.
pub struct LogMailSender;

impl MailSender for LogMailSender {
    fn deliver(&self, mail: &OutgoingMail) -> Result<(), String> {
        tracing::info!(to = %mail.to, subject = %mail.subject, body = %mail.body, "mail");
        Ok(())
    }
}

/// Records the mail in the outbox (inside the caller's transaction) and returns it for delivery
/// once the transaction has committed.
pub async fn enqueue(
    conn: &impl ConnectionTrait,
    mail: OutgoingMail,
) -> Result<OutgoingMail, AppError> {
    mail_outbox::ActiveModel {
        recipient: Set(mail.to.clone()),
        subject: Set(mail.subject.clone()),
        body: Set(mail.body.clone()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(internal)?;
    Ok(mail)
}

/// Hands committed mails to the sender; a failed delivery is logged and stays in the outbox.
pub fn deliver(sender: &dyn MailSender, mails: &[OutgoingMail]) {
    for mail in mails {
        if let Err(e) = sender.deliver(mail) {
            tracing::warn!(to = %mail.to, error = %e, "mail delivery failed");
        }
    }
}
