//! # wegweiser
//!
//! A multilingual directory of integration services: the model of a district's
//! integration concept (fields of action, goals, recommendations, measures) and of the
//! services that exist (organizations, contacts, locations, municipalities with their
//! Sorbian names), every text localized with [Fluent](https://projectfluent.org).
//!
//! * [`Directory::load`] reads a folder (`directory.toml` + `locales/<locale>/*.ftl`),
//!   [`Directory::sample`] gives the compiled-in Spree-Neiße sample.
//! * Every problem in the data is a [`Problem`] with file, line and column;
//!   [`Directory::load_lenient`] keeps what could be read and returns them all.
//! * [`Directory::locale`] negotiates languages; every [`LocalizedText`] tells the
//!   locale it came from, so fallback text can be marked.
//! * [`Directory::l10n_status`] measures translation coverage.
//!
//! ```
//! use wegweiser::{Directory, Filter, Kind};
//!
//! let directory = Directory::sample()?;
//! let sorbian = directory.locale(&["dsb"])?;
//! let in_spremberg = directory.services(&Filter {
//!     municipality: Some("Grodk".into()), // Spremberg's Sorbian name
//!     ..Filter::default()
//! })?;
//! assert!(!in_spremberg.is_empty());
//! let name = directory.name(&sorbian, Kind::Service, &in_spremberg[0].id);
//! println!("{} ({})", name.text, name.locale);
//! # Ok::<(), wegweiser::Error>(())
//! ```

mod directory;
mod error;
pub mod generate;
pub mod geo;
pub mod hours;
#[cfg(feature = "hsds")]
pub mod hsds;
mod kind;
pub mod l10n;
pub mod model;
mod parallel;
mod problem;
#[cfg(feature = "search")]
pub mod search;
mod source;
mod structure;
mod text;
mod validate;
mod web;
#[cfg(feature = "xliff")]
pub mod xliff;

#[cfg(feature = "search")]
pub use directory::IndexOrigin;
#[cfg(feature = "xliff")]
pub use directory::XliffImport;
#[cfg(all(feature = "search", not(target_arch = "wasm32")))]
pub use directory::INDEX_MANIFEST;
pub use directory::{
    Directory, DirectoryDocument, ExportOptions, Filter, L10nStatus, Locale, LocaleStatus,
    Localized, NamedReference, TextCounts, TextState, TextStatus,
};
pub use error::{Error, Result};
pub use kind::{ids, is_valid_id, references, Entity, EntityRef, HasId, Kind, Reference};
pub use l10n::{
    parse_locale, ui_locales, ui_problems, ui_sources, ui_text, Direction, LocaleChain,
    LocalizedText, UiArg, SOURCE_LOCALE,
};
pub use l10n::{split_key, stamp_of, unit_key};
pub use model::*;
pub use problem::{Problem, ProblemCode, Severity};
#[cfg(feature = "search")]
pub use search::relevance::{PlainDocument, RelevanceReport, RelevanceSet};
#[cfg(feature = "search")]
pub use search::{Facets, Highlight, SearchHit, SearchRequest, SearchResults};
pub use source::{
    read_file_bytes, read_text_file, write_directory_file, write_export_file, write_lock_file,
    write_xliff_file, Overwrite, SourceFile, SourceFiles, LOCK_FILE, LOCK_HEADER, OUTPUT_MARKER,
};
pub use structure::JSON_FORMAT;
pub use text::{fold, is_unsafe_char, printable};
pub use validate::{check_email, check_url, normalize_phone};

/// The query that panics in a build with the `deliberate-panic` feature (tests only).
#[cfg(feature = "deliberate-panic")]
pub const DELIBERATE_PANIC_QUERY: &str = "wegweiser: deliberate panic";

/// Every limit on input, in one place (`docs/limits.md` says what happens past each).
pub mod limits {
    pub use crate::generate::MAX_GENERATED_SERVICES;
    #[cfg(feature = "hsds")]
    pub use crate::hsds::MAX_IMPORT_PROBLEMS;
    pub use crate::kind::MAX_ID_CHARS;
    pub use crate::l10n::{MAX_FLUENT_NESTING, MAX_SYNTAX_ERRORS_PER_FILE};
    #[cfg(feature = "search")]
    pub use crate::search::{MAX_LIMIT, MAX_QUERY_CHARS, MAX_QUERY_WORDS};
    pub use crate::source::{MAX_FILE_BYTES, MAX_FLUENT_FILES, MAX_TOTAL_BYTES};
    pub use crate::validate::{MAX_REFERENCE_DEPTH, MAX_URL_CHARS, MAX_VALUE_CHARS};
}
#[cfg(feature = "search")]
pub use web::FirstView;
pub use web::{
    BundleFile, BundleLocale, Card, CardLink, CardPlace, FilterOption, FilterOptions,
    LanguageLabel, LinkKind, LocaleInfo, LocalizedMetadata, NegotiatedLocale, WebBundle,
    WebManifest, FIRST_VIEW_RESULTS, MANIFEST_FILE, WEB_FORMAT,
};
pub use web::{HoursDay, HoursNow};

/// The JSON Schema of `directory.toml` (and of the structure part of the JSON form).
pub fn json_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(DirectoryData);
    serde_json::to_value(schema).unwrap_or_default()
}

/// JSON Schemas of the values the bindings exchange with the core (problems, texts,
/// search requests and results, cards, manifests), keyed by Rust type name. The Python and
/// TypeScript declarations are checked against them (`tests/bindings_types.rs`).
#[cfg(feature = "search")]
pub fn api_schemas() -> std::collections::BTreeMap<&'static str, serde_json::Value> {
    fn schema<T: schemars::JsonSchema>() -> serde_json::Value {
        serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default()
    }
    [
        ("Problem", schema::<Problem>()),
        ("LocalizedText", schema::<LocalizedText>()),
        ("NegotiatedLocale", schema::<NegotiatedLocale>()),
        ("LocaleInfo", schema::<LocaleInfo>()),
        ("SearchRequest", schema::<SearchRequest>()),
        ("Highlight", schema::<Highlight>()),
        ("SearchHit", schema::<SearchHit>()),
        ("Facets", schema::<Facets>()),
        ("SearchResults", schema::<SearchResults>()),
        ("CardPlace", schema::<CardPlace>()),
        ("CardLink", schema::<CardLink>()),
        ("Card", schema::<Card>()),
        ("FilterOption", schema::<FilterOption>()),
        ("FilterOptions", schema::<FilterOptions>()),
        ("BundleLocale", schema::<BundleLocale>()),
        ("WebManifest", schema::<WebManifest>()),
        ("LocalizedMetadata", schema::<LocalizedMetadata>()),
    ]
    .into_iter()
    .collect()
}

pub use unic_langid::LanguageIdentifier;
