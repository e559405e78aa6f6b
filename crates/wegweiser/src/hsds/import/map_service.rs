//! Services, their hours and the directory's metadata; and the sweep that lists every
//! HSDS field the mapping did not use.

use std::collections::BTreeMap;

use super::map::{number, Mapper};
use crate::hsds::export::CALLING_CODES;
use crate::hsds::record::Record;
use crate::hsds::table::Table;
use crate::hsds::terms::Term;
use crate::kind::Kind;
use crate::model::*;
use crate::problem::ProblemCode;

impl Mapper<'_> {
    pub fn run_services(&mut self) {
        for record in self.checked.rows(Table::Service) {
            self.service(record);
        }
        self.sweep();
    }

    fn service(&mut self, record: &Record) {
        let id = record.id().unwrap_or_default();
        match record.text("status").as_deref() {
            Some("inactive") | Some("defunct") => {
                let reason = format!(
                    "its status is `{}`",
                    record.text("status").unwrap_or_default()
                );
                self.pass_over(record, reason);
                return;
            }
            Some("temporarily closed") => {
                let message = "the service is temporarily closed; wegweiser has no status for it yet, so it is listed as open: add an `alert` text".into();
                self.warn(record, "status", ProblemCode::InvalidValue, message);
            }
            _ => {}
        }
        let entity = (Kind::Service, id.as_str());
        self.required_text(entity, record, &["name"], &id);
        let texts = [
            ("description", "description"),
            ("eligibility", "eligibility_description"),
            ("cost-note", "fees_description"),
            ("appointment-note", "application_process"),
            ("alternate-name", "alternate_name"),
            ("alert", "alert"),
            ("interpretation-services", "interpretation_services"),
            ("wait-time", "wait_time"),
        ];
        for (attribute, field) in texts {
            self.text(entity, attribute, record, field);
        }
        self.required_attribute(entity, "description", record, "name");
        let links = self
            .checked
            .children(Table::ServiceAtLocation, "service_id", &id);
        let locations: Vec<String> = links
            .iter()
            .filter_map(|link| link.text("location_id"))
            .filter(|l| self.kept_locations.contains(l))
            .collect();
        let mut contacts: Vec<String> = Vec::new();
        let mut add = |contact: Option<String>| {
            if let Some(contact) = contact {
                if !contacts.contains(&contact) {
                    contacts.push(contact);
                }
            }
        };
        for contact in self.checked.children(Table::Contact, "service_id", &id) {
            add(contact.id());
        }
        for contact in self.checked.children(Table::Contact, "parent:service", &id) {
            add(contact.id());
        }
        for link in &links {
            for contact in self.checked.children(
                Table::Contact,
                "service_at_location_id",
                &link.id().unwrap_or_default(),
            ) {
                add(contact.id());
            }
        }
        for attribute in self.checked.children(Table::Attribute, "value", &id) {
            if self.term(attribute) == Some(Term::AlsoServes) {
                self.used.extend(attribute.id());
                add(attribute
                    .text("link_id")
                    .filter(|c| self.kept_contacts.contains(c)));
            }
        }
        let languages = self
            .checked
            .children(Table::Language, "service_id", &id)
            .into_iter()
            .filter_map(|l| self.language_tag(l))
            .collect();
        let mut service = Service {
            id: id.clone(),
            fields: Vec::new(),
            provider: record
                .text("organization_id")
                .filter(|o| self.checked.has(Table::Organization, o)),
            locations,
            contacts,
            languages,
            target_groups: Vec::new(),
            cost: self.cost(&id),
            appointment: None,
            opening_hours: Vec::new(),
            on_public_holidays: OnHolidays::default(),
            closures: Vec::new(),
            by_arrangement: false,
            website: record.text("url"),
            email: record.text("email"),
            minimum_age: self.age(record, "minimum_age"),
            maximum_age: self.age(record, "maximum_age"),
            step_free: StepFree::Unknown,
            last_reviewed: record.text("assured_date").and_then(|d| Date::parse(&d)),
        };
        for (term, attribute) in self.read_terms(&id) {
            match term {
                Term::Field(code, _) => service.fields.push(super::map::entity_id(&code)),
                Term::TargetGroup(code) => service.target_groups.push(super::map::entity_id(&code)),
                Term::Appointment(value) => service.appointment = Some(value),
                Term::Cost(free) => service.cost = Some(Cost { free }),
                Term::StepFree(value) => {
                    service.step_free = value;
                    self.text(entity, "accessibility-note", attribute, "value");
                }
                Term::AlsoServes | Term::OfficeHoursOf => {}
            }
        }
        let mut schedules = self.checked.children(Table::Schedule, "service_id", &id);
        for link in &links {
            let link_id = link.id().unwrap_or_default();
            schedules.extend(self.checked.children(
                Table::Schedule,
                "service_at_location_id",
                &link_id,
            ));
        }
        let mut seen = std::collections::HashSet::new();
        schedules.retain(|s| seen.insert(s.id()));
        service.opening_hours = self.hours(&schedules, entity, "hours-note");
        self.data.services.push(service);
    }

    fn cost(&mut self, service: &str) -> Option<Cost> {
        let options = self
            .checked
            .children(Table::CostOption, "service_id", service);
        if options.is_empty() {
            return None;
        }
        let amounts: Vec<f64> = options.iter().filter_map(|o| number(o, "amount")).collect();
        let by_term = self
            .terms(service)
            .iter()
            .any(|(t, _)| matches!(t, Term::Cost(_)));
        if amounts.is_empty() && by_term {
            return None; // wegweiser's cost attribute says it
        }
        if amounts.is_empty() {
            // “kostenlos” in words only: whether it is free is not known for sure.
            for option in &options {
                self.report.unmapped(option, "option", "a cost option without an amount: wegweiser keeps only whether a service is free (amount 0)");
            }
            return None;
        }
        let free = amounts.contains(&0.0);
        for option in options
            .iter()
            .filter(|o| number(o, "amount").is_some_and(|a| a > 0.0))
        {
            self.report.unmapped(option, "amount", "wegweiser keeps whether a service is free, not its price: say it in `fees_description`");
        }
        Some(Cost { free })
    }

    fn age(&mut self, record: &Record, field: &str) -> Option<u8> {
        let age = number(record, field)?;
        if age.fract() == 0.0 && (0.0..=130.0).contains(&age) {
            return Some(age as u8);
        }
        self.warn(
            record,
            field,
            ProblemCode::InvalidValue,
            format!("`{age}` is not an age in whole years; it is left out"),
        );
        None
    }

    /// The office hours of a contact: schedules an “office hours of” attribute ties to it.
    pub fn office_hours(&mut self, contact: &str, entity: (Kind, &str)) -> Vec<OpeningHours> {
        let schedules: Vec<&Record> = self
            .checked
            .children(Table::Attribute, "value", contact)
            .into_iter()
            .filter(|a| self.term(a) == Some(Term::OfficeHoursOf))
            .collect::<Vec<_>>()
            .into_iter()
            .filter_map(|a| {
                self.used.extend(a.id());
                self.checked.get(Table::Schedule, &a.text("link_id")?)
            })
            .collect();
        self.hours(&schedules, entity, "office-hours-note")
    }

    /// Weekly schedules as opening hours; the first note becomes `note_attribute`.
    fn hours(
        &mut self,
        schedules: &[&Record],
        entity: (Kind, &str),
        note_attribute: &str,
    ) -> Vec<OpeningHours> {
        let mut hours = Vec::new();
        let mut noted = false;
        for schedule in schedules {
            if !noted {
                noted = self.text(entity, note_attribute, schedule, "notes")
                    || self.text(entity, note_attribute, schedule, "description");
            } else if schedule.text("notes").is_some() {
                let note = "the note on hours is the first schedule's; later ones are not kept";
                self.report.unmapped(schedule, "notes", note);
            }
            if let Some(opening) = self.weekly(schedule) {
                hours.push(opening);
            }
        }
        hours
    }

    fn weekly(&mut self, schedule: &Record) -> Option<OpeningHours> {
        let (opens, closes) = (schedule.text("opens_at"), schedule.text("closes_at"));
        let days = schedule.text("byday");
        if opens.is_none() && closes.is_none() && days.is_none() {
            return None;
        }
        let skip = |mapper: &mut Self, field: &str, why: String| {
            mapper.warn(
                schedule,
                field,
                ProblemCode::InvalidValue,
                format!(
                    "{why}: wegweiser keeps weekly hours on weekdays; this schedule is left out"
                ),
            );
            None
        };
        if schedule.text("freq").is_some_and(|f| f != "WEEKLY") {
            return skip(self, "freq", "a monthly schedule".into());
        }
        let Some(days) = days else {
            return skip(self, "byday", "no weekdays (`byday`)".into());
        };
        let mut parsed = Vec::new();
        for day in days.split(',') {
            match Weekday::ALL
                .iter()
                .find(|d| d.as_str().eq_ignore_ascii_case(day.trim()))
            {
                Some(day) => parsed.push(*day),
                None => return skip(self, "byday", format!("`{day}` is not a weekday (MO … SU)")),
            }
        }
        let (Some(opens), Some(closes)) = (
            opens.as_deref().and_then(time),
            closes.as_deref().and_then(time),
        ) else {
            return skip(
                self,
                "opens_at",
                "it needs both `opens_at` and `closes_at`".into(),
            );
        };
        if opens >= closes {
            return skip(
                self,
                "closes_at",
                format!("it closes ({closes}) before it opens ({opens})"),
            );
        }
        let date = |field: &str| schedule.text(field).and_then(|d| Date::parse(&d));
        Some(OpeningHours {
            days: parsed,
            opens,
            closes,
            valid_from: date("valid_from"),
            valid_through: date("valid_to"),
            appointment_only: schedule
                .text("attending_type")
                .is_some_and(|t| t.to_lowercase().contains("appointment")),
        })
    }

    /// The directory's metadata: our export's `directory_version` rows, else defaults.
    /// Called once early (phones need the calling code) and once at the end (`last`),
    /// which alone notes the defaults.
    pub fn metadata(&mut self, id: Option<&str>, package: Option<&str>, last: bool) {
        let rows = self.checked.rows(Table::Metadata);
        let ours = rows
            .iter()
            .find(|m| m.text("field_name").as_deref() == Some("directory_version"));
        let mut dates: Vec<Date> = rows
            .iter()
            .filter_map(|m| m.text("last_action_date").and_then(|d| Date::parse(&d)))
            .chain(self.data.services.iter().filter_map(|s| s.last_reviewed))
            .collect();
        dates.sort();
        if dates.is_empty() && last {
            self.report
                .chose("status_as_of: no date in the data, so today".into());
        }
        let status_as_of = dates.last().copied().unwrap_or_else(today);
        let directory_id = id
            .map(str::to_owned)
            .or_else(|| ours.and_then(|m| m.text("updated_by")))
            .or_else(|| package.map(super::map::entity_id))
            .map(|i| super::map::entity_id(&i))
            .unwrap_or_else(|| "hsds-import".into());
        let version = ours
            .and_then(|m| m.text("replacement_value"))
            .unwrap_or_else(|| "1.0.0".into());
        let addresses = self.checked.rows(Table::Address);
        let country = most_common(
            addresses
                .iter()
                .filter_map(|a| a.text("country"))
                .map(|c| c.to_uppercase()),
        );
        let country_code = match country.as_deref() {
            Some(code) => CALLING_CODES
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, calling)| *calling),
            None => None,
        };
        if country_code.is_none() && last {
            self.report
                .chose("country_code: 49 (Germany), for phone numbers written without +".into());
        }
        let mut locales: Vec<String> = vec![self.source_locale.clone()];
        for texts in self.texts.values().chain([&self.directory]) {
            for locale in texts.keys() {
                if !locales.contains(locale) {
                    locales.push(locale.clone());
                }
            }
        }
        self.data.directory = Metadata {
            id: directory_id,
            source_locale: self.source_locale.clone(),
            locales,
            status_as_of,
            version,
            demo: false,
            country_code: country_code.unwrap_or("49").to_owned(),
            country,
            state_province: most_common(addresses.iter().filter_map(|a| a.text("state_province"))),
            ..Metadata::default()
        };
    }
}

/// `HH:MM[:SS]`; 23:59:59 is the end of the day (24:00), as our export writes it.
fn time(text: &str) -> Option<Time> {
    let parsed: jiff::civil::Time = text.parse().ok()?;
    if (parsed.hour(), parsed.minute(), parsed.second()) == (23, 59, 59) {
        return Some(Time {
            hour: 24,
            minute: 0,
        });
    }
    Some(Time {
        hour: parsed.hour() as u8,
        minute: parsed.minute() as u8,
    })
}

fn today() -> Date {
    let today = jiff::Zoned::now().date();
    Date {
        year: today.year() as u16,
        month: today.month() as u8,
        day: today.day() as u8,
    }
}

fn most_common(values: impl Iterator<Item = String>) -> Option<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for value in values {
        *counts.entry(value).or_default() += 1;
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(v, _)| v)
}
