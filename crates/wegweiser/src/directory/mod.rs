//! [`Directory`]: a loaded, validated directory and everything one can ask of it. Each
//! concern is a file: loading ([`load`](Directory::load)), locale negotiation, texts,
//! lookups, list filters, JSON views, export, formatting, translation status, the glue
//! that feeds search, relevance, and the web views.

mod card;
#[cfg(feature = "search")]
mod corpus;
mod export;
mod filters;
mod format;
mod freshness;
mod hours;
#[cfg(feature = "hsds")]
mod hsds;
// A browser has no cache folder: the index cache is left out of the WebAssembly.
#[cfg(all(feature = "search", not(target_arch = "wasm32")))]
mod index_cache;
mod load;
mod locale;
mod lookup;
mod memory;
mod near;
#[cfg(feature = "search")]
mod relevance;
#[cfg(feature = "search")]
mod search;
mod status;
mod texts;
mod views;
mod web;
#[cfg(feature = "xliff")]
mod xliff;

#[cfg(feature = "search")]
use std::sync::{Arc, OnceLock};

use unic_langid::LanguageIdentifier;

pub use export::{DirectoryDocument, ExportOptions};
pub use filters::Filter;
#[cfg(all(feature = "search", not(target_arch = "wasm32")))]
pub use index_cache::INDEX_MANIFEST;
pub use locale::Locale;
pub use status::{L10nStatus, LocaleStatus, TextCounts, TextState, TextStatus};
pub use texts::Localized;
pub use views::NamedReference;
#[cfg(feature = "xliff")]
pub use xliff::XliffImport;

use crate::l10n::Catalog;
use crate::model::{DirectoryData, Metadata};
use crate::problem::Problem;
#[cfg(feature = "search")]
use crate::search::{Documents, SearchIndex};
use crate::source::SourceFiles;

/// A directory of integration services with its texts in every locale it ships.
///
/// ```
/// let directory = wegweiser::Directory::sample()?;
/// let arabic = directory.locale(&["ar"])?;
/// let service = directory.service("mbe-forst")?;
/// let name = directory.text(&arabic, wegweiser::Kind::Service, &service.id, None);
/// assert_eq!(name.unwrap().locale, "ar");
/// # Ok::<(), wegweiser::Error>(())
/// ```
pub struct Directory {
    data: DirectoryData,
    texts: Catalog,
    sources: SourceFiles,
    problems: Vec<Problem>,
    source_locale: LanguageIdentifier,
    /// The full-text index, built on first use (`search.rs`).
    #[cfg(feature = "search")]
    search: OnceLock<std::result::Result<SearchIndex, String>>,
    /// The searchable entities with their facets, for listings without the index.
    #[cfg(feature = "search")]
    documents: OnceLock<Arc<Documents>>,
    /// Where to look for a saved index (`index_cache.rs`), and where the index came from.
    #[cfg(all(feature = "search", not(target_arch = "wasm32")))]
    index_cache: Option<std::path::PathBuf>,
    #[cfg(feature = "search")]
    index_origin: OnceLock<IndexOrigin>,
}

/// Where a directory's search index came from.
#[cfg(feature = "search")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexOrigin {
    /// Built from the directory.
    Built,
    /// Opened from the index cache (see [`Directory::use_index_cache`]).
    Cached,
    /// The cache held an entry for these files that could not be used: built anew.
    Rebuilt { reason: String },
}

impl std::fmt::Debug for Directory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Directory")
            .field("id", &self.data.directory.id)
            .field("locales", &self.data.directory.locales)
            .field("services", &self.data.services.len())
            .field("problems", &self.problems.len())
            .finish()
    }
}

impl Directory {
    /// The Fluent messages of every locale.
    pub(crate) fn catalog(&self) -> &Catalog {
        &self.texts
    }

    /// The structure as read from `directory.toml`.
    pub fn data(&self) -> &DirectoryData {
        &self.data
    }

    pub fn metadata(&self) -> &Metadata {
        &self.data.directory
    }

    /// The files the directory was built from.
    pub fn sources(&self) -> &SourceFiles {
        &self.sources
    }

    /// Warnings found while loading (errors make loading fail).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    pub fn source_locale(&self) -> &LanguageIdentifier {
        &self.source_locale
    }

    /// The locales the directory has texts for.
    pub fn locales(&self) -> Vec<LanguageIdentifier> {
        self.texts.available()
    }
}
