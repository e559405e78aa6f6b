//! The files of an HSDS export: `services.json`, `translations.json`, one CSV per table,
//! `translations.csv` and `datapackage.json`.

use std::path::Path;

use serde_json::Value;

use super::csv_io::{cells, write_csv, CsvOptions};
use super::nest::service_records_json;
use super::package::{datapackage, PackageInfo};
use super::spec::TABLES;
use super::table::{Tables, TRANSLATIONS_FILE, TRANSLATION_COLUMNS};
use crate::error::Result;
use crate::source::{write_folder, Overwrite};

/// The JSON form: every service as a full record.
pub const SERVICES_FILE: &str = "services.json";
/// The translations extension in JSON.
pub const TRANSLATIONS_JSON_FILE: &str = "translations.json";
/// The Frictionless description of the CSV files.
pub const DATAPACKAGE_FILE: &str = "datapackage.json";

/// An export, in memory: relative path → contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HsdsFiles {
    pub files: Vec<(String, Vec<u8>)>,
    /// Why the export is not valid HSDS, if it is not (see [`super::Tables::warnings`]).
    pub warnings: Vec<String>,
}

impl HsdsFiles {
    pub(super) fn new(tables: &Tables, info: &PackageInfo<'_>, csv: CsvOptions) -> HsdsFiles {
        let mut files = Vec::new();
        files.push((SERVICES_FILE.to_owned(), service_records_json(tables)));
        let translations = serde_json::to_value(&tables.translations).unwrap_or_default();
        files.push((TRANSLATIONS_JSON_FILE.to_owned(), pretty(&translations)));
        for spec in TABLES {
            let columns: Vec<&str> = spec.columns.iter().map(|c| c.name).collect();
            let rows: Vec<Vec<String>> = tables
                .rows(spec.table)
                .iter()
                .map(|row| cells(&columns, row))
                .collect();
            files.push((spec.file.to_owned(), write_csv(&columns, &rows, csv)));
        }
        let rows: Vec<Vec<String>> = tables
            .translations
            .iter()
            .map(|t| {
                vec![
                    t.table.clone(),
                    t.record_id.clone(),
                    t.field.clone(),
                    t.locale.clone(),
                    t.text.clone(),
                    t.status.clone(),
                ]
            })
            .collect();
        files.push((
            TRANSLATIONS_FILE.to_owned(),
            write_csv(&TRANSLATION_COLUMNS, &rows, csv),
        ));
        files.push((DATAPACKAGE_FILE.to_owned(), pretty(&datapackage(info))));
        HsdsFiles {
            files,
            warnings: tables.warnings.clone(),
        }
    }

    /// The contents of one file.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files
            .iter()
            .find(|(name, _)| name == path)
            .map(|(_, contents)| contents.as_slice())
    }

    /// Writes the export as the folder `dir`, as every writer does: beside it, then
    /// renamed in, replacing only an earlier output unless [`Overwrite::Force`].
    pub fn write_to(&self, dir: &Path, overwrite: Overwrite) -> Result<()> {
        write_folder(
            dir,
            self.files
                .iter()
                .map(|(name, contents)| (name.as_str(), contents.as_slice())),
            overwrite,
        )
    }
}

fn pretty(value: &Value) -> Vec<u8> {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text.into_bytes()
}
