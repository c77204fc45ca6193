//! Mail senders: where a committed mail goes. Mails are written and handed on by the outbox
//! (`super::outbox`); a mail's links exist only in what is handed to a sender, never in the
//! outbox table.

use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub trait MailSender: Send + Sync {
    fn deliver(&self, mail: &OutgoingMail) -> Result<(), String>;
}

/// Writes mails to the structured log: recipient and subject only, since a body can hold a link
/// that grants access to an account. `with_bodies` (a development flag) logs bodies too.
pub struct LogMailSender {
    pub with_bodies: bool,
}

impl LogMailSender {
    /// What the log may show of `mail`'s body.
    pub fn logged_body<'m>(&self, mail: &'m OutgoingMail) -> &'m str {
        if self.with_bodies {
            &mail.body
        } else {
            "(not logged)"
        }
    }
}

impl MailSender for LogMailSender {
    fn deliver(&self, mail: &OutgoingMail) -> Result<(), String> {
        let body = self.logged_body(mail);
        tracing::info!(to = %mail.to, subject = %mail.subject, body, "mail");
        Ok(())
    }
}

/// Drops each mail as a file into a folder (a pickup directory), readable only by the server's
/// user: a local mailbox for development and the end-to-end tests.
pub struct DirMailSender {
    pub dir: PathBuf,
}

impl MailSender for DirMailSender {
    fn deliver(&self, mail: &OutgoingMail) -> Result<(), String> {
        use std::io::Write;
        let stamp = chrono::Utc::now();
        let name = format!(
            "{}-{}.eml",
            stamp.format("%Y%m%dT%H%M%S%.9f"),
            uuid::Uuid::new_v4().simple()
        );
        let text = format!(
            "To: {}\nSubject: {}\nDate: {}\nContent-Type: text/plain; charset=utf-8\n\n{}\n",
            mail.to,
            mail.subject,
            stamp.to_rfc2822(),
            mail.body
        );
        std::fs::create_dir_all(&self.dir).map_err(|e| e.to_string())?;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(self.dir.join(name))
            .map_err(|e| e.to_string())?;
        file.write_all(text.as_bytes()).map_err(|e| e.to_string())
    }
}

/// Where delivered mails go, as configured.
#[derive(Clone, Debug)]
pub enum MailDelivery {
    /// To the log (recipient and subject; bodies only when `with_bodies`).
    Log { with_bodies: bool },
    /// As files into a folder.
    Dir(PathBuf),
}

impl MailDelivery {
    pub fn sender(&self) -> std::sync::Arc<dyn MailSender> {
        match self {
            MailDelivery::Log { with_bodies } => std::sync::Arc::new(LogMailSender {
                with_bodies: *with_bodies,
            }),
            MailDelivery::Dir(dir) => std::sync::Arc::new(DirMailSender { dir: dir.clone() }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail() -> OutgoingMail {
        OutgoingMail {
            to: "a@example.jp".into(),
            subject: "Reset".into(),
            body: "https://forum.test/password/reset/secret".into(),
        }
    }

    #[test]
    fn the_log_keeps_bodies_out_unless_asked() {
        let mail = mail();
        let quiet = LogMailSender { with_bodies: false };
        assert!(!quiet.logged_body(&mail).contains("secret"));
        let dev = LogMailSender { with_bodies: true };
        assert!(dev.logged_body(&mail).contains("secret"));
    }

    #[test]
    fn the_folder_gets_one_private_file_per_mail() -> Result<(), String> {
        let dir = std::env::temp_dir().join(format!("mej-mail-{}", uuid::Uuid::new_v4()));
        let sender = DirMailSender { dir: dir.clone() };
        sender.deliver(&mail())?;
        sender.deliver(&mail())?;
        let files: Vec<_> = std::fs::read_dir(&dir)
            .map_err(|e| e.to_string())?
            .flatten()
            .collect();
        assert_eq!(files.len(), 2);
        let text = std::fs::read_to_string(files[0].path()).map_err(|e| e.to_string())?;
        assert!(text.starts_with("To: a@example.jp\nSubject: Reset\n"));
        assert!(text.contains("/password/reset/secret"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = files[0]
                .metadata()
                .map_err(|e| e.to_string())?
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::remove_dir_all(&dir).map_err(|e| e.to_string())
    }
}
