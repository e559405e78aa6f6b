//! The search index kept on disk between commands. `wegweiser index` writes it into a
//! cache folder, as `index-<directory id>-<fingerprint>/`; a directory told to use that
//! cache opens the index from there, instead of building it, while its files are the
//! same (the fingerprint covers every file and the library version). A missing or broken
//! entry only means the index is built as before.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Directory;
use crate::error::{Error, Result};
use crate::search::SearchIndex;
use crate::source::{fingerprint, read_file_bytes, write_folder, Overwrite, OUTPUT_MARKER};

/// The file in a cache entry that names its format, fingerprint and files.
pub const INDEX_MANIFEST: &str = "wegweiser-index.json";
const INDEX_FORMAT: &str = "wegweiser-index/1";

#[derive(Serialize, Deserialize)]
struct IndexManifest {
    format: String,
    fingerprint: String,
    files: Vec<String>,
}

/// Whether `entry` is a real folder holding only files wegweiser wrote there (its
/// marker lists them), edited or not: such a cache entry may be replaced whole.
fn only_our_files(entry: &Path) -> bool {
    let is_dir = std::fs::symlink_metadata(entry).is_ok_and(|m| m.is_dir());
    let Ok(marker) = std::fs::read_to_string(entry.join(OUTPUT_MARKER)) else {
        return false;
    };
    let listed: Vec<&str> = marker
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once(' ').map(|(_, name)| name))
        .collect();
    let Ok(files) = std::fs::read_dir(entry) else {
        return false;
    };
    is_dir
        && files.flatten().all(|file| {
            let name = file.file_name();
            let name = name.to_string_lossy();
            name == OUTPUT_MARKER
                || (listed.contains(&name.as_ref()) && file.file_type().is_ok_and(|t| t.is_file()))
        })
}

impl Directory {
    /// A fingerprint of the directory's files and of this library's version: it changes
    /// when any of them does, and only then.
    pub fn fingerprint(&self) -> String {
        let sources = self.sources();
        fingerprint(
            sources
                .structure
                .iter()
                .chain(&sources.fluent)
                .map(|file| (file.path.as_str(), file.text.as_bytes())),
        )
    }

    /// The folder in `cache` that holds (or would hold) the index of these files.
    pub fn index_cache_entry(&self, cache: &Path) -> PathBuf {
        cache.join(format!(
            "index-{}-{}",
            self.metadata().id,
            self.fingerprint()
        ))
    }

    /// Opens the search index from `cache` (written by [`Directory::write_index_cache`])
    /// when it holds one for these files, rather than building it on the first search.
    pub fn use_index_cache(&mut self, cache: impl Into<PathBuf>) {
        self.index_cache = Some(cache.into());
    }

    /// Builds the search index (unless built) and writes it into `cache`, replacing the
    /// entries of earlier versions of this directory there. Returns the entry's folder.
    pub fn write_index_cache(&self, cache: &Path) -> Result<PathBuf> {
        let files = self.search_index()?.files()?;
        let manifest = IndexManifest {
            format: INDEX_FORMAT.to_owned(),
            fingerprint: self.fingerprint(),
            files: files.iter().map(|(name, _)| name.clone()).collect(),
        };
        let manifest = serde_json::to_string_pretty(&manifest)? + "\n";
        std::fs::create_dir_all(cache).map_err(|source| Error::Io {
            path: cache.to_path_buf(),
            source,
        })?;
        let entry = self.index_cache_entry(cache);
        if only_our_files(&entry) {
            // Ours, if damaged since (a disk error, an interrupted copy): written anew.
            let _ = std::fs::remove_dir_all(&entry);
        }
        write_folder(
            &entry,
            files
                .iter()
                .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
                .chain([(INDEX_MANIFEST, manifest.as_bytes())]),
            Overwrite::OwnOutput,
        )?;
        self.remove_older_entries(cache, &entry);
        Ok(entry)
    }

    /// Entries of this directory's earlier versions, written by wegweiser, go: nothing
    /// else, and no link is followed. A failure leaves an entry behind, no more.
    fn remove_older_entries(&self, cache: &Path, keep: &Path) {
        let prefix = format!("index-{}-", self.metadata().id);
        let Ok(entries) = std::fs::read_dir(cache) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let ours = entry
                .file_name()
                .to_str()
                .is_some_and(|n| n.starts_with(&prefix))
                && path != keep
                && entry.file_type().is_ok_and(|t| t.is_dir())
                && std::fs::symlink_metadata(path.join(OUTPUT_MARKER)).is_ok_and(|m| m.is_file());
            if ours {
                let _ = std::fs::remove_dir_all(&path);
            }
        }
    }

    /// The index saved for these files in the cache this directory was told to use.
    pub(super) fn cached_index(&self) -> Option<Result<SearchIndex>> {
        let entry = self.index_cache_entry(self.index_cache.as_deref()?);
        let text = read_file_bytes(&entry.join(INDEX_MANIFEST)).ok()?;
        Some(self.open_cached_index(&entry, &text))
    }

    fn open_cached_index(&self, entry: &Path, manifest: &[u8]) -> Result<SearchIndex> {
        let manifest: IndexManifest = serde_json::from_slice(manifest)
            .map_err(|e| Error::Search(format!("{}: {e}", entry.join(INDEX_MANIFEST).display())))?;
        if manifest.format != INDEX_FORMAT || manifest.fingerprint != self.fingerprint() {
            return Err(Error::Search(format!(
                "{}: made by another version or for other files",
                entry.display()
            )));
        }
        let mut files = Vec::new();
        for name in manifest.files {
            // Only plain names of files in the entry itself.
            if name.is_empty() || name.contains(['/', '\\']) || name == ".." {
                return Err(Error::Search(format!(
                    "{}: bad file name {name:?}",
                    entry.display()
                )));
            }
            files.push((name.clone(), read_file_bytes(&entry.join(&name))?));
        }
        SearchIndex::open(files, std::sync::Arc::clone(self.search_documents()), self)
    }
}
