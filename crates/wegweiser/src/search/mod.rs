//! Full-text search across languages with tantivy: per-language analysis, fallback-aware
//! weighting, typo tolerance, prefixes, synonyms, filters, facets and safe highlights.
//!
//! An engine that knows no `Directory`: it is given the documents (kind, id and facet
//! values of every searchable entity) and a corpus of their texts, builds an index, and
//! answers a query with document ids, facet counts and a highlighter. The directory resolves requests and turns ids into hits
//! (`src/directory/search.rs`).
//!
//! | file | concept |
//! |---|---|
//! | `request.rs` | what callers ask and get ([`SearchRequest`], [`SearchResults`]) |
//! | `documents.rs`, `facets.rs` | the searchable entities, their interned facet values |
//! | `corpus.rs` | the texts the index is built from |
//! | `analyzer.rs`, `scripts.rs` | how words become terms, per language |
//! | `schema.rs`, `tokenizer.rs`, `index.rs` | the tantivy index and how it is built |
//! | `forms.rs`, `expand.rs`, `query.rs` | query words, typo/prefix expansion, the query |
//! | `filter.rs`, `collector.rs`, `engine.rs` | filters, collecting, running a search |
//! | `highlight.rs` | snippets and highlighted ranges |
//! | `relevance.rs` | recall@5 and MRR of any ranking |

pub mod analyzer;
mod collector;
mod corpus;
mod documents;
mod engine;
mod expand;
mod facets;
mod filter;
mod forms;
mod highlight;
mod index;
#[cfg(not(target_arch = "wasm32"))]
mod persist;
mod query;
pub mod relevance;
mod request;
mod schema;
mod scripts;
mod tokenizer;

pub(crate) use corpus::Corpus;
pub use corpus::SEARCHABLE;
pub(crate) use documents::{Document, DocumentFacets, Documents};
pub(crate) use engine::Page;
pub(crate) use filter::DocFilter;
pub use forms::typo_budget;
pub(crate) use highlight::Highlighter;
pub(crate) use index::SearchIndex;
pub(crate) use query::QueryText;
pub use request::{
    Facets, Highlight, SearchHit, SearchRequest, SearchResults, MAX_LIMIT, MAX_QUERY_CHARS,
    MAX_QUERY_WORDS,
};
