//! The outbox: what a change tells people (mails today, notifications next) is written in the
//! same transaction as the change, and handed on only after that transaction has committed. A
//! rolled-back change sends nothing; a committed one never loses its messages.

use crate::server::db::WriteTxn;
use crate::server::site::Site;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait};

use super::db::entity::mail_outbox;
use super::mail::{MailSender, OutgoingMail};
use crate::i18n::fill;
use crate::i18n::mail::{JA_AND_EN, MailMessages};
use crate::model::AppError;

/// A mail's subject and body in the bilingual key set; the body may hold one `{}`.
pub struct MailTemplate {
    pub subject: fn(&'static MailMessages) -> &'static str,
    pub body: fn(&'static MailMessages) -> &'static str,
}

/// What follows a mail's text.
#[derive(Clone, Copy, Debug)]
pub enum Appendix<'a> {
    None,
    /// Text the outbox keeps as written (a reason for a decision).
    Text(&'a str),
    /// A link that opens an account (a reset or invitation link). It is put into the mail only
    /// when the mail is handed to the sender; the outbox row keeps [`LINK_WITHHELD`] instead, so
    /// no usable link can be read from the database or a backup of it.
    SecretLink(&'a str),
}

/// What the outbox stores in place of a secret link.
pub const LINK_WITHHELD: &str = "[link withheld: only the delivered mail holds it]";

impl<'a> Appendix<'a> {
    /// The appendix as delivered, and as stored.
    fn texts(self) -> (&'a str, &'a str) {
        match self {
            Appendix::None => ("", ""),
            Appendix::Text(text) => (text, text),
            Appendix::SecretLink(link) => (link, LINK_WITHHELD),
        }
    }
}

/// Where mails go and where their links point.
#[derive(Clone, Copy)]
pub struct Mailer<'a> {
    pub sender: &'a dyn MailSender,
    pub site: Site<'a>,
}

impl<'a> Mailer<'a> {
    /// The absolute address of a path of the site (`/events/3` → `https://…/events/3`).
    pub fn link(&self, path: &str) -> String {
        self.site.link(path)
    }
}

/// The messages of one transaction, waiting for its commit.
pub struct Outbox<'a> {
    mailer: Mailer<'a>,
    mails: Vec<OutgoingMail>,
}

impl<'a> Outbox<'a> {
    pub fn new(mailer: Mailer<'a>) -> Self {
        Self {
            mailer,
            mails: Vec::new(),
        }
    }

    /// Where its mails go and their links point.
    pub fn mailer(&self) -> Mailer<'a> {
        self.mailer
    }

    /// Writes a mail to `mail_outbox` inside the caller's transaction. The subject and body
    /// come from the key set in both languages, Japanese first; `value` fills the body's `{}`
    /// and `appendix` (a reason, a link) follows it.
    pub async fn mail(
        &mut self,
        txn: &impl ConnectionTrait,
        to: &str,
        template: &MailTemplate,
        value: impl std::fmt::Display,
        appendix: Appendix<'_>,
    ) -> Result<(), AppError> {
        let [ja, en] = JA_AND_EN;
        let MailTemplate { subject, body } = template;
        let text = format!("{}\n{}", fill(body(ja), &value), fill(body(en), &value));
        let (delivered, stored) = appendix.texts();
        let mail = OutgoingMail {
            to: to.to_string(),
            subject: format!("{} / {}", subject(ja), subject(en)),
            body: format!("{text}\n\n{delivered}"),
        };
        mail_outbox::ActiveModel {
            recipient: Set(mail.to.clone()),
            subject: Set(mail.subject.clone()),
            body: Set(format!("{text}\n\n{stored}")),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        self.mails.push(mail);
        Ok(())
    }

    /// Commits the transaction, then delivers what it wrote. A failed delivery is logged and the
    /// mail stays in the outbox.
    pub async fn commit(self, txn: WriteTxn) -> Result<(), AppError> {
        txn.commit().await?;
        for mail in &self.mails {
            if let Err(e) = self.mailer.sender.deliver(mail) {
                tracing::warn!(to = %mail.to, error = %e, "mail delivery failed");
            }
        }
        Ok(())
    }
}
