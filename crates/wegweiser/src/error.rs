use std::path::PathBuf;

use crate::problem::Problem;

/// Everything that can go wrong in this crate.
///
/// Problems in the data itself (a bad phone number, an unknown reference) are not errors:
/// they are [`Problem`] values, collected and returned all at once. An `Error` means the
/// operation could not be carried out.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A file or folder could not be written.
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A writer refused to replace what it did not write, or to write through a link.
    #[error("{}: not written: it {reason}", path.display())]
    Refused { path: PathBuf, reason: String },
    /// The directory has errors; every problem found is attached.
    #[error(
        "the directory has {} error(s); first: {}",
        count_errors(problems),
        first_error(problems)
    )]
    Invalid { problems: Vec<Problem> },
    /// A string that is not a BCP 47 language tag.
    #[error("`{tag}` is not a language tag (expected something like `de`, `dsb`, `fa-AF`)")]
    Locale { tag: String },
    /// A JSON document could not be read or written.
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A lookup named something the directory does not have.
    #[error("no {kind} with id `{id}`{}", suggestion.as_ref().map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default())]
    NotFound {
        kind: &'static str,
        id: String,
        suggestion: Option<String>,
    },
    /// The search index failed (this is a bug: please report it).
    #[error("search index: {0}")]
    Search(String),
    /// A value given to a filter or option is not one the directory knows.
    #[error("{0}")]
    InvalidArgument(String),
}

impl Error {
    /// Every value [`Error::code`] can have.
    pub const CODES: [&'static str; 9] = [
        "io",
        "write",
        "refused",
        "invalid-data",
        "invalid-locale",
        "json",
        "not-found",
        "search",
        "invalid-argument",
    ];

    /// A stable, kebab-case name of the kind of error, for bindings (`error.code` in
    /// JavaScript) and for programs that branch on it.
    pub fn code(&self) -> &'static str {
        // Constant indices into CODES: a code missing from the list fails the build.
        match self {
            Error::Io { .. } => Self::CODES[0],
            Error::Write { .. } => Self::CODES[1],
            Error::Refused { .. } => Self::CODES[2],
            Error::Invalid { .. } => Self::CODES[3],
            Error::Locale { .. } => Self::CODES[4],
            Error::Json(_) => Self::CODES[5],
            Error::NotFound { .. } => Self::CODES[6],
            Error::Search(_) => Self::CODES[7],
            Error::InvalidArgument(_) => Self::CODES[8],
        }
    }
}

/// serde_json's message without its " at line L column C" suffix, for messages that give
/// the position themselves (or where it would point into text the reader never wrote).
pub(crate) fn json_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    text.strip_suffix(&suffix).unwrap_or(&text).to_owned()
}

fn count_errors(problems: &[Problem]) -> usize {
    problems.iter().filter(|p| p.is_error()).count()
}

fn first_error(problems: &[Problem]) -> String {
    problems
        .iter()
        .find(|p| p.is_error())
        .map(ToString::to_string)
        .unwrap_or_default()
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_listed() {
        let json = serde_json::from_str::<serde_json::Value>("{").unwrap_err();
        let errors = [
            Error::Io {
                path: "x".into(),
                source: std::io::Error::other("x"),
            },
            Error::Write {
                path: "x".into(),
                source: std::io::Error::other("x"),
            },
            Error::Refused {
                path: "x".into(),
                reason: "x".into(),
            },
            Error::Invalid {
                problems: Vec::new(),
            },
            Error::Locale { tag: "x".into() },
            Error::Json(json),
            Error::NotFound {
                kind: "service",
                id: "x".into(),
                suggestion: None,
            },
            Error::Search("x".into()),
            Error::InvalidArgument("x".into()),
        ];
        // Each kind of error has its own code.
        let codes: std::collections::BTreeSet<&str> = errors.iter().map(Error::code).collect();
        assert_eq!(codes.len(), Error::CODES.len());
    }
}
