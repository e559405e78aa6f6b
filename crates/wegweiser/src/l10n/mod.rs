//! Localization with Fluent: catalogs of messages per locale (`catalog.rs`), language
//! negotiation into chains with per-message fallback ([`LocaleChain`]), texts that tell
//! the locale they came from ([`LocalizedText`]), and the library's own UI strings
//! (`ui.rs`: [`ui_text`]).

mod catalog;
mod chain;
mod freshness;
mod nesting;
mod outdated;
mod positions;
mod store;
pub(crate) mod syntax;
mod tag;
mod text;
mod ui;

pub use catalog::MAX_SYNTAX_ERRORS_PER_FILE;
pub(crate) use catalog::{file_problem, Catalog, LocaleCatalog};
pub use chain::LocaleChain;
pub(crate) use freshness::Lock;
pub use freshness::{split_key, stamp_of, unit_key};
pub use nesting::MAX_FLUENT_NESTING;
pub(crate) use positions::scan_positions;
pub use tag::{parse_locale, source_locale, SOURCE_LOCALE};
pub use text::{Direction, LocalizedText};
pub use ui::{ui_chain, ui_locales, ui_message_ids, ui_problems, ui_sources, ui_text, UiArg};
