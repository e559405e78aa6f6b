//! What each script and language needs before stemming: Arabic and Persian letter
//! forms and prefixes, German spelled-out umlauts, Turkish dotted and dotless i, a light
//! Ukrainian stemmer.

pub(super) fn is_mark(c: char) -> bool {
    // Arabic tashkeel and other combining marks used in the directory's scripts.
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06ed}')
}

/// German2 snowball convention: "ae", "oe", "ue" are umlauts (but not after "q" or "e").
pub(super) fn german_digraphs(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let previous = if i > 0 { Some(chars[i - 1]) } else { None };
        if next == Some('e')
            && matches!(c, 'a' | 'o' | 'u')
            && !(c == 'u' && matches!(previous, Some('q') | Some('e')))
            && i > 0
        {
            out.push(match c {
                'a' => 'ä',
                'o' => 'ö',
                _ => 'ü',
            });
            i += 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

pub(super) fn normalize_arabic(word: &str) -> String {
    word.chars()
        .filter(|c| !is_mark(*c) && *c != '\u{0640}')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            'ی' => 'ي',
            'ک' => 'ك',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Strips the conjunction و and the article ال (also بال, كال, فال, لل) when enough of
/// the word remains.
pub(super) fn strip_arabic_prefixes(word: &str) -> String {
    let mut word = word.to_owned();
    let count = |w: &str| w.chars().count();
    if word.starts_with('و') && count(&word) > 3 {
        word = word.chars().skip(1).collect();
    }
    for prefix in ["بال", "كال", "فال", "ال", "لل"] {
        if let Some(rest) = word.strip_prefix(prefix) {
            if count(rest) >= 2 {
                word = rest.to_owned();
                break;
            }
        }
    }
    word
}

pub(super) fn normalize_persian(word: &str) -> String {
    word.chars()
        .filter(|c| !is_mark(*c) && *c != '\u{0640}' && *c != '\u{200c}')
        .map(|c| match c {
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            'ة' => 'ه',
            'أ' | 'إ' | 'ٱ' => 'ا',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

pub(super) fn turkish_lowercase(word: &str) -> String {
    word.chars()
        .flat_map(|c| match c {
            'I' => vec!['ı'],
            'İ' => vec!['i'],
            other => other.to_lowercase().collect(),
        })
        .collect()
}

/// A light stemmer for Ukrainian: removes the most common case and number endings while
/// at least three letters remain.
pub(super) fn strip_ukrainian_ending(word: &str) -> String {
    const ENDINGS: [&str; 30] = [
        "ями", "ами", "ові", "еві", "ого", "ому", "ими", "ій", "их", "ім", "ою", "ею", "ів", "ах",
        "ях", "ам", "ям", "ої", "ий", "ій", "а", "я", "и", "і", "у", "ю", "о", "е", "ь", "ї",
    ];
    for ending in ENDINGS {
        if let Some(stem) = word.strip_suffix(ending) {
            if stem.chars().count() >= 3 {
                return stem.to_owned();
            }
        }
    }
    word.to_owned()
}
