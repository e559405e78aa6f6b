//! HSDS → a wegweiser directory folder.
//!
//! - `input.rs` reads what was given: a JSON file (a list of services, a list of
//!   organizations with their services, a paged list) or a folder of CSV tables, and
//!   the translations extension beside it.
//! - `flatten.rs` turns nested JSON records into the rows of the tabular form, as the CSV
//!   reader gives them, so one mapping serves both.
//! - `check.rs` checks every value against its column (UUIDs, dates, times, enums,
//!   numbers, references) and skips a bad record with a located problem.
//! - `map.rs` and `map_service.rs` build the model and its texts; `fluent_out.rs` writes
//!   the texts as Fluent; `report.rs` lists what has no place in our model.

mod check;
mod driver;
mod flatten;
mod fluent_out;
mod input;
mod map;
mod map_places;
mod map_service;
mod report;
mod sweep;

pub use driver::report_json;
pub use driver::{import_files, import_path, ImportOptions, Imported, IMPORT_REPORT_FILE};
pub use input::HsdsInput;
pub use report::{ImportReport, Skipped, Unmapped, MAX_IMPORT_PROBLEMS};
