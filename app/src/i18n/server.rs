//! Reading and remembering the locale on the server: the `mej_lang` cookie first, then
//! `Accept-Language`, then Japanese.

use http::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE};
use http::request::Parts;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

use crate::model::Locale;

pub const COOKIE_NAME: &str = "mej_lang";

pub fn locale_from_parts(parts: &Parts) -> Locale {
    let from_cookie = parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE_NAME)
        .and_then(|(_, v)| Locale::parse(v));
    from_cookie.unwrap_or_else(|| {
        let header = parts
            .headers
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        Locale::from_accept_language(header)
    })
}

pub fn request_locale() -> Locale {
    use_context::<Parts>()
        .map(|p| locale_from_parts(&p))
        .unwrap_or(Locale::Ja)
}

/// Remembers `locale` in this browser for a year.
pub fn set_locale_cookie(locale: Locale) {
    if let Some(opts) = use_context::<ResponseOptions>()
        && let Ok(value) = http::HeaderValue::from_str(&format!(
            "{COOKIE_NAME}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            locale.as_str()
        ))
    {
        opts.append_header(SET_COOKIE, value);
    }
}
