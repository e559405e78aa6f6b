//! Walking JSON text byte by byte, to put problems at the right line and column:
//! serde_json tells where it stopped, not where the rejected value starts, and a value read
//! into the model no longer knows where it stood.

use std::collections::BTreeMap;
use std::ops::Range;

use super::path::Seg;

/// Where in `text` an error of parsing `text[start..]` points: the start of the offending
/// token (serde_json reports the position after it).
pub(crate) fn error_offset(text: &str, start: usize, error: &serde_json::Error) -> usize {
    let part = &text.as_bytes()[start.min(text.len())..];
    let mut offset = 0;
    for _ in 1..error.line() {
        match part[offset..].iter().position(|&b| b == b'\n') {
            Some(newline) => offset += newline + 1,
            None => break,
        }
    }
    // serde_json counts the bytes read on the line: the offending byte is the last one.
    let end = (offset + error.column()).min(part.len());
    let at_byte = if error.classify() == serde_json::error::Category::Data {
        value_start(part, end)
    } else {
        end.saturating_sub(1)
    };
    let mut at = start + at_byte;
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// When `at` is a closing bracket right after a comma (which JSON does not allow): the
/// comma's position.
pub(crate) fn trailing_comma(bytes: &[u8], at: usize) -> Option<usize> {
    if !matches!(bytes.get(at), Some(b'}' | b']')) {
        return None;
    }
    let before = bytes[..at].iter().rposition(|b| !b.is_ascii_whitespace())?;
    (bytes[before] == b',').then_some(before)
}

/// The start of the JSON value that ends at `end`: serde_json reports the position after
/// the value it rejects, sometimes after whitespace that follows it.
fn value_start(bytes: &[u8], end: usize) -> usize {
    let mut end = end.min(bytes.len());
    while end > 0 && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    if end == 0 {
        return 0;
    }
    match bytes[end - 1] {
        b'"' => string_start(bytes, end - 1),
        b'}' | b']' => matching_open(bytes, end - 1),
        _ => {
            let mut i = end;
            while i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || b"+-.".contains(&bytes[i - 1]))
            {
                i -= 1;
            }
            if i == end {
                end - 1
            } else {
                i
            }
        }
    }
}

/// The opening quote of the string whose closing quote is at `close`.
fn string_start(bytes: &[u8], close: usize) -> usize {
    (0..close)
        .rev()
        .find(|&i| bytes[i] == b'"' && !escaped(bytes, i))
        .unwrap_or(0)
}

/// The bracket that opens the object or array closed at `close`.
fn matching_open(bytes: &[u8], close: usize) -> usize {
    let mut depth = 0usize;
    let mut i = close + 1;
    while i > 0 {
        i -= 1;
        match bytes[i] {
            b'"' => i = string_start(bytes, i),
            b'}' | b']' => depth += 1,
            b'{' | b'[' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    0
}

/// Whether the byte at `i` is preceded by an odd number of backslashes.
fn escaped(bytes: &[u8], i: usize) -> bool {
    bytes[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 1
}

/// Byte ranges in a JSON text, found by walking it: the value at `path` (or at the deepest
/// part of it that exists) and, when the path ends in a key that exists, that key.
/// Only used to position problems, so it is written for clarity, not speed.
pub(crate) fn locate(text: &str, path: &[Seg<'_>]) -> (Range<usize>, Option<Range<usize>>) {
    locate_from(text, skip_ws(text.as_bytes(), 0), path)
}

/// [`locate`] for a path that starts at the value at byte `start`.
pub(crate) fn locate_from(
    text: &str,
    start: usize,
    path: &[Seg<'_>],
) -> (Range<usize>, Option<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut value_start = start.min(bytes.len());
    let mut key = None;
    for seg in path {
        let found = match (seg, bytes.get(value_start)) {
            (Seg::Key(name), Some(b'{')) => member(bytes, value_start, name),
            (Seg::Index(index), Some(b'[')) => {
                element(bytes, value_start, *index).map(|at| (None, at))
            }
            _ => None,
        };
        match found {
            Some((found_key, at)) => {
                key = found_key;
                value_start = at;
            }
            None => {
                key = None;
                break;
            }
        }
    }
    let end = skip_value(bytes, value_start).max(value_start);
    (value_start..end, key)
}

/// Where each element of each top-level array starts, in one walk over the text (so that
/// locating many problems does not walk the file once each).
pub(crate) fn element_starts(text: &str) -> BTreeMap<String, Vec<usize>> {
    let bytes = text.as_bytes();
    let mut starts = BTreeMap::new();
    let mut j = skip_ws(bytes, 0);
    if bytes.get(j) != Some(&b'{') {
        return starts;
    }
    j = skip_ws(bytes, j + 1);
    while bytes.get(j) == Some(&b'"') {
        let key_end = skip_string(bytes, j);
        let name = String::from_utf8_lossy(&bytes[j + 1..key_end.saturating_sub(1).max(j + 1)]);
        let colon = skip_ws(bytes, key_end);
        if bytes.get(colon) != Some(&b':') {
            break;
        }
        let value = skip_ws(bytes, colon + 1);
        if bytes.get(value) == Some(&b'[') {
            let mut elements = Vec::new();
            let mut k = skip_ws(bytes, value + 1);
            while k < bytes.len() && bytes[k] != b']' {
                elements.push(k);
                k = skip_ws(bytes, skip_value(bytes, k));
                if bytes.get(k) != Some(&b',') {
                    break;
                }
                k = skip_ws(bytes, k + 1);
            }
            starts.insert(name.into_owned(), elements);
        }
        j = skip_ws(bytes, skip_value(bytes, value));
        if bytes.get(j) != Some(&b',') {
            break;
        }
        j = skip_ws(bytes, j + 1);
    }
    starts
}

pub(crate) fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// `i` at an opening quote; returns the index after the closing one.
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The end of the value starting at `i`.
fn skip_value(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b'"') => skip_string(bytes, i),
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            let mut j = i;
            while j < bytes.len() {
                match bytes[j] {
                    b'"' => {
                        j = skip_string(bytes, j);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return j + 1;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            bytes.len()
        }
        Some(_) => {
            let mut j = i;
            while j < bytes.len() && !b",]} \t\r\n".contains(&bytes[j]) {
                j += 1;
            }
            j
        }
        None => i,
    }
}

/// In the object at `i`: the key range and value start of member `name`.
fn member(bytes: &[u8], i: usize, name: &str) -> Option<(Option<Range<usize>>, usize)> {
    let mut j = skip_ws(bytes, i + 1);
    while bytes.get(j) == Some(&b'"') {
        let key_end = skip_string(bytes, j);
        let colon = skip_ws(bytes, key_end);
        if bytes.get(colon) != Some(&b':') {
            return None;
        }
        let value = skip_ws(bytes, colon + 1);
        if bytes.get(j + 1..key_end - 1) == Some(name.as_bytes()) {
            return Some((Some(j..key_end), value));
        }
        j = skip_ws(bytes, skip_value(bytes, value));
        if bytes.get(j) != Some(&b',') {
            return None;
        }
        j = skip_ws(bytes, j + 1);
    }
    None
}

/// In the array at `i`: the start of element `index`.
fn element(bytes: &[u8], i: usize, index: usize) -> Option<usize> {
    let mut j = skip_ws(bytes, i + 1);
    if bytes.get(j) == Some(&b']') {
        return None;
    }
    for _ in 0..index {
        j = skip_ws(bytes, skip_value(bytes, j));
        if bytes.get(j) != Some(&b',') {
            return None;
        }
        j = skip_ws(bytes, j + 1);
    }
    (j < bytes.len()).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_finds_values_and_keys() {
        let text = r#"{"a": {"b": [1, "x\"]", {"c": true}]}, "d": null}"#;
        let (value, key) = locate(
            text,
            &[Seg::Key("a"), Seg::Key("b"), Seg::Index(2), Seg::Key("c")],
        );
        assert_eq!(&text[value], "true");
        assert_eq!(&text[key.unwrap()], "\"c\"");
        let (value, _) = locate(text, &[Seg::Key("a"), Seg::Key("b"), Seg::Index(1)]);
        assert_eq!(&text[value], r#""x\"]""#);
        let (value, _) = locate(text, &[Seg::Key("d")]);
        assert_eq!(&text[value], "null");
        // A path that goes on past what exists stops at the deepest value found.
        let (value, key) = locate(text, &[Seg::Key("a"), Seg::Key("zz")]);
        assert!(text[value].starts_with("{\"b\""));
        assert_eq!(key, None);
        let (value, _) = locate(text, &[Seg::Key("a"), Seg::Key("b"), Seg::Index(9)]);
        assert!(text[value].starts_with("[1,"));
    }

    #[test]
    fn locate_survives_broken_text() {
        for text in [
            "",
            "{",
            "{\"a\"",
            "{\"a\": [1,",
            "[",
            "\"",
            "{\"a\": {\"b\": \"\\",
            "{\"\"",
            "{\"a\": [\"",
        ] {
            let _ = locate(text, &[Seg::Key("a"), Seg::Index(3), Seg::Key("b")]);
            let _ = element_starts(text);
        }
    }

    #[test]
    fn element_starts_index_every_top_level_array() {
        let text = r#"{"a": [1, {"x": [2]}, "]"], "b": {}, "c": [ ]}"#;
        let starts = element_starts(text);
        let a: Vec<&str> = starts["a"].iter().map(|&i| &text[i..i + 1]).collect();
        assert_eq!(a, ["1", "{", "\""]);
        assert!(starts["c"].is_empty());
        assert!(!starts.contains_key("b"));
        let (value, _) = locate_from(text, starts["a"][1], &[Seg::Key("x"), Seg::Index(0)]);
        assert_eq!(&text[value], "2");
    }

    #[test]
    fn value_start_finds_the_rejected_value() {
        let text = br#"{"x": "ab\"c", "n": -1.5e3, "o": {"p": ["}", 1]}  }"#;
        let string_end = text.iter().position(|&b| b == b',').unwrap();
        assert_eq!(value_start(text, string_end), 6);
        let number_end = text.iter().rposition(|&b| b == b'3').unwrap() + 1;
        assert_eq!(&text[value_start(text, number_end)..number_end], b"-1.5e3");
        // An object (or array) ends at its bracket; whitespace after it is skipped.
        let object_end = text.len() - 2;
        assert_eq!(text[value_start(text, object_end)], b'{');
        assert_eq!(value_start(text, object_end), 33);
        assert_eq!(value_start(text, text.len()), 0);
        assert_eq!(value_start(b"  ", 2), 0);
    }
}
