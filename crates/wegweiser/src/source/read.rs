//! Reading a directory folder from disk into [`SourceFiles`]: regular files only, each
//! within [`MAX_FILE_BYTES`], so that a FIFO or `/dev/zero` can neither block nor flood
//! a load. A file that cannot be used is a located [`Problem`]; the others still load.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::file::{line_col, SourceFile};
use super::files::{SourceFiles, LOCK_FILE, STRUCTURE_FILE, STRUCTURE_JSON_FILE};
use crate::error::{Error, Result};
use crate::problem::{Problem, ProblemCode, Severity};

/// The largest file a directory may hold (256 MiB; a directory of 100,000 services
/// has Fluent files of about 120 MB). Larger files are skipped with a problem.
pub const MAX_FILE_BYTES: u64 = 256 << 20;
/// The most Fluent files a directory may hold; more are skipped with a problem.
pub const MAX_FLUENT_FILES: usize = 10_000;

/// The most bytes all files of a directory may have together (1 GiB); files past it
/// are skipped with a problem.
pub const MAX_TOTAL_BYTES: u64 = 1 << 30;

impl SourceFiles {
    /// Reads `directory.toml` (or `directory.json`) and every `locales/*/*.ftl` below
    /// `dir`. Fails only when `dir` itself cannot be read; a file or folder inside it
    /// that cannot be used (not a regular file, too large, not UTF-8, unreadable, a
    /// broken link, a name that is not UTF-8, a second structure file) becomes one of
    /// [`SourceFiles::problems`] and the rest still loads.
    pub fn read_dir(dir: &Path) -> Result<Self> {
        Self::read_dir_within(dir, MAX_TOTAL_BYTES)
    }

    /// [`SourceFiles::read_dir`] with another budget for all files together.
    fn read_dir_within(dir: &Path, budget: u64) -> Result<Self> {
        let meta = std::fs::metadata(dir).map_err(io(dir))?;
        if !meta.is_dir() {
            return Err(Error::Io {
                path: dir.to_path_buf(),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotADirectory,
                    "expected a directory folder holding directory.toml and locales/",
                ),
            });
        }
        // Listing the folder itself must work: everything else is a problem.
        std::fs::read_dir(dir).map_err(io(dir))?;
        let mut reader = Reader {
            dir,
            sources: SourceFiles::default(),
            budget,
        };
        let present: Vec<&str> = [STRUCTURE_FILE, STRUCTURE_JSON_FILE]
            .into_iter()
            .filter(|name| std::fs::symlink_metadata(dir.join(name)).is_ok())
            .collect();
        if present.len() > 1 {
            reader.problem(
                STRUCTURE_JSON_FILE,
                format!("both {STRUCTURE_FILE} and {STRUCTURE_JSON_FILE} are here: keep one (this one is ignored)"),
            );
        }
        if let Some(name) = present.first() {
            reader.sources.structure = reader.read_file(name);
        }
        reader.read_locales();
        let mut sources = reader.sources;
        sources.fluent.sort_by(|a, b| a.path.cmp(&b.path));
        sources.locks.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(sources)
    }
}

/// One read of a directory folder: what was read, and what is left of the byte budget.
struct Reader<'d> {
    dir: &'d Path,
    sources: SourceFiles,
    budget: u64,
}

impl Reader<'_> {
    fn problem(&mut self, relative: &str, message: String) {
        self.sources.problems.push(file_problem(relative, message));
    }

    fn read_locales(&mut self) {
        let locales_dir = self.dir.join("locales");
        match std::fs::metadata(&locales_dir) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
            Err(e) => return self.problem("locales", format!("`locales` cannot be read: {e}")),
            Ok(meta) if !meta.is_dir() => {
                return self.problem(
                    "locales",
                    "`locales` is not a folder: the texts go in locales/<locale>/*.ftl".into(),
                )
            }
            Ok(_) => {}
        }
        for locale in self.list("locales") {
            let relative = format!("locales/{locale}");
            match std::fs::metadata(self.dir.join(&relative)) {
                Ok(meta) if meta.is_dir() => {}
                Ok(_) => {
                    self.sources.problems.push(Problem {
                        severity: Severity::Warning,
                        ..file_problem(
                            &relative,
                            format!("`{relative}` is not a folder: it is ignored"),
                        )
                    });
                    continue;
                }
                Err(e) => {
                    self.problem(
                        &relative,
                        format!("`{relative}` cannot be read: {e}; it is skipped"),
                    );
                    continue;
                }
            }
            for name in self.list(&relative) {
                if name == LOCK_FILE {
                    let path = format!("{relative}/{name}");
                    if let Some(file) = self.read_file(&path) {
                        self.sources.locks.push(file);
                    }
                    continue;
                }
                if !name.ends_with(".ftl") {
                    continue;
                }
                let path = format!("{relative}/{name}");
                if self.sources.fluent.len() >= MAX_FLUENT_FILES {
                    return self.problem(
                        &path,
                        format!("more than {MAX_FLUENT_FILES} Fluent files: this one and the rest are skipped"),
                    );
                }
                if let Some(file) = self.read_file(&path) {
                    self.sources.fluent.push(file);
                }
            }
        }
    }

    /// The names in a folder below the directory, sorted; a folder that cannot be
    /// listed and a name that is not UTF-8 are problems.
    fn list(&mut self, relative: &str) -> Vec<String> {
        let entries = match std::fs::read_dir(self.dir.join(relative)) {
            Ok(entries) => entries,
            Err(e) => {
                self.problem(
                    relative,
                    format!("`{relative}` cannot be listed: {e}; it is skipped"),
                );
                return Vec::new();
            }
        };
        let mut names = Vec::new();
        for entry in entries.flatten() {
            match entry.file_name().into_string() {
                Ok(name) => names.push(name),
                Err(name) => {
                    let shown = name.to_string_lossy().into_owned();
                    self.problem(
                        &format!("{relative}/{shown}"),
                        "this name is not UTF-8: rename it (it is skipped)".into(),
                    );
                }
            }
        }
        names.sort();
        names
    }

    /// Reads `relative` if it is a regular file within the limits and UTF-8; otherwise
    /// records why (`None`, or the text decoded lossily for a bad byte, so that the rest
    /// of the file still loads).
    fn read_file(&mut self, relative: &str) -> Option<SourceFile> {
        let limit = MAX_FILE_BYTES.min(self.budget);
        match read_limited(&self.dir.join(relative), limit) {
            Ok(Ok(bytes)) => {
                self.budget -= bytes.len() as u64;
                let text = decode(relative, bytes, &mut self.sources.problems);
                Some(SourceFile::new(relative, text))
            }
            Ok(Err(why)) => {
                let why = if why.starts_with("is larger") && limit < MAX_FILE_BYTES {
                    format!(
                        "would take the directory past its limit of {} MiB for all files",
                        MAX_TOTAL_BYTES >> 20
                    )
                } else {
                    why
                };
                self.problem(relative, format!("`{relative}` {why}: it is skipped"));
                None
            }
            Err(error) => {
                let why = match &error {
                    Error::Io { source, .. } => source.to_string(),
                    other => other.to_string(),
                };
                self.problem(
                    relative,
                    format!("`{relative}` cannot be read ({why}): it is skipped"),
                );
                None
            }
        }
    }
}

/// The bytes of a regular file of at most `limit` bytes, or why it cannot be read.
fn read_limited(path: &Path, limit: u64) -> Result<Result<Vec<u8>, String>> {
    // Checked before opening: opening a FIFO for reading blocks until a writer comes.
    let meta = std::fs::metadata(path).map_err(io(path))?;
    if !meta.is_file() {
        return Ok(Err(
            "is not a regular file (a device, pipe or socket?)".into()
        ));
    }
    let file = File::open(path).map_err(io(path))?;
    let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io(path))?;
    if bytes.len() as u64 > limit {
        return Ok(Err(format!(
            "is larger than the limit of {} MiB (split it into several files)",
            MAX_FILE_BYTES >> 20
        )));
    }
    Ok(Ok(bytes))
}

/// The bytes of a regular file of at most [`MAX_FILE_BYTES`] (for inputs in other
/// encodings, like a spreadsheet's CSV).
pub fn read_file_bytes(path: &Path) -> Result<Vec<u8>> {
    read_limited(path, MAX_FILE_BYTES)?.map_err(|why| Error::Io {
        path: path.to_path_buf(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, why),
    })
}

/// Reads a text file the way a directory's files are read: a regular file of at most
/// [`MAX_FILE_BYTES`], in UTF-8 (for tools' own inputs, like a relevance set).
pub fn read_text_file(path: &Path) -> Result<String> {
    let invalid = |why: String| Error::Io {
        path: path.to_path_buf(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, why),
    };
    let bytes = read_limited(path, MAX_FILE_BYTES)?.map_err(invalid)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = std::str::from_utf8(&e.as_bytes()[..valid]).unwrap_or_default();
        let (line, column) = line_col(prefix, prefix.len());
        invalid(format!(
            "line {line}, column {column}: this byte is not UTF-8: save the file as UTF-8"
        ))
    })
}

/// The file's text; a byte order mark is dropped. Bytes that are not UTF-8 become U+FFFD
/// and an error at the first of them.
fn decode(relative: &str, bytes: Vec<u8>, problems: &mut Vec<Problem>) -> String {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            let prefix = prefix.strip_prefix('\u{feff}').unwrap_or(prefix);
            let (line, column) = line_col(prefix, prefix.len());
            problems.push(Problem {
                line,
                column,
                ..file_problem(
                    relative,
                    "this byte is not UTF-8: save the file as UTF-8 (bad bytes are read as \u{fffd})"
                        .into(),
                )
            });
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}

fn file_problem(file: &str, message: String) -> Problem {
    Problem {
        file: file.to_owned(),
        line: 1,
        column: 1,
        severity: Severity::Error,
        code: ProblemCode::File,
        message,
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error {
    let path = path.to_path_buf();
    move |source| Error::Io { path, source }
}

#[cfg(test)]
mod tests;
