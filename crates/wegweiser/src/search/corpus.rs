//! What the engine is given to index: the documents (see [`super::documents`]) and,
//! through [`Corpus`], their texts in each locale and the names of their places. The
//! directory implements it; the engine knows nothing else of it.

use unic_langid::LanguageIdentifier;

use super::documents::Document;
use crate::kind::Kind;
use crate::l10n::LocaleChain;

/// Kinds that are searched.
pub const SEARCHABLE: [Kind; 4] = [
    Kind::Service,
    Kind::Measure,
    Kind::Organization,
    Kind::Field,
];

/// The texts of the documents, one route for everything the engine reads.
pub(crate) trait Corpus {
    /// The locales with texts; each gets a title and a body field.
    fn locales(&self) -> Vec<LanguageIdentifier>;

    /// The locale texts are written in first: German compound parts are learnt from it.
    fn source_locale(&self) -> LanguageIdentifier;

    /// The text of a document's `attribute` (`None`: its name) in the first locale of
    /// `chain` that has it.
    fn text(&self, doc: &Document, chain: &LocaleChain, attribute: Option<&str>) -> Option<String>;

    /// The names of the document's places (German and Sorbian, and their Ämter).
    fn places(&self, doc: &Document) -> String;

    /// Groups of words that mean the same, per locale.
    fn synonyms(&self) -> Vec<(LanguageIdentifier, Vec<String>)>;
}

/// Texts of a kind that go into the body field besides the name.
pub(crate) fn body_attributes(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Service => &[
            "description",
            "keywords",
            "eligibility",
            "cost-note",
            "appointment-note",
        ],
        _ => &["description"],
    }
}
