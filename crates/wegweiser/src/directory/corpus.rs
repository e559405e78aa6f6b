//! What the directory gives the search engine: its searchable entities with their facet
//! values, and their texts through one route, the Fluent catalog.

use std::collections::{BTreeSet, HashMap};

use unic_langid::LanguageIdentifier;

use super::Directory;
use crate::kind::EntityRef;
use crate::l10n::LocaleChain;
use crate::model::{Location, Service};
use crate::search::{Corpus, Document, DocumentFacets, Documents, SEARCHABLE};

impl Directory {
    /// Every searchable entity with its facet values, in index order.
    pub(super) fn build_documents(&self) -> Documents {
        // Looked up once for all entities: a scan per entity made 100,000 services take
        // minutes (organizations × services).
        let locations: HashMap<&str, &Location> = self
            .data
            .locations
            .iter()
            .map(|l| (l.id.as_str(), l))
            .collect();
        let services: HashMap<&str, &Service> = self
            .data
            .services
            .iter()
            .map(|s| (s.id.as_str(), s))
            .collect();
        let mut provided: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        for service in &self.data.services {
            if let Some(provider) = service.provider.as_deref() {
                provided
                    .entry(provider)
                    .or_default()
                    .extend(service.fields.iter().map(String::as_str));
            }
        }
        let mut entries = Vec::new();
        for kind in SEARCHABLE {
            for index in 0..self.data.count(kind) {
                if let Some(entity) = self.data.entity(kind, index) {
                    let facets = facets(entity, &locations, &services, &provided);
                    entries.push((kind, entity.id().to_owned(), facets));
                }
            }
        }
        Documents::new(entries)
    }

    /// Names of the municipalities (German and Sorbian) and of their Ämter.
    pub(super) fn place_names(&self, municipalities: &[String]) -> String {
        let find = |id: &str| self.data.municipalities.iter().find(|m| m.id == id);
        let mut names = Vec::new();
        for m in municipalities.iter().filter_map(|id| find(id)) {
            names.push(m.name_de.clone());
            names.extend(m.name_dsb.clone());
            if let Some(amt) = m.amt.as_deref().and_then(find) {
                names.push(amt.name_de.clone());
                names.extend(amt.name_dsb.clone());
            }
        }
        names.join(" · ")
    }
}

fn facets(
    entity: EntityRef<'_>,
    locations: &HashMap<&str, &Location>,
    services: &HashMap<&str, &Service>,
    provided: &HashMap<&str, BTreeSet<&str>>,
) -> DocumentFacets {
    let mut facets = DocumentFacets::default();
    match entity {
        EntityRef::Service(service) => {
            facets.fields = service.fields.clone();
            facets.municipalities = municipalities(service, locations);
            facets.languages = service.languages.clone();
            facets.target_groups = service.target_groups.clone();
            facets.free = service.cost.map(|c| c.free);
        }
        EntityRef::Measure(measure) => {
            facets.fields = vec![measure.field.clone()];
            let mut places: Vec<String> = Vec::new();
            // A plain lookup: a "did you mean" for a missing service would be dropped.
            let found = measure
                .services
                .iter()
                .filter_map(|id| services.get(id.as_str()));
            for service in found {
                for place in municipalities(service, locations) {
                    if !places.contains(&place) {
                        places.push(place);
                    }
                }
            }
            facets.municipalities = places;
        }
        EntityRef::Organization(organization) => {
            facets.municipalities = organization.municipality.iter().cloned().collect();
            facets.fields = provided
                .get(organization.id.as_str())
                .into_iter()
                .flatten()
                .map(|field| (*field).to_owned())
                .collect();
        }
        EntityRef::Field(field) => facets.fields = vec![field.id.clone()],
        _ => {}
    }
    facets
}

/// The municipalities of a service's locations, each once, in order.
fn municipalities(service: &Service, locations: &HashMap<&str, &Location>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for location in service
        .locations
        .iter()
        .filter_map(|l| locations.get(l.as_str()))
    {
        if let Some(m) = location.municipality.as_deref() {
            if out.last().map(String::as_str) != Some(m) {
                out.push(m.to_owned());
            }
        }
    }
    out
}

impl Corpus for Directory {
    fn locales(&self) -> Vec<LanguageIdentifier> {
        Directory::locales(self)
    }

    fn source_locale(&self) -> LanguageIdentifier {
        self.source_locale.clone()
    }

    fn text(&self, doc: &Document, chain: &LocaleChain, attribute: Option<&str>) -> Option<String> {
        let message = doc.kind.message_id(&doc.id);
        self.texts
            .format(chain, &message, attribute, None)
            .map(|text| text.text)
    }

    fn places(&self, doc: &Document) -> String {
        self.place_names(&doc.facets.municipalities)
    }

    fn synonyms(&self) -> Vec<(LanguageIdentifier, Vec<String>)> {
        self.data
            .synonyms
            .iter()
            .filter_map(|set| Some((set.locale.parse().ok()?, set.words.clone())))
            .collect()
    }
}
