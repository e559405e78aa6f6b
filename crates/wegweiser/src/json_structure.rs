//! Reading `directory.json`, the structure as `wegweiser export --format web` writes it:
//! the same model as `directory.toml`, read without the TOML parser so that a browser
//! build can leave it out. Wrong types and bad values are reported with their position and
//! skip only their entity, as in TOML. Unknown keys inside entities are not reported (the
//! file is machine-written; the bundle's format tag guards against version mismatches).

use std::collections::BTreeMap;
use std::ops::Range;

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use crate::model::DirectoryData;
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::SourceFile;
use crate::structure::{
    closest, read_each, read_entity_arrays, ArrayReader, Locator, Seg, StructureRead, ENTITY_ARRAYS,
};

pub(crate) fn read_json_structure(file: &SourceFile) -> StructureRead<'_> {
    let mut locator = Locator::json(file);
    let mut problems = Vec::new();
    let mut data = DirectoryData::default();
    let root: BTreeMap<String, &RawValue> = match serde_json::from_str(&file.text) {
        Ok(root) => root,
        Err(error) => {
            let is_data = error.classify() == serde_json::error::Category::Data;
            let (code, message) = if is_data {
                (
                    ProblemCode::InvalidValue,
                    "the structure must be a JSON object with `directory` and the entity arrays"
                        .to_owned(),
                )
            } else {
                (
                    ProblemCode::JsonSyntax,
                    format!("JSON syntax: {}", error_message(&error)),
                )
            };
            // The wrong type is the whole document: point at its first character.
            let mut at = if is_data {
                skip_ws(file.text.as_bytes(), 0).min(file.text.len())
            } else {
                error_offset(&file.text, 0, &error)
            };
            let mut message = message;
            if let Some(comma) = trailing_comma(file.text.as_bytes(), at) {
                at = comma;
                message = "JSON syntax: a comma before the closing bracket: remove it".into();
            }
            problems.push(locator.problem(at..at, Severity::Error, code, message));
            return StructureRead {
                data,
                locator,
                problems,
                has_metadata: false,
            };
        }
    };

    for name in root.keys() {
        if name != "directory" && !ENTITY_ARRAYS.contains(&name.as_str()) {
            let hint = closest(name, ENTITY_ARRAYS.iter().copied().chain(["directory"]))
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            problems.push(locator.problem(
                locator.key_span(&[Seg::Key(name)]),
                Severity::Error,
                ProblemCode::UnknownKey,
                format!("unknown key `{name}`{hint}: its contents are ignored"),
            ));
        }
    }

    let mut has_metadata = false;
    match root.get("directory") {
        Some(raw) => {
            if let Some(metadata) = read_one(raw, &[Seg::Key("directory")], &locator, &mut problems)
            {
                data.directory = metadata;
                has_metadata = true;
            }
        }
        None => problems.push(locator.problem(
            0..0,
            Severity::Error,
            ProblemCode::File,
            "no `directory` object: add one with id, locales, status_as_of and version".into(),
        )),
    }

    read_entity_arrays(
        &mut data,
        &mut locator,
        &mut JsonArrays {
            root: &root,
            problems: &mut problems,
        },
    );

    StructureRead {
        data,
        locator,
        problems,
        has_metadata,
    }
}

struct JsonArrays<'r, 'a> {
    root: &'r BTreeMap<String, &'a RawValue>,
    problems: &'r mut Vec<Problem>,
}

impl ArrayReader for JsonArrays<'_, '_> {
    fn read<T: DeserializeOwned>(
        &mut self,
        key: &'static str,
        locator: &Locator<'_>,
    ) -> (Vec<T>, Vec<usize>) {
        read_many(self.root, key, locator, self.problems)
    }
}

fn read_one<T: DeserializeOwned>(
    raw: &RawValue,
    path: &[Seg<'_>],
    locator: &Locator<'_>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match serde_json::from_str(raw.get()) {
        Ok(item) => Some(item),
        Err(error) => {
            let text = &locator.file().text;
            let start = offset_in(text, raw.get());
            let at = error_offset(text, start, &error);
            problems.push(locator.problem(
                at..at,
                Severity::Error,
                ProblemCode::InvalidValue,
                format!(
                    "{}: {}; this entry is skipped",
                    describe(path),
                    error_message(&error)
                ),
            ));
            None
        }
    }
}

fn read_many<T: DeserializeOwned>(
    root: &BTreeMap<String, &RawValue>,
    key: &'static str,
    locator: &Locator<'_>,
    problems: &mut Vec<Problem>,
) -> (Vec<T>, Vec<usize>) {
    let Some(raw) = root.get(key) else {
        return (Vec::new(), Vec::new());
    };
    let Ok(array) = serde_json::from_str::<Vec<&RawValue>>(raw.get()) else {
        problems.push(locator.problem(
            locator.span(&[Seg::Key(key)]),
            Severity::Error,
            ProblemCode::InvalidValue,
            format!("`{key}` must be an array of objects"),
        ));
        return (Vec::new(), Vec::new());
    };
    read_each(key, array.into_iter(), |item, path| {
        read_one::<T>(item, path, locator, problems)
    })
}

/// "`services` #3" style description of a path, for messages.
fn describe(path: &[Seg<'_>]) -> String {
    match path {
        [Seg::Key(array), Seg::Index(index), ..] => format!("`{array}` #{}", index + 1),
        [Seg::Key(key), ..] => format!("`{key}`"),
        _ => "the document".to_owned(),
    }
}

/// Byte offset of `part` (a slice borrowed from `text`) in `text`.
fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// serde_json's message without its " at line L column C" suffix (we give positions in
/// the whole file).
fn error_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    text.strip_suffix(&suffix).unwrap_or(&text).to_owned()
}

/// Where in `text` an error of parsing `text[start..]` points: the start of the offending
/// token (serde_json reports the position after it).
fn error_offset(text: &str, start: usize, error: &serde_json::Error) -> usize {
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
fn trailing_comma(bytes: &[u8], at: usize) -> Option<usize> {
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

fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
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
