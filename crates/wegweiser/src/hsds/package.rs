//! `datapackage.json`: the Frictionless description of the CSV files, after the
//! specification's own, plus the translations extension as one more resource.

use serde_json::{json, Value};

use super::spec::{ColumnType, TableSpec, TABLES};
use super::table::{TRANSLATIONS_FILE, TRANSLATION_COLUMNS};

/// What the package says about the directory it came from.
pub(super) struct PackageInfo<'a> {
    pub name: &'a str,
    pub title: &'a str,
    pub version: &'a str,
    pub created: &'a str,
    /// The CSV separator, declared as each resource's dialect when it is not `,`.
    pub delimiter: u8,
}

pub(super) fn datapackage(info: &PackageInfo<'_>) -> Value {
    let mut resources: Vec<Value> = TABLES.iter().map(resource).collect();
    resources.push(translations_resource());
    if info.delimiter != b',' {
        let dialect = json!({ "delimiter": (info.delimiter as char).to_string() });
        for resource in &mut resources {
            resource["dialect"] = dialect.clone();
        }
    }
    json!({
        "name": info.name,
        "title": info.title,
        "profile": "tabular-data-package",
        "version": info.version,
        "created": info.created,
        "homepage": "http://docs.openreferral.org",
        "description": "Human Services Data Specification 3.0, written by wegweiser. translations.csv is wegweiser's extension: the text of each field in every locale (docs/hsds.md).",
        "licenses": [{
            "name": "CC-BY-SA-4.0",
            "path": "https://creativecommons.org/licenses/by-sa/4.0/",
            "title": "Human Services Data Specification: an Open Referral resource (https://openreferral.org/)"
        }],
        "resources": resources,
    })
}

fn resource(spec: &TableSpec) -> Value {
    let fields: Vec<Value> = spec
        .columns
        .iter()
        .map(|column| {
            let (ty, format) = match column.ty {
                ColumnType::Text | ColumnType::Enum(_) => ("string", None),
                ColumnType::Uuid => ("string", Some("uuid")),
                ColumnType::Email => ("string", Some("email")),
                ColumnType::Uri => ("string", Some("uri")),
                ColumnType::Number => ("number", None),
                ColumnType::Date => ("date", None),
                ColumnType::Time => ("time", None),
                ColumnType::DateTime => ("datetime", None),
            };
            let mut constraints = json!({ "required": column.required });
            if column.name == "id" || (spec.file == "taxonomy_terms.csv" && column.name == "code") {
                constraints["unique"] = json!(true);
            }
            if let ColumnType::Enum(values) = column.ty {
                constraints["enum"] = json!(values);
            }
            let mut field = json!({ "name": column.name, "type": ty, "constraints": constraints });
            if let Some(format) = format {
                field["format"] = json!(format);
            }
            field
        })
        .collect();
    let foreign_keys: Vec<Value> = spec
        .foreign_keys
        .iter()
        .map(|(column, table)| {
            json!({ "fields": column, "reference": { "resource": table.name(), "fields": "id" } })
        })
        .collect();
    json!({
        "name": spec.table.name(),
        "path": spec.file,
        "description": spec.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "profile": "tabular-data-resource",
        "schema": { "primaryKey": "id", "fields": fields, "foreignKeys": foreign_keys },
    })
}

fn translations_resource() -> Value {
    let fields: Vec<Value> = TRANSLATION_COLUMNS
        .iter()
        .map(|name| {
            let mut field =
                json!({ "name": name, "type": "string", "constraints": { "required": true } });
            if *name == "status" {
                field["constraints"]["enum"] =
                    json!(["source", "translated", "machine-translated", "outdated"]);
            }
            field
        })
        .collect();
    json!({
        "name": "x_wegweiser_translation",
        "path": TRANSLATIONS_FILE,
        "description": "wegweiser's extension: the text of a field of a record in one locale. Keyed by table, record_id, field and locale.",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "profile": "tabular-data-resource",
        "schema": {
            "fields": fields,
            "primaryKey": ["table", "record_id", "field", "locale"],
        },
    })
}
