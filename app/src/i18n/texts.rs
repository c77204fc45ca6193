//! Area key sets: the strings of one area's pages, kept out of the main WASM module.
//!
//! The bundle splitter moves a lazy page's code into the page's chunk, but not its data: strings
//! written as constants stay in the main module, however rarely their page is visited. So an
//! area's strings are a key set whose values exist on the server only (`area_messages!`). The
//! server renders with them and sends them along with the page for hydration; a page reached
//! in the browser asks for them (`get_texts`) once per language and keeps them for the visit.
//! Pages read them through the main set, `|m| m.event().event_venue`, like any other string.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::use_i18n;
use crate::api::texts::get_texts;
use crate::model::{AppError, Locale};
use crate::ui::feedback::{ErrorAlert, LoadingNote};

/// The areas with a key set of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextArea {
    Event,
    Thread,
    Landing,
    Project,
    Notification,
    Referral,
    Admin,
    Account,
}

/// A key set declared with `area_messages!`.
pub trait AreaTexts: Sized + Send + Sync + 'static {
    const AREA: TextArea;

    #[cfg(feature = "ssr")]
    fn of(locale: Locale) -> &'static Self;

    /// The values in field order: what travels to the browser.
    #[cfg(feature = "ssr")]
    fn to_list(&self) -> Vec<&'static str>;

    /// Where the browser keeps the set of each language once it has it.
    #[cfg(not(feature = "ssr"))]
    fn kept(locale: Locale) -> &'static std::sync::OnceLock<Self>;

    /// Empty strings: what a page would read before any set arrived (it is not rendered then).
    #[cfg(not(feature = "ssr"))]
    fn empty() -> &'static Self;

    #[cfg(not(feature = "ssr"))]
    fn from_list(list: &[String]) -> Option<Self>;
}

/// The values of an area's set in one language, in field order.
#[cfg(feature = "ssr")]
pub fn list(area: TextArea, locale: Locale) -> Vec<String> {
    let values = match area {
        TextArea::Event => super::EventTexts::of(locale).to_list(),
        TextArea::Thread => super::ThreadTexts::of(locale).to_list(),
        TextArea::Landing => super::LandingTexts::of(locale).to_list(),
        TextArea::Project => super::ProjectTexts::of(locale).to_list(),
        TextArea::Notification => super::NotificationTexts::of(locale).to_list(),
        TextArea::Referral => super::ReferralTexts::of(locale).to_list(),
        TextArea::Admin => super::AdminTexts::of(locale).to_list(),
        TextArea::Account => super::AccountTexts::of(locale).to_list(),
    };
    values.into_iter().map(str::to_string).collect()
}

/// An area's set in `locale`. In the browser, while that language is still on its way, the set
/// already there serves.
pub fn get<T: AreaTexts>(locale: Locale) -> &'static T {
    #[cfg(feature = "ssr")]
    {
        T::of(locale)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let other = match locale {
            Locale::Ja => Locale::En,
            Locale::En => Locale::Ja,
        };
        T::kept(locale)
            .get()
            .or_else(|| T::kept(other).get())
            .unwrap_or_else(T::empty)
    }
}

/// Keeps the set that came with the page (an empty list when the browser had it already), and
/// tells whether the set of `locale` is here.
// The server renders from its constants: nothing to keep there.
#[cfg_attr(feature = "ssr", allow(clippy::extra_unused_type_parameters))]
fn keep<T: AreaTexts>(locale: Locale, list: &[String]) -> bool {
    #[cfg(feature = "ssr")]
    {
        let _ = (locale, list);
        true
    }
    #[cfg(not(feature = "ssr"))]
    {
        let kept = T::kept(locale);
        if kept.get().is_none()
            && let Some(texts) = T::from_list(list)
        {
            let _ = kept.set(texts);
        }
        kept.get().is_some()
    }
}

async fn load<T: AreaTexts>(locale: Locale) -> Result<(Locale, Vec<String>), AppError> {
    #[cfg(not(feature = "ssr"))]
    if T::kept(locale).get().is_some() {
        return Ok((locale, Vec::new()));
    }
    Ok((locale, get_texts(T::AREA, locale).await?))
}

/// Renders `page` once the area's strings for the interface language are here. When the
/// language changes, the other language's set is fetched and the text on the page follows,
/// without rendering the page again (what was typed stays). The page is built at once, not
/// after the strings arrive: its own data starts loading in the same pass (and on the server
/// in the same request context) as before.
pub fn with_texts<T: AreaTexts, V: IntoView + 'static>(page: impl FnOnce() -> V) -> impl IntoView {
    let i18n = use_i18n();
    let loaded = Resource::new(move || i18n.locale(), load::<T>);
    // A set that arrives after the page is up (the other language's, after a switch): the text
    // on the page follows. Notifying leaves the language as it is, so nothing loads again.
    Effect::new(move |seen: Option<Option<Locale>>| {
        let here = loaded.with(|l| match l {
            Some(Ok((locale, list))) if keep::<T>(*locale, list) => Some(*locale),
            _ => None,
        });
        if seen.is_some_and(|seen| seen != here) && here.is_some() {
            i18n.locale.notify();
        }
        here
    });
    let page = page().into_any();
    // Read before the page inside the same transition: the page shows once the set is kept.
    let texts = move || {
        loaded.with(|l| match l {
            Some(Err(error)) => Some(view! { <ErrorAlert error=error.clone() /> }),
            Some(Ok((locale, list))) => {
                keep::<T>(*locale, list);
                None
            }
            None => None,
        })
    };
    view! { <Transition fallback=LoadingNote>{texts} {page}</Transition> }
}
