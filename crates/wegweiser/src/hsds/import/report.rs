//! What an import tells: how many records became what, which were skipped and why, and
//! every HSDS field that has no place in our model (never dropped silently).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::hsds::record::{Origin, Record};
use crate::hsds::table::Table;
use crate::problem::{Problem, ProblemCode, Severity};

/// The columns the import reads, per table. Everything else that has a value is listed
/// in [`ImportReport::unmapped`].
pub(super) const MAPPED: &[(Table, &[&str])] = &[
    (
        Table::Organization,
        &[
            "id",
            "name",
            "alternate_name",
            "description",
            "email",
            "website",
        ],
    ),
    (
        Table::Service,
        &[
            "id",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "interpretation_services",
            "application_process",
            "fees_description",
            "wait_time",
            "eligibility_description",
            "minimum_age",
            "maximum_age",
            "assured_date",
            "alert",
        ],
    ),
    (
        Table::Attribute,
        &["id", "link_id", "taxonomy_term_id", "link_entity", "value"],
    ),
    (
        Table::ServiceAtLocation,
        &["id", "service_id", "location_id"],
    ),
    (
        Table::Location,
        &[
            "id",
            "location_type",
            "name",
            "description",
            "transportation",
            "latitude",
            "longitude",
        ],
    ),
    (
        Table::Phone,
        &["id", "contact_id", "number", "type", "description"],
    ),
    (
        Table::Contact,
        &[
            "id",
            "organization_id",
            "service_id",
            "service_at_location_id",
            "location_id",
            "name",
            "title",
            "email",
        ],
    ),
    (
        Table::Address,
        &[
            "id",
            "location_id",
            "address_1",
            "city",
            "state_province",
            "postal_code",
            "country",
        ],
    ),
    (
        Table::Schedule,
        &[
            "id",
            "service_id",
            "location_id",
            "service_at_location_id",
            "valid_from",
            "valid_to",
            "freq",
            "byday",
            "opens_at",
            "closes_at",
            "notes",
        ],
    ),
    (Table::ServiceArea, &["id", "service_id", "name"]),
    (Table::Language, &["id", "service_id", "phone_id", "code"]),
    (
        Table::TaxonomyTerm,
        &[
            "id",
            "code",
            "name",
            "description",
            "taxonomy",
            "taxonomy_id",
            "language",
        ],
    ),
    (
        Table::Metadata,
        &[
            "id",
            "resource_id",
            "resource_type",
            "last_action_date",
            "last_action_type",
            "field_name",
            "previous_value",
            "replacement_value",
            "updated_by",
        ],
    ),
    (Table::CostOption, &["id", "service_id", "amount"]),
    (Table::Taxonomy, &["id", "name", "description", "version"]),
    (Table::Accessibility, &["id", "location_id"]),
];

/// Whether the import reads `column` of `table`.
pub(super) fn is_mapped(table: Table, column: &str) -> bool {
    MAPPED
        .iter()
        .any(|(t, columns)| *t == table && columns.contains(&column))
}

/// A record that was not imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub table: String,
    pub id: String,
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub reason: String,
}

/// An HSDS field with values that has no place in our model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unmapped {
    pub table: String,
    pub field: String,
    /// How many records have a value in it.
    pub records: usize,
    /// The first of them: file, line (or CSV row) and column.
    pub first: String,
    /// Why it has no place, where that is worth saying.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// `import-report.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub format: String,
    /// Entities written, by kind (`service` → 12).
    pub imported: BTreeMap<String, usize>,
    pub skipped: Vec<Skipped>,
    pub unmapped: Vec<Unmapped>,
    /// Values the import had to choose because HSDS has no field for them.
    pub defaults: Vec<String>,
    /// Every problem of the input, with its place, errors and warnings.
    pub problems: Vec<Problem>,
    /// JSON places not yet turned into line and column (see [`ImportReport::resolve`]).
    #[serde(skip)]
    pending: Vec<(Pending, String)>,
    /// (table, field) → its entry in `unmapped`.
    #[serde(skip)]
    unmapped_index: std::collections::HashMap<(String, String), usize>,
}

/// What a JSON path, found later, positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pending {
    Problem(usize),
    Skipped(usize),
    Unmapped(usize),
}

/// The most problems an import lists; the rest are counted in one more.
pub const MAX_IMPORT_PROBLEMS: usize = 1000;

impl ImportReport {
    pub(super) fn new() -> ImportReport {
        ImportReport {
            format: "wegweiser-import-report/1".into(),
            ..ImportReport::default()
        }
    }

    /// The readers' problems (CSV and JSON syntax), within the same limit as the rest.
    pub(super) fn take_problems(&mut self, problems: Vec<Problem>) {
        for problem in problems {
            if self.problems.len() >= MAX_IMPORT_PROBLEMS {
                self.problems.push(Problem {
                    message: format!("more than {MAX_IMPORT_PROBLEMS} problems: fix these first"),
                    ..problem
                });
                return;
            }
            self.problems.push(problem);
        }
    }

    /// A problem at `origin` of `file`.
    pub(super) fn problem(
        &mut self,
        file: &str,
        origin: &Origin,
        severity: Severity,
        code: ProblemCode,
        message: String,
    ) {
        if self.problems.len() >= MAX_IMPORT_PROBLEMS {
            if self.problems.len() == MAX_IMPORT_PROBLEMS {
                self.problems.push(Problem {
                    file: file.to_owned(),
                    line: 1,
                    column: 1,
                    severity: Severity::Error,
                    code,
                    message: format!("more than {MAX_IMPORT_PROBLEMS} problems: fix these first"),
                });
            }
            return;
        }
        let (line, column) = origin.line_column();
        self.remember(Pending::Problem(self.problems.len()), origin);
        self.problems.push(Problem {
            file: file.to_owned(),
            line,
            column,
            severity,
            code,
            message,
        });
    }

    /// A record not imported, with the error that says why.
    pub(super) fn skip(
        &mut self,
        record: &Record,
        origin: &Origin,
        severity: Severity,
        code: ProblemCode,
        reason: String,
    ) {
        let (line, column) = origin.line_column();
        self.remember(Pending::Skipped(self.skipped.len()), origin);
        self.skipped.push(Skipped {
            table: record.table.name().to_owned(),
            id: record.id().unwrap_or_default(),
            file: record.file.clone(),
            line,
            column,
            reason: reason.clone(),
        });
        let message = format!(
            "{reason}: this {} is skipped",
            record.table.name().replace('_', " ")
        );
        self.problem(&record.file, origin, severity, code, message);
    }

    fn remember(&mut self, what: Pending, origin: &Origin) {
        // Each JSON place costs a walk of its file: only so many are positioned.
        if self.pending.len() >= 2 * MAX_IMPORT_PROBLEMS {
            return;
        }
        if let Origin::Json { path, .. } = origin {
            self.pending.push((what, path.clone()));
        }
    }

    /// Notes a value the import chose (once).
    pub(super) fn chose(&mut self, what: String) {
        if !self.defaults.contains(&what) {
            self.defaults.push(what);
        }
    }

    /// Counts one value of a field without a place in our model.
    pub(super) fn unmapped(&mut self, record: &Record, field: &str, note: &str) {
        let origin = record
            .get(field)
            .map(|c| &c.origin)
            .unwrap_or(&record.origin);
        self.count_unmapped(record.table.name(), field, (&record.file, origin), note);
    }

    /// A row of the translations extension that no text was taken from (its record or
    /// field has no place, or was skipped).
    pub(super) fn unused_translation(&mut self, record: &Record, table: &str, field: &str) {
        let field = format!("{table}.{field}");
        let note = "the translated field has no place, or its record was skipped";
        self.count_unmapped("translation", &field, (&record.file, &record.origin), note);
    }

    fn count_unmapped(
        &mut self,
        table: &str,
        field: &str,
        (file, origin): (&str, &Origin),
        note: &str,
    ) {
        let key = (table.to_owned(), field.to_owned());
        if let Some(&index) = self.unmapped_index.get(&key) {
            self.unmapped[index].records += 1;
            return;
        }
        let (line, column) = origin.line_column();
        self.unmapped_index.insert(key, self.unmapped.len());
        self.remember(Pending::Unmapped(self.unmapped.len()), origin);
        self.unmapped.push(Unmapped {
            table: table.to_owned(),
            field: field.to_owned(),
            records: 1,
            first: format!("{file}:{line}:{column}"),
            note: note.to_owned(),
        });
    }

    /// Puts line and column on every JSON place, from the files' texts.
    pub(super) fn resolve(&mut self, place: impl Fn(&str, &str) -> (u32, u32)) {
        for (what, path) in std::mem::take(&mut self.pending) {
            match what {
                Pending::Problem(i) => {
                    let problem = &mut self.problems[i];
                    (problem.line, problem.column) = place(&problem.file, &path);
                    if !problem.message.starts_with(&format!("`{path}")) {
                        problem.message = format!("`{path}`: {}", problem.message);
                    }
                }
                Pending::Skipped(i) => {
                    let skipped = &mut self.skipped[i];
                    (skipped.line, skipped.column) = place(&skipped.file, &path);
                }
                Pending::Unmapped(i) => {
                    let entry = &mut self.unmapped[i];
                    let file = entry.first.split(':').next().unwrap_or_default().to_owned();
                    let (line, column) = place(&file, &path);
                    entry.first = format!("{file}:{line}:{column} ({path})");
                }
            }
        }
    }

    /// The summary for a terminal: counts, then one line per unmapped field.
    pub fn summary(&self) -> String {
        let imported: Vec<String> = self
            .imported
            .iter()
            .map(|(kind, n)| format!("{n} {kind}"))
            .collect();
        let errors = self.problems.iter().filter(|p| p.is_error()).count();
        let mut out = format!(
            "imported {}; {} records skipped; {errors} errors, {} warnings\n",
            if imported.is_empty() {
                "nothing".to_owned()
            } else {
                imported.join(", ")
            },
            self.skipped.len(),
            self.problems.len() - errors,
        );
        if !self.unmapped.is_empty() {
            out.push_str("not carried over (no place in wegweiser's model):\n");
            for entry in &self.unmapped {
                out.push_str(&format!(
                    "  {}.{}: {} record(s), first at {}{}\n",
                    entry.table,
                    entry.field,
                    entry.records,
                    entry.first,
                    if entry.note.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", entry.note)
                    }
                ));
            }
        }
        for default in &self.defaults {
            out.push_str(&format!("chosen: {default}\n"));
        }
        out
    }
}
