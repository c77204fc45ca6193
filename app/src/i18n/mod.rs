//! Interface strings in Japanese and English, one key set (`strings.rs`), and the current
//! locale as a reactive signal.

/// Declares a key set: the struct `$name` with one field per key, and its Japanese and English
/// values `JA` and `EN`. A key cannot exist in one language only: the macro takes both at once.
macro_rules! messages {
    ($name:ident; $($key:ident: $ja:literal / $en:literal,)+) => {
        #[derive(Debug, Serialize)]
        pub struct $name { $(pub $key: &'static str,)+ }
        pub const JA: $name = $name { $($key: $ja,)+ };
        pub const EN: $name = $name { $($key: $en,)+ };
    };
}

mod event;
mod format;
#[cfg(feature = "ssr")]
pub mod mail;
mod moderation;
#[cfg(feature = "ssr")]
pub mod server;
mod strings;

pub use format::*;
pub use strings::Messages;

use leptos::prelude::*;

use crate::model::Locale;

pub fn messages(locale: Locale) -> &'static Messages {
    match locale {
        Locale::Ja => &strings::JA,
        Locale::En => &strings::EN,
    }
}

/// The interface language, shared by every component.
#[derive(Clone, Copy)]
pub struct I18n {
    pub locale: RwSignal<Locale>,
}

impl I18n {
    /// The strings of the current locale (reactive: read it inside a closure).
    pub fn t(&self) -> &'static Messages {
        messages(self.locale.get())
    }

    pub fn locale(&self) -> Locale {
        self.locale.get()
    }
}

/// A reactive piece of interface text. Every string goes through this one closure type, so the
/// WASM holds one copy of the text-rendering code instead of one per string.
pub fn tr(
    key: fn(&'static Messages) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || key(i18n.t())
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n {
        locale: RwSignal::new(Locale::Ja),
    })
}

/// The locale the page starts in: on the server from the request, in the browser from the
/// `lang` attribute the server rendered, so hydration matches.
pub fn initial_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        server::request_locale()
    }
    #[cfg(not(feature = "ssr"))]
    {
        document_locale().unwrap_or(Locale::Ja)
    }
}

#[cfg(not(feature = "ssr"))]
fn document_locale() -> Option<Locale> {
    #[cfg(feature = "hydrate")]
    {
        let lang = web_sys::window()?
            .document()?
            .document_element()?
            .get_attribute("lang")?;
        Locale::parse(&lang)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        None
    }
}

/// Keeps `<html lang>` in step with the chosen language, for screen readers and fonts.
pub fn sync_document_lang(locale: Locale) {
    #[cfg(feature = "hydrate")]
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", locale.as_str());
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = locale;
}
