//! Problems found in a directory's files: the values `validate` returns.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How bad a problem is. Errors make [`crate::Directory::load`] fail; warnings don't.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
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

// One list of codes gives the enum, `ALL` and `as_str`.
macro_rules! problem_codes {
    ($($(#[doc = $doc:literal])* $code:ident $name:literal,)*) => {
        /// What kind of problem it is: stable codes for tools and tests.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(rename_all = "kebab-case")]
        pub enum ProblemCode {
            $($(#[doc = $doc])* $code,)*
        }

        impl ProblemCode {
            /// Every code.
            pub const ALL: &'static [ProblemCode] = &[$(ProblemCode::$code),*];

            /// The stable kebab-case name (`unknown-reference`), as in JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ProblemCode::$code => $name,)*
                }
            }
        }
    };
}

problem_codes! {
    /// A file is missing or cannot be read.
    File "file",
    TomlSyntax "toml-syntax",
    JsonSyntax "json-syntax",
    /// A CSV row that cannot be read (more cells than the header, a column named twice).
    CsvSyntax "csv-syntax",
    /// A value has the wrong type or format (a date that is not `YYYY-MM-DD`, …).
    InvalidValue "invalid-value",
    UnknownKey "unknown-key",
    InvalidId "invalid-id",
    DuplicateId "duplicate-id",
    UnknownReference "unknown-reference",
    InvalidEmail "invalid-email",
    InvalidUrl "invalid-url",
    InvalidPhone "invalid-phone",
    InvalidLocale "invalid-locale",
    /// Values that contradict each other (opens after it closes, end before start, …).
    Inconsistent "inconsistent",
    FluentSyntax "fluent-syntax",
    DuplicateMessage "duplicate-message",
    UnknownEntity "unknown-entity",
    UnknownAttribute "unknown-attribute",
    MissingSourceText "missing-source-text",
    UnknownVariable "unknown-variable",
    UnknownMessageReference "unknown-message-reference",
    /// A translation made from a source text that has changed since (`l10n.lock`).
    OutdatedTranslation "outdated-translation",
    /// A locale folder that `directory.locales` does not list, or the other way round.
    LocaleMismatch "locale-mismatch",
    /// Demo data that looks real (an e-mail outside `.example`, a person's name).
    DemoData "demo-data",
}

impl fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem at one place in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_named_as_in_json() {
        assert!(ProblemCode::ALL.len() > 20);
        for code in ProblemCode::ALL {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json, code.as_str());
            assert_eq!(serde_json::from_value::<ProblemCode>(json).unwrap(), *code);
        }
    }
}
