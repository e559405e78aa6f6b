//! Reading a directory: from a folder, the compiled-in sample or files in memory; every
//! problem collected with its position, strict or lenient.

use std::path::Path;
#[cfg(feature = "search")]
use std::sync::OnceLock;

use super::Directory;
use crate::error::{Error, Result};
use crate::l10n::{parse_locale, source_locale, Catalog};
use crate::problem::{sort_problems, Problem, ProblemCode, Severity};
use crate::source::{SourceFile, SourceFiles, STRUCTURE_FILE, STRUCTURE_JSON_FILE};
use crate::structure::{read_structure, Form};
use crate::validate::Checker;

impl Directory {
    /// Reads and validates the directory in folder `path`. Fails with
    /// [`Error::Invalid`] (carrying every problem) if it has errors; warnings are kept in
    /// [`Directory::problems`].
    pub fn load(path: impl AsRef<Path>) -> Result<Directory> {
        Self::from_sources(SourceFiles::read_dir(path.as_ref())?)
    }

    /// Like [`Directory::load`], but keeps whatever could be read and returns every
    /// problem alongside, like Fluent's `add_resource`. Fails only if nothing is readable.
    pub fn load_lenient(path: impl AsRef<Path>) -> Result<(Directory, Vec<Problem>)> {
        Self::from_sources_lenient(SourceFiles::read_dir(path.as_ref())?)
    }

    /// Validates a folder and returns its problems, errors and warnings, in file order.
    pub fn validate_path(path: impl AsRef<Path>) -> Result<Vec<Problem>> {
        let (_, problems) = Self::load_lenient(path)?;
        Ok(problems)
    }

    /// The Spree-Neiße sample directory compiled into the crate.
    #[cfg(feature = "sample")]
    pub fn sample() -> Result<Directory> {
        Self::from_sources(Self::sample_sources())
    }

    /// The files of the compiled-in sample, for tools that want to write them out.
    #[cfg(feature = "sample")]
    pub fn sample_sources() -> SourceFiles {
        crate::source::sample_files()
    }

    /// Builds a directory from files in memory (strict, like [`Directory::load`]).
    pub fn from_sources(sources: SourceFiles) -> Result<Directory> {
        let (directory, problems) = Self::from_sources_lenient(sources)?;
        if problems.iter().any(Problem::is_error) {
            return Err(Error::Invalid { problems });
        }
        Ok(directory)
    }

    /// Builds a directory from files in memory, keeping what can be read.
    pub fn from_sources_lenient(sources: SourceFiles) -> Result<(Directory, Vec<Problem>)> {
        Self::build(sources, Form::Structure)
    }

    /// Reads, checks and builds; `form` says whether the structure file is a whole JSON
    /// document (`Directory::from_json`).
    pub(super) fn build(sources: SourceFiles, form: Form) -> Result<(Directory, Vec<Problem>)> {
        let built = Self::read_and_check(sources, form);
        // The syntax trees, the locator and the parsers' buffers are gone now.
        super::memory::release_free_memory();
        built
    }

    fn read_and_check(sources: SourceFiles, form: Form) -> Result<(Directory, Vec<Problem>)> {
        // Positions are looked up through a line index of these texts, valid while they live.
        crate::source::reset_line_index();
        let mut problems = sources.problems.clone();
        // The file this build expects, to name in the problem when there is none.
        let (expected, missing) = if cfg!(feature = "toml-input") {
            (
                STRUCTURE_FILE,
                format!("{STRUCTURE_FILE} is missing: a directory folder needs it (or {STRUCTURE_JSON_FILE}) next to locales/"),
            )
        } else {
            (
                STRUCTURE_JSON_FILE,
                format!("{STRUCTURE_JSON_FILE} is missing: write it with `wegweiser export --format web`"),
            )
        };
        let empty = SourceFile::new(expected, "");
        let structure_file = sources.structure.as_ref().unwrap_or(&empty);
        if sources.structure.is_none() && !problems.iter().any(|p| p.file == expected) {
            problems.push(Problem {
                file: expected.into(),
                line: 1,
                column: 1,
                severity: Severity::Error,
                code: ProblemCode::File,
                message: missing,
            });
        }
        let read = read_structure(structure_file, form);
        problems.extend(read.problems);
        let data = read.data;
        let mut texts = Catalog::from_files(&sources.fluent, &mut problems);
        let mut checker = Checker {
            data: &data,
            locator: &read.locator,
            problems: &mut problems,
            complete: read.complete,
        };
        // Without a readable [directory] its own checks would only repeat that error.
        checker.check_structure(read.has_metadata);
        // Without a locales folder every text check would only repeat that one problem.
        // Nor after a syntax error that left not even `directory` readable.
        let no_locales = sources.problems.iter().any(|p| p.file == "locales");
        if !no_locales && (read.complete || read.has_metadata) {
            checker.check_texts(&texts, &sources.fluent);
        }
        texts.forget_syntax();
        if let Ok(source) = parse_locale(&data.directory.source_locale) {
            texts.apply_locks(&sources.locks, &sources.fluent, &source, &mut problems);
        }
        sort_problems(&mut problems);
        crate::source::reset_line_index();
        let source_locale =
            parse_locale(&data.directory.source_locale).unwrap_or_else(|_| source_locale());
        let warnings = problems.iter().filter(|p| !p.is_error()).cloned().collect();
        Ok((
            Directory {
                data,
                texts,
                sources,
                problems: warnings,
                source_locale,
                #[cfg(feature = "search")]
                search: OnceLock::new(),
                #[cfg(feature = "search")]
                documents: OnceLock::new(),
                #[cfg(all(feature = "search", not(target_arch = "wasm32")))]
                index_cache: None,
                #[cfg(feature = "search")]
                index_origin: OnceLock::new(),
            },
            problems,
        ))
    }
}
