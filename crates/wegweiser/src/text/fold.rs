//! One table of Latin letters with diacritics and their base letters, for forgiving name
//! matching ("Baršć" = "barsc") and for the search analyzers.

/// The base letter(s) of a lowercase Latin letter with a diacritic, for the letters of
/// the directory's languages (German, Lower Sorbian, Polish, Turkish, …).
fn base_letters(c: char) -> Option<&'static str> {
    Some(match c {
        'ä' | 'á' | 'à' | 'â' | 'ą' | 'å' | 'ã' => "a",
        'č' | 'ć' | 'ç' => "c",
        'ď' => "d",
        'é' | 'è' | 'ê' | 'ě' | 'ę' | 'ë' => "e",
        'í' | 'î' | 'ï' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ń' | 'ň' | 'ñ' => "n",
        'ö' | 'ó' | 'ô' | 'ø' | 'õ' => "o",
        'ŕ' | 'ř' => "r",
        'š' | 'ś' | 'ş' => "s",
        'ß' => "ss",
        'ť' => "t",
        'ü' | 'ú' | 'ů' | 'û' => "u",
        'ý' => "y",
        'ž' | 'ź' | 'ż' => "z",
        'ğ' => "g",
        _ => return None,
    })
}

/// Latin letters without diacritics, case kept as given: "baršć" → "barsc",
/// "döbern" → "dobern". Callers lowercase first.
#[cfg_attr(not(feature = "search"), allow(dead_code))]
pub fn fold_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match base_letters(c) {
            Some(base) => out.push_str(base),
            None => out.push(c),
        }
    }
    out
}

/// Trimmed, lowercase, without diacritics, for forgiving name matching: "Baršć" =
/// "barsc". German umlauts become their spelled-out forms ("Döbern" = "Doebern").
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            c => match base_letters(c) {
                Some(base) => out.push_str(base),
                None => out.push(c),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold("  Baršć (Łužyca) "), "barsc (luzyca)");
        assert_eq!(fold("Döbern"), "doebern");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold_latin("döbern"), "dobern");
        assert_eq!(fold_latin("çağ"), "cag");
    }
}
