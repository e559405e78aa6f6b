//! CSV as spreadsheets write it, through the `csv` crate: with or without a byte order
//! mark, comma or semicolon (German Excel), CRLF, quoted line breaks, trailing empty rows,
//! and Windows-1252 from an old “CSV” save.

use std::collections::BTreeMap;

use serde_json::Value;

use super::record::{Cell, Origin, Record};
use super::table::Table;
use crate::problem::{Problem, ProblemCode, Severity};

/// How CSV files are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// Start each file with a UTF-8 byte order mark, so that Excel reads Arabic,
    /// Ukrainian and Sorbian text as UTF-8 (default: yes).
    pub bom: bool,
    /// The separator (default `,`; German Excel expects `;`).
    pub delimiter: u8,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            bom: true,
            delimiter: b',',
        }
    }
}

const BOM: &str = "\u{feff}";

/// One CSV file: a header and rows, each row as many cells as the header.
pub(super) fn write_csv(columns: &[&str], rows: &[Vec<String>], options: CsvOptions) -> Vec<u8> {
    let mut out = Vec::new();
    if options.bom {
        out.extend_from_slice(BOM.as_bytes());
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    // Writing into a Vec cannot fail.
    let _ = writer.write_record(columns);
    for row in rows {
        let _ = writer.write_record(row);
    }
    writer.into_inner().unwrap_or_default()
}

/// The cells of `row` in the order of `columns`, numbers as JSON writes them.
pub(super) fn cells(columns: &[&str], row: &super::table::Row) -> Vec<String> {
    columns
        .iter()
        .map(|column| match row.get(*column) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        })
        .collect()
}

/// Reads the records of one table from a CSV file. Problems are pushed with the file's
/// row and column; a row that cannot be read is skipped, the rest is kept.
pub(super) fn read_csv(
    file: &str,
    bytes: &[u8],
    table: Table,
    problems: &mut Vec<Problem>,
) -> Vec<Record> {
    let text = decode(file, bytes, problems);
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut problem = |row: u32, column: u32, code, message: String| {
        problems.push(Problem {
            file: file.to_owned(),
            line: row,
            column,
            severity: Severity::Error,
            code,
            message,
        })
    };
    let mut header: Vec<String> = Vec::new();
    let mut records = Vec::new();
    // The csv crate skips blank lines, which a spreadsheet counts as rows: the row is
    // the record's first line less the line breaks inside quoted cells before it.
    let mut inner_breaks: u64 = 0;
    let (mut counted_to, mut lines_before) = (0usize, 0u64);
    for (index, result) in reader.records().enumerate() {
        let record = match result {
            Ok(record) => record,
            Err(error) => {
                let row = index as u32 + 1;
                let message = format!("row {row} cannot be read as CSV: {error}");
                problem(row, 1, ProblemCode::CsvSyntax, message);
                continue;
            }
        };
        // The csv crate's own line count skips blank lines too: count from the byte.
        // and its position is where the blank lines before the record begin.
        let mut start = record
            .position()
            .map_or(counted_to, |p| p.byte() as usize)
            .min(text.len());
        while matches!(text.as_bytes().get(start), Some(b'\n' | b'\r')) {
            start += 1;
        }
        if start > counted_to {
            lines_before += text.as_bytes()[counted_to..start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64;
            counted_to = start;
        }
        let line = lines_before + 1;
        let row = u32::try_from(line.saturating_sub(inner_breaks)).unwrap_or(u32::MAX);
        inner_breaks += record
            .iter()
            .map(|cell| cell.matches('\n').count() as u64)
            .sum::<u64>();
        if index == 0 {
            header = record.iter().map(|h| h.trim().to_owned()).collect();
            let mut seen = BTreeMap::new();
            for (column, name) in header.iter().enumerate() {
                if let Some(first) = seen.insert(name.clone(), column + 1) {
                    let message = format!(
                        "the column `{name}` is there twice (first in column {first}): delete or rename one"
                    );
                    problem(1, column as u32 + 1, ProblemCode::CsvSyntax, message);
                }
            }
            continue;
        }
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() > header.len() {
            let message = format!(
                "row {row} has {} cells but the header names {} columns: a separator too many, or a text with `{}` that needs quotes; the row is skipped",
                record.len(),
                header.len(),
                delimiter as char
            );
            problem(
                row,
                header.len() as u32 + 1,
                ProblemCode::CsvSyntax,
                message,
            );
            continue;
        }
        let mut fields = BTreeMap::new();
        for (column, (name, value)) in header.iter().zip(record.iter()).enumerate() {
            if value.trim().is_empty() || name.is_empty() {
                continue;
            }
            let origin = Origin::Csv {
                row,
                column: column as u32 + 1,
                name: name.clone(),
            };
            let cell = Cell {
                value: Value::String(value.to_owned()),
                origin,
            };
            fields.insert(name.clone(), cell);
        }
        records.push(Record {
            table,
            file: file.to_owned(),
            origin: Origin::Csv {
                row,
                column: 1,
                name: header.first().cloned().unwrap_or_default(),
            },
            fields,
            parents: Vec::new(),
        });
    }
    records
}

/// UTF-8 (a byte order mark is dropped), else Windows-1252, with a warning.
fn decode(file: &str, bytes: &[u8], problems: &mut Vec<Problem>) -> String {
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(error) => {
            let before = &bytes[..error.valid_up_to()];
            let line = before.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            problems.push(Problem {
                file: file.to_owned(),
                line,
                column: 1,
                severity: Severity::Warning,
                code: ProblemCode::File,
                message: format!(
                    "the file is not UTF-8 (first on line {line}): it was read as Windows-1252; save it as “CSV UTF-8” to keep Arabic, Cyrillic and Sorbian letters"
                ),
            });
            bytes.iter().map(|&b| windows_1252(b)).collect()
        }
    }
}

/// The character of a Windows-1252 byte (0x80–0x9F differ from Latin-1).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[(byte - 0x80) as usize],
        _ => byte as char,
    }
}

/// `,`, `;` or a tab: whichever the header line has most of, outside quotes.
fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                for (delimiter, count) in &mut counts {
                    if byte == *delimiter {
                        *count += 1;
                    }
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(delimiter, count)| (*count, *delimiter == b','))
        .map(|(delimiter, _)| *delimiter)
        .unwrap_or(b',')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &[u8]) -> (Vec<Record>, Vec<Problem>) {
        let mut problems = Vec::new();
        let records = read_csv("services.csv", text, Table::Service, &mut problems);
        (records, problems)
    }

    #[test]
    fn spreadsheet_dialects_read_alike() {
        let plain = b"id,name\r\n1,Beratung\r\n".to_vec();
        let variants: Vec<Vec<u8>> = vec![
            plain.clone(),
            [BOM.as_bytes(), &plain].concat(),
            b"id;name\n1;Beratung\n".to_vec(),
            b"\xef\xbb\xbfid;name\r\n1;\"Beratung\"\r\n;\r\n\r\n".to_vec(),
            b"id\tname\n1\tBeratung\n".to_vec(),
        ];
        for variant in variants {
            let (records, problems) = read(&variant);
            assert!(problems.is_empty(), "{problems:?}");
            assert_eq!(records.len(), 1, "{}", String::from_utf8_lossy(&variant));
            assert_eq!(records[0].text("name").as_deref(), Some("Beratung"));
        }
    }

    #[test]
    fn quoted_line_breaks_and_separators_stay_in_the_cell() {
        let (records, _) =
            read(b"id;name;description\n1;\"A; B\";\"line one\r\nline two\"\n2;C;D\n");
        assert_eq!(records[0].text("name").as_deref(), Some("A; B"));
        assert_eq!(
            records[0].text("description").as_deref(),
            Some("line one\r\nline two")
        );
        let Origin::Csv { row, column, .. } = &records[1].fields["name"].origin else {
            panic!()
        };
        assert_eq!((*row, *column), (3, 2), "rows count records, not lines");
    }

    #[test]
    fn windows_1252_is_read_with_a_warning() {
        let (records, problems) = read(b"id;name\n1;Stra\xdfe \x80\n");
        assert_eq!(records[0].text("name").as_deref(), Some("Straße €"));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].severity, Severity::Warning);
    }

    #[test]
    fn rows_are_counted_as_a_spreadsheet_counts_them() {
        let (records, _) = read(b"id,name\n\n1,\"two\nlines\"\n\n2,b\n");
        let rows: Vec<u32> = records.iter().map(|r| r.origin.line_column().0).collect();
        assert_eq!(
            rows,
            [3, 5],
            "blank rows count, a line break inside a cell does not"
        );
    }

    #[test]
    fn a_row_with_too_many_cells_is_skipped_and_named() {
        let (records, problems) = read(b"id,name\n1,a\n2,b,c\n3,d\n");
        assert_eq!(records.len(), 2);
        assert_eq!((problems[0].line, problems[0].column), (3, 3));
        assert!(
            problems[0].message.contains("2 columns"),
            "{}",
            problems[0].message
        );
    }

    #[test]
    fn what_we_write_reads_back() {
        let rows = vec![vec!["1".to_owned(), "دورة لغة, \"A\"\nB".to_owned()]];
        for options in [
            CsvOptions::default(),
            CsvOptions {
                bom: false,
                delimiter: b';',
            },
        ] {
            let bytes = write_csv(&["id", "name"], &rows, options);
            assert_eq!(bytes.starts_with(BOM.as_bytes()), options.bom);
            let (records, problems) = read(&bytes);
            assert!(problems.is_empty());
            assert_eq!(
                records[0].text("name").as_deref(),
                Some("دورة لغة, \"A\"\nB")
            );
        }
    }
}
