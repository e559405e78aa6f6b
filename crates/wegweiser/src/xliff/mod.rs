//! XLIFF 2.0 for translation agencies: the texts of one locale that need work go out as
//! units (`write.rs`), come back translated (`read.rs`, every problem with its line and
//! column), and become Fluent again. Placeables travel as protected codes; a pattern with
//! a selector travels whole, as Fluent source, with a note (`content.rs`).
//!
//! The directory's side, which texts go out and how translations are written into its
//! Fluent files, is `directory/xliff.rs`.

mod content;
mod read;
mod write;

pub use content::{Content, Part};
pub use read::read_xliff;
pub use write::write_xliff;

/// The XLIFF 2.0 namespace.
pub const XLIFF_NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// One file's units, for one pair of locales.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct XliffDocument {
    pub source_locale: String,
    pub target_locale: String,
    /// The directory's id (`<file original>`).
    pub original: String,
    pub units: Vec<XliffUnit>,
}

/// One text: a message value or attribute, `id` as in `l10n.lock` (`message.attribute`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct XliffUnit {
    pub id: String,
    /// Why it goes out: `missing`, `outdated`, `machine-translated` or `translated`.
    pub state: String,
    /// For an outdated text: the source text the current translation was made from.
    pub previous_source: Option<String>,
    pub source: Content,
    pub target: Option<Content>,
    /// Byte offset of the `<unit>` in the file it was read from (0 when written).
    pub offset: usize,
}
