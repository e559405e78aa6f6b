//! The import from start to end: read, check, map, write the texts, position problems.

use std::path::Path;

use super::check::check;
use super::fluent_out::fluent_files;
use super::input::{json_place, read, HsdsInput};
use super::map::Mapper;
use super::report::ImportReport;
use crate::error::{Error, Result};
use crate::hsds::table::Translation;
use crate::l10n::parse_locale;
use crate::problem::{ProblemCode, Severity};
use crate::source::{write_folder, Overwrite, SourceFiles, STRUCTURE_FILE};

/// How to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// The locale HSDS's text fields are written in (default `de`); the translations
    /// extension gives the others.
    pub source_locale: String,
    /// The directory's id (default: from the data, else `hsds-import`).
    pub id: Option<String>,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            source_locale: crate::l10n::SOURCE_LOCALE.to_owned(),
            id: None,
        }
    }
}

/// What an import made: the files of a directory folder and the report.
#[derive(Debug, Clone)]
pub struct Imported {
    pub files: SourceFiles,
    pub report: ImportReport,
}

impl Imported {
    /// Writes the directory folder with `import-report.json` in it, as every writer
    /// does (only over an earlier output unless [`Overwrite::Force`]).
    pub fn write_to(&self, dir: &Path, overwrite: Overwrite) -> Result<()> {
        let report = report_json(&self.report);
        let files = self
            .files
            .structure
            .iter()
            .chain(&self.files.fluent)
            .map(|file| (file.path.as_str(), file.text.as_bytes()))
            .chain([(IMPORT_REPORT_FILE, report.as_bytes())]);
        write_folder(dir, files, overwrite)
    }
}

/// The file of the report in an imported folder.
pub const IMPORT_REPORT_FILE: &str = "import-report.json";

/// Imports an HSDS JSON file or tabular folder. Fails only when `path` cannot be read
/// or holds no HSDS at all; every problem in the data is in the report, and the records
/// it concerns are skipped.
pub fn import_path(path: &Path, options: &ImportOptions) -> Result<Imported> {
    let mut imported = import_files(&HsdsInput::read(path)?, options)?;
    let header = format!("# Imported from HSDS by wegweiser ({}).", path.display());
    if let Some(structure) = &mut imported.files.structure {
        structure.text = structure
            .text
            .replacen("# Imported from HSDS by wegweiser.", &header, 1)
            .into();
    }
    Ok(imported)
}

/// Imports HSDS files held in memory (see [`HsdsInput`]).
pub fn import_files(files: &HsdsInput, options: &ImportOptions) -> Result<Imported> {
    parse_locale(&options.source_locale)?;
    let input = read(files)?;
    let mut report = ImportReport::new();
    report.take_problems(input.problems);
    let mut translation_records = Vec::new();
    let translations: Vec<Translation> = input
        .translations
        .into_iter()
        .filter_map(
            |(translation, record)| match parse_locale(&translation.locale) {
                Ok(locale) => {
                    translation_records.push(record);
                    Some(Translation {
                        locale: locale.to_string(),
                        ..translation
                    })
                }
                Err(_) => {
                    let message = format!(
                        "`{}` is not a locale (like de, dsb, ar): the translation is skipped",
                        translation.locale
                    );
                    let origin = record
                        .get("locale")
                        .map(|c| c.origin.clone())
                        .unwrap_or(record.origin.clone());
                    report.problem(
                        &record.file,
                        &origin,
                        Severity::Error,
                        ProblemCode::InvalidLocale,
                        message,
                    );
                    None
                }
            },
        )
        .collect();
    for file in &input.other_files {
        report.chose(format!(
            "{file} was not read (not an HSDS file, or JSON beside CSV tables)"
        ));
    }
    let checked = check(input.records, &mut report);
    let mut mapper = Mapper::new(&checked, &translations, &options.source_locale, &mut report);
    // Metadata first for the calling code phones need; again at the end for the dates
    // and locales the entities brought.
    mapper.metadata(options.id.as_deref(), None, false);
    mapper.run_entities();
    mapper.run_services();
    let package = input.package.as_ref().map(|(name, _)| name.as_str());
    mapper.metadata(options.id.as_deref(), package, false);
    let title = match &input.package {
        Some((_, title)) => title.clone(),
        None => mapper.data.directory.id.clone(),
    };
    mapper.directory_texts(&title);
    mapper.metadata(options.id.as_deref(), package, true);
    let (mut data, texts) = (
        std::mem::take(&mut mapper.data),
        std::mem::take(&mut mapper.texts),
    );
    data.fields.sort_by_key(|f| f.number);
    let directory_texts = std::mem::take(&mut mapper.directory);
    let used = std::mem::take(&mut mapper.used_translations);
    for (translation, record) in translations.iter().zip(&translation_records) {
        let key = (
            translation.table.clone(),
            translation.record_id.clone(),
            translation.field.clone(),
        );
        if !used.contains(&key) && !translation.text.trim().is_empty() {
            report.unused_translation(record, &translation.table, &translation.field);
        }
    }
    for kind in crate::kind::Kind::ALL {
        let count = data.count(kind);
        if count > 0 {
            report.imported.insert(kind.as_str().to_owned(), count);
        }
    }
    let texts_json = &input.json_texts;
    report.resolve(|file, path| match texts_json.get(file) {
        Some(text) => json_place(text, path),
        None => (1, 1),
    });
    let structure = toml::to_string(&data).map_err(|e| {
        Error::InvalidArgument(format!(
            "the imported directory cannot be written as TOML: {e}"
        ))
    })?;
    let mut files = fluent_files(&texts, &directory_texts);
    files.insert(
        STRUCTURE_FILE.to_owned(),
        format!("# Imported from HSDS by wegweiser. Format: docs/data-format.md\n\n{structure}"),
    );
    Ok(Imported {
        files: SourceFiles::from_map(files)?,
        report,
    })
}

/// The report as the file `import-report.json` writes it.
pub fn report_json(report: &ImportReport) -> String {
    serde_json::to_string_pretty(report).unwrap_or_default() + "\n"
}
