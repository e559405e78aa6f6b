//! The files of one directory, held in memory, so that a folder on disk, a compiled-in
//! sample, a web page's downloads and a JSON document all load the same way.

use std::collections::BTreeMap;

use super::file::SourceFile;
use crate::error::{Error, Result};
use crate::problem::{Problem, ProblemCode, Severity};

/// The files of one directory: `directory.toml` and `locales/<locale>/*.ftl`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceFiles {
    pub structure: Option<SourceFile>,
    /// Fluent files, sorted by path.
    pub fluent: Vec<SourceFile>,
    /// `locales/<locale>/l10n.lock`: which source text each translation was made from
    /// (`wegweiser l10n stamp`), sorted by path.
    pub locks: Vec<SourceFile>,
    /// Files that could not be used as they are (not UTF-8, not a regular file, too
    /// large, a second structure file): loading reports these with the rest.
    pub problems: Vec<Problem>,
}

pub const STRUCTURE_FILE: &str = "directory.toml";
/// The name of a locale folder's lock file (see [`SourceFiles::locks`]).
pub const LOCK_FILE: &str = "l10n.lock";
/// The first line of a lock file this library wrote; a file without it is not ours.
pub const LOCK_HEADER: &str = "# wegweiser l10n.lock:";
/// The structure as JSON, as `wegweiser export --format web` writes it.
pub const STRUCTURE_JSON_FILE: &str = "directory.json";

impl SourceFiles {
    /// Files keyed by path (`directory.json` or `directory.toml`, `locales/de/….ftl`), as a web page fetched
    /// them. Paths of any other form are an error that names them.
    pub fn from_map(files: BTreeMap<String, String>) -> Result<SourceFiles> {
        let mut sources = SourceFiles::default();
        for (path, text) in files {
            if path == STRUCTURE_FILE || path == STRUCTURE_JSON_FILE {
                if let Some(first) = &sources.structure {
                    sources.problems.push(Problem {
                        file: path.clone(),
                        line: 1,
                        column: 1,
                        severity: Severity::Error,
                        code: ProblemCode::File,
                        message: format!(
                            "both `{}` and `{path}` given: a directory has one structure file (this one is ignored)",
                            first.path
                        ),
                    });
                    continue;
                }
                sources.structure = Some(SourceFile::new(path, text));
            } else if path.ends_with(".ftl") && SourceFiles::locale_of(&path).is_some() {
                sources.fluent.push(SourceFile::new(path, text));
            } else if SourceFiles::is_lock(&path) {
                sources.locks.push(SourceFile::new(path, text));
            } else {
                return Err(Error::InvalidArgument(format!(
                    "`{path}` is neither {STRUCTURE_JSON_FILE}, {STRUCTURE_FILE}, locales/<locale>/<name>.ftl nor locales/<locale>/{LOCK_FILE}"
                )));
            }
        }
        sources.fluent.sort_by(|a, b| a.path.cmp(&b.path));
        sources.locks.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(sources)
    }

    /// Puts `file` in place of the Fluent or lock file with its path (or adds it),
    /// keeping the lists sorted.
    pub fn replace(&mut self, file: SourceFile) {
        let list = if SourceFiles::is_lock(&file.path) {
            &mut self.locks
        } else {
            &mut self.fluent
        };
        list.retain(|f| f.path != file.path);
        list.push(file);
        list.sort_by(|a, b| a.path.cmp(&b.path));
    }

    /// Whether `path` is a locale folder's lock file (`locales/ar/l10n.lock`).
    pub fn is_lock(path: &str) -> bool {
        path.strip_prefix("locales/")
            .and_then(|rest| rest.split_once('/'))
            .is_some_and(|(locale, name)| !locale.is_empty() && name == LOCK_FILE)
    }

    /// The locale folder a Fluent file sits in (`locales/dsb/x.ftl` → `dsb`).
    pub fn locale_of(path: &str) -> Option<&str> {
        let rest = path.strip_prefix("locales/")?;
        rest.split_once('/').map(|(locale, _)| locale)
    }
}
