//! Open Referral HSDS 3.0: the exchange format of service directories.
//!
//! - [`export()`] turns a directory (the public view) into HSDS [`Tables`] and those into
//!   [`HsdsFiles`]: `services.json`, one CSV per table, `datapackage.json` and the
//!   translations extension.
//! - [`import_path`] reads an HSDS JSON file or tabular folder into [`Record`]s that
//!   remember where each value stood, and maps them to a directory folder, with an
//!   [`ImportReport`] of everything that has no place in our model.
//!
//! HSDS ids are UUIDs; ours are derived from our ids with UUID v5 ([`ids`]), so an export
//! is the same from run to run. The mapping, field by field, is in `docs/hsds.md`.

mod csv_io;
mod export;
mod export_places;
mod export_service;
pub mod ids;
mod import;
mod nest;
mod package;
mod record;
mod spec;
mod table;
mod terms;
mod write;

pub use csv_io::CsvOptions;
pub use export::{export, ExportSource, HsdsExportOptions};
pub use import::{
    import_files, import_path, report_json, HsdsInput, ImportOptions, ImportReport, Imported,
    Skipped, Unmapped, IMPORT_REPORT_FILE, MAX_IMPORT_PROBLEMS,
};
pub use record::{Cell, Origin, Record};
pub use spec::{Column, ColumnType, TableSpec, TABLES};
pub use table::{Row, Table, Tables, Translation, TRANSLATIONS_FILE};
pub use terms::{Taxonomy, Term};
pub use write::{HsdsFiles, DATAPACKAGE_FILE, SERVICES_FILE, TRANSLATIONS_JSON_FILE};
