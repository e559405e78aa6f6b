//! What an import reads: a JSON file, or a folder of CSV tables (or with a
//! `services.json`), and the translations extension beside either.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use super::flatten::flatten;
use crate::error::{Error, Result};
use crate::hsds::csv_io::read_csv;
use crate::hsds::record::{Origin, Record};
use crate::hsds::table::{Table, Translation, TRANSLATIONS_FILE};
use crate::hsds::write::{DATAPACKAGE_FILE, SERVICES_FILE, TRANSLATIONS_JSON_FILE};
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::read_file_bytes;
use crate::structure::{error_offset, locate, trailing_comma, Seg};

/// Everything read, before any check.
#[derive(Debug, Default)]
pub(super) struct Input {
    pub records: Vec<Record>,
    pub translations: Vec<(Translation, Record)>,
    /// JSON texts by file name, to position problems.
    pub json_texts: BTreeMap<String, String>,
    pub problems: Vec<Problem>,
    /// Files of a folder that are not HSDS tables.
    pub other_files: Vec<String>,
    /// `name` and `title` of a `datapackage.json`.
    pub package: Option<(String, String)>,
}

/// The files of an import, in memory: name → contents. A single JSON file, or the files
/// of a folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HsdsInput {
    pub files: Vec<(String, Vec<u8>)>,
    /// Files of the folder that were not read (not HSDS, or a `services.json` beside
    /// CSV tables), for the report.
    pub unread: Vec<String>,
}

impl HsdsInput {
    /// Reads a JSON file (with `translations.json` or `.csv` beside it), or the HSDS files
    /// of a folder. Only regular files of bounded size are read.
    pub fn read(path: &Path) -> Result<HsdsInput> {
        let meta = std::fs::metadata(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let mut unread = Vec::new();
        let (folder, names): (&Path, Vec<String>) = if meta.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|source| Error::Io {
                path: path.to_path_buf(),
                source,
            })?;
            let all: Vec<String> = entries
                .filter_map(|entry| entry.ok())
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .filter(|name| !name.starts_with('.'))
                .collect();
            // The tables when there are any, else services.json: never a file not used.
            let tabular = all.iter().any(|name| Table::from_file(name).is_some());
            let (names, others): (Vec<String>, Vec<String>) = all.into_iter().partition(|name| {
                Table::from_file(name).is_some()
                    || [DATAPACKAGE_FILE, TRANSLATIONS_FILE, TRANSLATIONS_JSON_FILE]
                        .contains(&name.as_str())
                    || (!tabular && name == SERVICES_FILE)
            });
            unread = others;
            (path, names)
        } else {
            let folder = path.parent().unwrap_or(Path::new("."));
            let mut names = vec![file_name(path)];
            for beside in [TRANSLATIONS_FILE, TRANSLATIONS_JSON_FILE] {
                if folder.join(beside).is_file() && !names.iter().any(|n| n == beside) {
                    names.push(beside.to_owned());
                }
            }
            (folder, names)
        };
        let mut files = Vec::new();
        for name in names {
            let path = folder.join(&name);
            files.push((name, read_file_bytes(&path)?));
        }
        files.sort();
        unread.sort();
        Ok(HsdsInput { files, unread })
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

impl HsdsInput {
    /// The records the files hold, as the import reads them (before any check): for
    /// tools that compare HSDS data field by field.
    pub fn records(&self) -> Result<Vec<Record>> {
        Ok(read(self)?.records)
    }
}

/// Everything in `input`, read into records.
pub(super) fn read(input: &HsdsInput) -> Result<Input> {
    let mut out = Input {
        other_files: input.unread.clone(),
        ..Input::default()
    };
    let mut tables = 0;
    let mut json = Vec::new();
    for (name, bytes) in &input.files {
        if let Some(table) = Table::from_file(name) {
            out.records
                .extend(read_csv(name, bytes, table, &mut out.problems));
            tables += 1;
        } else if name == DATAPACKAGE_FILE {
            out.package = package_names(&String::from_utf8_lossy(bytes));
        } else if name == TRANSLATIONS_FILE || name == TRANSLATIONS_JSON_FILE {
        } else if name.ends_with(".json") {
            json.push((name, bytes));
        } else {
            out.other_files.push(name.clone());
        }
    }
    if tables == 0 {
        // A JSON export: services.json if there is one, else the one JSON file given.
        let chosen = json
            .iter()
            .find(|(name, _)| *name == SERVICES_FILE)
            .or(json.first().filter(|_| json.len() == 1));
        let Some((name, bytes)) = chosen else {
            return Err(Error::InvalidArgument(
                "no HSDS data: give an HSDS JSON file or a folder of HSDS CSV files (services.csv, organizations.csv, …)".into(),
            ));
        };
        read_json(name, bytes, &mut out);
    }
    read_translations(input, &mut out);
    Ok(out)
}

fn package_names(text: &str) -> Option<(String, String)> {
    let value: Value = serde_json::from_str(text).ok()?;
    let name = value.get("name")?.as_str()?.to_owned();
    let title = value
        .get("title")
        .and_then(Value::as_str)
        .unwrap_or(&name)
        .to_owned();
    Some((name, title))
}

fn read_json(name: &str, bytes: &[u8], input: &mut Input) {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
    match serde_json::from_str::<Value>(&text) {
        Ok(value) => {
            let before = input.problems.len();
            let records = flatten(name, &value, &mut input.problems);
            input.records.extend(records);
            // Flattening names a bad item by its path: put it at its line and column.
            for problem in &mut input.problems[before..] {
                if let (0, Some(path)) = (problem.line, problem.message.split('`').nth(1)) {
                    (problem.line, problem.column) = json_place(&text, path);
                }
            }
        }
        Err(error) => input.problems.push(json_problem(name, &text, &error)),
    }
    input.json_texts.insert(name.to_owned(), text);
}

/// `translations.csv`, else `translations.json`.
fn read_translations(files: &HsdsInput, input: &mut Input) {
    let file = |wanted: &str| {
        files
            .files
            .iter()
            .find(|(name, _)| name == wanted)
            .map(|(_, b)| b)
    };
    let records = if let Some(bytes) = file(TRANSLATIONS_FILE) {
        read_csv(
            TRANSLATIONS_FILE,
            bytes,
            Table::Metadata,
            &mut input.problems,
        )
    } else if let Some(bytes) = file(TRANSLATIONS_JSON_FILE) {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let records = match serde_json::from_str::<Value>(&text) {
            Ok(value) => translation_records(&value, &mut input.problems),
            Err(error) => {
                input
                    .problems
                    .push(json_problem(TRANSLATIONS_JSON_FILE, &text, &error));
                Vec::new()
            }
        };
        input
            .json_texts
            .insert(TRANSLATIONS_JSON_FILE.to_owned(), text);
        records
    } else {
        return;
    };
    for record in records {
        let field = |name: &str| record.text(name);
        let status = field("status").unwrap_or_else(|| "translated".into());
        let translation = match (
            field("table"),
            field("record_id"),
            field("field"),
            field("locale"),
        ) {
            (Some(table), Some(record_id), Some(column), Some(locale)) => Translation {
                table,
                record_id: record_id.to_lowercase(),
                field: column,
                locale,
                text: record.get("text").map(|c| c.text()).unwrap_or_default(),
                status,
            },
            _ => {
                let (line, column) = record.origin.line_column();
                input.problems.push(Problem {
                    file: record.file.clone(),
                    line,
                    column,
                    severity: Severity::Error,
                    code: ProblemCode::InvalidValue,
                    message:
                        "a translation needs table, record_id, field and locale: the row is skipped"
                            .into(),
                });
                continue;
            }
        };
        input.translations.push((translation, record));
    }
}

/// The objects of `translations.json` as records (their table is irrelevant).
fn translation_records(value: &Value, problems: &mut Vec<Problem>) -> Vec<Record> {
    let Some(items) = value.as_array() else {
        problems.push(Problem {
            file: TRANSLATIONS_JSON_FILE.into(),
            line: 1,
            column: 1,
            severity: Severity::Error,
            code: ProblemCode::InvalidValue,
            message: "translations.json must be a list of {table, record_id, field, locale, text, status}".into(),
        });
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| {
            let object = item.as_object()?;
            let path = format!("$[{index}]");
            let fields = object
                .iter()
                .filter(|(_, v)| v.is_string())
                .map(|(k, v)| {
                    let origin = Origin::json(format!("{path}.{k}"));
                    (
                        k.clone(),
                        crate::hsds::record::Cell {
                            value: v.clone(),
                            origin,
                        },
                    )
                })
                .collect();
            Some(Record {
                table: Table::Metadata,
                file: TRANSLATIONS_JSON_FILE.into(),
                origin: Origin::json(path),
                fields,
                parents: Vec::new(),
            })
        })
        .collect()
}

/// A JSON file that does not parse, at the place it breaks.
fn json_problem(file: &str, text: &str, error: &serde_json::Error) -> Problem {
    let mut at = error_offset(text, 0, error);
    let mut message = format!("JSON syntax: {}", crate::error::json_message(error));
    if let Some(comma) = trailing_comma(text.as_bytes(), at) {
        at = comma;
        message = "JSON syntax: a comma before the closing bracket: remove it".into();
    }
    let (line, column) = crate::source::line_col(text, at);
    Problem {
        file: file.to_owned(),
        line,
        column,
        severity: Severity::Error,
        code: ProblemCode::JsonSyntax,
        message,
    }
}

/// The line and column of the value at a JSON path (`$[0].phones[1].number`).
pub(super) fn json_place(text: &str, path: &str) -> (u32, u32) {
    let segments = segments(path);
    let segs: Vec<Seg<'_>> = segments
        .iter()
        .map(|s| match s {
            Segment::Key(k) => Seg::Key(k),
            Segment::Index(i) => Seg::Index(*i),
        })
        .collect();
    let (range, _) = locate(text, &segs);
    crate::source::line_col(text, range.start)
}

enum Segment {
    Key(String),
    Index(usize),
}

/// `$[0].phones[1].number` → 0, phones, 1, number.
fn segments(path: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut rest = path.strip_prefix('$').unwrap_or(path);
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']').unwrap_or(after.len());
            if let Ok(index) = after[..end].parse() {
                out.push(Segment::Index(index));
            }
            rest = after.get(end + 1..).unwrap_or("");
        } else if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            out.push(Segment::Key(after[..end].to_owned()));
            rest = &after[end..];
        } else {
            break;
        }
    }
    out
}
