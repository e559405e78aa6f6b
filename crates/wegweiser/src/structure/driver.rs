//! The outline every structure format follows, written once: check the root's keys, read
//! `directory`, then each entity array entity by entity, keeping what could be read and
//! where it came from.

use std::ops::Range;

use serde::de::DeserializeOwned;

use super::locator::Locator;
use super::path::Seg;
use crate::kind::{fill_arrays, ArraySource, ENTITY_ARRAYS};
use crate::model::{DirectoryData, Metadata};
use crate::problem::{Problem, ProblemCode, Severity};
use crate::text::closest;

/// The outcome of reading a structure file.
pub(crate) struct StructureRead<'t> {
    pub data: DirectoryData,
    pub locator: Locator<'t>,
    pub problems: Vec<Problem>,
    /// False when `directory` could not be read: nothing else can be trusted then.
    pub has_metadata: bool,
    /// False after a syntax error: entities may be missing that the file means to have.
    pub complete: bool,
}

/// What a format (TOML, JSON) gives the outline.
pub(crate) trait Format {
    /// The keys of the document's root with the span of each key.
    fn root_keys(&self, locator: &Locator<'_>) -> Vec<(String, Range<usize>)>;

    /// Keys the root may have besides `directory` and the arrays.
    fn extra_root_keys(&self) -> &[&str] {
        &[]
    }

    /// The problem message for an unknown root key (`hint` is a "did you mean").
    fn unknown_root_key(&self, name: &str, hint: &str) -> String;

    /// The problem message when there is no `directory`; `None` to stay silent (when a
    /// syntax error may have hidden it).
    fn missing_metadata(&self) -> Option<String>;

    /// Reads the root entry `key` as one value: `None` when it is absent, `Some(None)`
    /// when it is there but could not be read (the problem is reported).
    fn read_entry<T: DeserializeOwned>(
        &self,
        key: &'static str,
        locator: &Locator<'_>,
        problems: &mut Vec<Problem>,
    ) -> Option<Option<T>>;

    /// Reads root array `key` element by element: the elements that could be read and
    /// each one's index in the file.
    fn read_array<T: DeserializeOwned>(
        &self,
        key: &'static str,
        locator: &Locator<'_>,
        problems: &mut Vec<Problem>,
    ) -> (Vec<T>, Vec<usize>);
}

/// Reads a whole structure document with `format`, after the format's own parsing
/// reported `problems`.
pub(crate) fn read_document<'t>(
    format: &impl Format,
    mut locator: Locator<'t>,
    mut problems: Vec<Problem>,
) -> StructureRead<'t> {
    for (name, span) in format.root_keys(&locator) {
        let known = name == "directory"
            || ENTITY_ARRAYS.contains(&name.as_str())
            || format.extra_root_keys().contains(&name.as_str());
        if !known {
            let hint = closest(&name, ENTITY_ARRAYS.iter().copied().chain(["directory"]))
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            problems.push(locator.problem(
                span,
                Severity::Error,
                ProblemCode::UnknownKey,
                format.unknown_root_key(&name, &hint),
            ));
        }
    }

    let mut data = DirectoryData::default();
    let mut has_metadata = false;
    match format.read_entry::<Metadata>("directory", &locator, &mut problems) {
        Some(Some(metadata)) => {
            data.directory = metadata;
            has_metadata = true;
        }
        Some(None) => {}
        None => {
            if let Some(message) = format.missing_metadata() {
                problems.push(locator.problem(0..0, Severity::Error, ProblemCode::File, message));
            }
        }
    }

    fill_arrays(
        &mut data,
        &mut Arrays {
            format,
            locator: &mut locator,
            problems: &mut problems,
        },
    );
    StructureRead {
        data,
        locator,
        problems,
        has_metadata,
        complete: true,
    }
}

/// The arrays as [`fill_arrays`] asks for them, remembering where each entity came from.
struct Arrays<'a, 't, F> {
    format: &'a F,
    locator: &'a mut Locator<'t>,
    problems: &'a mut Vec<Problem>,
}

impl<F: Format> ArraySource for Arrays<'_, '_, F> {
    fn read<T: DeserializeOwned>(&mut self, key: &'static str) -> Vec<T> {
        let (items, origins) = self.format.read_array(key, self.locator, self.problems);
        self.locator.set_origins(key, origins);
        items
    }
}

/// Reads each element of array `key` with `read`, keeping those that could be read and
/// the index of each.
pub(crate) fn read_each<V, T>(
    key: &'static str,
    elements: impl Iterator<Item = V>,
    mut read: impl FnMut(V, &[Seg<'_>]) -> Option<T>,
) -> (Vec<T>, Vec<usize>) {
    let mut items = Vec::new();
    let mut origins = Vec::new();
    for (index, element) in elements.enumerate() {
        if let Some(item) = read(element, &[Seg::Key(key), Seg::Index(index)]) {
            items.push(item);
            origins.push(index);
        }
    }
    (items, origins)
}

/// Deserializes with `deserializer`, reporting every key the model does not know as a
/// problem at the key (needs `serde_ignored`, left out of the browser build).
#[cfg(feature = "toml-input")]
pub(crate) fn deserialize_reporting_unknown<'de, T: DeserializeOwned, D>(
    deserializer: D,
    path: &[Seg<'_>],
    toml: bool,
    locator: &Locator<'_>,
    problems: &mut Vec<Problem>,
) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let mut unknown: Vec<Vec<String>> = Vec::new();
    let item = serde_ignored::deserialize(deserializer, |ignored| {
        unknown.push(ignored_path(&ignored));
    })?;
    for keys in unknown {
        let mut full: Vec<Seg<'_>> = path.to_vec();
        full.extend(keys.iter().map(|k| match k.parse::<usize>() {
            Ok(i) => Seg::Index(i),
            Err(_) => Seg::Key(k.as_str()),
        }));
        let name = keys.last().cloned().unwrap_or_default();
        problems.push(locator.problem(
            locator.key_span(&full),
            Severity::Error,
            ProblemCode::UnknownKey,
            format!(
                "unknown key `{name}` in {}: remove it or fix its spelling (the format is in docs/data-format.md)",
                super::path::describe(path, toml)
            ),
        ));
    }
    Ok(item)
}

#[cfg(feature = "toml-input")]
fn ignored_path(path: &serde_ignored::Path<'_>) -> Vec<String> {
    fn walk(path: &serde_ignored::Path<'_>, out: &mut Vec<String>) {
        use serde_ignored::Path;
        match path {
            Path::Root => {}
            Path::Seq { parent, index } => {
                walk(parent, out);
                out.push(index.to_string());
            }
            Path::Map { parent, key } => {
                walk(parent, out);
                out.push(key.clone());
            }
            Path::Some { parent }
            | Path::NewtypeStruct { parent }
            | Path::NewtypeVariant { parent } => walk(parent, out),
        }
    }
    let mut out = Vec::new();
    walk(path, &mut out);
    out
}
