//! Mails about an event to the people registered for it. Each carries the event's facts as they
//! stand for its reader, the same facts as the event's calendar file: when (in the event's zone,
//! and the reader's when it differs), the zone's name, the venue and its address, the meeting
//! link (only to those holding a seat), their place on the waiting list, the event's page and
//! its calendar file.

use std::collections::HashMap;

use chrono_tz::Tz;
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};

use super::registration::waitlist_positions;
use crate::i18n::mail::{JA_AND_EN, MailMessages};
use crate::model::event::EventStatus;
use crate::model::{AppError, UserId};
use crate::routes;
use crate::server::db::entity::{event, registration, user};
use crate::server::outbox::{Appendix, MailTemplate, Mailer, Outbox};
use crate::server::zone;

/// Mails `people` about `event` with `template` (its `{}` is the event's title), the `reason`
/// (a decision's, if any) and the facts as they stand for each of them, read in the caller's
/// transaction after its change.
pub async fn mail_of_event(
    txn: &DatabaseTransaction,
    outbox: &mut Outbox<'_>,
    people: &[UserId],
    event: &event::Model,
    template: &MailTemplate,
    reason: Option<&str>,
) -> Result<(), AppError> {
    let recipients = user::Entity::find()
        .filter(user::Column::Id.is_in(people.iter().copied()))
        .all(txn)
        .await?;
    let regs = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event.id))
        .filter(registration::Column::UserId.is_in(people.iter().copied()))
        .all(txn)
        .await?;
    let positions = waitlist_positions(txn, &regs).await?;
    let standing: HashMap<UserId, (bool, Option<u32>)> = regs
        .iter()
        .map(|r| {
            let place = positions.get(&r.id).copied();
            (r.user_id, (r.status.holds_seat(), place))
        })
        .collect();
    let title = format!("{} / {}", event.title_ja, event.title_en);
    for u in recipients {
        let (seat, place) = standing.get(&u.id).copied().unwrap_or((false, None));
        let facts = facts(
            event,
            zone::zone(&u.time_zone),
            outbox.mailer(),
            seat,
            place,
        );
        let text = match reason {
            Some(reason) => format!("{reason}\n\n{facts}"),
            None => facts,
        };
        outbox
            .mail(txn, &u.email, template, &title, Appendix::Text(&text))
            .await?;
    }
    Ok(())
}

/// The event's facts for a reader in `reader`'s zone, in both languages, Japanese first.
pub fn facts(
    e: &event::Model,
    reader: Tz,
    mailer: Mailer<'_>,
    seat: bool,
    waiting_place: Option<u32>,
) -> String {
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
