//! Building the full-text index from a corpus: one single-segment tantivy index in
//! memory, the same natively and in WebAssembly.

use std::sync::Arc;

use tantivy::directory::RamDirectory;
use tantivy::{Index, IndexReader, IndexSettings, ReloadPolicy, TantivyDocument};

use super::analyzer::{Analyzer, Vocabulary};
use super::corpus::{body_attributes, Corpus};
use super::documents::Documents;
use super::expand::Expander;
use super::facets::free_value;
use super::forms::WordAnalysis;
use super::schema::{schema, tokenizer_name, Fields};
use super::tokenizer::AnalyzerTokenizer;
use crate::error::{Error, Result};
use crate::l10n::LocaleChain;

/// The search index of a directory, built once (lazily) per directory.
pub(crate) struct SearchIndex {
    /// The index itself, for writing its files out (`persist.rs`, not in the WebAssembly).
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    pub(super) index: Index,
    pub(super) reader: IndexReader,
    pub(super) documents: Arc<Documents>,
    pub(super) fields: Fields,
    pub(super) words: WordAnalysis,
    pub(super) expander: Expander,
}

pub(super) fn search_error(error: tantivy::TantivyError) -> Error {
    Error::Search(error.to_string())
}

/// What searching needs besides the index files, made from the directory itself: the
/// German vocabulary for compounds, the synonyms, and the tokenizers built on them.
pub(super) struct Analysis {
    pub words: WordAnalysis,
    pub tokenizers: tantivy::tokenizer::TokenizerManager,
}

impl Analysis {
    pub(super) fn new(documents: &Documents, corpus: &impl Corpus) -> Analysis {
        // German compound parts are found in the directory's own German words.
        let source = LocaleChain::only(corpus.source_locale());
        let mut source_texts: Vec<String> = Vec::new();
        for doc in &documents.docs {
            let attributes = std::iter::once(None).chain(doc.kind.attributes().map(Some));
            source_texts.extend(attributes.filter_map(|a| corpus.text(doc, &source, a)));
        }
        let vocabulary = Arc::new(Vocabulary::from_texts(
            source_texts.iter().map(String::as_str),
        ));
        drop(source_texts);
        let tokenizers = tantivy::tokenizer::TokenizerManager::default();
        for analyzer in Analyzer::ALL {
            let tokenizer = AnalyzerTokenizer::new(analyzer, Arc::clone(&vocabulary));
            tokenizers.register(&tokenizer_name(analyzer), tokenizer);
        }
        let synonyms = corpus
            .synonyms()
            .into_iter()
            .map(|(locale, words)| {
                let analyzer = Analyzer::for_locale(&locale);
                (
                    analyzer,
                    words.iter().map(|w| analyzer.normalize(w)).collect(),
                )
            })
            .collect();
        Analysis {
            words: WordAnalysis {
                vocabulary,
                synonyms,
            },
            tokenizers,
        }
    }
}

impl SearchIndex {
    /// Indexes `documents` with the texts `corpus` gives for them.
    pub(crate) fn build(documents: Arc<Documents>, corpus: &impl Corpus) -> Result<SearchIndex> {
        let locales = corpus.locales();
        let (schema, fields) = schema(&locales);
        let analysis = Analysis::new(&documents, corpus);

        let mut writer = Index::builder()
            .schema(schema)
            .tokenizers(analysis.tokenizers.clone())
            .settings(IndexSettings {
                // Works the same natively and in WebAssembly, which has no threads.
                docstore_compress_dedicated_thread: false,
                ..IndexSettings::default()
            })
            // One segment: document ids are the positions in `docs`, and no thread is
            // needed, so the same code runs in WebAssembly.
            .single_segment_index_writer(RamDirectory::create(), 50_000_000)
            .map_err(search_error)?;

        let chains: Vec<LocaleChain> = fields
            .locales
            .iter()
            .map(|f| LocaleChain::only(f.locale.clone()))
            .collect();
        let facet = &fields.facets;
        for doc in &documents.docs {
            let mut document = TantivyDocument::default();
            for (locale_fields, chain) in fields.locales.iter().zip(&chains) {
                if let Some(title) = corpus.text(doc, chain, None) {
                    document.add_text(locale_fields.body, &title);
                    document.add_text(locale_fields.title, &title);
                }
                for attribute in body_attributes(doc.kind) {
                    if let Some(text) = corpus.text(doc, chain, Some(attribute)) {
                        document.add_text(locale_fields.body, &text);
                    }
                }
            }
            document.add_text(fields.places, corpus.places(doc));
            document.add_text(facet.kind, doc.kind.as_str());
            let values = &doc.facets;
            for (field, list) in [
                (facet.field, &values.fields),
                (facet.municipality, &values.municipalities),
                (facet.language, &values.languages),
                (facet.target_group, &values.target_groups),
            ] {
                for value in list {
                    document.add_text(field, value);
                }
            }
            if let Some(free) = values.free {
                document.add_text(facet.free, free_value(free));
            }
            writer.add_document(document).map_err(search_error)?;
        }
        let index = writer.finalize().map_err(search_error)?;
        Self::with_index(index, documents, fields, analysis)
    }

    /// The search index over `index`, whose documents are `documents`.
    pub(super) fn with_index(
        index: Index,
        documents: Arc<Documents>,
        fields: Fields,
        analysis: Analysis,
    ) -> Result<SearchIndex> {
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(search_error)?;
        Ok(SearchIndex {
            index,
            reader,
            documents,
            fields,
            words: analysis.words,
            expander: Expander::default(),
        })
    }

    /// The documents the index holds, by document id.
    #[cfg(test)]
    pub(crate) fn documents(&self) -> &Arc<Documents> {
        &self.documents
    }

    /// Bytes the index files take: a measure of its size that does not depend on the
    /// allocator.
    pub(crate) fn space_bytes(&self) -> Result<u64> {
        let usage = self
            .reader
            .searcher()
            .space_usage()
            .map_err(|e| Error::Search(e.to_string()))?;
        Ok(usage.total().get_bytes())
    }
}
