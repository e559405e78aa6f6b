//! The library's own UI strings (labels, weekdays, statuses, counts), compiled in from
//! `locales/<locale>/ui.ftl` in nine locales, German as the source.

use std::sync::OnceLock;

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use super::catalog::Catalog;
use super::chain::LocaleChain;
use super::tag::source_locale;
use super::text::LocalizedText;
use crate::problem::Problem;
use crate::source::{ui_files, SourceFiles};

/// An argument to a UI string.
#[derive(Debug, Clone, Copy)]
pub enum UiArg<'a> {
    Number(f64),
    Text(&'a str),
}

/// The library's own UI strings, compiled in.
fn ui_catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let mut problems = Vec::new();
        // Tests check that these files have no problems.
        Catalog::from_files(&ui_files().fluent, &mut problems)
    })
}

/// Problems in the compiled-in UI strings (for tests and `wegweiser validate --ui`).
pub fn ui_problems() -> Vec<Problem> {
    let mut problems = Vec::new();
    Catalog::from_files(&ui_files().fluent, &mut problems);
    problems
}

/// The ids of the library's UI strings (those of the source locale, which has them all).
pub fn ui_message_ids() -> Vec<String> {
    let mut ids: Vec<String> = ui_catalog()
        .locale(&source_locale())
        .map(|catalog| catalog.messages.keys().cloned().collect())
        .unwrap_or_default();
    ids.sort();
    ids
}

/// The files of the compiled-in UI strings.
pub fn ui_sources() -> SourceFiles {
    ui_files()
}

/// The locales the library's UI strings exist in.
pub fn ui_locales() -> Vec<LanguageIdentifier> {
    ui_catalog().available()
}

/// The chain UI strings are looked up in for a reader who asks for `requested`.
pub fn ui_chain(requested: &[LanguageIdentifier]) -> LocaleChain {
    LocaleChain::negotiate(requested, &ui_locales(), &source_locale())
}

/// Formats a UI string in `chain`. A missing id gives the id itself, so a typo shows.
pub fn ui_text(chain: &LocaleChain, id: &str, args: &[(&str, UiArg<'_>)]) -> LocalizedText {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            UiArg::Number(n) => fluent_args.set(*name, *n),
            UiArg::Text(t) => fluent_args.set(*name, *t),
        }
    }
    ui_catalog()
        .format(chain, id, None, Some(&fluent_args))
        .unwrap_or_else(|| LocalizedText::untranslated(id))
}
