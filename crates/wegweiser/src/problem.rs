//! Problems found in a directory's files: the values `validate` returns.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How bad a problem is. Errors make [`crate::Directory::load`] fail; warnings don't.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// What kind of problem it is: stable codes for tools and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemCode {
    /// A file is missing or cannot be read.
    File,
    TomlSyntax,
    JsonSyntax,
    /// A value has the wrong type or format (a date that is not `YYYY-MM-DD`, …).
    InvalidValue,
    UnknownKey,
    InvalidId,
    DuplicateId,
    UnknownReference,
    InvalidEmail,
    InvalidUrl,
    InvalidPhone,
    InvalidLocale,
    /// Values that contradict each other (opens after it closes, end before start, …).
    Inconsistent,
    FluentSyntax,
    DuplicateMessage,
    UnknownEntity,
    UnknownAttribute,
    MissingSourceText,
    UnknownVariable,
    UnknownMessageReference,
    /// A locale folder that `directory.locales` does not list, or the other way round.
    LocaleMismatch,
    /// Demo data that looks real (an e-mail outside `.example`, a person's name).
    DemoData,
}

/// One problem at one place in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Path of the file, relative to the directory folder (`directory.toml`,
    /// `locales/de/services.ftl`).
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub column: u32,
    pub severity: Severity,
    pub code: ProblemCode,
    pub message: String,
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.column, self.severity, self.message
        )
    }
}

/// Orders problems by file, then position, so output is stable.
pub(crate) fn sort_problems(problems: &mut [Problem]) {
    problems.sort_by(|a, b| {
        (a.file.as_str(), a.line, a.column, a.severity).cmp(&(
            b.file.as_str(),
            b.line,
            b.column,
            b.severity,
        ))
    });
}
