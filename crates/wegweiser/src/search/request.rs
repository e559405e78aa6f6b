//! What a caller asks of search and what it gets back: plain data, serializable.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{json_message, Error, Result};
use crate::kind::Kind;

/// The most characters of a query that are looked at; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 256;
/// The most words of a query that are searched for.
pub const MAX_QUERY_WORDS: usize = 10;
/// The most hits one request returns.
pub const MAX_LIMIT: usize = 200;

/// What to search for. Every field but `query` is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct SearchRequest {
    /// Any string: operators, quotes and brackets are just characters.
    pub query: String,
    /// Requested locales, best first (`["ar"]`, `["fa-AF", "de"]`). Empty: the source locale.
    pub locales: Vec<String>,
    /// Only these kinds (service, measure, organization, field); empty: all four.
    pub kinds: Vec<Kind>,
    pub field: Option<String>,
    /// Municipality id, German or Sorbian name; an Amt includes its members.
    pub municipality: Option<String>,
    pub offered_in: Option<String>,
    pub target_group: Option<String>,
    pub free: Option<bool>,
    /// Only services one can walk into at this instant: RFC 3339 (`2026-12-24T10:00:00Z`)
    /// or local time of the directory (`2026-12-24T10:00`). Appointment-only hours do not
    /// count.
    pub open_at: Option<String>,
    /// Near a point (`51.57,14.37`) or a municipality (id, German or Sorbian name):
    /// hits come nearest first and carry their distance.
    pub near: Option<String>,
    /// With `near`: only hits at most this many kilometres away.
    pub within_km: Option<f64>,
    pub limit: usize,
    pub offset: usize,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: String::new(),
            locales: Vec::new(),
            kinds: Vec::new(),
            field: None,
            municipality: None,
            offered_in: None,
            target_group: None,
            free: None,
            open_at: None,
            near: None,
            within_km: None,
            limit: 10,
            offset: 0,
        }
    }
}

impl SearchRequest {
    pub fn new(query: impl Into<String>) -> SearchRequest {
        SearchRequest {
            query: query.into(),
            ..SearchRequest::default()
        }
    }

    pub fn lang(mut self, locale: impl Into<String>) -> SearchRequest {
        self.locales = vec![locale.into()];
        self
    }

    /// Reads a request from JSON, as bindings pass it: missing fields take their
    /// defaults; a wrong value is [`Error::InvalidArgument`] naming it (`unknown kind `x``).
    pub fn from_json(json: &str) -> Result<SearchRequest> {
        serde_json::from_str(json)
            .map_err(|e| Error::InvalidArgument(format!("search request: {}", json_message(&e))))
    }
}

/// A range of characters (Unicode scalar values, not bytes) in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SearchHit {
    pub kind: Kind,
    pub id: String,
    pub title: String,
    /// The locale the title is in (it may be a fallback).
    pub title_locale: String,
    pub title_highlights: Vec<Highlight>,
    /// A piece of the description (plain text, never HTML) …
    pub snippet: String,
    pub snippet_locale: String,
    /// … and where the query matched in it.
    pub highlights: Vec<Highlight>,
    pub score: f32,
    /// With `near`: kilometres to the nearest place of the hit, if it has one …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
    /// … and as the reader reads it ("2,4 km").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance: Option<String>,
}

/// Facet counts over every hit (not only the returned page).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Facets {
    pub kind: BTreeMap<String, usize>,
    pub field: BTreeMap<String, usize>,
    pub municipality: BTreeMap<String, usize>,
    pub offered_in: BTreeMap<String, usize>,
    pub target_group: BTreeMap<String, usize>,
    pub free: BTreeMap<String, usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<SearchHit>,
    pub facets: Facets,
    /// The locale results are shown in.
    pub locale: String,
    /// True when no hit had every word, so hits with some of them are shown.
    pub relaxed: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_from_json() {
        let request =
            SearchRequest::from_json(r#"{"query": "Kurs", "kinds": ["services"]}"#).unwrap();
        assert_eq!(request.kinds, [Kind::Service]);
        assert_eq!(request.limit, 10, "defaults fill the rest");
        let error = SearchRequest::from_json(r#"{"kinds": ["spaceship"]}"#).unwrap_err();
        assert_eq!(error.code(), "invalid-argument");
        let message = error.to_string();
        assert!(
            message.starts_with("search request: unknown kind `spaceship`"),
            "{message}"
        );
        assert!(!message.contains("line 1"), "{message}");
    }
}
