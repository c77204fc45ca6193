//! Mails about an event to the people registered for it. Each carries the event's facts as they
//! stand for its reader, the same facts as the event's calendar file: when (in the event's zone,
//! and the reader's when it differs), the zone's name, the venue and its address, the meeting
//! link (only to those holding a seat), their place on the waiting list, the event's page and
//! its calendar file.

use std::collections::HashMap;

use crate::server::db::WriteTxn;
use chrono_tz::Tz;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::registration::waitlist_positions;
use crate::i18n::mail::{JA_AND_EN, MailMessages};
use crate::model::event::EventStatus;
use crate::model::{AppError, UserId};
use crate::routes;
use crate::server::db::entity::{event, registration, user};
use crate::server::outbox::{Appendix, MailTemplate, Mailer, Outbox};
use crate::server::zone;

/// Where a recipient stands at the event, as their mail tells it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Standing {
    /// They hold a seat: the meeting link is for them.
    pub seat: bool,
    /// Their place on the waiting list.
    pub waiting_place: Option<u32>,
}

/// One mail about an event: `template` (its `{}` is the event's title) and a decision's reason.
pub struct EventMail<'a> {
    event: &'a event::Model,
    template: &'a MailTemplate,
    reason: Option<&'a str>,
}

impl<'a> EventMail<'a> {
    pub fn new(event: &'a event::Model, template: &'a MailTemplate) -> Self {
        Self {
            event,
            template,
            reason: None,
        }
    }

    pub fn because(self, reason: Option<&'a str>) -> Self {
        Self { reason, ..self }
    }

    /// Writes the mail to `to` with the facts as they stand for them, in the caller's
    /// transaction.
    pub async fn send(
        &self,
        txn: &WriteTxn,
        outbox: &mut Outbox<'_>,
        to: &user::Model,
        standing: Standing,
    ) -> Result<(), AppError> {
        let e = self.event;
        let title = format!("{} / {}", e.title_ja, e.title_en);
        let facts = facts(e, zone::zone(&to.time_zone), outbox.mailer(), standing);
        let text = match self.reason {
            Some(reason) => format!("{reason}\n\n{facts}"),
            None => facts,
        };
        outbox
            .mail(txn, &to.email, self.template, &title, Appendix::Text(&text))
            .await
    }

    /// Writes the mail to each of `people`, reading where each stands in the caller's
    /// transaction, after its change.
    pub async fn send_to(
        &self,
        txn: &WriteTxn,
        outbox: &mut Outbox<'_>,
        people: &[UserId],
    ) -> Result<(), AppError> {
        let recipients = user::Entity::find()
            .filter(user::Column::Id.is_in(people.iter().copied()))
            .all(txn)
            .await?;
        let regs = registration::Entity::find()
            .filter(registration::Column::EventId.eq(self.event.id))
            .filter(registration::Column::UserId.is_in(people.iter().copied()))
            .all(txn)
            .await?;
        let positions = waitlist_positions(txn, &regs).await?;
        let standing: HashMap<UserId, Standing> = regs
            .iter()
            .map(|r| {
                let place = positions.get(&r.id).copied();
                (
                    r.user_id,
                    Standing {
                        seat: r.status.holds_seat(),
                        waiting_place: place,
                    },
                )
            })
            .collect();
        for to in &recipients {
            let here = standing.get(&to.id).copied().unwrap_or_default();
            self.send(txn, outbox, to, here).await?;
        }
        Ok(())
    }
}

/// The event's facts for a reader in `reader`'s zone, in both languages, Japanese first.
pub fn facts(e: &event::Model, reader: Tz, mailer: Mailer<'_>, standing: Standing) -> String {
    let Standing {
        seat,
        waiting_place,
    } = standing;
    let [ja, en] = JA_AND_EN;
    let label =
        |key: fn(&'static MailMessages) -> &'static str| format!("■ {} / {}", key(ja), key(en));
    let when = zone::span(e.starts_at, e.ends_at, zone::zone(&e.time_zone), reader);
    let mut lines = vec![label(|m| m.mail_facts_when), when.event.ja, when.event.en];
    if let Some(yours) = when.viewer {
        lines.push(format!(
            "({}: {})",
            label(|m| m.mail_facts_your_time),
            yours.ja
        ));
        lines.push(format!("({})", yours.en));
    }
    lines.push(format!("{}: {}", label(|m| m.mail_facts_zone), e.time_zone));
    lines.push(String::new());
    lines.push(label(|m| m.mail_facts_venue));
    lines.push(e.venue_ja.clone());
    if e.venue_en != e.venue_ja {
        lines.push(e.venue_en.clone());
    }
    if !e.address.is_empty() {
        lines.push(e.address.clone());
    }
    let live = e.status != EventStatus::Cancelled;
    if let Some(url) = e.online_url.as_ref().filter(|_| seat && live) {
        lines.push(String::new());
        lines.push(label(|m| m.mail_facts_online));
        lines.push(url.clone());
    }
    if let Some(place) = waiting_place {
        lines.push(String::new());
        lines.push(format!("{}: {place}", label(|m| m.mail_facts_waiting)));
    }
    lines.push(String::new());
    lines.push(label(|m| m.mail_facts_page));
    lines.push(mailer.link(&routes::event(e.id)));
    lines.push(label(|m| m.mail_facts_calendar));
    lines.push(mailer.link(&routes::event_calendar(e.id)));
    lines.join("\n")
}
