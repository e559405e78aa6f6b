//! Negotiated chains of locales: what a reader asked for, as far as it is available,
//! ending in the source locale.

use unic_langid::LanguageIdentifier;

/// The ordered list of locales texts are looked up in: what was asked for (as far as it
/// is available), its more general forms, then the source locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleChain {
    locales: Vec<LanguageIdentifier>,
    /// The first locale asked for, which may be missing from `locales`.
    wanted: Option<LanguageIdentifier>,
}

impl LocaleChain {
    /// Negotiates `requested` (best first) against `available`, ending in `source`.
    pub fn negotiate(
        requested: &[LanguageIdentifier],
        available: &[LanguageIdentifier],
        source: &LanguageIdentifier,
    ) -> LocaleChain {
        let mut locales: Vec<LanguageIdentifier> = Vec::new();
        for wanted in requested {
            let matches = fluent_langneg::negotiate_languages(
                std::slice::from_ref(wanted),
                available,
                None,
                fluent_langneg::NegotiationStrategy::Filtering,
            );
            for found in matches {
                if !locales.contains(found) {
                    locales.push(found.clone());
                }
            }
        }
        if !locales.contains(source) {
            locales.push(source.clone());
        }
        LocaleChain {
            locales,
            wanted: requested.first().cloned(),
        }
    }

    /// Whether a text in `locale` is a fallback for the reader: not in the language they
    /// asked for first (`fa` text for `fa-AF` is not a fallback).
    pub fn is_fallback(&self, locale: &LanguageIdentifier) -> bool {
        match &self.wanted {
            Some(wanted) => wanted.language != locale.language,
            None => locale != self.primary(),
        }
    }

    /// A chain of exactly one locale: no fallback.
    pub(crate) fn only(locale: LanguageIdentifier) -> LocaleChain {
        LocaleChain {
            wanted: Some(locale.clone()),
            locales: vec![locale],
        }
    }

    /// Parses an HTTP `Accept-Language` header (`dsb, de;q=0.8, *;q=0.1`) and negotiates.
    pub fn from_accept_language(
        header: &str,
        available: &[LanguageIdentifier],
        source: &LanguageIdentifier,
    ) -> LocaleChain {
        let requested = fluent_langneg::accepted_languages::parse(header);
        Self::negotiate(&requested, available, source)
    }

    /// The locales in lookup order.
    pub fn locales(&self) -> &[LanguageIdentifier] {
        &self.locales
    }

    /// The locale texts are wanted in (the first of the chain).
    pub fn primary(&self) -> &LanguageIdentifier {
        &self.locales[0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(tags: &[&str]) -> Vec<LanguageIdentifier> {
        tags.iter().map(|t| t.parse().unwrap()).collect()
    }

    #[test]
    fn chains_end_in_the_source() {
        let available = ids(&["de", "dsb", "fa", "ar", "en"]);
        let de: LanguageIdentifier = "de".parse().unwrap();
        let chain = |wanted: &[&str]| {
            LocaleChain::negotiate(&ids(wanted), &available, &de)
                .locales()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(chain(&["dsb"]), ["dsb", "de"]);
        assert_eq!(chain(&["fa-AF"]), ["fa", "de"]);
        assert_eq!(chain(&["en-GB", "ar"]), ["en", "ar", "de"]);
        assert_eq!(chain(&["zh"]), ["de"]);
    }
}
