//! Snippets and highlights: which words of a hit's text the query matched, as ranges of
//! characters in plain text (never HTML).

use std::collections::HashMap;
use std::sync::Arc;

use unic_langid::LanguageIdentifier;

use super::analyzer::{words, Analyzer, Vocabulary};
use super::forms::WordForms;
use super::index::SearchIndex;
use super::request::Highlight;
use crate::text::within_distance;

/// Finds the words of a text that a query matched, for highlighting.
pub(crate) struct Highlighter {
    /// Per analyzer: the forms of each query word.
    forms: HashMap<Analyzer, Vec<WordForms>>,
    vocabulary: Arc<Vocabulary>,
    /// Words already judged in this query's hits, per analyzer: descriptions share many
    /// words.
    seen: std::cell::RefCell<HashMap<Analyzer, HashMap<String, bool>>>,
}

impl Highlighter {
    /// Matches no word: snippets are the start of the text.
    pub(crate) fn nothing() -> Highlighter {
        Highlighter {
            forms: HashMap::new(),
            vocabulary: Arc::new(Vocabulary::from_texts(std::iter::empty())),
            seen: Default::default(),
        }
    }

    pub(crate) fn new(
        index: &SearchIndex,
        query_words: &[&str],
        ends_in_word: bool,
    ) -> Highlighter {
        let last = query_words.len().saturating_sub(1);
        let forms = Analyzer::ALL
            .into_iter()
            .map(|analyzer| {
                let forms = query_words
                    .iter()
                    .enumerate()
                    .filter_map(|(i, w)| index.words.forms(analyzer, w, i == last && ends_in_word))
                    .collect();
                (analyzer, forms)
            })
            .collect();
        Highlighter {
            forms,
            vocabulary: Arc::clone(&index.words.vocabulary),
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
                let parts = self.vocabulary.stemmed_parts(&normalized);
                !parts.is_empty() && self.matches(analyzer, &normalized, &stem, &parts)
            })
    }

    /// The text cut to about `width` characters around the first match, with the ranges
    /// of matched words in characters.
    pub(crate) fn snippet(
        &self,
        text: &str,
        locale: &str,
        width: usize,
    ) -> (String, Vec<Highlight>) {
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
        // Only words that can be in the snippet are judged: those up to the first match,
        // then those within `width` characters after it.
        let mut until = usize::MAX;
        let mut seen = self.seen.borrow_mut();
        let seen = seen.entry(analyzer).or_default();
        for (start, end) in words {
            if start > until {
                break;
            }
            let word = &text[start..end];
            let matched = match seen.get(word) {
                Some(matched) => *matched,
                None => {
                    let matched = self.judge(analyzer, word);
                    seen.insert(word.to_owned(), matched);
                    matched
                }
            };
            if matched {
                if ranges.is_empty() {
                    until = text[start..]
                        .char_indices()
                        .nth(width)
                        .map_or(text.len(), |(i, _)| start + i);
                }
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
