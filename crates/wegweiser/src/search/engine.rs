//! Running a search: a query over the index (every word required, else any word), or,
//! for a query without words, a plain listing of the documents without the index; both
//! filtered and with facet counts over every match.

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query};

use super::collector::{by_distance, DocIds, Only, ScoredDocs};
use super::documents::Documents;
use super::filter::DocFilter;
use super::highlight::Highlighter;
use super::index::{search_error, SearchIndex};
use super::query::QueryText;
use super::request::{Facets, MAX_LIMIT};
use crate::error::Result;
use crate::l10n::LocaleChain;

/// Which hits to return: `limit` (at most [`MAX_LIMIT`]; 0 for counts and facets only)
/// after `offset`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Page {
    pub offset: usize,
    pub limit: usize,
}

/// What a search found: the page of hits as (document id, score), and facts about all.
pub(crate) struct Found {
    pub total: usize,
    pub hits: Vec<(u32, f32)>,
    pub facets: Facets,
    /// No document had every word, so documents with some of them are given.
    pub relaxed: bool,
    /// Marks the matched words in the hits' texts.
    pub highlighter: Highlighter,
}

/// The page of scored hits and every matching document.
type Matches = (Vec<(f32, tantivy::DocAddress)>, Vec<u32>);

impl SearchIndex {
    /// Searches for the words of `query`, weighting each locale by its place in `chain`.
    pub(crate) fn search(
        &self,
        query: &QueryText,
        chain: &LocaleChain,
        filter: &DocFilter,
        page: Page,
    ) -> Result<Found> {
        let searcher = self.reader.searcher();
        let query_words = query.words();
        let last = query_words.len().saturating_sub(1);
        let clauses: Vec<Box<dyn Query>> = query_words
            .iter()
            .enumerate()
            .filter_map(|(i, word)| {
                self.word_clause(&searcher, word, i == last && query.ends_in_word, chain)
            })
            .collect();
        let filters = filter.clauses(&self.fields.facets);
        let limit = page.limit.min(MAX_LIMIT);
        // tantivy reserves room for offset + limit hits: past the last document there
        // is nothing to find anyway.
        let offset = page.offset.min(self.documents.docs.len());
        let run = |occur: Occur| -> Result<Matches> {
            let mut parts: Vec<(Occur, Box<dyn Query>)> =
                clauses.iter().map(|c| (occur, c.box_clone())).collect();
            if clauses.is_empty() {
                parts.push((Occur::Must, Box::new(tantivy::query::AllQuery)));
            }
            if occur == Occur::Should && !clauses.is_empty() {
                // At least one word must match; filters stay required.
                let any: Vec<(Occur, Box<dyn Query>)> = std::mem::take(&mut parts);
                parts.push((Occur::Must, Box::new(BooleanQuery::new(any))));
            }
            parts.extend(filters.iter().map(|f| (Occur::Must, f.box_clone())));
            let query = BooleanQuery::new(parts);
            let allowed = filter.allowed.clone();
            if let Some(distances) = &filter.nearest {
                // By distance: every match with its score, then sorted and paged here.
                let only = Only {
                    inner: ScoredDocs,
                    allowed,
                };
                let mut scored = searcher.search(&query, &only).map_err(search_error)?;
                let mut all: Vec<u32> = scored.iter().map(|(doc, _)| *doc).collect();
                all.sort_unstable();
                by_distance(&mut scored, distances);
                let top = scored
                    .into_iter()
                    .skip(offset)
                    .take(limit)
                    .map(|(doc, score)| (score, tantivy::DocAddress::new(0, doc)))
                    .collect();
                return Ok((top, all));
            }
            let collector = (
                // tantivy needs a limit of at least 1: hits beyond `limit` are dropped below.
                TopDocs::with_limit(limit.max(1))
                    .and_offset(offset)
                    .order_by_score(),
                DocIds,
            );
            let collector = Only {
                inner: collector,
                allowed,
            };
            searcher.search(&query, &collector).map_err(search_error)
        };
        let (mut top, mut all) = run(Occur::Must)?;
        let mut relaxed = false;
        if all.is_empty() && clauses.len() > 1 {
            (top, all) = run(Occur::Should)?;
            relaxed = true;
        }
        top.truncate(limit);
        Ok(Found {
            total: all.len(),
            hits: top
                .into_iter()
                .map(|(score, address)| (address.doc_id, score))
                .collect(),
            facets: self.documents.facet_counts(&all),
            relaxed,
            highlighter: Highlighter::new(self, &query_words, query.ends_in_word),
        })
    }

    /// A plain `TermQuery` for the first word's stem in `locale`'s body field, top ten:
    /// what tantivy alone costs (see `Directory::term_query_floor`).
    pub(crate) fn term_query_floor(
        &self,
        query: &QueryText,
        locale: &unic_langid::LanguageIdentifier,
    ) -> Result<usize> {
        let Some(fields) = self.fields.locales.iter().find(|f| &f.locale == locale) else {
            return Ok(0);
        };
        let Some(word) = query.words().first().copied() else {
            return Ok(0);
        };
        let Some(forms) = self.words.forms(fields.analyzer, word, false) else {
            return Ok(0);
        };
        let term = tantivy::Term::from_field_text(fields.body, &forms.stem);
        let query =
            tantivy::query::TermQuery::new(term, tantivy::schema::IndexRecordOption::WithFreqs);
        let top = self
            .reader
            .searcher()
            .search(&query, &TopDocs::with_limit(10).order_by_score())
            .map_err(search_error)?;
        Ok(top.len())
    }

    /// The documents the filter lets through, by the index (to check the listing).
    #[cfg(test)]
    pub(crate) fn filtered(&self, filter: &DocFilter) -> Vec<u32> {
        let mut parts: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Must, Box::new(tantivy::query::AllQuery))];
        parts.extend(
            filter
                .clauses(&self.fields.facets)
                .into_iter()
                .map(|c| (Occur::Must, c)),
        );
        let mut ids = self
            .reader
            .searcher()
            .search(&BooleanQuery::new(parts), &DocIds)
            .unwrap_or_default();
        ids.sort_unstable();
        ids
    }
}

impl Documents {
    /// Every document that passes the filter, in index order, without the full-text
    /// index: a page can show its first listing at once.
    pub(crate) fn browse(&self, filter: &DocFilter, page: Page) -> Found {
        let all: Vec<u32> = (0..self.docs.len() as u32)
            .filter(|i| filter.matches(&self.docs[*i as usize]) && filter.allows(*i))
            .collect();
        let limit = page.limit.min(MAX_LIMIT);
        let mut ordered: Vec<(u32, f32)> = all.iter().map(|doc| (*doc, 1.0)).collect();
        if let Some(distances) = &filter.nearest {
            by_distance(&mut ordered, distances);
        }
        Found {
            total: all.len(),
            hits: ordered.into_iter().skip(page.offset).take(limit).collect(),
            facets: self.facet_counts(&all),
            relaxed: false,
            highlighter: Highlighter::nothing(),
        }
    }
}
