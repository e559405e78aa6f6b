//! Writing files below a folder: the one loop every writer (generated directories, web
//! bundles) goes through.

use std::path::Path;

use super::files::SourceFiles;
use crate::error::{Error, Result};

/// Writes each `(relative path, contents)` below `dir`, creating folders as needed.
pub(crate) fn write_files<'a>(
    dir: &Path,
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> Result<()> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    for (relative, contents) in files {
        let path = dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        std::fs::write(&path, contents).map_err(io(&path))?;
    }
    Ok(())
}

impl SourceFiles {
    /// Writes the files below `dir` (created if missing).
    pub fn write_to(&self, dir: &Path) -> Result<()> {
        write_files(
            dir,
            self.structure
                .iter()
                .chain(&self.fluent)
                .map(|file| (file.path.as_str(), file.text.as_bytes())),
        )
    }
}
