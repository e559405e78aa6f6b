//! Positions in a structure file: the line and column of any path into the document, for
//! every problem the readers and validation report.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::ops::Range;

#[cfg(feature = "toml-input")]
use toml::de::{DeTable, DeValue};
#[cfg(feature = "toml-input")]
use toml::Spanned;

use super::json_scan;
use super::path::Seg;
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::{indexed_line_col, SourceFile};

/// How positions are found: TOML keeps its parsed document with spans; JSON is located by
/// walking its text.
enum Positions<'t> {
    #[cfg(feature = "toml-input")]
    Toml(Spanned<DeTable<'t>>),
    /// Where each element of each top-level array starts, found once when first needed.
    Json(
        OnceCell<BTreeMap<String, Vec<usize>>>,
        std::marker::PhantomData<&'t ()>,
    ),
}

/// Finds the source position of any path in the parsed document.
pub(crate) struct Locator<'t> {
    file: &'t SourceFile,
    positions: Positions<'t>,
    /// For each entity array: the file's index of each entity that was read.
    origins: Vec<(&'static str, Vec<usize>)>,
}

impl<'t> Locator<'t> {
    pub(crate) fn json(file: &'t SourceFile) -> Self {
        Locator {
            file,
            positions: Positions::Json(OnceCell::new(), std::marker::PhantomData),
            origins: Vec::new(),
        }
    }

    #[cfg(feature = "toml-input")]
    pub(crate) fn toml(file: &'t SourceFile, root: Spanned<DeTable<'t>>) -> Self {
        Locator {
            file,
            positions: Positions::Toml(root),
            origins: Vec::new(),
        }
    }

    pub(crate) fn file(&self) -> &SourceFile {
        self.file
    }

    pub(crate) fn set_origins(&mut self, array: &'static str, origins: Vec<usize>) {
        self.origins.push((array, origins));
    }

    /// Byte span of the value at `path`, or of the closest enclosing value that exists.
    pub(crate) fn span(&self, path: &[Seg<'_>]) -> Range<usize> {
        match &self.positions {
            #[cfg(feature = "toml-input")]
            Positions::Toml(root) => toml_value(root, path).unwrap_or_else(|| root.span()),
            Positions::Json(elements, _) => self.json_locate(elements, path).0,
        }
    }

    /// The span of a key itself (for "unknown key" problems).
    pub(crate) fn key_span(&self, path: &[Seg<'_>]) -> Range<usize> {
        match &self.positions {
            #[cfg(feature = "toml-input")]
            Positions::Toml(root) => toml_key(root, path).unwrap_or_else(|| self.span(path)),
            Positions::Json(elements, _) => {
                let (value, key) = self.json_locate(elements, path);
                key.unwrap_or(value)
            }
        }
    }

    /// Locates `path` in the JSON text, starting at the entity when it names one.
    fn json_locate(
        &self,
        elements: &OnceCell<BTreeMap<String, Vec<usize>>>,
        path: &[Seg<'_>],
    ) -> (Range<usize>, Option<Range<usize>>) {
        let text = &self.file.text;
        if let [Seg::Key(array), Seg::Index(index), rest @ ..] = path {
            let elements = elements.get_or_init(|| json_scan::element_starts(text));
            if let Some(&start) = elements.get(*array).and_then(|e| e.get(*index)) {
                return json_scan::locate_from(text, start, rest);
            }
        }
        json_scan::locate(text, path)
    }

    /// Position of entity `index` (as read into the model) of `array`.
    pub(crate) fn entity_path<'a>(&self, array: &'a str, index: usize) -> Vec<Seg<'a>> {
        let file_index = self
            .origins
            .iter()
            .find(|(name, _)| *name == array)
            .and_then(|(_, indices)| indices.get(index).copied())
            .unwrap_or(index);
        vec![Seg::Key(array), Seg::Index(file_index)]
    }

    pub(crate) fn problem(
        &self,
        span: Range<usize>,
        severity: Severity,
        code: ProblemCode,
        message: String,
    ) -> Problem {
        let (line, column) = indexed_line_col(&self.file.text, span.start);
        Problem {
            file: self.file.path.clone(),
            line,
            column,
            severity,
            code,
            message,
        }
    }
}

/// The value at `path` in the TOML document, when every step of it exists.
#[cfg(feature = "toml-input")]
fn toml_exact<'d, 't>(
    root: &'d Spanned<DeTable<'t>>,
    path: &[Seg<'_>],
) -> Option<&'d Spanned<DeValue<'t>>> {
    let (Seg::Key(first), rest) = path.split_first()? else {
        return None;
    };
    let mut current = root.get_ref().get(*first)?;
    for seg in rest {
        current = match seg {
            Seg::Key(key) => current.get_ref().get(*key)?,
            Seg::Index(index) => current.get_ref().get(*index)?,
        };
    }
    Some(current)
}

/// The span of the deepest value of `path` that exists in the TOML document.
#[cfg(feature = "toml-input")]
fn toml_value(root: &Spanned<DeTable<'_>>, path: &[Seg<'_>]) -> Option<Range<usize>> {
    (1..=path.len())
        .rev()
        .find_map(|len| toml_exact(root, &path[..len]))
        .map(|value| value.span())
}

/// The span of the key that ends `path`, when its table has it.
#[cfg(feature = "toml-input")]
fn toml_key(root: &Spanned<DeTable<'_>>, path: &[Seg<'_>]) -> Option<Range<usize>> {
    let (Seg::Key(last), parent) = path.split_last()? else {
        return None;
    };
    let table = if parent.is_empty() {
        root.get_ref()
    } else {
        toml_exact(root, parent)?.get_ref().as_table()?
    };
    table.keys().find(|k| k.get_ref() == last).map(|k| k.span())
}
