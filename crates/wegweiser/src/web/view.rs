//! What a page shows before and around the results: the locales to switch between, the
//! outcome of a negotiation, the directory's own texts, the filter choices, and the first
//! view a page renders before the WebAssembly is ready.

#[cfg(feature = "search")]
use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

#[cfg(feature = "search")]
use super::card::Card;
use crate::l10n::{Direction, LocalizedText};
use crate::model::Metadata;
#[cfg(feature = "search")]
use crate::search::{SearchRequest, SearchResults};

/// A locale the directory has texts for, as a language switcher shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct LocaleInfo {
    pub tag: String,
    /// The language's name in itself ("Dolnoserbšćina", "العربية").
    pub name: String,
    pub direction: Direction,
}

/// The outcome of a negotiation, for callers outside Rust.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct NegotiatedLocale {
    /// The locale texts are shown in.
    pub locale: String,
    /// Where texts are looked up, in order, ending in the source locale.
    pub chain: Vec<String>,
    /// The locale of the library's own UI strings.
    pub ui_locale: String,
    pub direction: Direction,
}

/// The directory's metadata with its own texts (title, region, description, demo notice)
/// in the reader's locale.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct LocalizedMetadata {
    #[serde(flatten)]
    pub metadata: Metadata,
    pub title: Option<LocalizedText>,
    pub region: Option<LocalizedText>,
    pub description: Option<LocalizedText>,
    pub demo_notice: Option<LocalizedText>,
}

/// How many results a [`FirstView`] in a web bundle holds (one page of the widget).
pub const FIRST_VIEW_RESULTS: usize = 10;

/// The first listing of a locale, ready to render: see `Directory::first_view`.
#[cfg(feature = "search")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FirstView {
    pub locale: NegotiatedLocale,
    pub metadata: LocalizedMetadata,
    pub filter_options: FilterOptions,
    /// Every UI string in this locale, without arguments; `count-results` counts the
    /// listing's total.
    pub ui: BTreeMap<String, LocalizedText>,
    /// The request this view answers: a page shows the view only while its own request
    /// is the same (same query, filters, locale and page).
    pub request: SearchRequest,
    /// The listing's first page, as `Directory::search` returns it for `request`.
    pub results: SearchResults,
    /// The cards of those results, in the same order.
    pub cards: Vec<Card>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct FilterOption {
    pub value: String,
    pub label: String,
}

/// The choices of each search filter (see [`crate::SearchRequest`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct FilterOptions {
    pub kind: Vec<FilterOption>,
    pub field: Vec<FilterOption>,
    pub municipality: Vec<FilterOption>,
    pub offered_in: Vec<FilterOption>,
}
