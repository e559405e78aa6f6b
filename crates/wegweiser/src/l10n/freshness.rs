//! Whether a translation still says what its source says: every translated text can be
//! stamped with a fingerprint of the source-locale text it was made from, in the locale's
//! `l10n.lock`. When the source text changes, the fingerprint no longer matches and the
//! translation is outdated until someone reviews and stamps it again.
//!
//! The stamps live in a file of their own, not in Fluent comments: translation tools such
//! as Pontoon and Weblate rewrite a locale's `.ftl` files from their own store and keep
//! only the comments of the source locale, so a stamp in a comment would be lost on the
//! next sync. A lock file beside them is never touched by those tools.

use std::collections::BTreeMap;

use sha1_smol::Sha1;

use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::{line_col, SourceFile, LOCK_HEADER};

/// Hex digits kept of a text's SHA-1 (48 bits): enough to notice any edit of one text.
const STAMP_HEX_DIGITS: usize = 12;

/// The fingerprint of a source text, as stamped in `l10n.lock`.
pub fn stamp_of(text: &str) -> String {
    let mut hash = Sha1::new();
    hash.update(text.as_bytes());
    let mut hex = hash.digest().to_string();
    hex.truncate(STAMP_HEX_DIGITS);
    hex
}

/// The key of one text in a lock file: `message` or `message.attribute`.
pub fn unit_key(message: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(attribute) => format!("{message}.{attribute}"),
        None => message.to_owned(),
    }
}

/// `message.attribute` split back; message ids hold no dots.
pub fn split_key(key: &str) -> (&str, Option<&str>) {
    match key.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (key, None),
    }
}

/// One stamp, with the byte offset of its line for problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub stamp: String,
    pub offset: usize,
}

/// A parsed lock file: a translation's stamps by text key; the source locale's lock
/// keeps the source texts that stamps refer to, so that a translator can see what
/// changed (`wegweiser l10n diff`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Lock {
    pub stamps: BTreeMap<String, Stamp>,
    /// Stamp → the source text it was taken of.
    pub source_texts: BTreeMap<String, String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LockFile {
    #[serde(rename = "made-from", default)]
    made_from: BTreeMap<String, toml::Spanned<String>>,
    #[serde(rename = "source-texts", default)]
    source_texts: BTreeMap<String, String>,
}

impl Lock {
    /// Reads a lock file; what cannot be read is a problem with its position, and the
    /// file then counts as empty (every translation unstamped), so loading goes on.
    pub(crate) fn parse(file: &SourceFile, problems: &mut Vec<Problem>) -> Lock {
        let parsed: LockFile = match toml::from_str(&file.text) {
            Ok(parsed) => parsed,
            Err(e) => {
                let offset = e.span().map_or(0, |s| s.start);
                problems.push(lock_problem(
                    file,
                    offset,
                    ProblemCode::TomlSyntax,
                    format!(
                        "{}: this lock file is ignored (every translation of the locale counts as not reviewed); fix it or write it anew with `wegweiser l10n stamp`",
                        e.message()
                    ),
                ));
                return Lock::default();
            }
        };
        let mut stamps = BTreeMap::new();
        for (key, value) in parsed.made_from {
            let offset = value.span().start;
            let stamp = value.into_inner();
            let valid_key = !key.is_empty() && key.split('.').count() <= 2;
            let valid_stamp = stamp.len() == STAMP_HEX_DIGITS
                && stamp
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
            if !valid_key || !valid_stamp {
                problems.push(lock_problem(
                    file,
                    offset,
                    ProblemCode::InvalidValue,
                    format!(
                        "`{key}` = \"{stamp}\" is not a stamp: keys are `message` or `message.attribute`, stamps {STAMP_HEX_DIGITS} lowercase hex digits; this line is ignored"
                    ),
                ));
                continue;
            }
            stamps.insert(key, Stamp { stamp, offset });
        }
        Lock {
            stamps,
            source_texts: parsed.source_texts,
        }
    }

    /// The text of a translation's lock file holding `stamps`, sorted by key.
    pub(crate) fn render(stamps: &BTreeMap<String, String>) -> String {
        let mut text = format!(
            "{LOCK_HEADER} the source text each translation of this locale was made from.\n# Written by `wegweiser l10n stamp`; keep it next to the .ftl files.\n\n[made-from]\n"
        );
        for (key, stamp) in stamps {
            // Keys are message ids (ASCII letters, digits, `-`, `_`) and one dot.
            text.push_str(&format!("\"{key}\" = \"{stamp}\"\n"));
        }
        text
    }

    /// The text of the source locale's lock file: the source texts stamps refer to.
    pub(crate) fn render_source(texts: &BTreeMap<String, String>) -> String {
        let mut text = format!(
            "{LOCK_HEADER} the source texts that translations were made from, by stamp,\n# so that `wegweiser l10n diff` can show what changed since. Written by `wegweiser l10n stamp`.\n\n[source-texts]\n"
        );
        for (stamp, source) in texts {
            // A TOML basic string: quotes, backslashes and control characters escaped.
            let value = toml::Value::String(source.clone());
            text.push_str(&format!("\"{stamp}\" = {value}\n"));
        }
        text
    }
}

/// What the stamps of one locale say about its translations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Freshness {
    /// Keys of translations whose source text changed after they were stamped, with
    /// the stamp they have (the source text they were made from).
    pub outdated: BTreeMap<String, String>,
}

pub(crate) fn lock_problem(
    file: &SourceFile,
    offset: usize,
    code: ProblemCode,
    message: String,
) -> Problem {
    let (line, column) = line_col(&file.text, offset);
    Problem {
        file: file.path.clone(),
        line,
        column,
        severity: Severity::Warning,
        code,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Lock, Vec<Problem>) {
        let mut problems = Vec::new();
        let lock = Lock::parse(
            &SourceFile::new("locales/ar/l10n.lock", text),
            &mut problems,
        );
        (lock, problems)
    }

    #[test]
    fn a_rendered_lock_reads_back() {
        let stamps: BTreeMap<String, String> = [
            ("service-a".to_owned(), stamp_of("Sprachkurs")),
            ("service-a.description".to_owned(), stamp_of("Ein Kurs")),
        ]
        .into();
        let (lock, problems) = parse(&Lock::render(&stamps));
        assert!(problems.is_empty(), "{problems:?}");
        let read: BTreeMap<String, String> =
            lock.stamps.into_iter().map(|(k, s)| (k, s.stamp)).collect();
        assert_eq!(read, stamps);
        assert_ne!(stamp_of("Sprachkurs"), stamp_of("Sprachkurs "));
        let texts: BTreeMap<String, String> =
            [(stamp_of("a \"b\"\\\n"), "a \"b\"\\\n".to_owned())].into();
        let (lock, problems) = parse(&Lock::render_source(&texts));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(lock.source_texts, texts);
    }

    #[test]
    fn broken_locks_are_located_problems() {
        let (lock, problems) = parse("[made-from]\n\"a\" = \"zz\"\n\"b\" = \"0123456789ab\"\n");
        assert_eq!(lock.stamps.len(), 1);
        assert_eq!(
            (problems[0].line, problems[0].code),
            (2, ProblemCode::InvalidValue)
        );
        let (lock, problems) = parse("[made-from\n");
        assert!(lock.stamps.is_empty());
        assert_eq!(
            (problems[0].line, problems[0].code),
            (1, ProblemCode::TomlSyntax)
        );
        let (_, problems) = parse("[other]\n");
        assert_eq!(problems.len(), 1, "unknown tables are reported");
    }
}
