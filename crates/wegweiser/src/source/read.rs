//! Reading a directory folder from disk into [`SourceFiles`].

use std::path::Path;

use super::file::SourceFile;
use super::files::{SourceFiles, STRUCTURE_FILE, STRUCTURE_JSON_FILE};
use crate::error::{Error, Result};

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
