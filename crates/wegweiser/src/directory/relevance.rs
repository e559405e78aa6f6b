//! Measuring search: running a relevance set, and the directory as plain documents for
//! feeding a peer engine the same data in benchmarks.

use super::Directory;
use crate::error::Result;
use crate::search::relevance::{score, PlainDocument, RelevanceReport, RelevanceSet};
use crate::search::SearchRequest;

impl Directory {
    /// Runs every query of `set` and scores the rankings.
    pub fn evaluate_relevance(&self, set: &RelevanceSet) -> Result<RelevanceReport> {
        let mut rankings = Vec::new();
        for query in &set.queries {
            let request = SearchRequest {
                query: query.query.clone(),
                locales: vec![query.lang.clone()],
                kinds: query.kinds.clone(),
                limit: 20,
                ..SearchRequest::default()
            };
            let results = self.search(&request)?;
            rankings.push(results.hits.into_iter().map(|h| h.id).collect());
        }
        Ok(score(set, &rankings))
    }
}

/// The `format` of `Directory::documents_json`.
const DOCUMENTS_FORMAT: &str = "wegweiser-documents/1";

impl Directory {
    /// The plain documents of every locale, to feed other search engines:
    /// `{"format": "wegweiser-documents/1", "locales": {"de": [PlainDocument, …], …}}`.
    pub fn documents_json(&self) -> Result<String> {
        let mut locales = serde_json::Map::new();
        for locale in self.locales() {
            let documents = self.plain_documents(&locale.to_string())?;
            locales.insert(locale.to_string(), serde_json::to_value(documents)?);
        }
        Ok(serde_json::to_string(&serde_json::json!({
            "format": DOCUMENTS_FORMAT,
            "locales": locales,
        }))?)
    }

    /// Every searchable entity in `locale` (falling back to the source locale), as plain text.
    pub fn plain_documents(&self, locale: &str) -> Result<Vec<PlainDocument>> {
        let locale = self.locale(&[locale])?;
        let mut out = Vec::new();
        for doc in &self.search_documents().docs {
            let texts = self.texts(&locale, doc.kind, &doc.id);
            let title = texts
                .get("name")
                .map(|t| t.text.clone())
                .unwrap_or_default();
            let mut text: Vec<String> = texts
                .into_iter()
                .filter(|(k, _)| k != "name")
                .map(|(_, t)| t.text)
                .collect();
            text.push(self.place_names(&doc.facets.municipalities));
            out.push(PlainDocument {
                id: doc.id.clone(),
                kind: doc.kind,
                title,
                text: text.join("\n"),
            });
        }
        Ok(out)
    }
}
