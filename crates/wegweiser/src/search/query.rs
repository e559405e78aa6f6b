//! From query text to a tantivy query: words, their forms in each locale's analysis,
//! typo and prefix expansion, and weights by where a locale stands in the reader's chain.

use std::sync::Arc;

use levenshtein_automata::DFA;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{InvertedIndexReader, Searcher, SegmentReader, Term};

use super::analyzer::{words, Analyzer};
use super::expand::{expansion_boost, Expander};
use super::forms::WordForms;
use super::index::SearchIndex;
use super::request::{MAX_QUERY_CHARS, MAX_QUERY_WORDS};
use crate::l10n::LocaleChain;

/// The words of a query: only the first [`MAX_QUERY_WORDS`] of the first
/// [`MAX_QUERY_CHARS`] characters count.
pub(crate) struct QueryText {
    text: String,
    spans: Vec<(usize, usize)>,
    /// The text ends inside its last word: it may be typed on (a prefix).
    pub ends_in_word: bool,
}

impl QueryText {
    pub(crate) fn new(query: &str) -> QueryText {
        let text: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let spans = words(&text);
        let ends_in_word = spans.last().is_some_and(|(_, end)| *end == text.len());
        QueryText {
            spans: spans.into_iter().take(MAX_QUERY_WORDS).collect(),
            text,
            ends_in_word,
        }
    }

    pub(crate) fn words(&self) -> Vec<&str> {
        self.spans.iter().map(|(s, e)| &self.text[*s..*e]).collect()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

pub(super) fn term_query(field: Field, text: &str, boost: f32) -> Box<dyn Query> {
    let term = Term::from_field_text(field, text);
    Box::new(BoostQuery::new(
        Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
        boost,
    ))
}

/// The term dictionaries of the index's fields, opened as needed: a query leaves out the
/// terms no document has (most of them, with nine locales), which scores the same and
/// spares tantivy a weight and a scorer for each.
pub(super) struct Dictionaries<'s> {
    segment: Option<&'s SegmentReader>,
    open: Vec<(Field, Option<Arc<InvertedIndexReader>>)>,
}

impl<'s> Dictionaries<'s> {
    pub(super) fn new(searcher: &'s Searcher) -> Dictionaries<'s> {
        Dictionaries {
            segment: searcher.segment_readers().first(),
            open: Vec::new(),
        }
    }

    fn has(&mut self, field: Field, text: &str) -> bool {
        let at = match self.open.iter().position(|(f, _)| *f == field) {
            Some(at) => at,
            None => {
                let reader = self.segment.and_then(|s| s.inverted_index(field).ok());
                self.open.push((field, reader));
                self.open.len() - 1
            }
        };
        self.open[at]
            .1
            .as_ref()
            .is_some_and(|reader| matches!(reader.terms().get(text.as_bytes()), Ok(Some(_))))
    }
}

impl SearchIndex {
    /// Exact forms of a word in one field: stem, unstemmed form, compound parts, synonyms;
    /// `None` when the field has none of them.
    fn exact_query(
        field: Field,
        forms: &WordForms,
        terms: &mut Dictionaries<'_>,
    ) -> Option<Box<dyn Query>> {
        let mut exact = |text: &str, boost: f32| -> Option<Box<dyn Query>> {
            terms
                .has(field, text)
                .then(|| term_query(field, text, boost))
        };
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        alternatives.extend(exact(&forms.stem, 2.0).map(|q| (Occur::Should, q)));
        if forms.normalized != forms.stem {
            alternatives.extend(exact(&forms.normalized, 2.0).map(|q| (Occur::Should, q)));
        }
        if forms.parts.len() > 1 {
            // Every part is required: one missing part and the whole goes.
            let all_parts: Option<Vec<(Occur, Box<dyn Query>)>> = forms
                .parts
                .iter()
                .map(|p| exact(p, 1.0).map(|q| (Occur::Must, q)))
                .collect();
            if let Some(all_parts) = all_parts {
                alternatives.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(BooleanQuery::new(all_parts)), 0.8)),
                ));
            }
        }
        for synonym in &forms.synonyms {
            alternatives.extend(exact(synonym, 1.2).map(|q| (Occur::Should, q)));
        }
        (!alternatives.is_empty())
            .then(|| Box::new(BooleanQuery::new(alternatives)) as Box<dyn Query>)
    }

    /// The query for one word over every field, weighted by where the locale stands.
    pub(super) fn word_clause(
        &self,
        searcher: &Searcher,
        word: &str,
        prefix: bool,
        chain: &LocaleChain,
    ) -> Option<Box<dyn Query>> {
        // Several locales share an analyzer, and several analyzers give the same
        // normalized word: analyze once per analyzer, build one automaton per word.
        let mut analyzed: Vec<(Analyzer, Option<WordForms>)> = Vec::new();
        let mut automata: Vec<(String, Option<DFA>)> = Vec::new();
        let mut forms_for = |analyzer: Analyzer| -> Option<WordForms> {
            if let Some((_, forms)) = analyzed.iter().find(|(a, _)| *a == analyzer) {
                return forms.clone();
            }
            let forms = self.words.forms(analyzer, word, prefix);
            analyzed.push((analyzer, forms.clone()));
            forms
        };
        let mut expansions = |field: Field, forms: &WordForms| -> Vec<(String, u8)> {
            let at = match automata.iter().position(|(w, _)| *w == forms.normalized) {
                Some(at) => at,
                None => {
                    automata.push((forms.normalized.clone(), self.expander.automaton(forms)));
                    automata.len() - 1
                }
            };
            match &automata[at].1 {
                Some(dfa) => Expander::expand(searcher, field, forms, dfa),
                None => Vec::new(),
            }
        };
        let mut terms = Dictionaries::new(searcher);
        let mut fields: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for locale_fields in &self.fields.locales {
            let position = chain
                .locales()
                .iter()
                .position(|l| l == &locale_fields.locale);
            // Requested locale first, then its fallbacks, then the rest.
            let (weight, fuzzy) = match position {
                Some(0) => (1.0, true),
                Some(_) => (0.6, true),
                None => (0.3, false),
            };
            let Some(forms) = forms_for(locale_fields.analyzer) else {
                continue;
            };
            if let Some(title) = Self::exact_query(locale_fields.title, &forms, &mut terms) {
                fields.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(title, 3.0 * weight)),
                ));
            }
            if let Some(body) = Self::exact_query(locale_fields.body, &forms, &mut terms) {
                fields.push((Occur::Should, Box::new(BoostQuery::new(body, weight))));
            }
            if fuzzy {
                // The body holds the title's words too, so its dictionary has every term.
                for (term, distance) in expansions(locale_fields.body, &forms) {
                    let boost = expansion_boost(distance) * weight;
                    if terms.has(locale_fields.title, &term) {
                        fields.push((
                            Occur::Should,
                            term_query(locale_fields.title, &term, 3.0 * boost),
                        ));
                    }
                    fields.push((Occur::Should, term_query(locale_fields.body, &term, boost)));
                }
            }
        }
        let places = self.fields.places;
        let forms = forms_for(Analyzer::Folding)?;
        if let Some(exact) = Self::exact_query(places, &forms, &mut terms) {
            fields.push((Occur::Should, Box::new(BoostQuery::new(exact, 2.0))));
        }
        for (term, distance) in expansions(places, &forms) {
            fields.push((
                Occur::Should,
                term_query(places, &term, 2.0 * expansion_boost(distance)),
            ));
        }
        Some(Box::new(BooleanQuery::new(fields)))
    }
}
