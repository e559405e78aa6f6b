//! Our model → HSDS tables. Field by field, this is the mapping of `docs/hsds.md`.

use std::collections::HashMap;

use serde_json::Value;

use super::csv_io::CsvOptions;
use super::ids::derive;
use super::package::PackageInfo;
use super::table::{row_with_id, set, Row, Table, Tables, Translation};
use super::write::HsdsFiles;
use crate::kind::Kind;
use crate::model::*;

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
        delimiter: options.csv.delimiter,
    };
    HsdsFiles::new(&tables, &info, options.csv)
}

pub(super) struct Exporter<'a> {
    pub(super) source: &'a dyn ExportSource,
    pub(super) data: &'a DirectoryData,
    pub(super) lang: String,
    pub(super) locales: Vec<String>,
    pub(super) tables: Tables,
    /// What keeps the export from being valid HSDS: field → (how many, the first entity).
    pub(super) gaps: std::collections::BTreeMap<&'static str, (usize, String)>,
    /// Lookups by id, built once (a directory may have 100,000 services).
    pub(super) index: Index<'a>,
}

/// The entities the export looks up by id, and the services of each contact.
#[derive(Default)]
pub(super) struct Index<'a> {
    pub locations: HashMap<&'a str, &'a Location>,
    pub municipalities: HashMap<&'a str, &'a Municipality>,
    pub fields: HashMap<&'a str, u32>,
    pub services_of_contact: HashMap<&'a str, Vec<&'a Service>>,
}

/// `schedule.attending_type` of hours in which only people with an appointment are seen
/// (HSDS leaves the values free; the import reads any that mentions an appointment).
pub(crate) const APPOINTMENT_ONLY: &str = "by appointment";

impl<'a> Index<'a> {
    fn new(data: &'a DirectoryData) -> Index<'a> {
        let mut services_of_contact: HashMap<&str, Vec<&Service>> = HashMap::new();
        for service in &data.services {
            for contact in &service.contacts {
                services_of_contact
                    .entry(contact.as_str())
                    .or_default()
                    .push(service);
            }
        }
        Index {
            locations: data.locations.iter().map(|l| (l.id.as_str(), l)).collect(),
            municipalities: data
                .municipalities
                .iter()
                .map(|m| (m.id.as_str(), m))
                .collect(),
            fields: data
                .fields
                .iter()
                .map(|f| (f.id.as_str(), f.number))
                .collect(),
            services_of_contact,
        }
    }
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
            gaps: Default::default(),
            index: Index::new(data),
        };
        exporter.run();
        let mut tables = exporter.tables;
        tables.warnings = exporter
            .gaps
            .into_iter()
            .map(|(field, (count, first))| {
                format!("{count} address(es), first of location `{first}`, have no `{field}`, which HSDS requires: {}", gap_advice(field))
            })
            .collect();
        tables
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
        let source_locale = self.data.directory.source_locale.clone();
        for locale in self.locales.clone() {
            let text = self.source.ui(&locale, ui_id);
            let status = status(locale == source_locale, false);
            self.translation(table, &record, column, &locale, text, status);
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
        let Some(municipality) = self.index.municipalities.get(id).copied() else {
            return;
        };
        let sorbian = municipality.name_dsb.clone();
        let base = match (&sorbian, self.lang.as_str()) {
            (Some(name), "dsb") => name.clone(),
            _ => municipality.name_de.clone(),
        };
        set(row, column, base);
        let record = row_id(row);
        let source_locale = self.data.directory.source_locale.clone();
        let names = [("de", Some(municipality.name_de.clone())), ("dsb", sorbian)];
        for (locale, name) in names {
            if let (Some(name), true) = (name, self.locales.iter().any(|l| l == locale)) {
                let status = status(locale == source_locale, false);
                self.translation(table, &record, column, locale, name, status);
            }
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
        if hours.appointment_only {
            set(&mut row, "attending_type", APPOINTMENT_ONLY);
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

pub(super) fn number(value: f64) -> Value {
    serde_json::Number::from_f64(value)
        .map(Value::Number)
        .unwrap_or(Value::Null)
}

/// The addresses' country: `country`, else the one of the calling code.
pub(super) fn country(meta: &Metadata) -> String {
    if let Some(country) = &meta.country {
        return country.clone();
    }
    CALLING_CODES
        .iter()
        .find(|(_, code)| *code == meta.country_code)
        .map(|(country, _)| (*country).to_owned())
        .unwrap_or_default()
}

/// Countries (ISO 3166-1 alpha-2) and their calling codes, for the neighbours a district
/// in Germany meets; others need `country` or `country_code` set by hand.
pub(super) const CALLING_CODES: [(&str, &str); 10] = [
    ("DE", "49"),
    ("PL", "48"),
    ("CZ", "420"),
    ("AT", "43"),
    ("CH", "41"),
    ("NL", "31"),
    ("DK", "45"),
    ("FR", "33"),
    ("GB", "44"),
    ("US", "1"),
];

fn status(source: bool, machine: bool) -> &'static str {
    if source {
        "source"
    } else if machine {
        "machine-translated"
    } else {
        "translated"
    }
}

fn gap_advice(field: &str) -> &'static str {
    match field {
        "state_province" => "set `state_province` in [directory]",
        "country" => "set `country` in [directory]",
        "postal_code" => "give the location its postal code",
        _ => "give the location a municipality or locality",
    }
}
