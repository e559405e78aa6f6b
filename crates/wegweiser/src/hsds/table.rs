//! HSDS tables in memory: rows of plain JSON values, one list per table, and the
//! translations of their text fields.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::spec::{TableSpec, TABLES};

macro_rules! tables {
    ($($table:ident $name:literal;)*) => {
        /// One table of HSDS (its resource name in the data package).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Table {
            $($table),*
        }

        impl Table {
            /// Every table, in the order of the specification's data package.
            pub const ALL: [Table; 0 $(+ { stringify!($table); 1 })*] = [$(Table::$table),*];

            /// The resource name: `service`, `service_at_location`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Table::$table => $name),*
                }
            }
        }
    };
}

tables! {
    Organization "organization";
    Program "program";
    Service "service";
    Attribute "attribute";
    ServiceAtLocation "service_at_location";
    Location "location";
    Phone "phone";
    Contact "contact";
    Address "address";
    Schedule "schedule";
    Funding "funding";
    ServiceArea "service_area";
    RequiredDocument "required_document";
    Language "language";
    Accessibility "accessibility";
    TaxonomyTerm "taxonomy_term";
    Metadata "metadata";
    MetaTableDescription "meta_table_description";
    CostOption "cost_option";
    OrganizationIdentifier "organization_identifier";
    Taxonomy "taxonomy";
}

impl Table {
    pub fn spec(self) -> &'static TableSpec {
        TABLES
            .iter()
            .find(|spec| spec.table == self)
            .expect("every table has a spec")
    }

    pub fn from_name(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The table a CSV file holds, by its file name (`services.csv`).
    pub fn from_file(file: &str) -> Option<Table> {
        TABLES.iter().find(|s| s.file == file).map(|s| s.table)
    }
}

impl std::fmt::Display for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One row: column → value (a string or a number). Empty fields are left out.
pub type Row = BTreeMap<String, Value>;

/// One text of one record in one locale: a row of the translations extension.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Translation {
    pub table: String,
    pub record_id: String,
    pub field: String,
    pub locale: String,
    pub text: String,
    /// `source` (the source locale), `translated` or `machine-translated`.
    pub status: String,
}

/// The columns of the translations extension, in file order.
pub const TRANSLATION_COLUMNS: [&str; 6] =
    ["table", "record_id", "field", "locale", "text", "status"];

/// The file of the translations extension.
pub const TRANSLATIONS_FILE: &str = "translations.csv";

/// A whole HSDS data set: the rows of every table and the translations of their texts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tables {
    rows: BTreeMap<Table, Vec<Row>>,
    pub translations: Vec<Translation>,
    /// Why the data set is not valid HSDS, if it is not (a required field no entity has).
    pub warnings: Vec<String>,
}

impl Tables {
    pub fn push(&mut self, table: Table, row: Row) {
        self.rows.entry(table).or_default().push(row);
    }

    /// The rows of `table`, in the order they were added.
    pub fn rows(&self, table: Table) -> &[Row] {
        self.rows.get(&table).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// Sets `column` to a string unless it is empty.
pub(crate) fn set(row: &mut Row, column: &str, value: impl Into<String>) {
    let value = value.into();
    if !value.is_empty() {
        row.insert(column.to_owned(), Value::String(value));
    }
}

/// A row that starts with its id.
pub(crate) fn row_with_id(id: &str) -> Row {
    let mut row = Row::new();
    set(&mut row, "id", id);
    row
}
