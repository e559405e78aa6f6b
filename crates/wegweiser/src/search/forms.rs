//! The forms one query word takes for one analyzer: normalized, stemmed, compound parts,
//! synonyms, and how many typos it may have. Query building and highlighting both use them.

use std::sync::Arc;

use super::analyzer::{Analyzer, Vocabulary};

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
pub(crate) struct WordForms {
    /// The normalized, unstemmed word.
    pub normalized: String,
    /// Its stem.
    pub stem: String,
    /// German compound parts (stems), if the word splits.
    pub parts: Vec<String>,
    /// Synonyms (normalized).
    pub synonyms: Vec<String>,
    pub typos: u8,
    /// The word may be the start of a longer one (the last word, typed on).
    pub prefix: bool,
}

/// What analyzing query words needs beyond the analyzers: the directory's German words
/// (for compounds) and its synonyms.
pub(crate) struct WordAnalysis {
    pub vocabulary: Arc<Vocabulary>,
    /// Synonym groups per analyzer, as normalized words.
    pub synonyms: Vec<(Analyzer, Vec<String>)>,
}

impl WordAnalysis {
    /// The forms of `word` for `analyzer`; `None` when nothing of it is left.
    pub(crate) fn forms(&self, analyzer: Analyzer, word: &str, prefix: bool) -> Option<WordForms> {
        let normalized = analyzer.normalize(word);
        if normalized.is_empty() {
            return None;
        }
        let stem = analyzer.stem(&normalized);
        let parts = if analyzer == Analyzer::German {
            self.vocabulary.stemmed_parts(&normalized)
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
}
