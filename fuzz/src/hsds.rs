//! The HSDS importer, and the export of what it imported: files of one input are
//! separated by `=====` lines, each starting with its name (`services.csv`).

use std::path::Path;

use wegweiser::hsds::{import_files, HsdsExportOptions, HsdsInput, ImportOptions};
use wegweiser::Directory;

const SEPARATOR: &str = "\n=====\n";

pub fn hsds(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let files = text
        .split(SEPARATOR)
        .filter_map(|part| part.split_once('\n'))
        .map(|(name, contents)| (name.trim().to_owned(), contents.as_bytes().to_vec()))
        .collect();
    let input = HsdsInput {
        files,
        unread: Vec::new(),
    };
    let Ok(imported) = import_files(&input, &ImportOptions::default()) else {
        return;
    };
    let _ = wegweiser::hsds::report_json(&imported.report);
    if let Ok((directory, _)) = Directory::from_sources_lenient(imported.files) {
        let _ = directory.to_hsds(&HsdsExportOptions::default());
    }
}

/// The bad-input fixtures, and the export of the minimal directory as CSV and JSON.
pub fn hsds_seeds(fixtures: &Path) -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    let join = |files: &[(String, Vec<u8>)]| {
        files
            .iter()
            .map(|(name, contents)| format!("{name}\n{}", String::from_utf8_lossy(contents)))
            .collect::<Vec<_>>()
            .join(SEPARATOR)
            .into_bytes()
    };
    for entry in std::fs::read_dir(fixtures.join("hsds/bad"))
        .into_iter()
        .flatten()
        .flatten()
    {
        if let Ok(input) = HsdsInput::read(&entry.path()) {
            seeds.push(join(&input.files));
        }
    }
    if let Ok(directory) = Directory::load(fixtures.join("minimal")) {
        if let Ok(export) = directory.to_hsds(&HsdsExportOptions::default()) {
            let csv: Vec<_> = export
                .files
                .iter()
                .filter(|(n, _)| n.ends_with(".csv"))
                .cloned()
                .collect();
            let json: Vec<_> = export
                .files
                .iter()
                .filter(|(n, _)| n.ends_with("s.json"))
                .cloned()
                .collect();
            seeds.push(join(&csv));
            seeds.push(join(&json));
        }
    }
    seeds
}
