//! Language tags: parsing what users and systems write (`de_DE.UTF-8`, `fa-AF`), and the
//! source locale every directory and the library's UI strings default to.

use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};

/// The locale texts are written in first when a directory names none, and the source
/// locale of the library's own UI strings.
pub const SOURCE_LOCALE: &str = "de";

/// [`SOURCE_LOCALE`] as a language identifier.
pub fn source_locale() -> LanguageIdentifier {
    SOURCE_LOCALE.parse().expect("a valid tag")
}

/// Parses a BCP 47 tag such as `de`, `dsb`, `fa-AF`.
pub fn parse_locale(tag: &str) -> Result<LanguageIdentifier> {
    let tag = tag.trim();
    // POSIX forms from LANG such as `de_DE.UTF-8`.
    let cleaned = tag
        .split(['.', '@'])
        .next()
        .unwrap_or(tag)
        .replace('_', "-");
    if cleaned.is_empty()
        || cleaned.eq_ignore_ascii_case("c")
        || cleaned.eq_ignore_ascii_case("posix")
    {
        return Err(Error::Locale {
            tag: tag.to_owned(),
        });
    }
    cleaned
        .parse::<LanguageIdentifier>()
        .ok()
        .filter(|id| id.language.as_str() != "und")
        .ok_or_else(|| Error::Locale {
            tag: tag.to_owned(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locales_are_understood() {
        assert_eq!(parse_locale("de_DE.UTF-8").unwrap().to_string(), "de-DE");
        assert!(parse_locale("C").is_err());
        assert!(parse_locale("not a tag").is_err());
    }
}
