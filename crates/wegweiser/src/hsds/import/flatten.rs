//! Nested HSDS JSON → flat records, as the tabular form has them: a phone inside a contact
//! becomes a phone record whose `contact_id` is that contact's id.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::hsds::record::{Cell, Origin, Record};
use crate::hsds::table::Table;
use crate::problem::{Problem, ProblemCode, Severity};

/// How a nested value links to the record it is in.
#[derive(Clone, Copy)]
enum Link {
    /// A list of records whose column holds the parent's id.
    Child(Table, &'static str),
    /// One record whose id the parent's column holds.
    Object(Table, &'static str),
    /// A list of records that HSDS does not nest there (our contacts' office hours):
    /// an attribute inside each says how it links.
    Extra(Table),
}

use Link::{Child, Extra, Object};

/// The nested keys of each table, after `schema/compiled/*.json`.
fn nested(table: Table, key: &str) -> Option<Link> {
    let common = match key {
        "attributes" => Some(Child(Table::Attribute, "link_id")),
        "metadata" => Some(Child(Table::Metadata, "resource_id")),
        _ => None,
    };
    let specific = match (table, key) {
        (Table::Service, "organization") => Object(Table::Organization, "organization_id"),
        (Table::Service, "program") => Object(Table::Program, "program_id"),
        (Table::Service, "phones") => Child(Table::Phone, "service_id"),
        (Table::Service, "schedules") => Child(Table::Schedule, "service_id"),
        (Table::Service, "service_areas") => Child(Table::ServiceArea, "service_id"),
        (Table::Service, "service_at_locations") => Child(Table::ServiceAtLocation, "service_id"),
        (Table::Service, "languages") => Child(Table::Language, "service_id"),
        (Table::Service, "funding") => Child(Table::Funding, "service_id"),
        (Table::Service, "cost_options") => Child(Table::CostOption, "service_id"),
        (Table::Service, "required_documents") => Child(Table::RequiredDocument, "service_id"),
        (Table::Service, "contacts") => Child(Table::Contact, "service_id"),
        (Table::Organization, "funding") => Child(Table::Funding, "organization_id"),
        (Table::Organization, "contacts") => Child(Table::Contact, "organization_id"),
        (Table::Organization, "phones") => Child(Table::Phone, "organization_id"),
        (Table::Organization, "locations") => Child(Table::Location, "organization_id"),
        (Table::Organization, "programs") => Child(Table::Program, "organization_id"),
        (Table::Organization, "organization_identifiers") => {
            Child(Table::OrganizationIdentifier, "organization_id")
        }
        (Table::Organization, "services") => Child(Table::Service, "organization_id"),
        (Table::ServiceAtLocation, "contacts") => Child(Table::Contact, "service_at_location_id"),
        (Table::ServiceAtLocation, "phones") => Child(Table::Phone, "service_at_location_id"),
        (Table::ServiceAtLocation, "schedules") => Child(Table::Schedule, "service_at_location_id"),
        (Table::ServiceAtLocation, "location") => Object(Table::Location, "location_id"),
        (Table::ServiceAtLocation, "service") => Object(Table::Service, "service_id"),
        (Table::Location, "languages") => Child(Table::Language, "location_id"),
        (Table::Location, "addresses") => Child(Table::Address, "location_id"),
        (Table::Location, "contacts") => Child(Table::Contact, "location_id"),
        (Table::Location, "accessibility") => Child(Table::Accessibility, "location_id"),
        (Table::Location, "phones") => Child(Table::Phone, "location_id"),
        (Table::Location, "schedules") => Child(Table::Schedule, "location_id"),
        (Table::Contact, "phones") => Child(Table::Phone, "contact_id"),
        (Table::Contact, "schedules") => Extra(Table::Schedule),
        (Table::Phone, "languages") => Child(Table::Language, "phone_id"),
        (Table::Attribute, "taxonomy_term") => Object(Table::TaxonomyTerm, "taxonomy_term_id"),
        (Table::TaxonomyTerm, "taxonomy_detail") => Object(Table::Taxonomy, "taxonomy_id"),
        _ => return common,
    };
    Some(specific)
}

/// The records of an HSDS JSON document: a list of services or of organizations (with
/// their services), a paged list of either (`contents`), or one record.
pub(in crate::hsds) fn flatten(
    file: &str,
    value: &Value,
    problems: &mut Vec<Problem>,
) -> Vec<Record> {
    let mut out = Flattener {
        file,
        records: Vec::new(),
        problems: Vec::new(),
    };
    let (items, path): (Vec<&Value>, &str) = match value {
        Value::Array(items) => (items.iter().collect(), "$"),
        Value::Object(object) => match object.get("contents") {
            Some(Value::Array(items)) => (items.iter().collect(), "$.contents"),
            _ => (vec![value], ""),
        },
        _ => (Vec::new(), "$"),
    };
    if items.is_empty() && !matches!(value, Value::Array(_)) {
        problems.push(Problem {
            file: file.to_owned(),
            line: 1,
            column: 1,
            severity: Severity::Error,
            code: ProblemCode::InvalidValue,
            message: "an HSDS JSON file holds a list of services or organizations, or one of them: this is neither".into(),
        });
    }
    for (index, item) in items.into_iter().enumerate() {
        let at = if path.is_empty() {
            "$".to_owned()
        } else {
            format!("{path}[{index}]")
        };
        let Some(object) = item.as_object() else {
            problems.push(Problem {
                file: file.to_owned(),
                line: 0,
                column: 0,
                severity: Severity::Error,
                code: ProblemCode::InvalidValue,
                message: format!("`{at}` is not a record (an object): it is skipped"),
            });
            continue;
        };
        let table = table_of(object);
        out.walk(table, object, at, None);
    }
    problems.append(&mut out.problems);
    out.records
}

/// What a top-level record is: a location has a `location_type`; a service at a
/// location holds its `location` or `service`; an organization has no `status` (which a
/// service must have) and may list its `services`.
fn table_of(object: &Map<String, Value>) -> Table {
    let has = |key: &str| object.contains_key(key);
    if has("status") || has("service_at_locations") {
        Table::Service
    } else if has("location_type") {
        Table::Location
    } else if has("location") || has("service") {
        Table::ServiceAtLocation
    } else if has("services") || has("description") || has("name") {
        Table::Organization
    } else {
        Table::Service
    }
}

struct Flattener<'a> {
    file: &'a str,
    records: Vec<Record>,
    problems: Vec<Problem>,
}

impl Flattener<'_> {
    /// A list item that is not an object; its place is found from the path later.
    fn not_a_record(&mut self, path: String) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line: 0,
            column: 0,
            severity: Severity::Error,
            code: ProblemCode::InvalidValue,
            message: format!("`{path}` is not a record (an object): it is skipped"),
        });
    }

    /// Adds the record `object` of `table` and everything nested in it; returns its id.
    fn walk(
        &mut self,
        table: Table,
        object: &Map<String, Value>,
        path: String,
        parent: Option<(Table, String, &'static str)>,
    ) -> Option<String> {
        let id = object.get("id").and_then(Value::as_str).map(str::to_owned);
        let mut fields = BTreeMap::new();
        let mut nested_values = Vec::new();
        for (key, value) in object {
            let at = format!("{path}.{key}");
            match (value, nested(table, key)) {
                (Value::Null, _) => {}
                (Value::Array(_) | Value::Object(_), Some(link)) => {
                    nested_values.push((key, value, link, at))
                }
                _ => {
                    let value = match value {
                        Value::Bool(b) => Value::String(b.to_string()),
                        other => other.clone(),
                    };
                    fields.insert(
                        key.clone(),
                        Cell {
                            value,
                            origin: Origin::json(at),
                        },
                    );
                }
            }
        }
        let mut record = Record {
            table,
            file: self.file.to_owned(),
            origin: Origin::json(path.clone()),
            fields,
            parents: Vec::new(),
        };
        if let Some((parent_table, parent_id, column)) = parent {
            if !record.fields.contains_key(column) {
                let cell = Cell {
                    value: Value::String(parent_id.clone()),
                    origin: Origin::json(path.clone()),
                };
                record.fields.insert(column.to_owned(), cell);
            }
            if table == Table::Attribute && !record.fields.contains_key("link_entity") {
                let cell = Cell {
                    value: Value::String(parent_table.name().to_owned()),
                    origin: Origin::json(path.clone()),
                };
                record.fields.insert("link_entity".into(), cell);
            }
            record.parents.push((parent_table, parent_id));
        }
        let index = self.records.len();
        self.records.push(record);
        for (key, value, link, at) in nested_values {
            match (link, value) {
                (Child(child, column), Value::Array(items)) => {
                    for (i, item) in items.iter().enumerate() {
                        let path = format!("{at}[{i}]");
                        match item.as_object() {
                            Some(item) => {
                                let link = id.as_ref().map(|id| (table, id.clone(), column));
                                self.walk(child, item, path, link);
                            }
                            None => self.not_a_record(path),
                        }
                    }
                }
                (Extra(child), Value::Array(items)) => {
                    for (i, item) in items.iter().enumerate() {
                        let path = format!("{at}[{i}]");
                        match item.as_object() {
                            Some(item) => {
                                self.walk(child, item, path, None);
                            }
                            None => self.not_a_record(path),
                        }
                    }
                }
                (Object(child, column), Value::Object(item)) => {
                    let child_id = self.walk(child, item, at.clone(), None);
                    let fields = &mut self.records[index].fields;
                    if let (Some(child_id), false) = (child_id, fields.contains_key(column)) {
                        let cell = Cell {
                            value: Value::String(child_id),
                            origin: Origin::json(at),
                        };
                        fields.insert(column.to_owned(), cell);
                    }
                }
                _ => {
                    // The wrong shape (a list where one record belongs): kept as a
                    // value, so that the check names it.
                    let cell = Cell {
                        value: value.clone(),
                        origin: Origin::json(at),
                    };
                    self.records[index].fields.insert(key.clone(), cell);
                }
            }
        }
        id
    }
}
