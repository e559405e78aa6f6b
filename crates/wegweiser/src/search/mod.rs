//! Full-text search across languages with tantivy: per-language analysis, fallback-aware
//! weighting, typo tolerance, prefixes, synonyms, filters, facets and safe highlights.

pub mod analyzer;
pub mod relevance;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tantivy::collector::{Collector, SegmentCollector, TopDocs};
use tantivy::directory::RamDirectory;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, STRING};
use tantivy::{Index, IndexReader, IndexSettings, ReloadPolicy, TantivyDocument, Term};
use unic_langid::LanguageIdentifier;

use crate::directory::{Directory, Locale};
use crate::error::{Error, Result};
use crate::kind::Kind;
use crate::l10n::LocaleChain;
use analyzer::{words, Analyzer, Vocabulary};

/// The most characters of a query that are looked at; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 256;
/// The most words of a query that are searched for.
pub const MAX_QUERY_WORDS: usize = 10;
/// The most hits one request returns.
pub const MAX_LIMIT: usize = 200;

/// What to search for. Every field but `query` is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
}

/// A range of characters (Unicode scalar values, not bytes) in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
}

/// Facet counts over every hit (not only the returned page).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facets {
    pub kind: BTreeMap<String, usize>,
    pub field: BTreeMap<String, usize>,
    pub municipality: BTreeMap<String, usize>,
    pub offered_in: BTreeMap<String, usize>,
    pub target_group: BTreeMap<String, usize>,
    pub free: BTreeMap<String, usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<SearchHit>,
    pub facets: Facets,
    /// The locale results are shown in.
    pub locale: String,
    /// True when no hit had every word, so hits with some of them are shown.
    pub relaxed: bool,
}

/// The page of scored hits and every matching document.
type Matches = (Vec<(f32, tantivy::DocAddress)>, Vec<u32>);

/// One searchable entity.
#[derive(Debug, Clone)]
pub(crate) struct Doc {
    pub(crate) kind: Kind,
    pub(crate) id: String,
    /// Positions of this document's facet values in `SearchIndex::facet_values`.
    facet_ids: Vec<u32>,
    fields: Vec<String>,
    pub(crate) municipalities: Vec<String>,
    languages: Vec<String>,
    target_groups: Vec<String>,
    free: Option<bool>,
}

struct LocaleFields {
    locale: LanguageIdentifier,
    analyzer: Analyzer,
    title: Field,
    body: Field,
}

/// Every searchable entity with its facet values, in index order: enough to list, filter
/// and count without the full-text index, which an empty query does not need.
pub(crate) struct DocTable {
    pub(crate) docs: Vec<Doc>,
    /// Every (facet, value) pair once; documents refer to them by position.
    facet_values: Vec<(FacetName, String)>,
}

impl DocTable {
    pub(crate) fn build(directory: &Directory) -> DocTable {
        let mut docs = Vec::new();
        let mut facet_values: Vec<(FacetName, String)> = Vec::new();
        let mut facet_lookup: HashMap<(FacetName, String), u32> = HashMap::new();
        for kind in SEARCHABLE {
            for (index_in_kind, id) in crate::kind::ids(directory.data(), kind)
                .into_iter()
                .enumerate()
            {
                let mut doc = describe(directory, kind, index_in_kind, id);
                doc.facet_ids = doc
                    .facet_pairs()
                    .map(|pair| intern(&mut facet_values, &mut facet_lookup, pair))
                    .collect();
                docs.push(doc);
            }
        }
        DocTable { docs, facet_values }
    }
}

/// The search index of a directory, built once (lazily) per directory.
pub struct SearchIndex {
    reader: IndexReader,
    pub(crate) table: Arc<DocTable>,
    locales: Vec<LocaleFields>,
    places: Field,
    facet_fields: FacetFields,
    vocabulary: Arc<Vocabulary>,
    /// Levenshtein automaton builders for 0, 1 and 2 typos, built when first needed.
    levenshtein: [std::sync::OnceLock<levenshtein_automata::LevenshteinAutomatonBuilder>; 3],
    /// Synonym groups per analyzer, as normalized words.
    synonyms: Vec<(Analyzer, Vec<String>)>,
}

struct FacetFields {
    kind: Field,
    field: Field,
    municipality: Field,
    language: Field,
    target_group: Field,
    free: Field,
}

/// Kinds that are searched.
pub const SEARCHABLE: [Kind; 4] = [
    Kind::Service,
    Kind::Measure,
    Kind::Organization,
    Kind::Field,
];

/// Texts of a kind that go into the body field, with weights by repetition.
fn body_attributes(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Service => &[
            "description",
            "keywords",
            "eligibility",
            "cost-note",
            "appointment-note",
        ],
        Kind::Measure => &["description"],
        Kind::Organization => &["description"],
        _ => &["description"],
    }
}

impl SearchIndex {
    pub(crate) fn build(directory: &Directory, table: Arc<DocTable>) -> Result<SearchIndex> {
        let data = directory.data();
        let locales = directory.locales();
        let mut builder = Schema::builder();
        let text_for = |analyzer: Analyzer| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(&tokenizer_name(analyzer))
                    .set_index_option(IndexRecordOption::WithFreqs),
            )
        };
        let mut locale_fields = Vec::new();
        for locale in &locales {
            let tag = locale.to_string().replace('-', "_");
            let analyzer = Analyzer::for_locale(locale);
            locale_fields.push(LocaleFields {
                locale: locale.clone(),
                analyzer,
                title: builder.add_text_field(&format!("title_{tag}"), text_for(analyzer)),
                body: builder.add_text_field(&format!("body_{tag}"), text_for(analyzer)),
            });
        }
        let places = builder.add_text_field("places", text_for(Analyzer::Folding));
        let facet_fields = FacetFields {
            kind: builder.add_text_field("kind", STRING),
            field: builder.add_text_field("field", STRING),
            municipality: builder.add_text_field("municipality", STRING),
            language: builder.add_text_field("language", STRING),
            target_group: builder.add_text_field("target_group", STRING),
            free: builder.add_text_field("free", STRING),
        };
        let schema = builder.build();

        // German compound parts are found in the directory's own German words.
        let source = directory.locale(&[directory.source_locale().to_string()])?;
        let mut german_texts: Vec<String> = Vec::new();
        for kind in SEARCHABLE {
            for id in crate::kind::ids(data, kind) {
                german_texts.extend(
                    directory
                        .texts(&source, kind, id)
                        .into_values()
                        .map(|t| t.text),
                );
            }
        }
        let vocabulary = Arc::new(Vocabulary::from_texts(
            german_texts.iter().map(String::as_str),
        ));
        let tokenizers = tantivy::tokenizer::TokenizerManager::default();
        for analyzer in Analyzer::ALL {
            let tokenizer = AnalyzerTokenizer {
                analyzer,
                vocabulary: Arc::clone(&vocabulary),
                tokens: Vec::new(),
                cache: HashMap::new(),
            };
            tokenizers.register(&tokenizer_name(analyzer), tokenizer);
        }

        let index = Index::builder()
            .schema(schema)
            .tokenizers(tokenizers)
            .settings(IndexSettings {
                // Works the same natively and in WebAssembly, which has no threads.
                docstore_compress_dedicated_thread: false,
                ..IndexSettings::default()
            })
            // One segment: document ids are the positions in `docs`, and no thread is
            // needed, so the same code runs in WebAssembly.
            .single_segment_index_writer(RamDirectory::create(), 50_000_000)
            .map_err(search_error)?;
        let mut writer = index;

        for doc in &table.docs {
            let (kind, id) = (doc.kind, doc.id.as_str());
            let mut document = TantivyDocument::default();
            for fields in &locale_fields {
                let chain = LocaleChain::only(fields.locale.clone());
                let title = directory
                    .catalog()
                    .format(&chain, &kind.message_id(id), None, None);
                if let Some(title) = title {
                    document.add_text(fields.body, &title.text);
                    document.add_text(fields.title, &title.text);
                }
                for attribute in body_attributes(kind) {
                    if let Some(text) = directory.catalog().format(
                        &chain,
                        &kind.message_id(id),
                        Some(attribute),
                        None,
                    ) {
                        document.add_text(fields.body, &text.text);
                    }
                }
            }
            let place_names = place_names(directory, &doc.municipalities);
            document.add_text(places, &place_names);
            document.add_text(facet_fields.kind, kind.as_str());
            for value in &doc.fields {
                document.add_text(facet_fields.field, value);
            }
            for value in &doc.municipalities {
                document.add_text(facet_fields.municipality, value);
            }
            for value in &doc.languages {
                document.add_text(facet_fields.language, value);
            }
            for value in &doc.target_groups {
                document.add_text(facet_fields.target_group, value);
            }
            if let Some(free) = doc.free {
                document.add_text(facet_fields.free, free_value(free));
            }
            writer.add_document(document).map_err(search_error)?;
        }
        let index = writer.finalize().map_err(search_error)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(search_error)?;

        let synonyms = data
            .synonyms
            .iter()
            .filter_map(|set| {
                let locale: LanguageIdentifier = set.locale.parse().ok()?;
                let analyzer = Analyzer::for_locale(&locale);
                Some((
                    analyzer,
                    set.words.iter().map(|w| analyzer.normalize(w)).collect(),
                ))
            })
            .collect();
        Ok(SearchIndex {
            reader,
            table,
            locales: locale_fields,
            places,
            facet_fields,
            vocabulary,
            levenshtein: Default::default(),
            synonyms,
        })
    }
}

/// The most terms one word expands to per field (typos and prefixes), to bound the work.
const MAX_EXPANSIONS: usize = 32;

/// Weight of a term found by typo tolerance or as a completion, below an exact match (2.0).
fn expansion_boost(distance: u8) -> f32 {
    match distance {
        0 => 1.0,
        1 => 0.5,
        _ => 0.3,
    }
}

fn term_query(field: Field, text: &str, boost: f32) -> Box<dyn Query> {
    let term = Term::from_field_text(field, text);
    Box::new(BoostQuery::new(
        Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
        boost,
    ))
}

/// A Levenshtein automaton over the term dictionary.
struct DfaRef<'a>(&'a levenshtein_automata::DFA);

impl tantivy_fst::Automaton for DfaRef<'_> {
    type State = u32;

    fn start(&self) -> u32 {
        self.0.initial_state()
    }

    fn is_match(&self, state: &u32) -> bool {
        matches!(
            self.0.distance(*state),
            levenshtein_automata::Distance::Exact(_)
        )
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != levenshtein_automata::SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        self.0.transition(*state, byte)
    }
}

/// The facets results are counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum FacetName {
    Kind,
    Field,
    Municipality,
    OfferedIn,
    TargetGroup,
    Free,
}

fn intern(
    values: &mut Vec<(FacetName, String)>,
    lookup: &mut HashMap<(FacetName, String), u32>,
    pair: (FacetName, String),
) -> u32 {
    *lookup.entry(pair.clone()).or_insert_with(|| {
        values.push(pair);
        (values.len() - 1) as u32
    })
}

impl Doc {
    fn facet_pairs(&self) -> impl Iterator<Item = (FacetName, String)> + '_ {
        std::iter::once((FacetName::Kind, self.kind.as_str().to_owned()))
            .chain(self.fields.iter().map(|v| (FacetName::Field, v.clone())))
            .chain(
                self.municipalities
                    .iter()
                    .map(|v| (FacetName::Municipality, v.clone())),
            )
            .chain(
                self.languages
                    .iter()
                    .map(|v| (FacetName::OfferedIn, v.clone())),
            )
            .chain(
                self.target_groups
                    .iter()
                    .map(|v| (FacetName::TargetGroup, v.clone())),
            )
            .chain(
                self.free
                    .map(|f| (FacetName::Free, free_value(f).to_owned())),
            )
    }
}

impl DocTable {
    /// Counts facet values over the matching documents with plain arrays, then names them.
    fn facet_counts(&self, matching: &[u32]) -> Facets {
        let mut counts = vec![0usize; self.facet_values.len()];
        for doc in matching {
            for id in &self.docs[*doc as usize].facet_ids {
                counts[*id as usize] += 1;
            }
        }
        let mut facets = Facets::default();
        for ((name, value), count) in self.facet_values.iter().zip(counts) {
            if count == 0 {
                continue;
            }
            let map = match name {
                FacetName::Kind => &mut facets.kind,
                FacetName::Field => &mut facets.field,
                FacetName::Municipality => &mut facets.municipality,
                FacetName::OfferedIn => &mut facets.offered_in,
                FacetName::TargetGroup => &mut facets.target_group,
                FacetName::Free => &mut facets.free,
            };
            map.insert(value.clone(), count);
        }
        facets
    }
}

fn search_error(error: tantivy::TantivyError) -> Error {
    Error::Search(error.to_string())
}

fn tokenizer_name(analyzer: Analyzer) -> String {
    format!("wegweiser-{}", analyzer.name())
}

/// The analyzers as tantivy tokenizers, so tantivy indexes raw text with them.
#[derive(Clone)]
struct AnalyzerTokenizer {
    analyzer: Analyzer,
    vocabulary: Arc<Vocabulary>,
    tokens: Vec<tantivy::tokenizer::Token>,
    /// Terms of each word seen so far: directories repeat their words a lot, and
    /// stemming and compound splitting are the dear part of indexing.
    cache: HashMap<String, Vec<String>>,
}

struct AnalyzerTokenStream<'a> {
    tokens: &'a [tantivy::tokenizer::Token],
    cursor: usize,
    // tantivy may ask for the current token before the first `advance`.
    empty: tantivy::tokenizer::Token,
}

impl tantivy::tokenizer::Tokenizer for AnalyzerTokenizer {
    type TokenStream<'a> = AnalyzerTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> AnalyzerTokenStream<'a> {
        self.tokens.clear();
        for (position, (start, end)) in words(text).into_iter().enumerate() {
            let word = &text[start..end];
            if !self.cache.contains_key(word) {
                let terms = self
                    .analyzer
                    .index_terms(word, Some(&self.vocabulary))
                    .into_iter()
                    .map(|t| t.term)
                    .collect();
                self.cache.insert(word.to_owned(), terms);
            }
            for term in &self.cache[word] {
                self.tokens.push(tantivy::tokenizer::Token {
                    offset_from: start,
                    offset_to: end,
                    position,
                    text: term.clone(),
                    position_length: 1,
                });
            }
        }
        AnalyzerTokenStream {
            tokens: &self.tokens,
            cursor: 0,
            empty: tantivy::tokenizer::Token::default(),
        }
    }
}

impl tantivy::tokenizer::TokenStream for AnalyzerTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if self.cursor < self.tokens.len() {
            self.cursor += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &tantivy::tokenizer::Token {
        self.cursor
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .unwrap_or(&self.empty)
    }

    fn token_mut(&mut self) -> &mut tantivy::tokenizer::Token {
        match self.cursor.checked_sub(1) {
            Some(i) if i < self.tokens.len() => {
                // Tokens are only read through this stream; a copy keeps the slice shared.
                self.empty = self.tokens[i].clone();
                &mut self.empty
            }
            _ => &mut self.empty,
        }
    }
}

/// Names of the municipalities (German and Sorbian) and of their Ämter.
fn place_names(directory: &Directory, municipalities: &[String]) -> String {
    let mut names = Vec::new();
    for id in municipalities {
        let Some(m) = directory.data().municipalities.iter().find(|m| &m.id == id) else {
            continue;
        };
        names.push(m.name_de.clone());
        names.extend(m.name_dsb.clone());
        if let Some(amt) = m
            .amt
            .as_ref()
            .and_then(|a| directory.data().municipalities.iter().find(|x| &x.id == a))
        {
            names.push(amt.name_de.clone());
            names.extend(amt.name_dsb.clone());
        }
    }
    names.join(" · ")
}

fn describe(directory: &Directory, kind: Kind, index: usize, id: &str) -> Doc {
    let data = directory.data();
    let mut doc = Doc {
        kind,
        id: id.to_owned(),
        facet_ids: Vec::new(),
        fields: Vec::new(),
        municipalities: Vec::new(),
        languages: Vec::new(),
        target_groups: Vec::new(),
        free: None,
    };
    match kind {
        Kind::Service => {
            let s = &data.services[index];
            doc.fields = s.fields.clone();
            doc.municipalities = directory
                .service_municipalities(s)
                .into_iter()
                .map(str::to_owned)
                .collect();
            doc.languages = s.languages.clone();
            doc.target_groups = s.target_groups.clone();
            doc.free = s.cost.map(|c| c.free);
        }
        Kind::Measure => {
            let m = &data.measures[index];
            doc.fields = vec![m.field.clone()];
            let mut places: Vec<String> = Vec::new();
            for service in &m.services {
                if let Ok(s) = directory.service(service) {
                    for place in directory.service_municipalities(s) {
                        if !places.iter().any(|p| p == place) {
                            places.push(place.to_owned());
                        }
                    }
                }
            }
            doc.municipalities = places;
        }
        Kind::Organization => {
            let o = &data.organizations[index];
            doc.municipalities = o.municipality.iter().cloned().collect();
            doc.fields = data
                .services
                .iter()
                .filter(|s| s.provider.as_deref() == Some(id))
                .flat_map(|s| s.fields.iter().cloned())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
        }
        Kind::Field => doc.fields = vec![id.to_owned()],
        _ => {}
    }
    doc
}

/// Meilisearch's rule: no typo up to 4 letters, one up to 8, two from 9.
pub fn typo_budget(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// One query word, analyzed for one analyzer.
#[derive(Debug, Clone)]
struct WordForms {
    /// The normalized, unstemmed word.
    normalized: String,
    /// Its stem.
    stem: String,
    /// German compound parts (stems), if the word splits.
    parts: Vec<String>,
    /// Synonyms (normalized).
    synonyms: Vec<String>,
    typos: u8,
    prefix: bool,
}

impl SearchIndex {
    fn forms(&self, analyzer: Analyzer, word: &str, prefix: bool) -> Option<WordForms> {
        let normalized = analyzer.normalize(word);
        if normalized.is_empty() {
            return None;
        }
        let stem = analyzer.stem(&normalized);
        let parts = if analyzer == Analyzer::German {
            self.vocabulary
                .split(&normalized)
                .iter()
                .map(|p| analyzer.stem(p))
                .collect()
        } else {
            Vec::new()
        };
        let synonyms = self
            .synonyms
            .iter()
            .filter(|(a, words)| *a == analyzer && words.contains(&normalized))
            .flat_map(|(_, words)| words.iter().filter(|w| **w != normalized).cloned())
            .collect();
        Some(WordForms {
            typos: typo_budget(&normalized),
            normalized,
            stem,
            parts,
            synonyms,
            prefix,
        })
    }

    /// Exact forms of a word in one field: stem, unstemmed form, compound parts, synonyms.
    fn exact_query(&self, field: Field, forms: &WordForms) -> Box<dyn Query> {
        let exact = |text: &str, boost: f32| -> Box<dyn Query> {
            let term = Term::from_field_text(field, text);
            Box::new(BoostQuery::new(
                Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                boost,
            ))
        };
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Should, exact(&forms.stem, 2.0))];
        if forms.normalized != forms.stem {
            alternatives.push((Occur::Should, exact(&forms.normalized, 2.0)));
        }
        if forms.parts.len() > 1 {
            let all_parts: Vec<(Occur, Box<dyn Query>)> = forms
                .parts
                .iter()
                .map(|p| (Occur::Must, exact(p, 1.0)))
                .collect();
            alternatives.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(BooleanQuery::new(all_parts)), 0.8)),
            ));
        }
        for synonym in &forms.synonyms {
            alternatives.push((Occur::Should, exact(synonym, 1.2)));
        }
        Box::new(BooleanQuery::new(alternatives))
    }

    /// Terms of `field` within the word's typo budget (for the last word: terms it is a
    /// prefix of, within the budget), with their distance. At most [`MAX_EXPANSIONS`].
    fn expand(&self, field: Field, forms: &WordForms) -> Vec<(String, u8)> {
        if forms.typos == 0 && !forms.prefix {
            return Vec::new();
        }
        let builder = self.levenshtein(forms.typos);
        let dfa = if forms.prefix {
            builder.build_prefix_dfa(&forms.normalized)
        } else {
            builder.build_dfa(&forms.normalized)
        };
        let searcher = self.reader.searcher();
        let Some(segment) = searcher.segment_readers().first() else {
            return Vec::new();
        };
        let Ok(inverted) = segment.inverted_index(field) else {
            return Vec::new();
        };
        let Ok(mut stream) = inverted.terms().search(DfaRef(&dfa)).into_stream() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        while stream.advance() && out.len() < MAX_EXPANSIONS {
            let Ok(text) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            if text == forms.normalized || text == forms.stem {
                continue;
            }
            if let levenshtein_automata::Distance::Exact(distance) = dfa.eval(stream.key()) {
                out.push((text.to_owned(), distance));
            }
        }
        out
    }

    fn levenshtein(&self, distance: u8) -> &levenshtein_automata::LevenshteinAutomatonBuilder {
        let index = usize::from(distance.min(2));
        self.levenshtein[index].get_or_init(|| {
            levenshtein_automata::LevenshteinAutomatonBuilder::new(distance.min(2), true)
        })
    }

    /// The query for one word over every field, weighted by where the locale stands.
    fn word_clause(&self, word: &str, prefix: bool, chain: &LocaleChain) -> Option<Box<dyn Query>> {
        let mut fields: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for locale_fields in &self.locales {
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
            let Some(forms) = self.forms(locale_fields.analyzer, word, prefix) else {
                continue;
            };
            let title = self.exact_query(locale_fields.title, &forms);
            let body = self.exact_query(locale_fields.body, &forms);
            fields.push((
                Occur::Should,
                Box::new(BoostQuery::new(title, 3.0 * weight)),
            ));
            fields.push((Occur::Should, Box::new(BoostQuery::new(body, weight))));
            if fuzzy {
                // The body holds the title's words too, so its dictionary has every term.
                for (term, distance) in self.expand(locale_fields.body, &forms) {
                    let boost = expansion_boost(distance) * weight;
                    fields.push((
                        Occur::Should,
                        term_query(locale_fields.title, &term, 3.0 * boost),
                    ));
                    fields.push((Occur::Should, term_query(locale_fields.body, &term, boost)));
                }
            }
        }
        let forms = self.forms(Analyzer::Folding, word, prefix)?;
        fields.push((
            Occur::Should,
            Box::new(BoostQuery::new(self.exact_query(self.places, &forms), 2.0)),
        ));
        for (term, distance) in self.expand(self.places, &forms) {
            fields.push((
                Occur::Should,
                term_query(self.places, &term, 2.0 * expansion_boost(distance)),
            ));
        }
        Some(Box::new(BooleanQuery::new(fields)))
    }
}

impl Directory {
    /// Searches services, measures, organizations and fields of action.
    ///
    /// Any string is a valid query; only the first [`MAX_QUERY_WORDS`] words of the first
    /// [`MAX_QUERY_CHARS`] characters count. Filters that name nothing the directory knows
    /// are errors ([`Error::NotFound`]); a bad locale tag is [`Error::Locale`].
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        let locale = if request.locales.is_empty() {
            self.locale(&[self.source_locale().to_string()])?
        } else {
            self.locale(&request.locales)?
        };
        let text: String = request.query.chars().take(MAX_QUERY_CHARS).collect();
        let spans = words(&text);
        let ends_in_word = spans.last().is_some_and(|(_, end)| *end == text.len());
        let query_words: Vec<&str> = spans
            .iter()
            .take(MAX_QUERY_WORDS)
            .map(|(s, e)| &text[*s..*e])
            .collect();
        if query_words.is_empty() {
            return self.browse(&locale, request);
        }
        let index = self.search_index()?;
        let last = query_words.len().saturating_sub(1);
        let clauses: Vec<Box<dyn Query>> = query_words
            .iter()
            .enumerate()
            .filter_map(|(i, word)| {
                index.word_clause(word, i == last && ends_in_word, locale.chain())
            })
            .collect();

        let filters = self
            .resolve_filter(&index.table, request)?
            .clauses(&index.facet_fields);
        let searcher = index.reader.searcher();
        let limit = request.limit.clamp(1, MAX_LIMIT);
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
            let collector = (
                TopDocs::with_limit(limit)
                    .and_offset(request.offset)
                    .order_by_score(),
                DocIds,
            );
            searcher.search(&query, &collector).map_err(search_error)
        };
        let (mut top, mut all) = run(Occur::Must)?;
        let mut relaxed = false;
        if all.is_empty() && clauses.len() > 1 {
            (top, all) = run(Occur::Should)?;
            relaxed = true;
        }

        let facets = index.table.facet_counts(&all);
        let matcher = Matcher::new(index, &query_words, ends_in_word);
        let hits = top
            .into_iter()
            .map(|(score, address)| {
                let doc = &index.table.docs[address.doc_id as usize];
                self.hit(&locale, doc, score, &matcher)
            })
            .collect();
        Ok(SearchResults {
            total: all.len(),
            hits,
            facets,
            locale: locale.primary().to_string(),
            relaxed,
        })
    }

    /// A query without words lists every entity that passes the filters, in index order,
    /// without building the full-text index: a page can show its first listing at once.
    fn browse(&self, locale: &Locale, request: &SearchRequest) -> Result<SearchResults> {
        let table = self.search_docs();
        let filter = self.resolve_filter(table, request)?;
        let all: Vec<u32> = (0..table.docs.len() as u32)
            .filter(|i| filter.matches(&table.docs[*i as usize]))
            .collect();
        let limit = request.limit.clamp(1, MAX_LIMIT);
        let matcher = Matcher::nothing();
        let hits = all
            .iter()
            .skip(request.offset)
            .take(limit)
            .map(|i| self.hit(locale, &table.docs[*i as usize], 1.0, &matcher))
            .collect();
        Ok(SearchResults {
            total: all.len(),
            hits,
            facets: table.facet_counts(&all),
            locale: locale.primary().to_string(),
            relaxed: false,
        })
    }

    fn hit(&self, locale: &Locale, doc: &Doc, score: f32, matcher: &Matcher) -> SearchHit {
        let title = self.name(locale, doc.kind, &doc.id);
        let description = self
            .text(locale, doc.kind, &doc.id, Some("description"))
            .unwrap_or_else(|| title.clone());
        let (snippet, highlights) = matcher.snippet(&description.text, &description.locale, 180);
        let (_, title_highlights) = matcher.snippet(&title.text, &title.locale, usize::MAX);
        SearchHit {
            kind: doc.kind,
            id: doc.id.clone(),
            title: title.text,
            title_locale: title.locale,
            title_highlights,
            snippet,
            snippet_locale: description.locale,
            highlights,
            score,
        }
    }

    /// Checks a request's filters against the directory and resolves them to facet values.
    fn resolve_filter(&self, table: &DocTable, request: &SearchRequest) -> Result<ResolvedFilter> {
        if let Some(field) = &request.field {
            self.field(field)?;
        }
        let municipalities = match &request.municipality {
            Some(municipality) => Some(
                self.municipality_scope(municipality)?
                    .into_iter()
                    .map(str::to_owned)
                    .collect(),
            ),
            None => None,
        };
        let languages = match &request.offered_in {
            Some(language) => {
                let wanted = crate::l10n::parse_locale(language)?;
                // The tags as written in the data that cover the wanted language.
                let tags: Vec<String> = table
                    .docs
                    .iter()
                    .flat_map(|d| d.languages.iter())
                    .filter(|t| {
                        t.parse::<LanguageIdentifier>()
                            .is_ok_and(|t| t.language == wanted.language)
                    })
                    .cloned()
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect();
                Some(if tags.is_empty() {
                    vec![wanted.to_string()]
                } else {
                    tags
                })
            }
            None => None,
        };
        if let Some(group) = &request.target_group {
            if !self.data().target_groups.iter().any(|t| &t.id == group) {
                return Err(Error::NotFound {
                    kind: "target group",
                    id: group.clone(),
                    suggestion: crate::structure::closest(
                        group,
                        self.data().target_groups.iter().map(|t| t.id.as_str()),
                    )
                    .map(str::to_owned),
                });
            }
        }
        Ok(ResolvedFilter {
            kinds: request.kinds.clone(),
            field: request.field.clone(),
            municipalities,
            languages,
            target_group: request.target_group.clone(),
            free: request.free,
        })
    }
}

/// The facet value of "free of charge", in the index and in the documents table.
fn free_value(free: bool) -> &'static str {
    if free {
        "yes"
    } else {
        "no"
    }
}

/// A request's filters, checked and resolved (an Amt to its members, a language to the
/// tags the data uses). The index and the plain listing apply the same values.
struct ResolvedFilter {
    kinds: Vec<Kind>,
    field: Option<String>,
    municipalities: Option<Vec<String>>,
    languages: Option<Vec<String>>,
    target_group: Option<String>,
    free: Option<bool>,
}

impl ResolvedFilter {
    /// The filters as required clauses of an index query.
    fn clauses(&self, f: &FacetFields) -> Vec<Box<dyn Query>> {
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

    /// Whether a document passes, without the index (the same test as [`Self::clauses`]).
    fn matches(&self, doc: &Doc) -> bool {
        let any = |have: &[String], wanted: &[String]| have.iter().any(|h| wanted.contains(h));
        (self.kinds.is_empty() || self.kinds.contains(&doc.kind))
            && self.field.as_ref().is_none_or(|f| doc.fields.contains(f))
            && self
                .municipalities
                .as_ref()
                .is_none_or(|scope| any(&doc.municipalities, scope))
            && self
                .languages
                .as_ref()
                .is_none_or(|tags| any(&doc.languages, tags))
            && self
                .target_group
                .as_ref()
                .is_none_or(|g| doc.target_groups.contains(g))
            && self.free.is_none_or(|free| doc.free == Some(free))
    }
}

/// Finds the words of a text that a query matched, for highlighting.
struct Matcher {
    /// Per analyzer: the forms of each query word.
    forms: HashMap<Analyzer, Vec<WordForms>>,
    vocabulary: Arc<Vocabulary>,
    /// Words already judged in this query's hits: descriptions share many words.
    seen: std::cell::RefCell<HashMap<(Analyzer, String), bool>>,
}

impl Matcher {
    /// Matches no word: snippets are the start of the text.
    fn nothing() -> Matcher {
        Matcher {
            forms: HashMap::new(),
            vocabulary: Arc::new(Vocabulary::from_texts(std::iter::empty())),
            seen: Default::default(),
        }
    }

    fn new(index: &SearchIndex, query_words: &[&str], ends_in_word: bool) -> Matcher {
        let last = query_words.len().saturating_sub(1);
        let forms = Analyzer::ALL
            .into_iter()
            .map(|analyzer| {
                let forms = query_words
                    .iter()
                    .enumerate()
                    .filter_map(|(i, w)| index.forms(analyzer, w, i == last && ends_in_word))
                    .collect();
                (analyzer, forms)
            })
            .collect();
        Matcher {
            forms,
            vocabulary: Arc::clone(&index.vocabulary),
            seen: Default::default(),
        }
    }

    fn matches(&self, analyzer: Analyzer, normalized: &str, stem: &str, parts: &[String]) -> bool {
        self.forms.get(&analyzer).is_some_and(|forms| {
            forms.iter().any(|q| {
                q.stem == stem
                    || q.normalized == normalized
                    || q.synonyms.iter().any(|s| s == normalized)
                    || (q.parts.len() > 1 && q.parts.iter().all(|p| parts.contains(p)))
                    || parts.contains(&q.stem)
                    || (q.typos > 0
                        && (within_distance(&q.normalized, normalized, q.typos as usize)
                            || within_distance(&q.stem, stem, q.typos as usize)))
                    || (q.prefix && normalized.starts_with(&q.normalized))
            })
        })
    }

    /// Whether a word of a hit's text is one the query matched.
    fn judge(&self, analyzer: Analyzer, word: &str) -> bool {
        let normalized = analyzer.normalize(word);
        if normalized.is_empty() {
            return false;
        }
        let stem = analyzer.stem(&normalized);
        // Compound parts only when the whole word did not match: splitting is dear.
        self.matches(analyzer, &normalized, &stem, &[])
            || (analyzer == Analyzer::German && normalized.len() >= 8 && {
                let parts: Vec<String> = self
                    .vocabulary
                    .split(&normalized)
                    .iter()
                    .map(|p| analyzer.stem(p))
                    .collect();
                !parts.is_empty() && self.matches(analyzer, &normalized, &stem, &parts)
            })
    }

    /// The text cut to about `width` characters around the first match, with the ranges
    /// of matched words in characters.
    fn snippet(&self, text: &str, locale: &str, width: usize) -> (String, Vec<Highlight>) {
        let analyzer = locale
            .parse::<LanguageIdentifier>()
            .map(|l| Analyzer::for_locale(&l))
            .unwrap_or(Analyzer::Folding);
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let words = if self.forms.values().all(Vec::is_empty) {
            Vec::new()
        } else {
            words(text)
        };
        for (start, end) in words {
            let word = &text[start..end];
            let key = (analyzer, word.to_owned());
            let known = self.seen.borrow().get(&key).copied();
            let matched = match known {
                Some(matched) => matched,
                None => {
                    let matched = self.judge(analyzer, word);
                    self.seen.borrow_mut().insert(key, matched);
                    matched
                }
            };
            if matched {
                ranges.push((start, end));
            }
        }
        let total_chars = text.chars().count();
        if total_chars <= width {
            return (text.to_owned(), to_chars(text, &ranges, 0));
        }
        // A window of `width` characters starting a little before the first match.
        let first = ranges
            .first()
            .map_or(0, |(s, _)| text[..*s].chars().count());
        let start_char = first.saturating_sub(width / 4);
        let start_char = if start_char + width > total_chars {
            total_chars - width
        } else {
            start_char
        };
        let byte_at = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(i, _)| i);
        let (mut from, mut to) = (byte_at(start_char), byte_at(start_char + width));
        // Cut at word boundaries.
        if from > 0 {
            from = text[from..]
                .find(char::is_whitespace)
                .map_or(from, |i| from + i + 1);
        }
        if to < text.len() {
            to = text[..to]
                .rfind(char::is_whitespace)
                .filter(|i| *i > from)
                .unwrap_or(to);
        }
        let prefix = if from > 0 { "… " } else { "" };
        let suffix = if to < text.len() { " …" } else { "" };
        let snippet = format!("{prefix}{}{suffix}", &text[from..to]);
        let shift = prefix.chars().count();
        let inside: Vec<(usize, usize)> = ranges
            .into_iter()
            .filter(|(s, e)| *s >= from && *e <= to)
            .map(|(s, e)| (s - from, e - from))
            .collect();
        let highlights = to_chars(&text[from..to], &inside, shift);
        (snippet, highlights)
    }
}

fn to_chars(text: &str, ranges: &[(usize, usize)], shift: usize) -> Vec<Highlight> {
    ranges
        .iter()
        .map(|(s, e)| {
            let start = text[..*s].chars().count() + shift;
            Highlight {
                start,
                end: start + text[*s..*e].chars().count(),
            }
        })
        .collect()
}

/// Collects the ids of every matching document (the index has one segment).
struct DocIds;

struct SegmentDocIds(Vec<u32>);

impl Collector for DocIds {
    type Fruit = Vec<u32>;
    type Child = SegmentDocIds;

    fn for_segment(
        &self,
        _segment: tantivy::SegmentOrdinal,
        reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<SegmentDocIds> {
        Ok(SegmentDocIds(Vec::with_capacity(
            reader.max_doc() as usize / 8,
        )))
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<u32>>) -> tantivy::Result<Vec<u32>> {
        Ok(fruits.concat())
    }
}

impl SegmentCollector for SegmentDocIds {
    type Fruit = Vec<u32>;

    fn collect(&mut self, doc: tantivy::DocId, _score: tantivy::Score) {
        self.0.push(doc);
    }

    fn harvest(self) -> Vec<u32> {
        self.0
    }
}

/// Whether `a` and `b` are at most `max` edits apart (insert, delete, substitute, swap),
/// without computing the full distance for words that are clearly too far apart.
fn within_distance(a: &str, b: &str, max: usize) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    // Optimal string alignment distance, row by row, stopping once a row exceeds `max`.
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut current = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        if current.iter().min().copied().unwrap_or(0) > max {
            return false;
        }
        before = std::mem::replace(&mut previous, current);
    }
    previous[b.len()] <= max
}

impl Directory {
    /// Builds the search index now rather than on the first search, for example while a
    /// page shows its first listing. Later calls do nothing.
    pub fn prepare_search(&self) -> Result<()> {
        self.search_index().map(|_| ())
    }

    /// Bytes the search index files take (building it if needed): a measure of its size
    /// that does not depend on the allocator.
    pub fn search_index_bytes(&self) -> Result<u64> {
        let index = self.search_index()?;
        let usage = index
            .reader
            .searcher()
            .space_usage()
            .map_err(|e| Error::Search(e.to_string()))?;
        Ok(usage.total().get_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::within_distance;

    #[test]
    fn bounded_edit_distance() {
        assert!(within_distance("integrationskurs", "integrazionskurs", 1));
        assert!(within_distance("forst", "fosrt", 1), "a swap is one edit");
        assert!(!within_distance("forst", "frost", 0));
        assert!(!within_distance("kurs", "beratung", 2));
        assert!(within_distance("", "ab", 2));
    }
}

#[cfg(all(test, feature = "sample"))]
mod filter_tests {
    use super::*;

    #[test]
    fn an_empty_query_lists_without_building_the_index() {
        let directory = Directory::sample().unwrap();
        let listed = directory
            .search(&SearchRequest {
                field: Some("education".into()),
                limit: 5,
                ..SearchRequest::default()
            })
            .unwrap();
        assert!(listed.total > 5 && listed.hits.len() == 5);
        assert!(listed
            .hits
            .iter()
            .all(|h| !h.snippet.is_empty() && h.highlights.is_empty()));
        assert!(directory.search.get().is_none(), "the index was built");
        directory.search(&SearchRequest::new("Kurs")).unwrap();
        assert!(directory.search.get().is_some());
    }

    /// The plain listing (empty query) and the index must apply filters identically.
    #[test]
    fn listing_and_index_filter_the_same_documents() {
        let directory = Directory::sample().unwrap();
        let index = directory.search_index().unwrap();
        let searcher = index.reader.searcher();
        let requests = [
            SearchRequest::default(),
            SearchRequest {
                kinds: vec![Kind::Service, Kind::Organization],
                ..SearchRequest::default()
            },
            SearchRequest {
                field: Some("education".into()),
                ..SearchRequest::default()
            },
            SearchRequest {
                municipality: Some("Amt Peitz".into()),
                ..SearchRequest::default()
            },
            SearchRequest {
                municipality: Some("Grodk".into()),
                offered_in: Some("ar".into()),
                free: Some(true),
                ..SearchRequest::default()
            },
            SearchRequest {
                target_group: Some("refugees".into()),
                kinds: vec![Kind::Service],
                ..SearchRequest::default()
            },
        ];
        for request in &requests {
            let filter = directory.resolve_filter(&index.table, request).unwrap();
            let mut parts: Vec<(Occur, Box<dyn Query>)> =
                vec![(Occur::Must, Box::new(tantivy::query::AllQuery))];
            parts.extend(
                filter
                    .clauses(&index.facet_fields)
                    .into_iter()
                    .map(|c| (Occur::Must, c)),
            );
            let mut by_index = searcher.search(&BooleanQuery::new(parts), &DocIds).unwrap();
            by_index.sort_unstable();
            let listed: Vec<u32> = (0..index.table.docs.len() as u32)
                .filter(|i| filter.matches(&index.table.docs[*i as usize]))
                .collect();
            assert_eq!(listed, by_index, "{request:?}");
            let results = directory.search(request).unwrap();
            assert_eq!(results.total, listed.len(), "{request:?}");
            assert_eq!(results.facets, index.table.facet_counts(&by_index));
        }
        // Some filter of the set actually narrows: the test compares something.
        let all = directory.search(&SearchRequest::default()).unwrap().total;
        let peitz = directory
            .search(&SearchRequest {
                municipality: Some("Amt Peitz".into()),
                ..SearchRequest::default()
            })
            .unwrap()
            .total;
        assert!(0 < peitz && peitz < all, "{peitz} of {all}");
    }
}
