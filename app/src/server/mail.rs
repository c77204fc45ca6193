//! Mail senders: where a committed mail goes. The default writes it to the log; an SMTP sender
//! can replace it. Mails are written and handed on by the outbox (`super::outbox`).

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
