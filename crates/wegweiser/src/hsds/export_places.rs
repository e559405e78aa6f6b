//! Places and people: locations with their addresses and step-free access, contacts
//! with their phones, spoken languages and office hours.

use super::export::{country, number, row_id, uuid, Exporter};
use super::ids::derive;
use super::table::{row_with_id, set, Table};
use super::terms::Term;
use crate::kind::Kind;
use crate::model::*;
use crate::validate::normalize_phone;

impl Exporter<'_> {
    pub(super) fn location(&mut self, location: &Location) {
        let id = uuid(Kind::Location, &location.id);
        let mut row = row_with_id(&id);
        set(&mut row, "location_type", "physical");
        let key = (Kind::Location, location.id.as_str());
        self.text(&mut row, Table::Location, "name", (key.0, key.1, None));
        self.text(
            &mut row,
            Table::Location,
            "transportation",
            (key.0, key.1, Some("directions")),
        );
        let description = (key.0, key.1, Some("description"));
        self.text(&mut row, Table::Location, "description", description);
        if let Some(point) = location.coordinates {
            row.insert("latitude".into(), number(point.lat));
            row.insert("longitude".into(), number(point.lon));
        }
        self.tables.push(Table::Location, row);

        let mut address = row_with_id(&derive("address", &location.id));
        set(&mut address, "location_id", id.clone());
        set(&mut address, "address_1", location.street.clone());
        match (&location.municipality, &location.locality) {
            (Some(municipality), _) => {
                self.municipality_name(&mut address, Table::Address, "city", municipality)
            }
            (None, Some(locality)) => set(&mut address, "city", locality.clone()),
            (None, None) => {}
        }
        let meta = &self.data.directory;
        set(
            &mut address,
            "state_province",
            meta.state_province.clone().unwrap_or_default(),
        );
        set(&mut address, "postal_code", location.postal_code.clone());
        set(&mut address, "country", country(meta));
        set(&mut address, "address_type", "physical");
        for field in ["city", "state_province", "postal_code", "country"] {
            if !address.contains_key(field) {
                let gap = self.gaps.entry(field).or_insert((0, location.id.clone()));
                gap.0 += 1;
            }
        }
        self.tables.push(Table::Address, address);

        if location.step_free != StepFree::Unknown {
            let mut access = row_with_id(&derive("accessibility", &location.id));
            set(&mut access, "location_id", id.clone());
            let ui = format!("step-free-{}", location.step_free.as_str());
            self.ui_text(&mut access, Table::Accessibility, "description", &ui);
            self.tables.push(Table::Accessibility, access);
            self.attribute("location", &id, Term::StepFree(location.step_free), None);
        }
    }

    pub(super) fn contact(&mut self, contact: &Contact) {
        let id = uuid(Kind::Contact, &contact.id);
        let mut row = row_with_id(&id);
        if let Some(organization) = &contact.organization {
            set(
                &mut row,
                "organization_id",
                uuid(Kind::Organization, organization),
            );
        }
        let served: Vec<&Service> = self
            .index
            .services_of_contact
            .get(contact.id.as_str())
            .cloned()
            .unwrap_or_default();
        if let Some(first) = served.first() {
            set(&mut row, "service_id", uuid(Kind::Service, &first.id));
        }
        for also in served.iter().skip(1) {
            let service = uuid(Kind::Service, &also.id);
            self.attribute("contact", &id, Term::AlsoServes, Some(service));
        }
        if let Some(location) = &contact.location {
            set(&mut row, "location_id", uuid(Kind::Location, location));
        }
        set(
            &mut row,
            "name",
            contact.person_name.clone().unwrap_or_default(),
        );
        self.text(
            &mut row,
            Table::Contact,
            "title",
            (Kind::Contact, &contact.id, None),
        );
        set(&mut row, "email", contact.email.clone().unwrap_or_default());
        self.tables.push(Table::Contact, row);

        let country = self.data.directory.country_code.clone();
        for (index, number) in contact.phones.iter().enumerate() {
            let phone_key = format!("{}:{index}", contact.id);
            let phone_id = derive("phone", &phone_key);
            let mut phone = row_with_id(&phone_id);
            set(&mut phone, "contact_id", id.clone());
            let e164 = normalize_phone(number, &country).unwrap_or_else(|_| number.clone());
            set(&mut phone, "number", e164);
            set(&mut phone, "type", "voice");
            if index == 0 {
                let note = (Kind::Contact, contact.id.as_str(), Some("note"));
                self.text(&mut phone, Table::Phone, "description", note);
            }
            self.tables.push(Table::Phone, phone);
            for tag in &contact.languages {
                self.language(("phone_id", &phone_id), &phone_key, tag);
            }
        }
        let location = contact.location.as_ref().map(|l| uuid(Kind::Location, l));
        for (index, hours) in contact.office_hours.iter().enumerate() {
            let key = format!("contact:{}:{index}", contact.id);
            let mut schedule = self.schedule(&key, hours);
            if let Some(location) = &location {
                set(&mut schedule, "location_id", location.clone());
            }
            let schedule_id = row_id(&schedule);
            if index == 0 {
                let note = (
                    Kind::Contact,
                    contact.id.as_str(),
                    Some("office-hours-note"),
                );
                self.text(&mut schedule, Table::Schedule, "notes", note);
            }
            self.tables.push(Table::Schedule, schedule);
            self.attribute(
                "schedule",
                &schedule_id,
                Term::OfficeHoursOf,
                Some(id.clone()),
            );
        }
    }

    pub(super) fn language(&mut self, (column, owner): (&str, &str), key: &str, tag: &str) {
        let mut row = row_with_id(&derive("language", &format!("{column}:{key}:{tag}")));
        set(&mut row, column, owner);
        set(&mut row, "code", tag);
        if let Some(name) = self.source.language_name(tag) {
            set(&mut row, "name", name);
        }
        self.tables.push(Table::Language, row);
    }
}
