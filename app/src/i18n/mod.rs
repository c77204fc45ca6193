//! Interface strings in Japanese and English, one key set (`strings.rs`), and the current
//! locale as a reactive signal.

/// Declares a key set: the struct `$name` with one field per key, and its Japanese and English
/// values `JA` and `EN`. A key cannot exist in one language only: the macro takes both at once.
macro_rules! messages {
    ($name:ident; $($key:ident: $ja:literal / $en:literal,)+) => {
        #[derive(Debug, Serialize)]
        pub struct $name { $(pub $key: &'static str,)+ }
        pub static JA: $name = $name { $($key: $ja,)+ };
        pub static EN: $name = $name { $($key: $en,)+ };
    };
}

/// Declares an area key set (see `texts`): the struct `$name`, its values `JA` and `EN` on the
/// server only, and how its values travel to the browser: a list in field order, so the WASM
/// carries neither the texts nor the keys' names.
macro_rules! area_messages {
    ($name:ident, $area:expr; $($key:ident: $ja:literal / $en:literal,)+) => {
        #[derive(Debug)]
        #[cfg_attr(feature = "ssr", derive(serde::Serialize))]
        #[repr(C)]
        pub struct $name { $(pub $key: &'static str,)+ }
        #[cfg(feature = "ssr")]
        pub static JA: $name = $name { $($key: $ja,)+ };
        #[cfg(feature = "ssr")]
        pub static EN: $name = $name { $($key: $en,)+ };

        impl $crate::i18n::texts::AreaTexts for $name {
            const AREA: $crate::i18n::texts::TextArea = $area;

            #[cfg(feature = "ssr")]
            fn of(locale: $crate::model::Locale) -> &'static Self {
                match locale {
                    $crate::model::Locale::Ja => &JA,
                    $crate::model::Locale::En => &EN,
                }
            }

            #[cfg(feature = "ssr")]
            fn to_list(&self) -> Vec<&'static str> {
                vec![$(self.$key,)+]
            }

            #[cfg(not(feature = "ssr"))]
            fn kept(locale: $crate::model::Locale) -> &'static std::sync::OnceLock<Self> {
                static JA: std::sync::OnceLock<$name> = std::sync::OnceLock::new();
                static EN: std::sync::OnceLock<$name> = std::sync::OnceLock::new();
                match locale {
                    $crate::model::Locale::Ja => &JA,
                    $crate::model::Locale::En => &EN,
                }
            }

            #[cfg(not(feature = "ssr"))]
            fn empty() -> &'static Self {
                static EMPTY: $name = $name { $($key: "",)+ };
                &EMPTY
            }

            #[cfg(not(feature = "ssr"))]
            fn from_list(list: &[String]) -> Option<Self> {
                const N: usize = [$(stringify!($key)),+].len();
                let values: Vec<&'static str> =
                    list.iter().map(|s| &*String::leak(s.clone())).collect();
                let values: [&'static str; N] = values.try_into().ok()?;
                // SAFETY: the struct is `repr(C)` with N fields, all `&'static str`: its layout
                // is that of `[&'static str; N]`, in field order, which is the list's order.
                // (Filled field by field, each of the hundreds of keys cost code in the main
                // module.)
                Some(unsafe { std::mem::transmute::<[&'static str; N], Self>(values) })
            }
        }
    };
}

mod account;
mod admin;
mod event;
mod format;
mod landing;
#[cfg(feature = "ssr")]
pub mod mail;
mod moderation;
mod notification;
mod project;
mod referral;
#[cfg(feature = "ssr")]
pub mod server;
mod strings;
pub mod texts;
mod thread;

pub use account::AccountTexts;
pub use admin::AdminTexts;
pub use event::EventTexts;
pub use format::*;
pub use landing::LandingTexts;
pub use notification::NotificationTexts;
pub use project::ProjectTexts;
pub use referral::ReferralTexts;
pub use strings::Messages;
pub use thread::ThreadTexts;

use leptos::prelude::*;

use crate::model::Locale;

pub fn messages(locale: Locale) -> &'static Messages {
    match locale {
        Locale::Ja => &strings::JA,
        Locale::En => &strings::EN,
    }
}

impl Messages {
    /// The language of this set.
    pub fn locale(&'static self) -> Locale {
        if std::ptr::eq(self, &strings::JA) {
            Locale::Ja
        } else {
            Locale::En
        }
    }
}

/// The interface language, shared by every component. When an area's key set arrives in the
/// browser in the language already chosen, `texts::with_texts` notifies `locale` without
/// changing it, so the text already on the page follows.
#[derive(Clone, Copy)]
pub struct I18n {
    pub locale: RwSignal<Locale>,
}

impl I18n {
    pub fn new(locale: Locale) -> Self {
        I18n {
            locale: RwSignal::new(locale),
        }
    }

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
    use_context::<I18n>().unwrap_or_else(|| I18n::new(Locale::Ja))
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
