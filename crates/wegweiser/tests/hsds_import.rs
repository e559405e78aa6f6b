//! The HSDS import: the specification's own examples import without errors and export
//! back field by field; our sample goes out and comes back the same in everything HSDS
//! carries; what spreadsheets save reads back.
#![cfg(feature = "hsds")]

mod hsds_support;

use std::collections::BTreeMap;
use std::path::Path;

use hsds_support::{all_rows, reference};
use serde_json::Value;
use wegweiser::hsds::{
    HsdsExportOptions, HsdsInput, ImportOptions, ImportReport, Origin, Record, Table,
};
use wegweiser::{Directory, Overwrite};

const MAIN: [Table; 4] = [
    Table::Service,
    Table::Organization,
    Table::Location,
    Table::Contact,
];

fn import(path: &Path) -> (Directory, ImportReport) {
    Directory::from_hsds(path, &ImportOptions::default())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A value as both sides write it: numbers as numbers, times to the minute, phone
/// numbers as digits.
fn normal(table: Table, field: &str, value: &str) -> String {
    let value = value.trim();
    match (table, field) {
        (Table::Schedule, "opens_at" | "closes_at") => value.chars().take(5).collect(),
        (Table::Phone, "number") => value
            .chars()
            .filter(|c| *c == '+' || c.is_ascii_digit())
            .collect(),
        _ => match value.parse::<f64>() {
            Ok(number) => number.to_string(),
            Err(_) => value.to_owned(),
        },
    }
}

fn cell_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Whether the report names this field of this record: not carried, or left out with a
/// warning at its place.
fn accounted(report: &ImportReport, record: &Record, field: &str) -> bool {
    let table = record.table.name();
    if report
        .unmapped
        .iter()
        .any(|u| u.table == table && (u.field == field || u.field == "*"))
    {
        return true;
    }
    report
        .problems
        .iter()
        .any(|p| match &record.get(field).map(|c| &c.origin) {
            Some(Origin::Json { path, .. }) => {
                p.message.contains(&format!("`{path}`"))
                    || p.message
                        .contains(&format!("`{}`", path.rsplit_once('.').map_or("", |x| x.0)))
            }
            Some(Origin::Csv { row, .. }) => {
                p.file == record.file && p.line == *row && p.message.contains(field)
            }
            None => false,
        })
}

/// Every field of every record of `input` comes back in the export of what was imported,
/// or the report says why not.
fn assert_exports_back(input: &HsdsInput, directory: &Directory, report: &ImportReport) -> usize {
    let exported = all_rows(&directory.to_hsds(&HsdsExportOptions::default()).unwrap());
    let mut compared = 0;
    let mut seen = std::collections::HashSet::new();
    for record in input.records().unwrap() {
        let table = record.table;
        let id = record.id().unwrap_or_default();
        // JSON repeats a record wherever it is linked: its first place is the one.
        if !seen.insert((table, id.clone())) {
            continue;
        }
        let rows = &exported[&table];
        let counterpart = if MAIN.contains(&table) {
            rows.iter().find(|r| r.get("id") == Some(&id))
        } else {
            // Re-derived ids: the row of the same table that agrees on the most fields
            // (at least two: one is no evidence).
            let agreeing = |row: &&BTreeMap<String, String>| {
                record
                    .fields
                    .iter()
                    .filter(|(f, c)| {
                        cell_text(&c.value).map(|v| normal(table, f, &v))
                            == row.get(*f).map(|v| normal(table, f, v))
                    })
                    .count()
            };
            rows.iter()
                .max_by_key(agreeing)
                .filter(|row| agreeing(row) >= 2)
        };
        let Some(counterpart) = counterpart else {
            assert!(
                report.unmapped.iter().any(|u| u.table == table.name())
                    || report.skipped.iter().any(|s| s.id == id),
                "{table} {id}: not exported, and the report does not say why"
            );
            continue;
        };
        for (field, cell) in &record.fields {
            let Some(value) = cell_text(&cell.value) else {
                continue;
            };
            let links_elsewhere = field.ends_with("_id")
                && !MAIN.iter().any(|m| *field == format!("{}_id", m.name()));
            if (field == "id" && !MAIN.contains(&table))
                || links_elsewhere
                || accounted(report, &record, field)
            {
                continue;
            }
            let back = counterpart.get(field).map(|v| normal(table, field, v));
            assert_eq!(
                back,
                Some(normal(table, field, &value)),
                "{table}.{field} of {id} ({}): {counterpart:?}",
                record.file
            );
            compared += 1;
        }
    }
    compared
}

#[test]
fn the_specifications_examples_import_without_errors_and_export_back() {
    let Some(reference) = reference() else { return };
    let examples = reference.join("examples");
    let mut total = 0;
    for example in [
        "csv",
        "service_full.json",
        "service_list.json",
        "organization_full.json",
        "organization_list.json",
        "service_at_location_full.json",
        "location.json",
    ] {
        let path = examples.join(example);
        let (directory, report) = import(&path);
        let errors: Vec<_> = report.problems.iter().filter(|p| p.is_error()).collect();
        assert!(errors.is_empty(), "{example}: {errors:#?}");
        assert!(
            report.skipped.is_empty(),
            "{example}: {:#?}",
            report.skipped
        );
        assert!(
            !directory.data().organizations.is_empty() || !directory.data().locations.is_empty(),
            "{example}"
        );
        total += assert_exports_back(&HsdsInput::read(&path).unwrap(), &directory, &report);
    }
    assert!(total > 150, "compared {total} values");
}

#[test]
fn what_the_examples_hold_lands_where_it_belongs() {
    let Some(reference) = reference() else { return };
    let (directory, report) = import(&reference.join("examples/csv"));
    let data = directory.data();
    let service = &data.services[0];
    assert_eq!(service.id, "ac148810-d857-441c-9679-408f346de14b");
    assert_eq!(
        service.provider.as_deref(),
        Some("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610")
    );
    assert_eq!(
        (service.minimum_age, service.maximum_age),
        (Some(12), Some(100))
    );
    assert_eq!(service.languages, ["ur"]);
    assert_eq!(service.opening_hours.len(), 1);
    assert_eq!(service.opening_hours[0].opens.to_string(), "10:00");
    assert_eq!(service.cost, Some(wegweiser::Cost { free: false }));
    let contact = &data.contacts[0];
    assert_eq!(
        contact.phones,
        ["+441234234567"],
        "quotes around the number are dropped"
    );
    assert_eq!(contact.person_name.as_deref(), Some("Ann Persona"));
    let location = &data.locations[0];
    assert_eq!(
        (
            location.street.as_str(),
            location.postal_code.as_str(),
            location.locality.as_deref()
        ),
        ("1-30 Main Street", "ABC 1234", Some("MyCity"))
    );
    assert_eq!(location.coordinates, None, "latitude 100 is out of range");
    let de = directory.locale(&["de"]).unwrap();
    let name = directory
        .text(&de, wegweiser::Kind::Service, &service.id, None)
        .unwrap();
    assert_eq!(name.text, "Community Counselling");
    let wait = directory.text(
        &de,
        wegweiser::Kind::Service,
        &service.id,
        Some("wait-time"),
    );
    assert_eq!(wait.map(|t| t.text).as_deref(), Some("wait_time"));
    for unmapped in [
        "service.accreditations",
        "schedule.byweekno",
        "phone.extension",
        "funding.*",
    ] {
        let (table, field) = unmapped.split_once('.').unwrap();
        assert!(
            report
                .unmapped
                .iter()
                .any(|u| u.table == table && u.field == field),
            "{unmapped} is reported"
        );
    }
}

fn export_to(directory: &Directory, dir: &Path, lang: Option<&str>) {
    let options = HsdsExportOptions {
        lang: lang.map(str::to_owned),
        ..Default::default()
    };
    directory
        .to_hsds(&options)
        .unwrap()
        .write_to(dir, Overwrite::OwnOutput)
        .unwrap();
}

/// Sample → HSDS (CSV) → import: the same directory in everything HSDS carries, entity
/// by entity, text by text, in every locale.
#[test]
fn the_sample_comes_back_from_hsds() {
    let sample = Directory::sample().unwrap();
    let dir = tempfile::tempdir().unwrap();
    export_to(&sample, &dir.path().join("out"), Some("ar"));
    let (back, report) = import(&dir.path().join("out"));
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    hsds_support::round_trip::assert_same(&sample, &back, true);
}

/// The JSON form carries every service with what it links to (not the places and
/// organizations no service uses).
#[test]
fn the_sample_comes_back_from_services_json() {
    let sample = Directory::sample().unwrap();
    let dir = tempfile::tempdir().unwrap();
    export_to(&sample, &dir.path().join("out"), None);
    let (back, report) = import(&dir.path().join("out/services.json"));
    // Places only contacts use are not in services.json (locations.csv has them).
    for problem in &report.problems {
        assert!(
            !problem.is_error() && problem.message.contains("location_id"),
            "{problem}"
        );
    }
    hsds_support::round_trip::assert_same(&sample, &back, false);
}

/// What Excel and LibreOffice save: semicolons, no byte order mark or one, CRLF, quoted
/// line breaks, trailing empty rows.
#[test]
fn spreadsheets_saved_by_people_read_back() {
    let sample = Directory::sample().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    export_to(&sample, &out, None);
    let (plain, _) = import(&out);
    let saved = dir.path().join("saved");
    std::fs::create_dir(&saved).unwrap();
    for entry in std::fs::read_dir(&out).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".csv") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let text = text.trim_start_matches('\u{feff}');
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        writer.write_record(reader.headers().unwrap()).unwrap();
        for record in reader.records() {
            writer.write_record(&record.unwrap()).unwrap();
        }
        let mut saved_text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        saved_text.push_str(";;;\r\n\r\n");
        let bom = if name.starts_with('s') {
            ""
        } else {
            "\u{feff}"
        };
        std::fs::write(saved.join(&name), format!("{bom}{saved_text}")).unwrap();
    }
    let (again, report) = import(&saved);
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert_eq!(plain.data(), again.data());
    assert_eq!(plain.sources().fluent, again.sources().fluent);
}

#[test]
fn an_import_is_written_as_a_folder_that_validates_and_is_not_overwritten_blindly() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hsds");
    export_to(&Directory::sample().unwrap(), &out, None);
    let imported = wegweiser::hsds::import_path(&out, &ImportOptions::default()).unwrap();
    let folder = dir.path().join("directory");
    imported.write_to(&folder, Overwrite::OwnOutput).unwrap();
    let problems = Directory::validate_path(&folder).unwrap();
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:#?}");
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join("import-report.json")).unwrap())
            .unwrap();
    assert_eq!(report["format"], "wegweiser-import-report/1");
    assert_eq!(report["imported"]["service"], 66);
    // An earlier import is replaced; a folder someone edited is not.
    imported.write_to(&folder, Overwrite::OwnOutput).unwrap();
    std::fs::write(folder.join("directory.toml"), "# edited by hand\n").unwrap();
    let refused = imported
        .write_to(&folder, Overwrite::OwnOutput)
        .unwrap_err();
    assert_eq!(refused.code(), "refused");
}

#[test]
fn the_source_locale_can_be_another() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("services.json");
    std::fs::write(&file, r#"[{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Community Counselling", "status": "active"}]"#).unwrap();
    let options = ImportOptions {
        source_locale: "en".into(),
        ..Default::default()
    };
    let (directory, _) = Directory::from_hsds(&file, &options).unwrap();
    assert_eq!(directory.metadata().source_locale, "en");
    assert_eq!(directory.metadata().locales, ["en"]);
}
