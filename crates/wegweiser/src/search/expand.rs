//! Typo tolerance and completion: a query word expands to the real terms of a field
//! within its typo budget (or that it begins), found with a Levenshtein automaton over the
//! field's term dictionary.

use std::sync::OnceLock;

use levenshtein_automata::{Distance, LevenshteinAutomatonBuilder, DFA};
use tantivy::schema::Field;
use tantivy::Searcher;

use super::forms::WordForms;

/// The most terms one word expands to per field (typos and prefixes), to bound the work.
pub(crate) const MAX_EXPANSIONS: usize = 32;

/// Weight of a term found by typo tolerance or as a completion, below an exact match (2.0).
pub(crate) fn expansion_boost(distance: u8) -> f32 {
    match distance {
        0 => 1.0,
        1 => 0.5,
        _ => 0.3,
    }
}

/// Expands words to terms; the automaton builders for 0, 1 and 2 typos are made when
/// first needed and kept.
#[derive(Default)]
pub(crate) struct Expander {
    builders: [OnceLock<LevenshteinAutomatonBuilder>; 3],
}

impl Expander {
    /// The automaton of a word's typo budget (a prefix automaton for the last word), or
    /// `None` when the word expands to nothing. Building one is the dear part: a query
    /// builds it once per distinct word and runs it over every field.
    pub(crate) fn automaton(&self, forms: &WordForms) -> Option<DFA> {
        if forms.typos == 0 && !forms.prefix {
            return None;
        }
        let builder = self.builder(forms.typos);
        Some(if forms.prefix {
            builder.build_prefix_dfa(&forms.normalized)
        } else {
            builder.build_dfa(&forms.normalized)
        })
    }

    /// Terms of `field` that `dfa` (the word's [`Expander::automaton`]) accepts, with
    /// their distance, leaving out the word's own forms. At most [`MAX_EXPANSIONS`].
    pub(crate) fn expand(
        searcher: &Searcher,
        field: Field,
        forms: &WordForms,
        dfa: &DFA,
    ) -> Vec<(String, u8)> {
        let Some(segment) = searcher.segment_readers().first() else {
            return Vec::new();
        };
        let Ok(inverted) = segment.inverted_index(field) else {
            return Vec::new();
        };
        let Ok(mut stream) = inverted.terms().search(DfaRef(dfa)).into_stream() else {
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
            if let Distance::Exact(distance) = dfa.eval(stream.key()) {
                out.push((text.to_owned(), distance));
            }
        }
        out
    }

    fn builder(&self, distance: u8) -> &LevenshteinAutomatonBuilder {
        let distance = distance.min(2);
        self.builders[usize::from(distance)]
            .get_or_init(|| LevenshteinAutomatonBuilder::new(distance, true))
    }
}

/// A Levenshtein automaton over the term dictionary.
struct DfaRef<'a>(&'a DFA);

impl tantivy_fst::Automaton for DfaRef<'_> {
    type State = u32;

    fn start(&self) -> u32 {
        self.0.initial_state()
    }

    fn is_match(&self, state: &u32) -> bool {
        matches!(self.0.distance(*state), Distance::Exact(_))
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != levenshtein_automata::SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        self.0.transition(*state, byte)
    }
}
