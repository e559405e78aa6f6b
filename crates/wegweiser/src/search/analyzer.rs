//! Text analysis per language: how words in documents and queries become search terms.
//!
//! One function serves indexing, querying and highlighting, so the three always agree.
//! Every token keeps the byte range of the word it came from in the original text.

use std::collections::HashSet;

use frostem::{Algorithm, Stemmer};
use unic_langid::LanguageIdentifier;

use super::scripts::{
    german_digraphs, is_mark, normalize_arabic, normalize_persian, strip_arabic_prefixes,
    strip_ukrainian_ending, turkish_lowercase,
};
pub use crate::text::fold_latin;

/// A search term and where its word stands in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub term: String,
    /// Byte range of the word in the analyzed text.
    pub start: usize,
    pub end: usize,
    /// Word position; parts of a compound share their word's position.
    pub position: usize,
}

/// The analysis chosen for a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Analyzer {
    /// Stemming, ä/ö/ü/ß folding (also "ae"/"oe"/"ue"), compound splitting.
    German,
    /// Alef, alef maqsura and ta marbuta normalized, tashkeel and tatweel removed, the
    /// prefixes و and ال stripped, then stemmed.
    Arabic,
    /// Arabic ي/ك to Persian ی/ک, zero-width non-joiner handled, plural suffixes split off.
    Persian,
    Russian,
    /// No stemmer exists: apostrophes removed and common endings stripped.
    Ukrainian,
    Turkish,
    English,
    /// Lowercase and fold diacritics (Lower Sorbian, Polish and every other language).
    Folding,
}

impl Analyzer {
    pub fn for_locale(locale: &LanguageIdentifier) -> Analyzer {
        match locale.language.as_str() {
            "de" => Analyzer::German,
            "ar" => Analyzer::Arabic,
            "fa" | "ps" | "prs" => Analyzer::Persian,
            "ru" => Analyzer::Russian,
            "uk" => Analyzer::Ukrainian,
            "tr" => Analyzer::Turkish,
            "en" => Analyzer::English,
            _ => Analyzer::Folding,
        }
    }

    /// A short stable name, used for index field names.
    pub fn name(self) -> &'static str {
        match self {
            Analyzer::German => "de",
            Analyzer::Arabic => "ar",
            Analyzer::Persian => "fa",
            Analyzer::Russian => "ru",
            Analyzer::Ukrainian => "uk",
            Analyzer::Turkish => "tr",
            Analyzer::English => "en",
            Analyzer::Folding => "fold",
        }
    }

    pub const ALL: [Analyzer; 8] = [
        Analyzer::German,
        Analyzer::Arabic,
        Analyzer::Persian,
        Analyzer::Russian,
        Analyzer::Ukrainian,
        Analyzer::Turkish,
        Analyzer::English,
        Analyzer::Folding,
    ];

    fn stemmer(self) -> Option<Stemmer> {
        let algorithm = match self {
            Analyzer::German => Algorithm::German,
            Analyzer::Arabic => Algorithm::Arabic,
            Analyzer::Russian => Algorithm::Russian,
            Analyzer::Turkish => Algorithm::Turkish,
            Analyzer::English => Algorithm::English,
            _ => return None,
        };
        Some(Stemmer::new(algorithm))
    }

    /// Normalizes one word (no stemming): the form typo tolerance and prefixes work on.
    pub fn normalize(self, word: &str) -> String {
        match self {
            Analyzer::German => fold_latin(&german_digraphs(&word.to_lowercase())),
            Analyzer::Arabic => strip_arabic_prefixes(&normalize_arabic(word)),
            Analyzer::Persian => normalize_persian(word),
            Analyzer::Russian => word.to_lowercase().replace('ё', "е"),
            Analyzer::Ukrainian => word.to_lowercase().replace(['\'', '’', 'ʼ', '`'], ""),
            Analyzer::Turkish => fold_latin(&turkish_lowercase(word)),
            Analyzer::English | Analyzer::Folding => fold_latin(&word.to_lowercase()),
        }
    }

    /// Turns a normalized word into its search term (stem).
    pub fn stem(self, normalized: &str) -> String {
        match self {
            Analyzer::Ukrainian => strip_ukrainian_ending(normalized),
            _ => match self.stemmer() {
                Some(stemmer) => stemmer.stem(normalized).into_owned(),
                None => normalized.to_owned(),
            },
        }
    }

    /// Analyzes `text`. `compounds` lets the German analyzer split words into parts it
    /// knows (from the corpus): "integrationskurs" → "integration", "kurs".
    pub fn analyze(self, text: &str, compounds: Option<&Vocabulary>) -> Vec<Token> {
        let mut tokens = Vec::new();
        for (position, (start, end)) in words(text).into_iter().enumerate() {
            let word = &text[start..end];
            for piece in self.pieces(word) {
                let normalized = self.normalize(&piece);
                if normalized.is_empty() {
                    continue;
                }
                let term = self.stem(&normalized);
                if self == Analyzer::German {
                    if let Some(vocabulary) = compounds {
                        for part in vocabulary.split(&normalized) {
                            let part = self.stem(&part);
                            if part != term {
                                tokens.push(Token {
                                    term: part,
                                    start,
                                    end,
                                    position,
                                });
                            }
                        }
                    }
                }
                tokens.push(Token {
                    term,
                    start,
                    end,
                    position,
                });
            }
        }
        tokens
    }

    /// The terms to index: each token's stem, and its unstemmed form where that differs,
    /// so that prefixes of whole words match while typing.
    pub fn index_terms(self, text: &str, compounds: Option<&Vocabulary>) -> Vec<Token> {
        let mut out = Vec::new();
        for token in self.analyze(text, compounds) {
            let word = &text[token.start..token.end];
            let surface = self.pieces(word).into_iter().map(|p| self.normalize(&p));
            for form in surface {
                if !form.is_empty()
                    && form != token.term
                    && !out
                        .iter()
                        .any(|t: &Token| t.position == token.position && t.term == form)
                {
                    out.push(Token {
                        term: form,
                        ..token.clone()
                    });
                }
            }
            out.push(token);
        }
        out
    }

    /// Persian words written with a zero-width non-joiner index both whole and as their
    /// first part (کلاس‌ها → کلاسها, کلاس); other languages keep the word as it is.
    fn pieces(self, word: &str) -> Vec<String> {
        if self == Analyzer::Persian && word.contains('\u{200c}') {
            let first = word.split('\u{200c}').next().unwrap_or(word).to_owned();
            let whole = word.replace('\u{200c}', "");
            if first.chars().count() >= 2 && first != whole {
                return vec![whole, first];
            }
            return vec![whole];
        }
        vec![word.to_owned()]
    }
}

/// Byte ranges of the words of `text`: letters, digits and combining marks; a
/// zero-width non-joiner inside a word belongs to it.
pub fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() || is_mark(c) || (c == '\u{200c}' && start.is_some());
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    // A trailing non-joiner is not part of the word.
    out.into_iter()
        .map(|(s, e)| (s, s + text[s..e].trim_end_matches('\u{200c}').len()))
        .filter(|(s, e)| e > s)
        .collect()
}

/// German words of a corpus, to split compounds into parts that occur on their own.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    words: HashSet<String>,
}

/// Parts shorter than this are never split off ("in", "ab" would split everything).
const MIN_PART: usize = 4;

impl Vocabulary {
    /// Collects the normalized German words of `texts`.
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vocabulary {
        let mut words_seen = HashSet::new();
        for text in texts {
            for (start, end) in words(text) {
                let word = Analyzer::German.normalize(&text[start..end]);
                if word.chars().count() >= MIN_PART {
                    words_seen.insert(word);
                }
            }
        }
        Vocabulary { words: words_seen }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// Splits a normalized word into known parts: "sprachkurs" → ["sprach", "kurs"] when
    /// both occur; a linking "s" is allowed ("integrationskurs"). Empty if it doesn't split.
    pub fn split(&self, word: &str) -> Vec<String> {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < 2 * MIN_PART {
            return Vec::new();
        }
        // The longest known head (last part) with a known or splittable rest.
        for cut in MIN_PART..=chars.len() - MIN_PART {
            let head: String = chars[cut..].iter().collect();
            if !self.words.contains(&head) {
                continue;
            }
            let rest: String = chars[..cut].iter().collect();
            let candidates = [
                rest.clone(),
                rest.strip_suffix('s').unwrap_or(&rest).to_owned(),
            ];
            for candidate in candidates {
                if candidate.chars().count() < MIN_PART - 1 {
                    continue;
                }
                if self.words.contains(&candidate) || self.is_prefix_word(&candidate) {
                    return vec![candidate, head];
                }
                let deeper = self.split(&candidate);
                if !deeper.is_empty() {
                    let mut parts = deeper;
                    parts.push(head);
                    return parts;
                }
            }
        }
        Vec::new()
    }

    /// The stems of the compound parts of a normalized German word (empty if it does not
    /// split), as query building and highlighting compare them.
    pub fn stemmed_parts(&self, word: &str) -> Vec<String> {
        self.split(word)
            .iter()
            .map(|p| Analyzer::German.stem(p))
            .collect()
    }

    /// A first part written with a hyphen elsewhere ("Sprach- und Integrationskurs")
    /// occurs in the vocabulary as a word of its own, so this is the same check.
    fn is_prefix_word(&self, candidate: &str) -> bool {
        self.words.contains(candidate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(analyzer: Analyzer, text: &str) -> Vec<String> {
        analyzer
            .analyze(text, None)
            .into_iter()
            .map(|t| t.term)
            .collect()
    }

    #[test]
    fn german_folds_and_stems() {
        assert_eq!(
            terms(Analyzer::German, "Döbern"),
            terms(Analyzer::German, "Doebern")
        );
        assert_eq!(
            terms(Analyzer::German, "Beratungen"),
            terms(Analyzer::German, "Beratung")
        );
        assert_eq!(
            terms(Analyzer::German, "Straße"),
            terms(Analyzer::German, "Strasse")
        );
    }

    #[test]
    fn german_compounds_split_on_known_parts() {
        let vocabulary =
            Vocabulary::from_texts(["Sprach- und Integrationskurs", "Kurs", "Integration"]);
        assert_eq!(vocabulary.split("sprachkurs"), ["sprach", "kurs"]);
        assert_eq!(
            vocabulary.split("integrationskurs"),
            ["integration", "kurs"]
        );
        let tokens = Analyzer::German.analyze("Sprachkurs", Some(&vocabulary));
        let found: Vec<String> = tokens.iter().map(|t| t.term.clone()).collect();
        let kurs = Analyzer::German.stem("kurs");
        assert!(
            found.contains(&kurs) && found.contains(&"sprach".to_owned()),
            "{found:?}"
        );
    }

    #[test]
    fn arabic_normalizes_and_strips_prefixes() {
        // With and without tashkeel, article and conjunction: the same term.
        let plain = terms(Analyzer::Arabic, "لغة");
        assert_eq!(terms(Analyzer::Arabic, "اللغة"), plain);
        assert_eq!(terms(Analyzer::Arabic, "واللغة"), plain);
        assert_eq!(terms(Analyzer::Arabic, "لُغَة"), plain);
        assert_eq!(
            terms(Analyzer::Arabic, "إستشارة"),
            terms(Analyzer::Arabic, "استشارة")
        );
        assert_eq!(
            terms(Analyzer::Arabic, "مستشفى"),
            terms(Analyzer::Arabic, "مستشفي")
        );
        assert_eq!(
            terms(Analyzer::Arabic, "دورـــة"),
            terms(Analyzer::Arabic, "دورة")
        );
    }

    #[test]
    fn persian_unifies_letters_and_the_non_joiner() {
        assert_eq!(
            terms(Analyzer::Persian, "كلاس"),
            terms(Analyzer::Persian, "کلاس")
        );
        assert_eq!(
            terms(Analyzer::Persian, "زباني"),
            terms(Analyzer::Persian, "زبانی")
        );
        let with_zwnj = terms(Analyzer::Persian, "کلاس‌ها");
        assert!(
            with_zwnj.contains(&"کلاسها".to_owned()) && with_zwnj.contains(&"کلاس".to_owned()),
            "{with_zwnj:?}"
        );
        assert_eq!(words("می‌توانید"), [(0, "می‌توانید".len())]);
    }

    #[test]
    fn slavic_and_turkish() {
        assert_eq!(
            terms(Analyzer::Folding, "Baršć Łužyca"),
            ["barsc", "luzyca"]
        );
        assert_eq!(
            terms(Analyzer::Ukrainian, "курси"),
            terms(Analyzer::Ukrainian, "курсів")
        );
        assert_eq!(
            terms(Analyzer::Ukrainian, "мовні"),
            terms(Analyzer::Ukrainian, "мовна")
        );
        assert_eq!(
            terms(Analyzer::Russian, "курсы"),
            terms(Analyzer::Russian, "курсов")
        );
        assert_eq!(
            terms(Analyzer::Russian, "ёлка"),
            terms(Analyzer::Russian, "елка")
        );
        assert_eq!(
            terms(Analyzer::Turkish, "KURSU"),
            terms(Analyzer::Turkish, "kursu")
        );
        assert_eq!(
            terms(Analyzer::Turkish, "İstanbul")[0],
            terms(Analyzer::Turkish, "istanbul")[0]
        );
        assert_eq!(
            terms(Analyzer::English, "courses"),
            terms(Analyzer::English, "course")
        );
    }

    #[test]
    fn tokens_point_at_their_words() {
        let text = "Kurs in Forst";
        let tokens = Analyzer::German.analyze(text, None);
        assert_eq!(&text[tokens[2].start..tokens[2].end], "Forst");
        assert_eq!(tokens[2].position, 2);
    }
}
