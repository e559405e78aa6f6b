//! Locations (with the address wegweiser needs) and contacts (with their phones,
//! spoken languages and office hours).

use super::map::{number, Mapper};
use crate::hsds::record::Record;
use crate::hsds::table::Table;
use crate::hsds::terms::Term;
use crate::kind::Kind;
use crate::model::*;
use crate::problem::{ProblemCode, Severity};
use crate::validate::{is_postal_code, normalize_phone};

impl Mapper<'_> {
    pub fn location(&mut self, record: &Record) {
        let id = record.id().unwrap_or_default();
        if record.text("location_type").as_deref() == Some("virtual") {
            let reason =
                "a virtual location has no address: wegweiser keeps places with an address".into();
            self.pass_over(record, reason);
            return;
        }
        let addresses = self.checked.children(Table::Address, "location_id", &id);
        let address = addresses
            .iter()
            .find(|a| a.text("address_type").as_deref() != Some("postal"))
            .or(addresses.first())
            .copied();
        let Some((address, city)) = address.and_then(|a| Some((a, a.text("city")?))) else {
            // Its addresses, if any, are reported by the sweep as not used.
            let reason =
                "it has no address with a town: wegweiser needs a street, a postal code and a town"
                    .into();
            self.pass_over(record, reason);
            return;
        };
        let mut postal_code = address.text("postal_code").unwrap_or_default();
        if !is_postal_code(&postal_code) {
            let message = format!("postal code `{postal_code}` is not 3 to 10 letters, digits, spaces or hyphens; it is left out");
            self.warn(address, "postal_code", ProblemCode::InvalidValue, message);
            postal_code.clear();
        }
        let coordinates = match (number(record, "latitude"), number(record, "longitude")) {
            (Some(lat), Some(lon))
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) =>
            {
                Some(Coordinates { lat, lon })
            }
            (None, None) => None,
            _ => {
                let message = "latitude and longitude must both be given, within -90..90 and -180..180; they are left out".into();
                self.warn(record, "", ProblemCode::InvalidValue, message);
                None
            }
        };
        let step_free = self
            .read_terms(&id)
            .into_iter()
            .find_map(|(term, _)| match term {
                Term::StepFree(value) => Some(value),
                _ => None,
            })
            .unwrap_or_default();
        let municipality = self.municipalities.get(&city).cloned();
        let entity = (Kind::Location, id.as_str());
        self.text(entity, "", record, "name");
        self.text(entity, "directions", record, "transportation");
        self.text(entity, "description", record, "description");
        self.used.extend(address.id());
        self.kept_locations.insert(id.clone());
        self.data.locations.push(Location {
            id: id.clone(),
            street: address.text("address_1").unwrap_or_default(),
            postal_code,
            locality: municipality.is_none().then_some(city),
            municipality,
            coordinates,
            step_free,
        });
    }

    pub fn contact(&mut self, record: &Record, country: &str) {
        let id = record.id().unwrap_or_default();
        let mut phones = Vec::new();
        let mut languages: Vec<String> = Vec::new();
        let mut note_of = None;
        for phone in self.checked.children(Table::Phone, "contact_id", &id) {
            if let Some(kind @ ("fax" | "pager")) = phone.text("type").as_deref() {
                self.report.unmapped(
                    phone,
                    "type",
                    "wegweiser keeps numbers to call: fax and pager numbers are left out",
                );
                let _ = kind;
                continue;
            }
            let written = phone.text("number").unwrap_or_default();
            let number = written.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
            match normalize_phone(number, country) {
                Ok(e164) => phones.push(e164),
                Err(why) => {
                    let origin = phone
                        .get("number")
                        .map(|c| c.origin.clone())
                        .unwrap_or(phone.origin.clone());
                    let reason = format!("phone `{written}` does not normalize to E.164: {why}");
                    self.report.skip(
                        phone,
                        &origin,
                        Severity::Error,
                        ProblemCode::InvalidPhone,
                        reason,
                    );
                    continue;
                }
            }
            if phone.text("description").is_some() {
                if note_of.is_none() {
                    note_of = Some(phone);
                } else {
                    let note = "a contact's note is the description of its first phone; later ones are not kept";
                    self.report.unmapped(phone, "description", note);
                }
            }
            let phone_id = phone.id().unwrap_or_default();
            for language in self
                .checked
                .children(Table::Language, "phone_id", &phone_id)
            {
                if let Some(tag) = self.language_tag(language) {
                    if !languages.contains(&tag) {
                        languages.push(tag);
                    }
                }
            }
        }
        let entity = (Kind::Contact, id.as_str());
        let title = record.text("title");
        let fallback = record.text("email").unwrap_or_else(|| id.clone());
        self.required_text(entity, record, &["title", "name"], &fallback);
        if let Some(phone) = note_of {
            self.text(entity, "note", phone, "description");
        }
        let office_hours = self.office_hours(&id, entity);
        // Only a place that was imported (not a skipped virtual one).
        let location = record
            .text("location_id")
            .filter(|l| self.kept_locations.contains(l));
        self.kept_contacts.insert(id.clone());
        self.data.contacts.push(Contact {
            id: id.clone(),
            organization: record.text("organization_id"),
            person_name: title.and(record.text("name")),
            phones,
            email: record.text("email"),
            website: None,
            languages,
            location,
            visibility: Visibility::Public,
            office_hours,
        });
    }

    /// The language a record names: its `code` as a BCP 47 tag.
    pub fn language_tag(&mut self, record: &Record) -> Option<String> {
        let code = record.text("code")?;
        match crate::l10n::parse_locale(&code) {
            Ok(tag) => Some(tag.to_string()),
            Err(_) => {
                let message = format!(
                    "`{code}` is not a language code (ISO 639, like `ar` or `uk`); it is left out"
                );
                self.warn(record, "code", ProblemCode::InvalidLocale, message);
                None
            }
        }
    }
}
