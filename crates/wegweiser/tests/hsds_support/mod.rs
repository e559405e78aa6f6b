//! What the HSDS tests share: the specification's reference files, and reading an
//! export back as rows.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;
use wegweiser::hsds::{HsdsFiles, Table, TABLES};

/// `../shared/reference/hsds-3.0` (or `$WEGWEISER_HSDS_REFERENCE`): the specification's
/// schemas and examples, which the repository does not copy. A test that needs them fails
/// without them, unless `WEGWEISER_HSDS_REFERENCE_OPTIONAL=1` (then it says it skipped).
pub mod round_trip;

pub fn reference() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let candidates = [
        std::env::var_os("WEGWEISER_HSDS_REFERENCE").map(PathBuf::from),
        Some(root.join("../shared/reference/hsds-3.0")),
        Some(PathBuf::from("/work/shared/reference/hsds-3.0")),
    ];
    if let Some(found) = candidates
        .into_iter()
        .flatten()
        .find(|p| p.join("datapackage.json").is_file())
    {
        return Some(found);
    }
    if std::env::var_os("WEGWEISER_HSDS_REFERENCE_OPTIONAL").is_some() {
        eprintln!("skipped: the HSDS 3.0 reference files are not on this machine");
        return None;
    }
    panic!("the HSDS 3.0 reference files are missing: set WEGWEISER_HSDS_REFERENCE to the folder with datapackage.json, schema/ and examples/");
}

pub fn json(path: &std::path::Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The rows of one CSV file of an export, as column → value (empty cells left out).
pub fn csv_rows(files: &HsdsFiles, file: &str) -> Vec<BTreeMap<String, String>> {
    let bytes = files
        .get(file)
        .unwrap_or_else(|| panic!("{file} is written"));
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut reader = csv::Reader::from_reader(bytes);
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            headers
                .iter()
                .zip(record.iter())
                .filter(|(_, v)| !v.is_empty())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

/// Every table of an export: table → its rows.
pub fn all_rows(files: &HsdsFiles) -> BTreeMap<Table, Vec<BTreeMap<String, String>>> {
    TABLES
        .iter()
        .map(|spec| (spec.table, csv_rows(files, spec.file)))
        .collect()
}
