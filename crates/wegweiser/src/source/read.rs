//! Reading a directory folder from disk into [`SourceFiles`]: regular files only, each
//! within [`MAX_FILE_BYTES`], so that a FIFO or `/dev/zero` can neither block nor flood
//! a load. A file that cannot be used is a located [`Problem`]; the others still load.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::file::{line_col, SourceFile};
use super::files::{SourceFiles, STRUCTURE_FILE, STRUCTURE_JSON_FILE};
use crate::error::{Error, Result};
use crate::problem::{Problem, ProblemCode, Severity};

/// The largest file a directory may hold (256 MiB; a directory of 100,000 services
/// has Fluent files of about 120 MB). Larger files are skipped with a problem.
pub const MAX_FILE_BYTES: u64 = 256 << 20;
/// The most Fluent files a directory may hold; more are skipped with a problem.
pub const MAX_FLUENT_FILES: usize = 10_000;

impl SourceFiles {
    /// Reads `directory.toml` (or `directory.json`) and every `locales/*/*.ftl` below
    /// `dir`. Fails only when `dir` itself cannot be read or holds both structure files;
    /// a file that is not a regular file, too large or not UTF-8 becomes one of
    /// [`SourceFiles::problems`] and the rest still loads.
    pub fn read_dir(dir: &Path) -> Result<Self> {
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
        let mut sources = SourceFiles::default();
        let present: Vec<&str> = [STRUCTURE_FILE, STRUCTURE_JSON_FILE]
            .into_iter()
            .filter(|name| std::fs::symlink_metadata(dir.join(name)).is_ok())
            .collect();
        if present.len() > 1 {
            sources.problems.push(file_problem(
                STRUCTURE_JSON_FILE,
                format!("both {STRUCTURE_FILE} and {STRUCTURE_JSON_FILE} are here: keep one (this one is ignored)"),
            ));
        }
        if let Some(name) = present.first() {
            sources.structure = read_file(dir, name, &mut sources.problems)?;
        }
        read_locales(dir, &mut sources)?;
        sources.fluent.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(sources)
    }
}

fn read_locales(dir: &Path, sources: &mut SourceFiles) -> Result<()> {
    let locales_dir = dir.join("locales");
    match std::fs::metadata(&locales_dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io(&locales_dir)(e)),
        Ok(meta) if !meta.is_dir() => {
            sources.problems.push(file_problem(
                "locales",
                "`locales` is not a folder: the texts go in locales/<locale>/*.ftl".into(),
            ));
            return Ok(());
        }
        Ok(_) => {}
    }
    let mut locales = list(&locales_dir)?;
    locales.sort();
    for locale in locales {
        let relative = format!("locales/{locale}");
        let path = locales_dir.join(&locale);
        if !std::fs::metadata(&path).map_err(io(&path))?.is_dir() {
            sources.problems.push(Problem {
                severity: Severity::Warning,
                ..file_problem(
                    &relative,
                    format!("`{relative}` is not a folder: it is ignored"),
                )
            });
            continue;
        }
        let mut names: Vec<String> = list(&path)?
            .into_iter()
            .filter(|name| name.ends_with(".ftl"))
            .collect();
        names.sort();
        for name in names {
            if sources.fluent.len() >= MAX_FLUENT_FILES {
                sources.problems.push(file_problem(
                    &format!("{relative}/{name}"),
                    format!("more than {MAX_FLUENT_FILES} Fluent files: this one and the rest are skipped"),
                ));
                return Ok(());
            }
            let relative = format!("{relative}/{name}");
            if let Some(file) = read_file(dir, &relative, &mut sources.problems)? {
                sources.fluent.push(file);
            }
        }
    }
    Ok(())
}

/// The names in a folder (not UTF-8 names are replaced lossily: they cannot be ids).
fn list(dir: &Path) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let entry = entry.map_err(io(dir))?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    Ok(names)
}

/// Reads `relative` below `dir` if it is a regular file within the size limit and UTF-8;
/// otherwise records why in `problems` (`None`, or the text decoded lossily for a bad
/// byte, so that the rest of the file still loads).
fn read_file(
    dir: &Path,
    relative: &str,
    problems: &mut Vec<Problem>,
) -> Result<Option<SourceFile>> {
    match read_limited(&dir.join(relative))? {
        Ok(bytes) => Ok(Some(SourceFile::new(
            relative,
            decode(relative, bytes, problems),
        ))),
        Err(why) => {
            problems.push(file_problem(
                relative,
                format!("`{relative}` {why}: it is skipped"),
            ));
            Ok(None)
        }
    }
}

/// The bytes of a regular file of at most [`MAX_FILE_BYTES`], or why it cannot be read.
fn read_limited(path: &Path) -> Result<Result<Vec<u8>, String>> {
    // Checked before opening: opening a FIFO for reading blocks until a writer comes.
    let meta = std::fs::metadata(path).map_err(io(path))?;
    if !meta.is_file() {
        return Ok(Err(
            "is not a regular file (a device, pipe or socket?)".into()
        ));
    }
    let file = File::open(path).map_err(io(path))?;
    let mut bytes = Vec::with_capacity(meta.len().min(MAX_FILE_BYTES) as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io(path))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Ok(Err(format!(
            "is larger than the limit of {} MiB (split it into several files)",
            MAX_FILE_BYTES >> 20
        )));
    }
    Ok(Ok(bytes))
}

/// Reads a text file the way a directory's files are read: a regular file of at most
/// [`MAX_FILE_BYTES`], in UTF-8 (for tools' own inputs, like a relevance set).
pub fn read_text_file(path: &Path) -> Result<String> {
    let invalid = |why: String| Error::Io {
        path: path.to_path_buf(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, why),
    };
    let bytes = read_limited(path)?.map_err(invalid)?;
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
