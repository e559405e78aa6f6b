//! Our model → HSDS tables. Field by field, this is the mapping of `docs/hsds.md`.

use serde_json::Value;

use super::csv_io::CsvOptions;
use super::ids::derive;
use super::package::PackageInfo;
use super::table::{row_with_id, set, Row, Table, Tables, Translation};
use super::terms::Term;
use super::write::HsdsFiles;
use crate::kind::Kind;
use crate::model::*;
use crate::validate::normalize_phone;

/// What the export needs of a directory: its public data and its texts.
pub trait ExportSource {
    /// The data to export (the public view: no internal contacts).
    fn data(&self) -> &DirectoryData;
    /// The locales with texts, the source locale first.
    fn locales(&self) -> Vec<String>;
    /// A text in exactly `locale` (no fallback), and whether a machine made it.
    fn text(
        &self,
        locale: &str,
        kind: Kind,
        id: &str,
        attribute: Option<&str>,
    ) -> Option<(String, bool)>;
    /// One of the library's UI strings in `locale`.
    fn ui(&self, locale: &str, id: &str) -> String;
    /// A language's name in itself (`العربية`), where the library knows it.
    fn language_name(&self, tag: &str) -> Option<String>;
    /// The directory's title in `locale` (with fallback).
    fn title(&self, locale: &str) -> Option<String>;
    /// A text of the directory itself in exactly `locale`: its title (`None`), `region`,
    /// `motto`, `description`.
    fn directory_text(&self, locale: &str, attribute: Option<&str>) -> Option<(String, bool)>;
}

/// The translations extension's table for the directory's own texts.
pub const DIRECTORY_TEXTS: &str = "directory";
/// The directory's texts, as fields of that table (`title` is the message value).
pub const DIRECTORY_FIELDS: [(&str, Option<&str>); 4] = [
    ("title", None),
    ("region", Some("region")),
    ("motto", Some("motto")),
    ("description", Some("description")),
];

/// What an export writes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HsdsExportOptions {
    /// The locale of HSDS's text fields; texts missing in it fall back to the source
    /// locale. Default: the source locale. Every locale is in the translations table.
    pub lang: Option<String>,
    pub csv: CsvOptions,
}

/// The HSDS export of a directory: the files, ready to write.
pub fn export(source: &dyn ExportSource, options: &HsdsExportOptions) -> HsdsFiles {
    let tables = Tables::from_directory(source, options);
    let meta = &source.data().directory;
    let lang = options.lang.as_deref().unwrap_or(&meta.source_locale);
    let title = source.title(lang).unwrap_or_else(|| meta.id.clone());
    let info = PackageInfo {
        name: &meta.id,
        title: &title,
        version: &meta.version,
        created: &format!("{}T00:00:00Z", meta.status_as_of),
    };
    HsdsFiles::new(&tables, &info, options.csv)
}

pub(super) struct Exporter<'a> {
    pub(super) source: &'a dyn ExportSource,
    pub(super) data: &'a DirectoryData,
    pub(super) lang: String,
    pub(super) locales: Vec<String>,
    pub(super) tables: Tables,
}

impl Tables {
    /// The HSDS form of a directory. Never fails: a value HSDS cannot hold as written (a
    /// phone number that does not normalize) is written as it is, for the validator to
    /// name.
    pub fn from_directory(source: &dyn ExportSource, options: &HsdsExportOptions) -> Tables {
        let locales = source.locales();
        let data = source.data();
        let lang = options
            .lang
            .clone()
            .unwrap_or_else(|| data.directory.source_locale.clone());
        let mut exporter = Exporter {
            source,
            data,
            lang,
            locales,
            tables: Tables::default(),
        };
        exporter.run();
        exporter.tables
    }
}

pub(super) fn uuid(kind: Kind, id: &str) -> String {
    super::ids::of_entity(kind.as_str(), id)
}

impl Exporter<'_> {
    fn run(&mut self) {
        self.directory_texts();
        self.taxonomies();
        for organization in &self.data.organizations {
            self.organization(organization);
        }
        if self.data.services.iter().any(|s| s.provider.is_none()) {
            self.publisher();
        }
        for location in &self.data.locations {
            self.location(location);
        }
        for contact in &self.data.contacts {
            self.contact(contact);
        }
        for service in &self.data.services {
            self.service(service);
        }
        self.tables.translations.sort();
    }

    /// A text field in the export's locale (falling back to the source locale), with every
    /// locale's text in the translations table.
    pub(super) fn text(
        &mut self,
        row: &mut Row,
        table: Table,
        column: &str,
        (kind, id, attribute): (Kind, &str, Option<&str>),
    ) -> bool {
        let source_locale = self.data.directory.source_locale.clone();
        let base = self
            .source
            .text(&self.lang, kind, id, attribute)
            .or_else(|| self.source.text(&source_locale, kind, id, attribute));
        let Some((base, _)) = base else {
            return false;
        };
        set(row, column, base);
        let record = row_id(row);
        for locale in self.locales.clone() {
            let locale = &locale;
            if let Some((text, machine)) = self.source.text(locale, kind, id, attribute) {
                let status = status(*locale == source_locale, machine);
                self.translation(table, &record, column, locale, text, status);
            }
        }
        true
    }

    /// The directory's own texts: HSDS has no record for them, so they live only in the
    /// translations extension, under the directory's id.
    fn directory_texts(&mut self) {
        let record = derive(DIRECTORY_TEXTS, &self.data.directory.id);
        let source_locale = self.data.directory.source_locale.clone();
        for (field, attribute) in DIRECTORY_FIELDS {
            for locale in self.locales.clone() {
                if let Some((text, machine)) = self.source.directory_text(&locale, attribute) {
                    let status = status(locale == source_locale, machine);
                    self.translation_in(DIRECTORY_TEXTS, &record, field, &locale, text, status);
                }
            }
        }
    }

    /// A field filled with one of the library's UI strings, translated likewise.
    pub(super) fn ui_text(&mut self, row: &mut Row, table: Table, column: &str, ui_id: &str) {
        set(row, column, self.source.ui(&self.lang, ui_id));
        let record = row_id(row);
        for locale in self.locales.clone() {
            let text = self.source.ui(&locale, ui_id);
            self.translation(table, &record, column, &locale, text, "translated");
        }
    }

    fn translation(
        &mut self,
        table: Table,
        record: &str,
        field: &str,
        locale: &str,
        text: String,
        status: &str,
    ) {
        self.translation_in(table.name(), record, field, locale, text, status);
    }

    fn translation_in(
        &mut self,
        table: &str,
        record: &str,
        field: &str,
        locale: &str,
        text: String,
        status: &str,
    ) {
        self.tables.translations.push(Translation {
            table: table.to_owned(),
            record_id: record.to_owned(),
            field: field.to_owned(),
            locale: locale.to_owned(),
            text,
            status: status.to_owned(),
        });
    }

    /// A municipality's name: German, with the Sorbian one as its `dsb` translation.
    pub(super) fn municipality_name(
        &mut self,
        row: &mut Row,
        table: Table,
        column: &str,
        id: &str,
    ) {
        let Some(municipality) = self.data.municipalities.iter().find(|m| m.id == id) else {
            return;
        };
        let sorbian = municipality.name_dsb.clone();
        let base = match (&sorbian, self.lang.as_str()) {
            (Some(name), "dsb") => name.clone(),
            _ => municipality.name_de.clone(),
        };
        set(row, column, base);
        let record = row_id(row);
        let name_de = municipality.name_de.clone();
        self.translation(table, &record, column, "de", name_de, "source");
        if let Some(name) = sorbian {
            self.translation(table, &record, column, "dsb", name, "translated");
        }
    }

    fn organization(&mut self, organization: &Organization) {
        let mut row = row_with_id(&uuid(Kind::Organization, &organization.id));
        let named = (Kind::Organization, organization.id.as_str());
        self.text(
            &mut row,
            Table::Organization,
            "name",
            (named.0, named.1, None),
        );
        let described = self.text(
            &mut row,
            Table::Organization,
            "description",
            (named.0, named.1, Some("description")),
        );
        if !described {
            // HSDS requires a description: the name stands in for it.
            self.text(
                &mut row,
                Table::Organization,
                "description",
                (named.0, named.1, None),
            );
        }
        let alternate = (named.0, named.1, Some("alternate-name"));
        self.text(&mut row, Table::Organization, "alternate_name", alternate);
        set(
            &mut row,
            "website",
            organization.website.clone().unwrap_or_default(),
        );
        set(
            &mut row,
            "email",
            organization.email.clone().unwrap_or_default(),
        );
        self.tables.push(Table::Organization, row);
    }

    /// The organization of services that name no provider: HSDS requires one, so the
    /// directory itself stands in.
    fn publisher(&mut self) {
        let id = &self.data.directory.id;
        let mut row = row_with_id(&publisher_uuid(id));
        set(&mut row, "name", id.clone());
        set(&mut row, "description", id.clone());
        self.tables.push(Table::Organization, row);
    }

    fn location(&mut self, location: &Location) {
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

    fn contact(&mut self, contact: &Contact) {
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
            .data
            .services
            .iter()
            .filter(|s| s.contacts.contains(&contact.id))
            .collect();
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

    pub(super) fn schedule(&mut self, key: &str, hours: &OpeningHours) -> Row {
        let mut row = row_with_id(&derive("schedule", key));
        set(&mut row, "freq", "WEEKLY");
        let days: Vec<String> = hours
            .days
            .iter()
            .map(|d| d.as_str().to_uppercase())
            .collect();
        set(&mut row, "byday", days.join(","));
        set(&mut row, "opens_at", time(hours.opens));
        set(&mut row, "closes_at", time(hours.closes));
        if let Some(from) = hours.valid_from {
            set(&mut row, "valid_from", from.to_string());
        }
        if let Some(through) = hours.valid_through {
            set(&mut row, "valid_to", through.to_string());
        }
        row
    }
}

pub(super) fn publisher_uuid(directory: &str) -> String {
    derive("publisher", directory)
}

pub(super) fn row_id(row: &Row) -> String {
    row.get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// `HH:MM:SS`, the tabular form's time; the end of the day (24:00) is 23:59:59.
fn time(time: Time) -> String {
    if time.hour == 24 {
        return "23:59:59".into();
    }
    format!("{time}:00")
}

fn number(value: f64) -> Value {
    serde_json::Number::from_f64(value)
        .map(Value::Number)
        .unwrap_or(Value::Null)
}

/// The addresses' country: `country`, else the one of the calling code.
fn country(meta: &Metadata) -> String {
    if let Some(country) = &meta.country {
        return country.clone();
    }
    let known = [
        ("49", "DE"),
        ("48", "PL"),
        ("420", "CZ"),
        ("43", "AT"),
        ("41", "CH"),
    ];
    known
        .iter()
        .find(|(code, _)| *code == meta.country_code)
        .map(|(_, country)| (*country).to_owned())
        .unwrap_or_default()
}

fn status(source: bool, machine: bool) -> &'static str {
    if source {
        "source"
    } else if machine {
        "machine-translated"
    } else {
        "translated"
    }
}
