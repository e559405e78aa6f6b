//! Services and what hangs on them: locations served, areas, languages, hours, costs,
//! metadata; and wegweiser's taxonomies with the attributes that use them.

use serde_json::Value;

use super::export::{publisher_uuid, uuid, Exporter};
use super::ids::derive;
use super::table::{row_with_id, set, Row, Table};
use super::terms::{Taxonomy, Term};
use crate::kind::Kind;
use crate::model::*;

impl Exporter<'_> {
    pub(super) fn service(&mut self, service: &Service) {
        let id = uuid(Kind::Service, &service.id);
        let key = service.id.as_str();
        let mut row = row_with_id(&id);
        let organization = match &service.provider {
            Some(provider) => uuid(Kind::Organization, provider),
            None => publisher_uuid(&self.data.directory.id),
        };
        set(&mut row, "organization_id", organization);
        let texts = [
            ("name", None),
            ("description", Some("description")),
            ("eligibility_description", Some("eligibility")),
            ("fees_description", Some("cost-note")),
            ("application_process", Some("appointment-note")),
            ("alternate_name", Some("alternate-name")),
            ("alert", Some("alert")),
            ("interpretation_services", Some("interpretation-services")),
            ("wait_time", Some("wait-time")),
        ];
        for (column, attribute) in texts {
            self.text(
                &mut row,
                Table::Service,
                column,
                (Kind::Service, key, attribute),
            );
        }
        set(&mut row, "url", service.website.clone().unwrap_or_default());
        set(&mut row, "email", service.email.clone().unwrap_or_default());
        for (column, age) in [
            ("minimum_age", service.minimum_age),
            ("maximum_age", service.maximum_age),
        ] {
            if let Some(age) = age {
                row.insert(column.into(), Value::from(age));
            }
        }
        set(&mut row, "status", "active");
        if let Some(reviewed) = service.last_reviewed {
            set(&mut row, "assured_date", reviewed.to_string());
        }
        self.tables.push(Table::Service, row);

        for location in &service.locations {
            let mut link =
                row_with_id(&derive("service-at-location", &format!("{key}:{location}")));
            set(&mut link, "service_id", id.clone());
            set(&mut link, "location_id", uuid(Kind::Location, location));
            self.tables.push(Table::ServiceAtLocation, link);
        }
        self.service_areas(service, &id);
        for tag in &service.languages {
            self.language(("service_id", &id), key, tag);
        }
        for (index, hours) in service.opening_hours.iter().enumerate() {
            let mut schedule = self.schedule(&format!("service:{key}:{index}"), hours);
            set(&mut schedule, "service_id", id.clone());
            if index == 0 {
                let note = (Kind::Service, key, Some("hours-note"));
                self.text(&mut schedule, Table::Schedule, "notes", note);
            }
            self.tables.push(Table::Schedule, schedule);
        }
        if service.opening_hours.is_empty() {
            // A note on hours without hours (“by arrangement”) still has a home.
            let mut schedule = row_with_id(&derive("schedule", &format!("service:{key}:note")));
            set(&mut schedule, "service_id", id.clone());
            let note = (Kind::Service, key, Some("hours-note"));
            if self.text(&mut schedule, Table::Schedule, "notes", note) {
                self.tables.push(Table::Schedule, schedule);
            }
        }
        if let Some(cost) = service.cost {
            self.attribute("service", &id, Term::Cost(cost.free), None);
            let mut option = row_with_id(&derive("cost-option", key));
            set(&mut option, "service_id", id.clone());
            let ui = if cost.free { "cost-free" } else { "cost-paid" };
            self.ui_text(&mut option, Table::CostOption, "option", ui);
            if cost.free {
                option.insert("amount".into(), Value::from(0));
                set(&mut option, "currency", "EUR");
            }
            self.tables.push(Table::CostOption, option);
        }
        for field in &service.fields {
            let number = self.index.fields.get(field.as_str()).copied().unwrap_or(0);
            self.attribute("service", &id, Term::Field(field.clone(), number), None);
        }
        for group in &service.target_groups {
            self.attribute("service", &id, Term::TargetGroup(group.clone()), None);
        }
        if let Some(appointment) = service.appointment {
            self.attribute("service", &id, Term::Appointment(appointment), None);
        }
        let note = self
            .source
            .text(&self.lang, Kind::Service, key, Some("accessibility-note"));
        if service.step_free != StepFree::Unknown || note.is_some() {
            let mut row = attribute_row("service", &id, &Term::StepFree(service.step_free), None);
            let text = (Kind::Service, key, Some("accessibility-note"));
            self.text(&mut row, Table::Attribute, "value", text);
            self.tables.push(Table::Attribute, row);
        }
        self.metadata(&id);
    }

    /// The municipalities a service is offered in (those of its locations).
    fn service_areas(&mut self, service: &Service, id: &str) {
        let mut seen: Vec<&str> = Vec::new();
        for location in &service.locations {
            let Some(place) = self.index.locations.get(location.as_str()).copied() else {
                continue;
            };
            let Some(municipality) = place.municipality.as_deref() else {
                continue;
            };
            if seen.contains(&municipality) {
                continue;
            }
            seen.push(municipality);
            let key = format!("{}:{municipality}", service.id);
            let mut area = row_with_id(&derive("service-area", &key));
            set(&mut area, "service_id", id);
            self.municipality_name(&mut area, Table::ServiceArea, "name", municipality);
            self.tables.push(Table::ServiceArea, area);
        }
    }

    fn metadata(&mut self, service: &str) {
        let meta = &self.data.directory;
        let mut row = row_with_id(&derive("metadata", service));
        set(&mut row, "resource_id", service);
        set(&mut row, "resource_type", "service");
        set(&mut row, "last_action_date", meta.status_as_of.to_string());
        set(&mut row, "last_action_type", "reviewed");
        set(&mut row, "field_name", "directory_version");
        set(&mut row, "previous_value", meta.version.clone());
        set(&mut row, "replacement_value", meta.version.clone());
        set(&mut row, "updated_by", meta.id.clone());
        self.tables.push(Table::Metadata, row);
    }

    /// An attribute linking a record to one of our terms.
    pub(super) fn attribute(
        &mut self,
        entity: &str,
        link: &str,
        term: Term,
        value: Option<String>,
    ) {
        let row = attribute_row(entity, link, &term, value);
        self.tables.push(Table::Attribute, row);
    }

    /// Our taxonomies and every term of them.
    pub(super) fn taxonomies(&mut self) {
        for taxonomy in Taxonomy::ALL {
            let mut row = row_with_id(&taxonomy.uuid());
            set(&mut row, "name", taxonomy.name());
            set(&mut row, "description", taxonomy.description());
            set(&mut row, "version", self.data.directory.version.clone());
            self.tables.push(Table::Taxonomy, row);
        }
        let mut terms: Vec<(Term, Kind)> = Vec::new();
        let mut fields: Vec<&FieldOfAction> = self.data.fields.iter().collect();
        fields.sort_by_key(|f| f.number);
        terms.extend(
            fields
                .iter()
                .map(|f| (Term::Field(f.id.clone(), f.number), Kind::Field)),
        );
        terms.extend(
            self.data
                .target_groups
                .iter()
                .map(|g| (Term::TargetGroup(g.id.clone()), Kind::TargetGroup)),
        );
        for (term, kind) in terms {
            let (Term::Field(id, _) | Term::TargetGroup(id)) = &term else {
                continue;
            };
            let mut row = self.term_row(&term);
            self.text(&mut row, Table::TaxonomyTerm, "name", (kind, id, None));
            let entity = (kind, id.as_str(), Some("description"));
            if !self.text(&mut row, Table::TaxonomyTerm, "description", entity) {
                self.text(
                    &mut row,
                    Table::TaxonomyTerm,
                    "description",
                    (kind, id, None),
                );
            }
            self.tables.push(Table::TaxonomyTerm, row);
        }
        for term in Term::fixed() {
            let mut row = self.term_row(&term);
            match term.ui_name() {
                Ok(ui) => {
                    self.ui_text(&mut row, Table::TaxonomyTerm, "name", &ui);
                    self.ui_text(&mut row, Table::TaxonomyTerm, "description", &ui);
                }
                Err(english) => {
                    set(&mut row, "name", english);
                    set(&mut row, "description", english);
                }
            }
            self.tables.push(Table::TaxonomyTerm, row);
        }
    }

    fn term_row(&self, term: &Term) -> Row {
        let mut row = row_with_id(&term.uuid());
        set(&mut row, "code", term.code());
        set(&mut row, "taxonomy", term.taxonomy().name());
        set(&mut row, "taxonomy_id", term.taxonomy().uuid());
        set(&mut row, "language", self.lang.clone());
        row
    }
}

fn attribute_row(entity: &str, link: &str, term: &Term, value: Option<String>) -> Row {
    let value = value.unwrap_or_default();
    let key = format!("{entity}:{link}:{}:{value}", term.code());
    let mut row = row_with_id(&derive("attribute", &key));
    set(&mut row, "link_id", link);
    set(&mut row, "taxonomy_term_id", term.uuid());
    set(&mut row, "link_entity", entity);
    set(&mut row, "value", value);
    row
}
