//! HSDS tables → full service records (`schema/compiled/service.json`): each service with
//! its organization, locations, contacts, phones, schedules and attributes inside it.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::table::{Row, Table, Tables};
use super::terms::Term;

/// Rows of a table found by the value of one column, built once.
struct Index<'a> {
    ids: HashMap<(Table, &'a str), &'a Row>,
    by: HashMap<(Table, &'static str, String), Vec<&'a Row>>,
}

const LINKS: &[(Table, &str)] = &[
    (Table::ServiceAtLocation, "service_id"),
    (Table::Phone, "service_id"),
    (Table::Phone, "location_id"),
    (Table::Phone, "contact_id"),
    (Table::Schedule, "service_id"),
    (Table::Schedule, "location_id"),
    (Table::ServiceArea, "service_id"),
    (Table::Language, "service_id"),
    (Table::Language, "location_id"),
    (Table::Language, "phone_id"),
    (Table::CostOption, "service_id"),
    (Table::Contact, "service_id"),
    (Table::Address, "location_id"),
    (Table::Accessibility, "location_id"),
    (Table::Attribute, "link_id"),
    (Table::Attribute, "value"),
    (Table::Metadata, "resource_id"),
    (Table::Funding, "service_id"),
    (Table::RequiredDocument, "service_id"),
];

impl<'a> Index<'a> {
    fn new(tables: &'a Tables) -> Index<'a> {
        let mut by: HashMap<_, Vec<&Row>> = HashMap::new();
        for &(table, column) in LINKS {
            for row in tables.rows(table) {
                if let Some(value) = row.get(column).and_then(Value::as_str) {
                    by.entry((table, column, value.to_owned()))
                        .or_default()
                        .push(row);
                }
            }
        }
        let mut ids = HashMap::new();
        for table in Table::ALL {
            for row in tables.rows(table) {
                ids.entry((table, id_of(row))).or_insert(row);
            }
        }
        Index { ids, by }
    }

    fn children(&self, table: Table, column: &'static str, id: &str) -> &[&'a Row] {
        self.by
            .get(&(table, column, id.to_owned()))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    fn one(&self, table: Table, id: Option<&Value>) -> Option<&'a Row> {
        self.ids.get(&(table, id?.as_str()?)).copied()
    }
}

/// Every service as a full record, in table order, written as a pretty JSON list one
/// record at a time (the whole list as values would take several times the memory).
pub(super) fn service_records_json(tables: &Tables) -> Vec<u8> {
    let index = Index::new(tables);
    let mut out = b"[".to_vec();
    for (i, service) in tables.rows(Table::Service).iter().enumerate() {
        out.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        let record = serde_json::to_string_pretty(&index.service(service)).unwrap_or_default();
        for (n, line) in record.lines().enumerate() {
            if n > 0 {
                out.push(b'\n');
            }
            out.extend_from_slice(b"  ");
            out.extend_from_slice(line.as_bytes());
        }
    }
    out.extend_from_slice(if out.len() > 1 { b"\n]\n" } else { b"]\n" });
    out
}

fn object(row: &Row) -> Map<String, Value> {
    row.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

fn id_of(row: &Row) -> &str {
    row.get("id").and_then(Value::as_str).unwrap_or_default()
}

fn put(record: &mut Map<String, Value>, key: &str, items: Vec<Value>) {
    if !items.is_empty() {
        record.insert(key.to_owned(), Value::Array(items));
    }
}

impl Index<'_> {
    fn service(&self, row: &Row) -> Value {
        let id = id_of(row);
        let mut record = object(row);
        if let Some(organization) = self.one(Table::Organization, row.get("organization_id")) {
            record.insert("organization".into(), Value::Object(object(organization)));
        }
        let flat = |table, column| -> Vec<Value> {
            self.children(table, column, id)
                .iter()
                .map(|r| Value::Object(object(r)))
                .collect()
        };
        put(&mut record, "phones", self.phones("service_id", id));
        put(&mut record, "schedules", self.schedules("service_id", id));
        put(
            &mut record,
            "service_areas",
            flat(Table::ServiceArea, "service_id"),
        );
        let at_locations = self
            .children(Table::ServiceAtLocation, "service_id", id)
            .iter()
            .map(|link| self.service_at_location(link))
            .collect();
        put(&mut record, "service_at_locations", at_locations);
        put(
            &mut record,
            "languages",
            flat(Table::Language, "service_id"),
        );
        put(&mut record, "funding", flat(Table::Funding, "service_id"));
        put(
            &mut record,
            "cost_options",
            flat(Table::CostOption, "service_id"),
        );
        put(
            &mut record,
            "required_documents",
            flat(Table::RequiredDocument, "service_id"),
        );
        put(&mut record, "contacts", self.contacts(id));
        put(&mut record, "attributes", self.attributes(id));
        put(
            &mut record,
            "metadata",
            flat(Table::Metadata, "resource_id"),
        );
        Value::Object(record)
    }

    fn service_at_location(&self, row: &Row) -> Value {
        let mut record = object(row);
        if let Some(location) = self.one(Table::Location, row.get("location_id")) {
            record.insert("location".into(), self.location(location));
        }
        Value::Object(record)
    }

    fn location(&self, row: &Row) -> Value {
        let id = id_of(row);
        let mut record = object(row);
        let flat = |table| -> Vec<Value> {
            self.children(table, "location_id", id)
                .iter()
                .map(|r| Value::Object(object(r)))
                .collect()
        };
        put(&mut record, "languages", flat(Table::Language));
        put(&mut record, "addresses", flat(Table::Address));
        put(&mut record, "accessibility", flat(Table::Accessibility));
        put(&mut record, "phones", self.phones("location_id", id));
        put(&mut record, "schedules", self.schedules("location_id", id));
        put(&mut record, "attributes", self.attributes(id));
        Value::Object(record)
    }

    /// The contacts of a service: those whose `service_id` it is, and those an
    /// “also serves” attribute links to it.
    fn contacts(&self, service: &str) -> Vec<Value> {
        let also_serves = Term::AlsoServes.uuid();
        let also = self
            .children(Table::Attribute, "value", service)
            .iter()
            .filter(|a| a.get("taxonomy_term_id").and_then(Value::as_str) == Some(&also_serves))
            .filter_map(|a| self.one(Table::Contact, a.get("link_id")));
        self.children(Table::Contact, "service_id", service)
            .iter()
            .copied()
            .chain(also)
            .map(|contact| {
                let id = id_of(contact);
                let mut record = object(contact);
                put(&mut record, "phones", self.phones("contact_id", id));
                put(&mut record, "schedules", self.office_hours(id));
                // Nesting says which services a contact serves: its “also serves”
                // links, one per further service, would repeat in every one of them.
                let attributes = self.attributes_but(id, Some(&also_serves));
                put(&mut record, "attributes", attributes);
                Value::Object(record)
            })
            .collect()
    }

    /// A contact's office hours: HSDS has no schedules on contacts, so they stand in the
    /// contact's record as an extra `schedules` list (JSON Schema allows extra
    /// properties); the CSV form links them by an attribute alone.
    fn office_hours(&self, contact: &str) -> Vec<Value> {
        let office_hours = Term::OfficeHoursOf.uuid();
        self.children(Table::Attribute, "value", contact)
            .iter()
            .filter(|a| a.get("taxonomy_term_id").and_then(Value::as_str) == Some(&office_hours))
            .filter_map(|a| self.one(Table::Schedule, a.get("link_id")))
            .map(|schedule| {
                let mut record = object(schedule);
                put(&mut record, "attributes", self.attributes(id_of(schedule)));
                Value::Object(record)
            })
            .collect()
    }

    fn phones(&self, column: &'static str, id: &str) -> Vec<Value> {
        self.children(Table::Phone, column, id)
            .iter()
            .map(|phone| {
                let mut record = object(phone);
                let languages = self
                    .children(Table::Language, "phone_id", id_of(phone))
                    .iter()
                    .map(|r| Value::Object(object(r)))
                    .collect();
                put(&mut record, "languages", languages);
                Value::Object(record)
            })
            .collect()
    }

    fn schedules(&self, column: &'static str, id: &str) -> Vec<Value> {
        self.children(Table::Schedule, column, id)
            .iter()
            .map(|schedule| {
                let mut record = object(schedule);
                put(&mut record, "attributes", self.attributes(id_of(schedule)));
                Value::Object(record)
            })
            .collect()
    }

    fn attributes(&self, link: &str) -> Vec<Value> {
        self.attributes_but(link, None)
    }

    /// The attributes of `link`, but those of the term `except`.
    fn attributes_but(&self, link: &str, except: Option<&str>) -> Vec<Value> {
        self.children(Table::Attribute, "link_id", link)
            .iter()
            .filter(|a| {
                except.is_none() || a.get("taxonomy_term_id").and_then(Value::as_str) != except
            })
            .map(|attribute| {
                let mut record = object(attribute);
                let term = self.one(Table::TaxonomyTerm, attribute.get("taxonomy_term_id"));
                if let Some(term) = term {
                    let mut term_record = object(term);
                    if let Some(taxonomy) = self.one(Table::Taxonomy, term.get("taxonomy_id")) {
                        term_record
                            .insert("taxonomy_detail".into(), Value::Object(object(taxonomy)));
                    }
                    record.insert("taxonomy_term".into(), Value::Object(term_record));
                }
                Value::Object(record)
            })
            .collect()
    }
}
