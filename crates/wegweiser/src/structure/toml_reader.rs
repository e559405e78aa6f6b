//! Reading `directory.toml`: every syntax error, every bad value and every unknown key,
//! each with its position, while keeping every entity that could be read.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue, ValueDeserializer};
use toml::Spanned;

use super::driver::{
    deserialize_reporting_unknown, read_document, read_each, Format, StructureRead,
};
use super::locator::Locator;
use super::path::{describe, Seg};
use super::toml_syntax;
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::{indexed_line_col, SourceFile};

pub(crate) fn read(file: &SourceFile) -> StructureRead<'_> {
    let (root, syntax_errors) = DeTable::parse_recoverable(&file.text);
    let table = root.get_ref().clone();
    let locator = Locator::toml(file, root);
    let chosen = toml_syntax::select(
        &file.text,
        syntax_errors
            .iter()
            .map(|error| match error.span() {
                Some(span) => (span, error.message().to_owned()),
                // toml gives its nesting limit no position: point where it nests deepest.
                None => {
                    let at = toml_syntax::deepest(&file.text);
                    let message = format!(
                        "{} (arrays, inline tables and dotted keys nest too deeply here)",
                        error.message().trim()
                    );
                    (at..at + 1, message)
                }
            })
            .collect(),
    );
    let problems = chosen
        .iter()
        .map(|error| {
            locator.problem(
                error.span.clone(),
                Severity::Error,
                ProblemCode::TomlSyntax,
                error.message.clone(),
            )
        })
        .collect();
    let format = TomlFormat {
        root: table,
        complete: syntax_errors.is_empty(),
    };
    let mut read = read_document(&format, locator, problems);
    // A table with a syntax error was misread: its other problems only repeat that one.
    let broken: Vec<_> = chosen
        .iter()
        .map(|error| {
            let table = toml_syntax::table_around(&file.text, error.span.start);
            let (start, _) = indexed_line_col(&file.text, table.start);
            let (end, _) = indexed_line_col(&file.text, table.end.saturating_sub(1));
            start..=end
        })
        .collect();
    read.problems.retain(|problem| {
        problem.code == ProblemCode::TomlSyntax
            || !broken.iter().any(|lines| lines.contains(&problem.line))
    });
    read.complete = syntax_errors.is_empty();
    read
}

struct TomlFormat<'d> {
    root: DeTable<'d>,
    /// Parsed without syntax errors: what is missing is really missing.
    complete: bool,
}

impl Format for TomlFormat<'_> {
    fn root_keys(&self, _locator: &Locator<'_>) -> Vec<(String, Range<usize>)> {
        self.root
            .keys()
            .map(|key| (key.get_ref().to_string(), key.span()))
            .collect()
    }

    fn unknown_root_key(&self, name: &str, hint: &str) -> String {
        format!("unknown table `{name}`{hint}: its contents are ignored")
    }

    fn missing_metadata(&self) -> Option<String> {
        self.complete.then(|| {
            "no [directory] table: add one with id, locales, status_as_of and version".into()
        })
    }

    fn read_entry<T: DeserializeOwned>(
        &self,
        key: &'static str,
        locator: &Locator<'_>,
        problems: &mut Vec<Problem>,
    ) -> Option<Option<T>> {
        let value = self.root.get(key)?;
        Some(read_one(value, &[Seg::Key(key)], locator, problems))
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

/// Reads one value into `T`, reporting type errors and unknown keys. `None` when the
/// value could not be read at all.
fn read_one<T: DeserializeOwned>(
    value: &Spanned<DeValue<'_>>,
    path: &[Seg<'_>],
    locator: &Locator<'_>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let deserializer = ValueDeserializer::from(value.clone());
    match deserialize_reporting_unknown(deserializer, path, true, locator, problems) {
        Ok(item) => Some(item),
        Err(error) => {
            let span = error.span().unwrap_or_else(|| value.span());
            problems.push(locator.problem(
                span,
                Severity::Error,
                ProblemCode::InvalidValue,
                format!(
                    "{}: {}; this entry is skipped",
                    describe(path, true),
                    error.message().trim()
                ),
            ));
            None
        }
    }
}

fn read_many<T: DeserializeOwned>(
    root: &DeTable<'_>,
    key: &'static str,
    locator: &Locator<'_>,
    problems: &mut Vec<Problem>,
) -> (Vec<T>, Vec<usize>) {
    let Some(value) = root.get(key) else {
        return (Vec::new(), Vec::new());
    };
    let Some(array) = value.get_ref().as_array() else {
        problems.push(locator.problem(
            value.span(),
            Severity::Error,
            ProblemCode::InvalidValue,
            format!("`{key}` must be an array of tables, written [[{key}]]"),
        ));
        return (Vec::new(), Vec::new());
    };
    read_each(key, array.iter(), |item, path| {
        read_one::<T>(item, path, locator, problems)
    })
}
