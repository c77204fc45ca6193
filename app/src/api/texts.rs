//! The strings of an area's pages, for a page reached in the browser (see `i18n::texts`).

use leptos::prelude::*;

use crate::i18n::texts::TextArea;
use crate::model::{AppError, Locale};

/// An area's interface strings in one language, in the key set's order. Public: they are the
/// same text every visitor's pages carry.
#[server]
pub async fn get_texts(area: TextArea, locale: Locale) -> Result<Vec<String>, AppError> {
    Ok(crate::i18n::texts::list(area, locale))
}
