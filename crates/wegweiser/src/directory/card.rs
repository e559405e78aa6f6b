//! Result cards and filter choices: what a page shows of an entity, as text and safe
//! links, and the values each search filter offers.

use super::locale::Locale;
use super::Directory;
use crate::error::Result;
use crate::kind::{EntityRef, Kind};
use crate::model::{Location, StepFree};
use crate::text::fold;
use crate::web::{
    bilingual_name, contact_links, osm_url, website_link, Card, CardPlace, FilterOption,
    FilterOptions, LanguageLabel,
};

/// Whether the reader asked for Sorbian first (names are then Sorbian first).
fn sorbian_reader(locale: &Locale) -> bool {
    locale
        .requested()
        .first()
        .is_some_and(|l| l.language.as_str() == "dsb")
}

impl Directory {
    /// A result card: everything a page shows of an entity, as text and safe links.
    pub fn card(&self, locale: &Locale, kind: Kind, id: &str) -> Result<Card> {
        let (kind, index) = self.find(&format!("{}:{id}", kind.as_str()))?;
        let data = self.data();
        let mut card = Card {
            kind,
            id: id.to_owned(),
            name: self.name(locale, kind, id),
            description: self.text(locale, kind, id, Some("description")),
            places: Vec::new(),
            links: Vec::new(),
            hours: Vec::new(),
            languages: Vec::new(),
            cost: None,
        };
        let country = &data.directory.country_code;
        match data.entity(kind, index) {
            Some(EntityRef::Service(service)) => {
                for location in &service.locations {
                    if let Ok(location) = self.location(location) {
                        card.places.push(self.card_place(locale, location));
                    }
                }
                for contact in &service.contacts {
                    if let Ok(contact) = self.contact(contact) {
                        card.links.extend(contact_links(
                            &contact.phones,
                            contact.email.as_deref(),
                            None,
                            country,
                        ));
                    }
                }
                card.links.extend(website_link(service.website.as_deref()));
                card.hours = service
                    .opening_hours
                    .iter()
                    .map(|hours| self.format_hours(locale, hours))
                    .collect();
                card.languages = service
                    .languages
                    .iter()
                    .map(|tag| LanguageLabel {
                        tag: tag.clone(),
                        name: self.language_name(tag),
                    })
                    .collect();
                card.cost = service.cost.map(|cost| {
                    self.ui(
                        locale,
                        if cost.free { "cost-free" } else { "cost-paid" },
                        &[],
                    )
                });
            }
            Some(EntityRef::Organization(organization)) => {
                card.links
                    .extend(website_link(organization.website.as_deref()));
            }
            Some(EntityRef::Contact(contact)) => {
                if let Some(location) = contact.location.as_deref() {
                    if let Ok(location) = self.location(location) {
                        card.places.push(self.card_place(locale, location));
                    }
                }
                card.links.extend(contact_links(
                    &contact.phones,
                    contact.email.as_deref(),
                    contact.website.as_deref(),
                    country,
                ));
            }
            _ => {}
        }
        Ok(card)
    }

    fn card_place(&self, locale: &Locale, location: &Location) -> CardPlace {
        let town = match &location.municipality {
            Some(id) => self
                .data()
                .municipalities
                .iter()
                .find(|m| &m.id == id)
                .map(|m| bilingual_name(m, sorbian_reader(locale)))
                .unwrap_or_else(|| id.clone()),
            None => location.locality.clone().unwrap_or_default(),
        };
        CardPlace {
            name: self.text(locale, Kind::Location, &location.id, None),
            street: location.street.clone(),
            postal_code: location.postal_code.clone(),
            town,
            step_free: (location.step_free != StepFree::Unknown)
                .then(|| self.format_step_free(locale, location.step_free)),
            map_url: location
                .coordinates
                .and_then(crate::geo::valid)
                .map(osm_url),
        }
    }

    /// The values the search filters offer, with localized labels. Municipalities are
    /// named in German and Sorbian ("Spremberg / Grodk"; Sorbian first for Sorbian readers).
    pub fn filter_options(&self, locale: &Locale) -> FilterOptions {
        let data = self.data();
        let option = |value: &str, label: String| FilterOption {
            value: value.to_owned(),
            label,
        };
        let fields = data
            .fields
            .iter()
            .map(|f| option(&f.id, self.name(locale, Kind::Field, &f.id).text))
            .collect();
        let mut municipalities: Vec<FilterOption> = data
            .municipalities
            .iter()
            .map(|m| option(&m.id, bilingual_name(m, sorbian_reader(locale))))
            .collect();
        municipalities.sort_by_key(|a| fold(&a.label));
        let mut tags: Vec<&str> = data
            .services
            .iter()
            .flat_map(|s| s.languages.iter().map(String::as_str))
            .collect();
        tags.sort_unstable();
        tags.dedup();
        let languages = tags
            .into_iter()
            .map(|tag| option(tag, self.language_name(tag)))
            .collect();
        let kinds = [
            Kind::Service,
            Kind::Measure,
            Kind::Organization,
            Kind::Field,
        ]
        .iter()
        .map(|kind| option(kind.as_str(), self.ui(locale, &kind.label_id(), &[]).text))
        .collect();
        FilterOptions {
            kind: kinds,
            field: fields,
            municipality: municipalities,
            offered_in: languages,
        }
    }
}
