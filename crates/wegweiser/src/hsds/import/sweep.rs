//! The sweep after the mapping: every HSDS value the import did not carry over is
//! listed in the report, with the place of its first occurrence.

use super::map::{our_term, Mapper};
use super::report::{is_mapped, MAPPED};
use crate::hsds::record::Record;
use crate::hsds::table::Table;
use crate::hsds::terms::{Taxonomy, Term};

impl Mapper<'_> {
    /// Every field with a value that the mapping does not read.
    pub fn sweep(&mut self) {
        for table in Table::ALL {
            let mapped_table = MAPPED.iter().any(|(t, _)| *t == table);
            for record in self.checked.rows(table) {
                if !mapped_table {
                    self.report
                        .unmapped(record, "*", "wegweiser has no place for this table");
                    continue;
                }
                let fields: Vec<String> = record
                    .fields
                    .keys()
                    .filter(|f| !is_mapped(table, f) && !is_default(record, f))
                    .cloned()
                    .collect();
                for field in fields {
                    self.report.unmapped(record, &field, "");
                }
            }
        }
        for attribute in self.checked.rows(Table::Attribute) {
            if self.term(attribute).is_none() {
                self.report.unmapped(attribute, "taxonomy_term_id", "only wegweiser's own taxonomies (fields of action, target groups) have a place");
            } else if !attribute.id().is_some_and(|id| self.used.contains(&id)) {
                self.report.unmapped(attribute, "link_id", "one of wegweiser's terms on a record that cannot have it (a field of action on an organization)");
            }
        }
        for address in self.checked.rows(Table::Address) {
            if !address.id().is_some_and(|id| self.used.contains(&id)) {
                self.report.unmapped(address, "address_1", "wegweiser keeps one address per place: a further address, or one of a place not imported");
            }
        }
        for term in self.checked.rows(Table::TaxonomyTerm) {
            if our_term(term).is_none() {
                self.report.unmapped(term, "*", "terms of other taxonomies have no place: wegweiser knows fields of action and target groups");
            }
        }
        for taxonomy in self.checked.rows(Table::Taxonomy) {
            let ours = taxonomy.text("name").and_then(|n| Taxonomy::from_name(&n));
            if ours.is_none() {
                self.report
                    .unmapped(taxonomy, "*", "other taxonomies have no place");
            }
        }
        for row in self.checked.rows(Table::Metadata) {
            if row.text("field_name").as_deref() != Some("directory_version") {
                self.report.unmapped(
                    row,
                    "*",
                    "the change history has no place: wegweiser keeps the date of the last review",
                );
            }
        }
        for schedule in self.checked.rows(Table::Schedule) {
            let of_service = ["service_id", "service_at_location_id"]
                .iter()
                .any(|f| schedule.text(f).is_some());
            let office_hours = self
                .terms(&schedule.id().unwrap_or_default())
                .iter()
                .any(|(t, _)| *t == Term::OfficeHoursOf);
            if of_service && !office_hours && schedule.text("location_id").is_some() {
                self.report.unmapped(
                    schedule,
                    "location_id",
                    "the hours of a service are kept as the service's, not as its place's",
                );
            } else if !of_service && !office_hours {
                self.report.unmapped(
                    schedule,
                    "location_id",
                    "hours of a place: wegweiser keeps hours on services and contacts",
                );
            }
        }
        for language in self.checked.rows(Table::Language) {
            if language.text("service_id").is_none() && language.text("phone_id").is_none() {
                self.report.unmapped(
                    language,
                    "location_id",
                    "languages of a place: wegweiser keeps them on services and contacts",
                );
            }
        }
        for area in self.checked.rows(Table::ServiceArea) {
            if area
                .text("name")
                .is_some_and(|n| !self.municipalities.contains_key(&n))
            {
                self.report.unmapped(
                    area,
                    "name",
                    "only an area that is also the town of an address becomes a municipality",
                );
            }
        }
        for phone in self.checked.rows(Table::Phone) {
            if phone.text("contact_id").is_none() {
                self.report.unmapped(
                    phone,
                    "number",
                    "wegweiser keeps phone numbers on contacts: this one has no contact",
                );
            }
        }
    }
}

/// Values not worth reporting: what the import assumes anyway (a physical address, a
/// schedule's description where its notes were taken).
fn is_default(record: &Record, field: &str) -> bool {
    match (record.table, field) {
        (Table::Address, "address_type") => record.text(field).as_deref() == Some("physical"),
        (Table::Schedule, "description") => record.text("notes").is_none(),
        _ => false,
    }
}
