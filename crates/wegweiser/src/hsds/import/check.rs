//! Every value against its column: ids and references are UUIDs, dates, times and numbers
//! parse, enum values are known, references point at records that exist. A record with
//! a bad value the import needs is skipped with a located error; a bad value it does not
//! need is dropped with a warning.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use super::report::{is_mapped, ImportReport};
use crate::hsds::ids;
use crate::hsds::record::{Cell, Origin, Record};
use crate::hsds::spec::ColumnType;
use crate::hsds::table::Table;
use crate::problem::{ProblemCode, Severity};
use crate::validate::{check_email, check_url};

/// The records that passed, by table, findable by id and by the columns that link them.
#[derive(Debug, Default)]
pub(super) struct Checked {
    tables: BTreeMap<Table, Vec<Record>>,
    ids: HashMap<(Table, String), usize>,
    links: HashMap<(Table, String, String), Vec<usize>>,
}

impl Checked {
    pub fn rows(&self, table: Table) -> &[Record] {
        self.tables.get(&table).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn get(&self, table: Table, id: &str) -> Option<&Record> {
        let index = *self.ids.get(&(table, id.to_owned()))?;
        self.rows(table).get(index)
    }

    pub fn has(&self, table: Table, id: &str) -> bool {
        self.ids.contains_key(&(table, id.to_owned()))
    }

    /// The records of `table` whose `column` is `id`.
    pub fn children(&self, table: Table, column: &str, id: &str) -> Vec<&Record> {
        let rows = self.rows(table);
        self.links
            .get(&(table, column.to_owned(), id.to_owned()))
            .map(|indexes| indexes.iter().map(|&i| &rows[i]).collect())
            .unwrap_or_default()
    }
}

/// Checks, merges and links the records.
pub(super) fn check(records: Vec<Record>, report: &mut ImportReport) -> Checked {
    let mut kept: Vec<Record> = Vec::new();
    let mut seen: HashMap<(Table, String), usize> = HashMap::new();
    for mut record in records {
        if !check_values(&mut record, report) {
            continue;
        }
        let key = (record.table, record.id().unwrap_or_default());
        match seen.get(&key) {
            // JSON repeats a record everywhere it is linked (a contact under every
            // service it serves, a taxonomy under each of its terms).
            Some(&first) if matches!(record.origin, Origin::Json { .. }) => {
                let earlier = &mut kept[first];
                let mut differs = None;
                for (column, cell) in record.fields {
                    match earlier.fields.get(&column) {
                        Some(kept) if kept.text() != cell.text() => {
                            differs.get_or_insert((column, cell.origin));
                        }
                        Some(_) => {}
                        None => {
                            earlier.fields.insert(column, cell);
                        }
                    }
                }
                earlier.parents.extend(record.parents);
                if let Some((column, origin)) = differs {
                    let message = format!(
                        "{}: the {} `{}` appears again with another `{column}`: the first is kept",
                        origin.describe(),
                        key.0,
                        key.1
                    );
                    report.problem(
                        &kept[first].file.clone(),
                        &origin,
                        Severity::Warning,
                        ProblemCode::DuplicateId,
                        message,
                    );
                }
            }
            Some(&first) => {
                let (line, _) = kept[first].origin.line_column();
                let origin = record
                    .get("id")
                    .map(|c| c.origin.clone())
                    .unwrap_or(record.origin.clone());
                let reason = format!(
                    "the {} id `{}` is used twice (first in {} row/line {line})",
                    record.table, key.1, kept[first].file
                );
                report.skip(
                    &record,
                    &origin,
                    Severity::Error,
                    ProblemCode::DuplicateId,
                    reason,
                );
            }
            None => {
                seen.insert(key, kept.len());
                kept.push(record);
            }
        }
    }
    let kept = check_references(kept, report);
    let mut checked = Checked::default();
    for record in kept {
        let rows = checked.tables.entry(record.table).or_default();
        let index = rows.len();
        if let Some(id) = record.id() {
            checked.ids.insert((record.table, id), index);
        }
        for (column, cell) in &record.fields {
            if column.ends_with("_id") || column == "value" {
                let key = (record.table, column.clone(), cell.text());
                checked.links.entry(key).or_default().push(index);
            }
        }
        for (parent_table, parent_id) in &record.parents {
            let key = (
                record.table,
                format!("parent:{}", parent_table.name()),
                parent_id.clone(),
            );
            checked.links.entry(key).or_default().push(index);
        }
        rows.push(record);
    }
    checked
}

/// The values of one record; false when the record must be skipped.
fn check_values(record: &mut Record, report: &mut ImportReport) -> bool {
    let table = record.table;
    let spec = table.spec();
    let mapped_table = super::report::MAPPED.iter().any(|(t, _)| *t == table);
    match record
        .get("id")
        .map(|cell| (cell.text(), cell.origin.clone()))
    {
        None => {
            let origin = record.origin.clone();
            report.skip(
                record,
                &origin,
                Severity::Error,
                ProblemCode::InvalidId,
                format!("a {table} needs an `id`"),
            );
            return false;
        }
        Some((id, origin)) => match ids::parse(&id) {
            Some(uuid) => set_text(record, "id", uuid),
            None => {
                let reason = format!("`{id}` is not a UUID (HSDS ids look like 3f7b145d-84af-42d7-8fae-eaca714b02b2)");
                report.skip(
                    record,
                    &origin,
                    Severity::Error,
                    ProblemCode::InvalidId,
                    reason,
                );
                return false;
            }
        },
    }
    if !mapped_table {
        return true;
    }
    for column in spec.columns {
        let needed = is_mapped(table, column.name);
        let Some(cell) = record.get(column.name).cloned() else {
            if column.required && needed && !RELAXED.contains(&(table, column.name)) {
                let origin = record.origin.clone();
                let reason = format!("`{}` is required", column.name);
                report.skip(
                    record,
                    &origin,
                    Severity::Error,
                    ProblemCode::InvalidValue,
                    reason,
                );
                return false;
            }
            continue;
        };
        let text = cell.text();
        let verdict = match column.ty {
            ColumnType::Text => Ok(None),
            ColumnType::Uuid => ids::parse(&text)
                .map(Some)
                .ok_or_else(|| (ProblemCode::InvalidId, format!("`{text}` is not a UUID"))),
            ColumnType::Email => check_email(&text)
                .map(|_| None)
                .map_err(|why| (ProblemCode::InvalidEmail, format!("e-mail `{text}`: {why}"))),
            ColumnType::Uri => check_url(&text)
                .map(|_| None)
                .map_err(|why| (ProblemCode::InvalidUrl, format!("link `{text}`: {why}"))),
            ColumnType::Number => number(&cell).map(Some).ok_or_else(|| {
                (
                    ProblemCode::InvalidValue,
                    format!("`{text}` is not a number"),
                )
            }),
            ColumnType::Date => text
                .parse::<jiff::civil::Date>()
                .map(|d| Some(d.to_string()))
                .map_err(|_| {
                    (
                        ProblemCode::InvalidValue,
                        format!("`{text}` is not a date: write YYYY-MM-DD"),
                    )
                }),
            ColumnType::Time => text
                .parse::<jiff::civil::Time>()
                .map(|_| None)
                .map_err(|_| {
                    (
                        ProblemCode::InvalidValue,
                        format!("`{text}` is not a time of day: write HH:MM or HH:MM:SS"),
                    )
                }),
            ColumnType::DateTime => date_time(&text).map(|_| None).ok_or_else(|| {
                (
                    ProblemCode::InvalidValue,
                    format!("`{text}` is not a date and time (like 2023-03-15T10:30:45Z)"),
                )
            }),
            ColumnType::Enum(values) => values
                .iter()
                .find(|v| v.eq_ignore_ascii_case(&text))
                .map(|v| Some((*v).to_owned()))
                .ok_or_else(|| {
                    (
                        ProblemCode::InvalidValue,
                        format!("`{text}` is not one of {}", values.join(", ")),
                    )
                }),
        };
        match verdict {
            Ok(Some(normalized)) => set_text(record, column.name, normalized),
            Ok(None) => {}
            Err((code, message)) => {
                let kind = matches!(
                    column.ty,
                    ColumnType::Uuid | ColumnType::Enum(_) | ColumnType::Date | ColumnType::Time
                );
                if needed && kind {
                    report.skip(
                        record,
                        &cell.origin,
                        Severity::Error,
                        code,
                        format!("{}: {message}", cell.origin.describe()),
                    );
                    return false;
                }
                let message = format!(
                    "{}: {message}; the value is left out",
                    cell.origin.describe()
                );
                report.problem(&record.file, &cell.origin, Severity::Warning, code, message);
                record.fields.remove(column.name);
            }
        }
    }
    true
}

/// Required in HSDS but not needed by wegweiser: a missing one is no reason to skip.
const RELAXED: &[(Table, &str)] = &[
    (Table::Service, "organization_id"),
    (Table::Service, "status"),
    (Table::Location, "location_type"),
    (Table::Address, "state_province"),
    (Table::Address, "country"),
    (Table::Address, "address_type"),
    (Table::Address, "city"),
    (Table::Organization, "description"),
    (Table::TaxonomyTerm, "description"),
    (Table::Taxonomy, "description"),
    (Table::Metadata, "previous_value"),
    (Table::Metadata, "updated_by"),
];

fn set_text(record: &mut Record, column: &str, text: String) {
    if let Some(cell) = record.fields.get_mut(column) {
        cell.value = Value::String(text);
    }
}

/// A number, also written with a decimal comma (German spreadsheets).
fn number(cell: &Cell) -> Option<String> {
    if let Value::Number(n) = &cell.value {
        return Some(n.to_string());
    }
    let text = cell.text();
    let text = if text.matches(',').count() == 1 && !text.contains('.') {
        text.replace(',', ".")
    } else {
        text
    };
    text.parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .map(|_| text)
}

fn date_time(text: &str) -> Option<()> {
    if text.parse::<jiff::Timestamp>().is_ok() || text.parse::<jiff::civil::DateTime>().is_ok() {
        Some(())
    } else {
        None
    }
}

/// Drops links to records that are not there: a record that needs its link is skipped
/// (and so, in turn, what needs it), an optional link is left out with a warning.
fn check_references(mut records: Vec<Record>, report: &mut ImportReport) -> Vec<Record> {
    loop {
        let present: HashSet<(Table, String)> = records
            .iter()
            .filter_map(|r| Some((r.table, r.id()?)))
            .collect();
        let before = records.len();
        let mut keep = Vec::with_capacity(records.len());
        for mut record in records {
            let mut skip = false;
            for (column, target) in record.table.spec().foreign_keys {
                let Some(cell) = record.get(column).cloned() else {
                    continue;
                };
                let id = cell.text();
                if present.contains(&(*target, id.clone())) {
                    continue;
                }
                let message = format!(
                    "{}: there is no {target} with id `{id}`",
                    cell.origin.describe()
                );
                let required = record
                    .table
                    .spec()
                    .columns
                    .iter()
                    .any(|c| c.name == *column && c.required)
                    && !RELAXED.contains(&(record.table, column));
                if required && is_mapped(record.table, column) {
                    report.skip(
                        &record,
                        &cell.origin,
                        Severity::Error,
                        ProblemCode::UnknownReference,
                        message,
                    );
                    skip = true;
                    break;
                }
                if is_mapped(record.table, column) {
                    let message = format!("{message}; the link is left out");
                    report.problem(
                        &record.file,
                        &cell.origin,
                        Severity::Warning,
                        ProblemCode::UnknownReference,
                        message,
                    );
                    record.fields.remove(*column);
                }
                // A link the import does not read stays, for the report to list.
            }
            if !skip {
                keep.push(record);
            }
        }
        records = keep;
        if records.len() == before {
            return records;
        }
    }
}
