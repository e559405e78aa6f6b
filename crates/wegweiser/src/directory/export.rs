//! JSON: the whole directory as one document for machines, and back.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Directory;
use crate::error::{Error, Result};
use crate::kind::Kind;
use crate::l10n::{split_key, Lock};
use crate::model::{DirectoryData, Visibility};
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::{SourceFile, SourceFiles, LOCK_FILE, STRUCTURE_JSON_FILE};
use crate::structure::{Form, JSON_FORMAT};

/// A directory as one JSON document: the structure of `directory.toml` plus the Fluent
/// sources of every locale, keyed by file path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectoryDocument {
    pub format: String,
    #[serde(flatten)]
    pub data: DirectoryData,
    /// `locales/de/services.ftl` → Fluent source.
    pub texts: BTreeMap<String, String>,
}

/// What an export includes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Keep contacts marked `visibility = "internal"`. Public exports never do.
    pub include_internal: bool,
}

impl Directory {
    /// The directory as a JSON document. Without `include_internal`, internal contacts,
    /// every reference to them and their texts are left out.
    pub fn to_document(&self, options: ExportOptions) -> DirectoryDocument {
        let mut data = self.data().clone();
        let mut texts: BTreeMap<String, String> = self
            .sources()
            .fluent
            .iter()
            .chain(&self.sources().locks)
            .map(|f| (f.path.clone(), f.text.to_string()))
            .collect();
        if !options.include_internal {
            let internal: Vec<String> = data
                .contacts
                .iter()
                .filter(|c| c.visibility == Visibility::Internal)
                .map(|c| c.id.clone())
                .collect();
            if !internal.is_empty() {
                data.contacts.retain(|c| !internal.contains(&c.id));
                for service in &mut data.services {
                    service.contacts.retain(|c| !internal.contains(c));
                }
                for measure in &mut data.measures {
                    measure
                        .responsible_contacts
                        .retain(|c| !internal.contains(c));
                }
                let hidden: Vec<String> = internal
                    .iter()
                    .map(|id| Kind::Contact.message_id(id))
                    .collect();
                for (path, text) in texts.iter_mut() {
                    *text = if SourceFiles::is_lock(path) {
                        remove_stamps(text, &hidden)
                    } else {
                        remove_messages(text, &hidden)
                    };
                }
            }
        }
        DirectoryDocument {
            format: JSON_FORMAT.to_owned(),
            data,
            texts,
        }
    }

    /// The directory as pretty-printed JSON (see [`Directory::to_document`]).
    pub fn to_json(&self, options: ExportOptions) -> Result<String> {
        Ok(serde_json::to_string_pretty(&self.to_document(options))?)
    }
}

impl Directory {
    /// Reads a JSON document written by [`Directory::to_json`] and validates it like a
    /// folder. Problems point at their line and column in the document (`directory.json`).
    pub fn from_json(json: &str) -> Result<Directory> {
        let (directory, problems) = Self::from_json_lenient(json)?;
        if problems.iter().any(Problem::is_error) {
            return Err(Error::Invalid { problems });
        }
        Ok(directory)
    }

    /// Like [`Directory::from_json`], keeping what can be read. Fails only when the text
    /// is not a JSON object at all; a syntax error is a located problem.
    pub fn from_json_lenient(json: &str) -> Result<(Directory, Vec<Problem>)> {
        #[derive(Deserialize)]
        struct Outline {
            format: Option<serde::de::IgnoredAny>,
            #[serde(default)]
            texts: BTreeMap<String, String>,
        }
        let outline: Outline = match serde_json::from_str(json) {
            Ok(outline) => outline,
            Err(_) if !json.trim_start().starts_with('{') => {
                return Err(Error::InvalidArgument(format!(
                    "a wegweiser JSON document is an object with \"format\": \"{JSON_FORMAT}\""
                )))
            }
            // A syntax error: the JSON reader reports it, at its position.
            Err(_) => Outline {
                format: Some(serde::de::IgnoredAny),
                texts: BTreeMap::new(),
            },
        };
        let mut problems = Vec::new();
        // A wrong tag is reported by the JSON reader, at its position.
        if outline.format.is_none() {
            problems.push(Problem {
                file: STRUCTURE_JSON_FILE.into(),
                line: 1,
                column: 1,
                severity: Severity::Error,
                code: ProblemCode::InvalidValue,
                message: format!("`format` is missing: a wegweiser JSON document starts with \"format\": \"{JSON_FORMAT}\""),
            });
        }
        // The structure is read from the document itself, so problems keep their
        // positions; the JSON reader knows `format` and `texts`.
        let (locks, fluent): (Vec<_>, Vec<_>) = outline
            .texts
            .into_iter()
            .map(|(path, text)| SourceFile::new(path, text))
            .partition(|f| SourceFiles::is_lock(&f.path));
        let sources = SourceFiles {
            structure: Some(SourceFile::new(STRUCTURE_JSON_FILE, json)),
            fluent,
            locks,
            problems: Vec::new(),
        };
        let (directory, more) = Directory::build(sources, Form::Document)?;
        problems.extend(more);
        Ok((directory, problems))
    }
}

/// Removes whole messages (with their comments) from a Fluent source.
fn remove_messages(source: &str, ids: &[String]) -> String {
    let mut out = String::with_capacity(source.len());
    let mut skipping = false;
    let mut pending_comment = String::new();
    for line in source.split_inclusive('\n') {
        let starts_entry = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
        if starts_entry {
            let id = line
                .split(|c: char| c == '=' || c.is_whitespace())
                .next()
                .unwrap_or("");
            skipping = ids.iter().any(|hidden| hidden == id);
            if skipping {
                pending_comment.clear();
                continue;
            }
        } else if skipping && (line.starts_with([' ', '\t']) || line.trim().is_empty()) {
            if line.trim().is_empty() {
                skipping = false;
                out.push_str(line);
            }
            continue;
        } else {
            skipping = false;
        }
        if line.starts_with("# ") || line.trim_end() == "#" {
            // A message comment belongs to the next message: hold it until we know.
            pending_comment.push_str(line);
            continue;
        }
        out.push_str(&pending_comment);
        pending_comment.clear();
        out.push_str(line);
    }
    out.push_str(&pending_comment);
    out
}

/// A lock file without the stamps of `hidden` messages (and their attributes).
fn remove_stamps(text: &str, hidden: &[String]) -> String {
    let file = SourceFile::new(LOCK_FILE, text);
    let stamps = Lock::parse(&file, &mut Vec::new())
        .stamps
        .into_iter()
        .filter(|(key, _)| !hidden.iter().any(|h| h == split_key(key).0))
        .map(|(key, stamp)| (key, stamp.stamp))
        .collect();
    Lock::render(&stamps)
}

#[cfg(test)]
mod tests {
    use super::remove_messages;

    #[test]
    fn removes_a_message_with_its_comment() {
        let source = "### file\n\n# note\ncontact-a = A\n    .note = x\n\ncontact-b = B\n";
        let out = remove_messages(source, &["contact-a".to_owned()]);
        assert_eq!(out, "### file\n\n\ncontact-b = B\n");
        assert!(fluent_bundle::FluentResource::try_new(out).is_ok());
    }
}
