//! The HSDS export: valid against the specification's schemas and data package, stable,
//! public, in the requested locale with every translation beside it.
#![cfg(feature = "hsds")]

mod hsds_support;

use std::collections::{BTreeMap, BTreeSet};

use hsds_support::{all_rows, csv_rows, json, reference};
use serde_json::Value;
use wegweiser::hsds::{ids, ColumnType, HsdsExportOptions, Table, TABLES};
use wegweiser::{Directory, Kind, Visibility};

fn export(lang: Option<&str>) -> wegweiser::hsds::HsdsFiles {
    let directory = Directory::sample().unwrap();
    let options = HsdsExportOptions {
        lang: lang.map(str::to_owned),
        ..Default::default()
    };
    directory.to_hsds(&options).unwrap()
}

fn services_json(files: &wegweiser::hsds::HsdsFiles) -> Vec<Value> {
    let value: Value = serde_json::from_slice(files.get("services.json").unwrap()).unwrap();
    value.as_array().unwrap().clone()
}

#[test]
fn our_tables_are_the_specifications() {
    let Some(reference) = reference() else { return };
    let package = json(&reference.join("datapackage.json"));
    let resources = package["resources"].as_array().unwrap();
    assert_eq!(resources.len(), TABLES.len());
    for (resource, spec) in resources.iter().zip(TABLES) {
        assert_eq!(resource["name"], spec.table.name());
        assert_eq!(resource["path"], spec.file);
        let fields = resource["schema"]["fields"].as_array().unwrap();
        let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        let ours: Vec<&str> = spec.columns.iter().map(|c| c.name).collect();
        assert_eq!(names, ours, "{}", spec.file);
        for (field, column) in fields.iter().zip(spec.columns) {
            let required = field["constraints"]["required"].as_bool().unwrap_or(false);
            assert_eq!(required, column.required, "{}.{}", spec.file, column.name);
            let expected = match column.ty {
                ColumnType::Uuid => ("string", Some("uuid")),
                ColumnType::Email => ("string", Some("email")),
                ColumnType::Uri => ("string", Some("uri")),
                ColumnType::Text | ColumnType::Enum(_) => ("string", None),
                ColumnType::Number => ("number", None),
                ColumnType::Date => ("date", None),
                ColumnType::Time => ("time", None),
                ColumnType::DateTime => ("datetime", None),
            };
            assert_eq!(
                (field["type"].as_str().unwrap(), field["format"].as_str()),
                expected,
                "{}.{}",
                spec.file,
                column.name
            );
        }
    }
}

#[test]
fn every_service_record_is_valid_against_the_compiled_schema() {
    let Some(reference) = reference() else { return };
    let schema = json(&reference.join("schema/compiled/service.json"));
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    for lang in [None, Some("ar"), Some("dsb")] {
        let records = services_json(&export(lang));
        assert_eq!(
            records.len(),
            Directory::sample().unwrap().data().services.len()
        );
        for record in &records {
            let errors: Vec<String> = validator
                .iter_errors(record)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{}: {errors:#?}", record["id"]);
        }
    }
    // The schema can fail: a record without a status is not valid.
    let mut broken = services_json(&export(None))[0].clone();
    broken.as_object_mut().unwrap().remove("status");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn every_csv_has_the_tables_columns_and_their_required_values() {
    let files = export(None);
    for spec in TABLES {
        let bytes = files.get(spec.file).unwrap();
        assert!(
            bytes.starts_with("\u{feff}".as_bytes()),
            "{} starts with a byte order mark",
            spec.file
        );
        let text = std::str::from_utf8(bytes).unwrap();
        let header = text
            .trim_start_matches('\u{feff}')
            .split("\r\n")
            .next()
            .unwrap();
        let columns: Vec<&str> = spec.columns.iter().map(|c| c.name).collect();
        assert_eq!(header, columns.join(","), "{}", spec.file);
        for row in csv_rows(&files, spec.file) {
            for column in spec.columns.iter().filter(|c| c.required) {
                assert!(
                    row.contains_key(column.name),
                    "{}: {} is required: {row:?}",
                    spec.file,
                    column.name
                );
            }
            for column in spec.columns.iter().filter(|c| c.ty == ColumnType::Uuid) {
                if let Some(value) = row.get(column.name) {
                    assert_eq!(
                        ids::parse(value).as_deref(),
                        Some(value.as_str()),
                        "{}.{}",
                        spec.file,
                        column.name
                    );
                }
            }
        }
    }
    let package: Value = serde_json::from_slice(files.get("datapackage.json").unwrap()).unwrap();
    assert_eq!(package["version"], "1.0.0");
    assert_eq!(package["created"], "2026-11-01T00:00:00Z");
    let paths: BTreeSet<&str> = package["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert!(paths.contains("translations.csv") && paths.contains("services.csv"));
}

#[test]
fn every_reference_points_at_a_row() {
    let files = export(None);
    let rows = all_rows(&files);
    let ids: BTreeSet<(Table, &str)> = rows
        .iter()
        .flat_map(|(table, rows)| rows.iter().map(move |r| (*table, r["id"].as_str())))
        .collect();
    for spec in TABLES {
        for row in &rows[&spec.table] {
            for (column, target) in spec.foreign_keys {
                if let Some(id) = row.get(*column) {
                    assert!(
                        ids.contains(&(*target, id.as_str())),
                        "{}.{column} = {id}",
                        spec.file
                    );
                }
            }
        }
    }
}

#[test]
fn the_export_is_the_same_every_time_and_ids_come_from_ours() {
    let (first, second) = (export(None), export(None));
    assert_eq!(first, second);
    let services = csv_rows(&first, "services.csv");
    let forst = services
        .iter()
        .find(|r| r["id"] == ids::of_entity("service", "integration-course-forst"))
        .expect("the service's id is UUID v5 of its wegweiser id");
    assert_eq!(forst["assured_date"], "2026-09-14");
    assert_eq!(forst["status"], "active");
    assert_eq!(
        forst["url"],
        "https://vhs.spree-neisse.example/integrationskurse/forst"
    );
}

#[test]
fn text_fields_are_in_the_requested_locale_with_german_fallback() {
    let directory = Directory::sample().unwrap();
    let arabic = directory.locale(&["ar"]).unwrap();
    let files = export(Some("ar"));
    let services = csv_rows(&files, "services.csv");
    for service in &directory.data().services {
        let row = services
            .iter()
            .find(|r| r["id"] == ids::of_entity("service", &service.id))
            .unwrap();
        let name = directory
            .text(&arabic, Kind::Service, &service.id, None)
            .unwrap();
        assert_eq!(
            row["name"], name.text,
            "{} in Arabic, or German where Arabic is missing",
            service.id
        );
    }
    // Every locale's text is in the extension, with its status.
    let translations = csv_rows(&files, "translations.csv");
    let forst = ids::of_entity("service", "integration-course-forst");
    let names: BTreeMap<&str, &str> = translations
        .iter()
        .filter(|t| t["record_id"] == forst && t["field"] == "name" && t["table"] == "service")
        .map(|t| (t["locale"].as_str(), t["status"].as_str()))
        .collect();
    assert_eq!(names.get("de"), Some(&"source"));
    for locale in ["dsb", "en", "ar", "uk"] {
        assert!(names.contains_key(locale), "{locale}: {names:?}");
    }
    let json: Value = serde_json::from_slice(files.get("translations.json").unwrap()).unwrap();
    assert_eq!(
        json.as_array().unwrap().len(),
        translations.len(),
        "translations.json holds the same rows"
    );
}

#[test]
fn a_semicolon_export_declares_its_dialect_and_gaps_are_named() {
    let directory = Directory::sample().unwrap();
    let options = HsdsExportOptions {
        csv: wegweiser::hsds::CsvOptions {
            bom: false,
            delimiter: b';',
        },
        ..Default::default()
    };
    let files = directory.to_hsds(&options).unwrap();
    assert!(
        files.warnings.is_empty(),
        "the sample is valid HSDS: {:?}",
        files.warnings
    );
    let package: Value = serde_json::from_slice(files.get("datapackage.json").unwrap()).unwrap();
    for resource in package["resources"].as_array().unwrap() {
        assert_eq!(
            resource["dialect"]["delimiter"], ";",
            "{}",
            resource["path"]
        );
    }
    assert!(files
        .get("services.csv")
        .unwrap()
        .starts_with(b"id;organization_id;"));
    // A directory without the state of its addresses says why its export is not valid.
    let minimal = Directory::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/minimal"
    ))
    .unwrap();
    let files = minimal.to_hsds(&HsdsExportOptions::default()).unwrap();
    assert!(
        files.warnings.iter().any(|w| w.contains("state_province")),
        "{:?}",
        files.warnings
    );
}

#[test]
fn internal_contacts_are_not_exported() {
    let directory = Directory::sample().unwrap();
    let internal: Vec<String> = directory
        .data()
        .contacts
        .iter()
        .filter(|c| c.visibility == Visibility::Internal)
        .map(|c| ids::of_entity("contact", &c.id))
        .collect();
    assert!(!internal.is_empty(), "the sample has internal contacts");
    let files = export(None);
    for (name, contents) in &files.files {
        let text = String::from_utf8_lossy(contents);
        for id in &internal {
            assert!(
                !text.contains(id.as_str()),
                "{name} names internal contact {id}"
            );
        }
    }
}

#[test]
fn the_mapping_carries_hours_phones_costs_terms_and_places() {
    let files = export(None);
    let rows = all_rows(&files);
    let forst = ids::of_entity("service", "integration-course-forst");
    let schedules: Vec<_> = rows[&Table::Schedule]
        .iter()
        .filter(|s| s.get("service_id") == Some(&forst))
        .collect();
    assert_eq!(schedules.len(), 2);
    assert_eq!(schedules[0]["freq"], "WEEKLY");
    assert_eq!(schedules[0]["byday"], "MO,TU,WE,TH,FR");
    assert_eq!(
        (
            schedules[0]["opens_at"].as_str(),
            schedules[0]["closes_at"].as_str()
        ),
        ("08:30:00", "12:45:00")
    );
    assert_eq!(
        (
            schedules[0]["valid_from"].as_str(),
            schedules[0]["valid_to"].as_str()
        ),
        ("2026-02-02", "2026-12-18")
    );
    assert!(
        rows[&Table::Phone]
            .iter()
            .all(|p| p["number"].starts_with('+')
                && p["number"][1..].chars().all(|c| c.is_ascii_digit())),
        "E.164"
    );
    let cost = rows[&Table::CostOption]
        .iter()
        .find(|c| c["service_id"] == forst)
        .unwrap();
    assert_eq!(
        (cost["amount"].as_str(), cost["currency"].as_str()),
        ("0", "EUR")
    );
    let languages: Vec<&str> = rows[&Table::Language]
        .iter()
        .filter(|l| l.get("service_id") == Some(&forst))
        .map(|l| l["code"].as_str())
        .collect();
    assert_eq!(languages, ["de", "en", "ar", "uk"]);
    let areas: Vec<&str> = rows[&Table::ServiceArea]
        .iter()
        .filter(|a| a["service_id"] == forst)
        .map(|a| a["name"].as_str())
        .collect();
    assert_eq!(areas, ["Forst (Lausitz)"]);
    let sorbian = csv_rows(&files, "translations.csv").into_iter().find(|t| {
        t["table"] == "service_area" && t["locale"] == "dsb" && t["text"].starts_with("Baršć")
    });
    assert!(
        sorbian.is_some(),
        "the Sorbian name is the dsb translation of the area"
    );
    let terms: Vec<&str> = rows[&Table::Attribute]
        .iter()
        .filter(|a| a["link_id"] == forst)
        .map(|a| {
            rows[&Table::TaxonomyTerm]
                .iter()
                .find(|t| t["id"] == a["taxonomy_term_id"])
                .unwrap()["code"]
                .as_str()
        })
        .collect();
    for code in [
        "field:1:education",
        "target-group:adults",
        "appointment:required",
        "step-free:yes",
    ] {
        assert!(terms.contains(&code), "{code} in {terms:?}");
    }
}
