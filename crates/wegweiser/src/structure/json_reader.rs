//! Reading `directory.json`, the structure as `wegweiser export --format web` writes it,
//! or the whole JSON document of `wegweiser export --format json` (structure plus
//! `format` and `texts`): the same model as `directory.toml`, read without the TOML parser
//! so that a browser build can leave it out. Wrong types and bad values are reported with
//! their position and skip only their entity, as in TOML. Unknown keys inside entities are
//! reported too where `serde_ignored` is built in (not in the browser build, which reads
//! only files the CLI wrote).

use std::collections::BTreeMap;
use std::ops::Range;

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::driver::{read_document, read_each, Format, StructureRead};
use super::json_scan::{error_offset, skip_ws, trailing_comma};
use super::locator::Locator;
use super::path::{describe, Seg};
use crate::error::json_message as error_message;
use crate::model::DirectoryData;
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::SourceFile;

/// The format name written into every whole JSON document.
pub const JSON_FORMAT: &str = "wegweiser-directory/1";

pub(crate) fn read(file: &SourceFile, document: bool) -> StructureRead<'_> {
    let locator = Locator::json(file);
    let root: BTreeMap<String, &RawValue> = match serde_json::from_str(&file.text) {
        Ok(root) => root,
        Err(error) => {
            let problem = syntax_problem(&locator, &error);
            return StructureRead {
                data: DirectoryData::default(),
                locator,
                problems: vec![problem],
                has_metadata: false,
                complete: false,
            };
        }
    };
    // The whole document also carries its format tag (checked here, where its position
    // is known) and the Fluent texts (read by `Directory::from_json`).
    let mut problems = Vec::new();
    if let Some(tag) = root.get("format").filter(|_| document) {
        if serde_json::from_str::<&str>(tag.get()).ok() != Some(JSON_FORMAT) {
            problems.push(locator.problem(
                locator.span(&[Seg::Key("format")]),
                Severity::Error,
                ProblemCode::InvalidValue,
                format!(
                    "`format` is {}, expected \"{JSON_FORMAT}\": write the document with this version of wegweiser",
                    tag.get()
                ),
            ));
        }
    }
    let format = JsonFormat { root, document };
    read_document(&format, locator, problems)
}

/// The problem of a text that is not a JSON object.
fn syntax_problem(locator: &Locator<'_>, error: &serde_json::Error) -> Problem {
    let text = &locator.file().text;
    let is_data = error.classify() == serde_json::error::Category::Data;
    let (code, mut message) = if is_data {
        (
            ProblemCode::InvalidValue,
            "the structure must be a JSON object with `directory` and the entity arrays".to_owned(),
        )
    } else {
        (
            ProblemCode::JsonSyntax,
            format!("JSON syntax: {}", error_message(error)),
        )
    };
    // The wrong type is the whole document: point at its first character.
    let mut at = if is_data {
        skip_ws(text.as_bytes(), 0).min(text.len())
    } else {
        error_offset(text, 0, error)
    };
    if let Some(comma) = trailing_comma(text.as_bytes(), at) {
        at = comma;
        message = "JSON syntax: a comma before the closing bracket: remove it".into();
    }
    locator.problem(at..at, Severity::Error, code, message)
}

struct JsonFormat<'a> {
    root: BTreeMap<String, &'a RawValue>,
    document: bool,
}

impl Format for JsonFormat<'_> {
    fn root_keys(&self, locator: &Locator<'_>) -> Vec<(String, Range<usize>)> {
        self.root
            .keys()
            .map(|name| (name.clone(), locator.key_span(&[Seg::Key(name)])))
            .collect()
    }

    fn extra_root_keys(&self) -> &[&str] {
        if self.document {
            &["format", "texts"]
        } else {
            &[]
        }
    }

    fn unknown_root_key(&self, name: &str, hint: &str) -> String {
        format!("unknown key `{name}`{hint}: its contents are ignored")
    }

    fn missing_metadata(&self) -> Option<String> {
        Some("no `directory` object: add one with id, locales, status_as_of and version".into())
    }

    fn read_entry<T: DeserializeOwned>(
        &self,
        key: &'static str,
        locator: &Locator<'_>,
        problems: &mut Vec<Problem>,
    ) -> Option<Option<T>> {
        let raw = self.root.get(key)?;
        Some(read_one(raw, &[Seg::Key(key)], locator, problems))
    }

    fn read_array<T: DeserializeOwned>(
        &self,
        key: &'static str,
        locator: &Locator<'_>,
        problems: &mut Vec<Problem>,
    ) -> (Vec<T>, Vec<usize>) {
        read_many(&self.root, key, locator, problems)
    }
}

fn read_one<T: DeserializeOwned>(
    raw: &RawValue,
    path: &[Seg<'_>],
    locator: &Locator<'_>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match read_value(raw, path, locator, problems) {
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
                    describe(path, false),
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

/// Byte offset of `part` (a slice borrowed from `text`) in `text`.
fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// Deserializes one value; with `serde_ignored` (not in the browser build) unknown keys
/// are problems too.
#[cfg(feature = "toml-input")]
fn read_value<T: DeserializeOwned>(
    raw: &RawValue,
    path: &[Seg<'_>],
    locator: &Locator<'_>,
    problems: &mut Vec<Problem>,
) -> serde_json::Result<T> {
    let mut deserializer = serde_json::Deserializer::from_str(raw.get());
    super::driver::deserialize_reporting_unknown(&mut deserializer, path, false, locator, problems)
}

#[cfg(not(feature = "toml-input"))]
fn read_value<T: DeserializeOwned>(
    raw: &RawValue,
    _path: &[Seg<'_>],
    _locator: &Locator<'_>,
    _problems: &mut Vec<Problem>,
) -> serde_json::Result<T> {
    serde_json::from_str(raw.get())
}
