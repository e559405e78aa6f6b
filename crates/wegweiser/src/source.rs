//! The files of a directory, held in memory, so that a folder on disk, a compiled-in
//! sample and a JSON document all load the same way.

use std::path::Path;

use crate::error::{Error, Result};

/// One text file of a directory, with its path relative to the directory folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        line_col(&self.text, offset)
    }
}

/// 1-based line and column (in characters) of a byte offset into `text`.
pub fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line as u32, column as u32)
}

/// The files of one directory: `directory.toml` and `locales/<locale>/*.ftl`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceFiles {
    pub structure: Option<SourceFile>,
    /// Fluent files, sorted by path.
    pub fluent: Vec<SourceFile>,
}

pub const STRUCTURE_FILE: &str = "directory.toml";
/// The structure as JSON, as `wegweiser export --format web` writes it.
pub const STRUCTURE_JSON_FILE: &str = "directory.json";

impl SourceFiles {
    /// Reads `directory.toml` (or `directory.json`) and every `locales/*/*.ftl` below `dir`.
    pub fn read_dir(dir: &Path) -> Result<Self> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
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
        let mut structure = None;
        for name in [STRUCTURE_FILE, STRUCTURE_JSON_FILE] {
            let path = dir.join(name);
            match std::fs::read(&path) {
                Ok(_) if structure.is_some() => {
                    return Err(Error::InvalidArgument(format!(
                        "{} holds both {STRUCTURE_FILE} and {STRUCTURE_JSON_FILE}: keep one",
                        dir.display()
                    )))
                }
                Ok(bytes) => structure = Some(SourceFile::new(name, decode(&path, bytes)?)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(io(&path)(e)),
            }
        }
        let mut fluent = Vec::new();
        let locales_dir = dir.join("locales");
        if locales_dir.is_dir() {
            for locale in std::fs::read_dir(&locales_dir).map_err(io(&locales_dir))? {
                let locale = locale.map_err(io(&locales_dir))?;
                if !locale.file_type().map_err(io(&locale.path()))?.is_dir() {
                    continue;
                }
                let locale_name = locale.file_name().to_string_lossy().into_owned();
                for file in std::fs::read_dir(locale.path()).map_err(io(&locale.path()))? {
                    let file = file.map_err(io(&locale.path()))?;
                    let path = file.path();
                    if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
                        continue;
                    }
                    let bytes = std::fs::read(&path).map_err(io(&path))?;
                    let name = file.file_name().to_string_lossy().into_owned();
                    fluent.push(SourceFile::new(
                        format!("locales/{locale_name}/{name}"),
                        decode(&path, bytes)?,
                    ));
                }
            }
        }
        fluent.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(SourceFiles { structure, fluent })
    }

    /// The locale folder a Fluent file sits in (`locales/dsb/x.ftl` → `dsb`).
    pub fn locale_of(path: &str) -> Option<&str> {
        let rest = path.strip_prefix("locales/")?;
        rest.split_once('/').map(|(locale, _)| locale)
    }
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    let text = String::from_utf8(bytes).map_err(|e| Error::Io {
        path: path.to_path_buf(),
        source: std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "not UTF-8 (first bad byte at offset {}): save the file as UTF-8",
                e.utf8_error().valid_up_to()
            ),
        ),
    })?;
    // A byte order mark is not part of the content.
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\nüx = 1\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        // 'x' comes after the two-byte 'ü'.
        assert_eq!(line_col(text, 5), (2, 2));
        assert_eq!(line_col(text, 999), (3, 1));
    }
}
