//! Records read from HSDS files: every value remembers where it stood, so that a problem
//! can name the file, the row and column (CSV) or the line, column and JSON path.

use std::collections::BTreeMap;

use serde_json::Value;

use super::table::Table;

/// Where a value stood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A CSV cell: the row as a spreadsheet counts it (the header is row 1) and the
    /// 1-based column, with the column's name.
    Csv { row: u32, column: u32, name: String },
    /// A JSON value: its path (`$[0].phones[1].number`) and its line and column.
    Json {
        path: String,
        line: u32,
        column: u32,
    },
}

impl Origin {
    /// A JSON value's origin; its line and column are found when a problem needs them.
    pub fn json(path: String) -> Origin {
        Origin::Json {
            path,
            line: 0,
            column: 0,
        }
    }

    pub fn line_column(&self) -> (u32, u32) {
        match self {
            Origin::Csv { row, column, .. } => (*row, *column),
            Origin::Json { line, column, .. } => (*line, *column),
        }
    }

    /// How a message names the place: “column `name`” or “`$[0].name`”.
    pub fn describe(&self) -> String {
        match self {
            Origin::Csv { name, .. } => format!("column `{name}`"),
            Origin::Json { path, .. } => format!("`{path}`"),
        }
    }
}

/// One value of a record.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// A string or a number, as the file had it (a CSV cell is always a string).
    pub value: Value,
    pub origin: Origin,
}

impl Cell {
    /// The value as text: numbers as they were written, strings trimmed.
    pub fn text(&self) -> String {
        match &self.value {
            Value::String(text) => text.trim().to_owned(),
            Value::Null => String::new(),
            other => other.to_string(),
        }
    }
}

/// One record of one table, from one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub table: Table,
    /// The file it came from, relative to what was imported.
    pub file: String,
    /// Where the record starts.
    pub origin: Origin,
    /// Its non-empty values by column name (nested lists and objects are records of
    /// their own).
    pub fields: BTreeMap<String, Cell>,
    /// For a record nested in others (JSON): each parent's table and id.
    pub parents: Vec<(Table, String)>,
}

impl Record {
    pub fn get(&self, column: &str) -> Option<&Cell> {
        self.fields.get(column)
    }

    /// A column's text, `None` when absent or empty.
    pub fn text(&self, column: &str) -> Option<String> {
        self.get(column).map(Cell::text).filter(|t| !t.is_empty())
    }

    /// The record's `id` as written.
    pub fn id(&self) -> Option<String> {
        self.text("id")
    }
}
