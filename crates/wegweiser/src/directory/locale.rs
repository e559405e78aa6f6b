//! Negotiating the languages a reader asks for against the directory's locales and the
//! library's UI locales.

use unic_langid::LanguageIdentifier;

use super::Directory;
use crate::error::Result;
use crate::l10n::{parse_locale, ui_chain, Direction, LocaleChain};
use crate::web::{LocaleInfo, NegotiatedLocale};

/// What was asked for: the chain for the directory's texts and the chain for the
/// library's own UI strings, negotiated from the same request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    requested: Vec<LanguageIdentifier>,
    data: LocaleChain,
    ui: LocaleChain,
}

impl Locale {
    /// The chain the directory's texts are looked up in.
    pub fn chain(&self) -> &LocaleChain {
        &self.data
    }

    /// The chain the library's UI strings are looked up in.
    pub fn ui_chain(&self) -> &LocaleChain {
        &self.ui
    }

    /// The locale texts are shown in (before any fallback).
    pub fn primary(&self) -> &LanguageIdentifier {
        self.data.primary()
    }

    /// What the caller asked for, parsed.
    pub fn requested(&self) -> &[LanguageIdentifier] {
        &self.requested
    }

    pub fn direction(&self) -> Direction {
        Direction::of(self.primary())
    }
}

impl Locale {
    pub fn describe(&self) -> NegotiatedLocale {
        NegotiatedLocale {
            locale: self.primary().to_string(),
            chain: self
                .chain()
                .locales()
                .iter()
                .map(ToString::to_string)
                .collect(),
            ui_locale: self.ui_chain().primary().to_string(),
            direction: self.direction(),
        }
    }
}

impl Directory {
    /// Negotiates the requested locales (best first) against the directory's locales and
    /// the library's UI locales. Fails only for strings that are not language tags; a
    /// valid tag the directory lacks falls back along the chain to the source locale.
    pub fn locale<S: AsRef<str>>(&self, requested: &[S]) -> Result<Locale> {
        let requested = requested
            .iter()
            .map(|tag| parse_locale(tag.as_ref()))
            .collect::<Result<Vec<_>>>()?;
        Ok(self.locale_from_ids(requested))
    }

    /// Negotiates from an HTTP `Accept-Language` header; unparsable entries are skipped.
    pub fn locale_from_accept_language(&self, header: &str) -> Locale {
        self.locale_from_ids(fluent_langneg::accepted_languages::parse(header))
    }

    fn locale_from_ids(&self, requested: Vec<LanguageIdentifier>) -> Locale {
        let data = LocaleChain::negotiate(&requested, &self.texts.available(), &self.source_locale);
        let ui = ui_chain(&requested);
        Locale {
            requested,
            data,
            ui,
        }
    }

    /// Like [`Directory::locale`], but entries that are not language tags are skipped
    /// instead of failing: for lists a browser or a page author supplies.
    pub fn locale_skipping_invalid<S: AsRef<str>>(&self, requested: &[S]) -> Locale {
        let valid: Vec<&str> = requested
            .iter()
            .map(AsRef::as_ref)
            .filter(|tag| parse_locale(tag).is_ok())
            .collect();
        self.locale(&valid)
            .unwrap_or_else(|_| self.locale_from_accept_language(""))
    }

    /// The locales with texts, each named in itself.
    pub fn locale_infos(&self) -> Vec<LocaleInfo> {
        self.locales()
            .iter()
            .map(|id| LocaleInfo {
                tag: id.to_string(),
                name: self.language_name(&id.to_string()),
                direction: Direction::of(id),
            })
            .collect()
    }
}
