//! The searchable entities with their facet values, in index order: enough to list,
//! filter and count without the full-text index, which an empty query does not need.

use std::collections::BTreeSet;

use unic_langid::LanguageIdentifier;

use super::facets::{free_value, FacetName, FacetValues};
use super::request::Facets;
use crate::kind::Kind;

/// The facet values of one searchable entity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DocumentFacets {
    pub fields: Vec<String>,
    pub municipalities: Vec<String>,
    /// Language tags as the data writes them.
    pub languages: Vec<String>,
    pub target_groups: Vec<String>,
    pub free: Option<bool>,
}

/// One searchable entity.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    pub kind: Kind,
    pub id: String,
    pub facets: DocumentFacets,
    /// Positions of this document's facet values in the table's [`FacetValues`].
    facet_ids: Vec<u32>,
}

fn each(name: FacetName, values: &[String]) -> impl Iterator<Item = (FacetName, String)> + '_ {
    values.iter().map(move |v| (name, v.clone()))
}

impl DocumentFacets {
    fn pairs(&self, kind: Kind) -> impl Iterator<Item = (FacetName, String)> + '_ {
        std::iter::once((FacetName::Kind, kind.as_str().to_owned()))
            .chain(each(FacetName::Field, &self.fields))
            .chain(each(FacetName::Municipality, &self.municipalities))
            .chain(each(FacetName::OfferedIn, &self.languages))
            .chain(each(FacetName::TargetGroup, &self.target_groups))
            .chain(
                self.free
                    .map(|f| (FacetName::Free, free_value(f).to_owned())),
            )
    }
}

/// Every searchable entity with its facet values; document ids in the index are
/// positions in `docs`.
pub(crate) struct Documents {
    pub docs: Vec<Document>,
    values: FacetValues,
}

impl Documents {
    pub(crate) fn new(entries: impl IntoIterator<Item = (Kind, String, DocumentFacets)>) -> Self {
        let mut values = FacetValues::default();
        let docs = entries
            .into_iter()
            .map(|(kind, id, facets)| Document {
                facet_ids: facets.pairs(kind).map(|pair| values.intern(pair)).collect(),
                kind,
                id,
                facets,
            })
            .collect();
        Documents { docs, values }
    }

    /// Facet counts over the matching documents.
    pub(crate) fn facet_counts(&self, matching: &[u32]) -> Facets {
        self.values.count(
            matching
                .iter()
                .map(|doc| self.docs[*doc as usize].facet_ids.as_slice()),
        )
    }

    /// The language tags as written in the data that cover `wanted` (`fa` and `fa-AF`
    /// for `fa`), or `wanted` itself when none does.
    pub(crate) fn language_tags(&self, wanted: &LanguageIdentifier) -> Vec<String> {
        let tags: Vec<String> = self
            .docs
            .iter()
            .flat_map(|d| d.facets.languages.iter())
            .filter(|t| {
                t.parse::<LanguageIdentifier>()
                    .is_ok_and(|t| t.language == wanted.language)
            })
            .cloned()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if tags.is_empty() {
            vec![wanted.to_string()]
        } else {
            tags
        }
    }
}
