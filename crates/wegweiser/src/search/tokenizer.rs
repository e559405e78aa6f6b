//! The analyzers as tantivy tokenizers, so that tantivy indexes raw text with them.

use std::collections::HashMap;
use std::sync::Arc;

use super::analyzer::Vocabulary;
use super::analyzer::{words, Analyzer};

#[derive(Clone)]
pub(crate) struct AnalyzerTokenizer {
    analyzer: Analyzer,
    vocabulary: Arc<Vocabulary>,
    tokens: Vec<tantivy::tokenizer::Token>,
    /// Terms of each word seen so far: directories repeat their words a lot, and
    /// stemming and compound splitting are the dear part of indexing.
    cache: HashMap<String, Vec<String>>,
}

pub(crate) struct AnalyzerTokenStream<'a> {
    tokens: &'a [tantivy::tokenizer::Token],
    cursor: usize,
    // tantivy may ask for the current token before the first `advance`.
    empty: tantivy::tokenizer::Token,
}

impl AnalyzerTokenizer {
    pub(crate) fn new(analyzer: Analyzer, vocabulary: Arc<Vocabulary>) -> Self {
        AnalyzerTokenizer {
            analyzer,
            vocabulary,
            tokens: Vec::new(),
            cache: HashMap::new(),
        }
    }
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
