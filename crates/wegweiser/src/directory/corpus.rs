//! What the directory gives the search engine: its searchable entities with their facet
//! values, and their texts through one route, the Fluent catalog.

use unic_langid::LanguageIdentifier;

use super::Directory;
use crate::kind::EntityRef;
use crate::l10n::LocaleChain;
use crate::search::{Corpus, Document, DocumentFacets, Documents, SEARCHABLE};

impl Directory {
    /// Every searchable entity with its facet values, in index order.
    pub(super) fn build_documents(&self) -> Documents {
        let mut entries = Vec::new();
        for kind in SEARCHABLE {
            for index in 0..self.data.count(kind) {
                if let Some(entity) = self.data.entity(kind, index) {
                    entries.push((kind, entity.id().to_owned(), self.facets(entity)));
                }
            }
        }
        Documents::new(entries)
    }

    fn facets(&self, entity: EntityRef<'_>) -> DocumentFacets {
        let mut facets = DocumentFacets::default();
        match entity {
            EntityRef::Service(service) => {
                facets.fields = service.fields.clone();
                facets.municipalities = self.owned_municipalities(service);
                facets.languages = service.languages.clone();
                facets.target_groups = service.target_groups.clone();
                facets.free = service.cost.map(|c| c.free);
            }
            EntityRef::Measure(measure) => {
                facets.fields = vec![measure.field.clone()];
                let mut places: Vec<String> = Vec::new();
                // A plain lookup: a "did you mean" for a missing service would be dropped.
                let services = measure
                    .services
                    .iter()
                    .filter_map(|id| self.data.services.iter().find(|s| &s.id == id));
                for service in services {
                    for place in self.owned_municipalities(service) {
                        if !places.contains(&place) {
                            places.push(place);
                        }
                    }
                }
                facets.municipalities = places;
            }
            EntityRef::Organization(organization) => {
                facets.municipalities = organization.municipality.iter().cloned().collect();
                facets.fields = self
                    .data
                    .services
                    .iter()
                    .filter(|s| s.provider.as_deref() == Some(organization.id.as_str()))
                    .flat_map(|s| s.fields.iter().cloned())
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect();
            }
            EntityRef::Field(field) => facets.fields = vec![field.id.clone()],
            _ => {}
        }
        facets
    }

    fn owned_municipalities(&self, service: &crate::model::Service) -> Vec<String> {
        self.service_municipalities(service)
            .into_iter()
            .map(str::to_owned)
            .collect()
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
