//! The search index as files, and back: what `wegweiser index` keeps in its cache, so
//! that a command does not index the same data again. The index files are tantivy's own;
//! what searching needs beside them (vocabulary, synonyms) is made from the directory.

use std::path::Path;
use std::sync::Arc;

// The glob brings tantivy's storage trait (`atomic_read`, `atomic_write`) into scope.
use tantivy::directory::*;
use tantivy::Index;

use super::corpus::Corpus;
use super::documents::Documents;
use super::index::{search_error, Analysis, SearchIndex};
use super::schema::schema;
use crate::error::{Error, Result};

/// tantivy's own files that are not segment files.
const META_FILES: [&str; 2] = ["meta.json", ".managed.json"];

fn broken(what: impl std::fmt::Display) -> Error {
    Error::Search(format!(
        "the saved search index is not usable ({what}); run `wegweiser index` again"
    ))
}

impl SearchIndex {
    /// The index's files, `(name, contents)`, sorted by name.
    pub(crate) fn files(&self) -> Result<Vec<(String, Vec<u8>)>> {
        let directory = self.index.directory();
        let mut names: Vec<String> = directory
            .list_managed_files()
            .into_iter()
            .filter_map(|path| path.to_str().map(str::to_owned))
            .filter(|name| !META_FILES.contains(&name.as_str()))
            .collect();
        names.sort();
        let mut files = Vec::new();
        for name in META_FILES.iter().map(|n| n.to_string()).chain(names) {
            let bytes = directory
                .atomic_read(Path::new(&name))
                .map_err(|e| Error::Search(format!("reading index file {name}: {e}")))?;
            files.push((name, bytes));
        }
        Ok(files)
    }

    /// The index from `files` (as [`SearchIndex::files`] gave them) for `documents`: its
    /// schema must be the one this directory's locales give, and every file's checksum
    /// must hold.
    pub(crate) fn open(
        files: Vec<(String, Vec<u8>)>,
        documents: Arc<Documents>,
        corpus: &impl Corpus,
    ) -> Result<SearchIndex> {
        let ram = RamDirectory::create();
        for (name, bytes) in &files {
            ram.atomic_write(Path::new(name), bytes)
                .map_err(|e| broken(format!("{name}: {e}")))?;
        }
        let mut index = Index::open(ram).map_err(broken)?;
        let (expected, fields) = schema(&corpus.locales());
        if index.schema() != expected {
            return Err(broken("made for other locales"));
        }
        let damaged = index.validate_checksum().map_err(broken)?;
        if let Some(file) = damaged.iter().next() {
            return Err(broken(format!("{} is damaged", file.display())));
        }
        let count = index.reader().map_err(search_error)?.searcher().num_docs();
        if count != documents.docs.len() as u64 {
            return Err(broken(format!(
                "{count} documents for {} entities",
                documents.docs.len()
            )));
        }
        let analysis = Analysis::new(&documents, corpus);
        index.set_tokenizers(analysis.tokenizers.clone());
        Self::with_index(index, documents, fields, analysis)
    }
}
