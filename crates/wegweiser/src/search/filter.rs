//! Filters, checked and resolved by the caller, applied the same way by the index and by
//! the plain listing.

use std::sync::Arc;

use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::documents::Document;
use super::facets::free_value;
use super::schema::FacetFields;
use crate::kind::Kind;

/// A request's filters, checked and resolved (an Amt to its members, a language to the
/// tags the data uses). The index and the plain listing apply the same values.
pub(crate) struct DocFilter {
    pub kinds: Vec<Kind>,
    pub field: Option<String>,
    pub municipalities: Option<Vec<String>>,
    pub languages: Option<Vec<String>>,
    pub target_group: Option<String>,
    pub free: Option<bool>,
    /// A flag per document id, for what the index does not hold ("open now", a radius).
    pub allowed: Option<Arc<[bool]>>,
    /// A distance per document id (infinite where unknown): hits come nearest first.
    pub nearest: Option<Arc<[f64]>>,
}

impl DocFilter {
    /// The filters as required clauses of an index query.
    pub(crate) fn clauses(&self, f: &FacetFields) -> Vec<Box<dyn Query>> {
        let any_of = |field: Field, values: &[String]| -> Box<dyn Query> {
            Box::new(BooleanQuery::new(
                values
                    .iter()
                    .map(|v| -> (Occur, Box<dyn Query>) {
                        (
                            Occur::Should,
                            Box::new(TermQuery::new(
                                Term::from_field_text(field, v),
                                IndexRecordOption::Basic,
                            )),
                        )
                    })
                    .collect(),
            ))
        };
        let mut clauses = Vec::new();
        if !self.kinds.is_empty() {
            let kinds: Vec<String> = self.kinds.iter().map(|k| k.as_str().to_owned()).collect();
            clauses.push(any_of(f.kind, &kinds));
        }
        if let Some(field) = &self.field {
            clauses.push(any_of(f.field, std::slice::from_ref(field)));
        }
        if let Some(scope) = &self.municipalities {
            clauses.push(any_of(f.municipality, scope));
        }
        if let Some(tags) = &self.languages {
            clauses.push(any_of(f.language, tags));
        }
        if let Some(group) = &self.target_group {
            clauses.push(any_of(f.target_group, std::slice::from_ref(group)));
        }
        if let Some(free) = self.free {
            clauses.push(any_of(f.free, &[free_value(free).to_owned()]));
        }
        clauses
    }

    /// Whether a document id passes [`Self::allowed`].
    pub(crate) fn allows(&self, doc: u32) -> bool {
        super::collector::allows(self.allowed.as_deref(), doc)
    }

    /// Whether a document passes, without the index (the same test as [`Self::clauses`];
    /// [`Self::allows`] is the rest).
    pub(crate) fn matches(&self, doc: &Document) -> bool {
        let any = |have: &[String], wanted: &[String]| have.iter().any(|h| wanted.contains(h));
        (self.kinds.is_empty() || self.kinds.contains(&doc.kind))
            && self
                .field
                .as_ref()
                .is_none_or(|f| doc.facets.fields.contains(f))
            && self
                .municipalities
                .as_ref()
                .is_none_or(|scope| any(&doc.facets.municipalities, scope))
            && self
                .languages
                .as_ref()
                .is_none_or(|tags| any(&doc.facets.languages, tags))
            && self
                .target_group
                .as_ref()
                .is_none_or(|g| doc.facets.target_groups.contains(g))
            && self.free.is_none_or(|free| doc.facets.free == Some(free))
    }
}
