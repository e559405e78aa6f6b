//! Entities as JSON for machines and bindings: their structure, their texts in the
//! reader's locale and their references with the names of the targets.

use serde::Serialize;

use super::filters::Filter;
use super::locale::Locale;
use super::texts::Localized;
use super::Directory;
use crate::error::Result;
use crate::kind::{ids, EntityRef, HasId, Kind};
use crate::l10n::LocalizedText;

/// A reference from one entity to another, with the target's name.
#[derive(Debug, Clone, Serialize)]
pub struct NamedReference {
    pub key: &'static str,
    pub kind: Kind,
    pub id: String,
    pub name: LocalizedText,
}

impl Directory {
    /// Every reference entity `index` of `kind` makes, with the names of the targets.
    pub fn named_references(
        &self,
        locale: &Locale,
        kind: Kind,
        index: usize,
    ) -> Vec<NamedReference> {
        crate::kind::references(&self.data, kind, index)
            .into_iter()
            .map(|r| NamedReference {
                key: r.key,
                kind: r.target,
                id: r.id.to_owned(),
                name: self.name(locale, r.target, r.id),
            })
            .collect()
    }

    /// Entity `index` of `kind` with its texts and named references, as JSON.
    pub fn entity_json(&self, locale: &Locale, kind: Kind, index: usize) -> serde_json::Value {
        let data = &self.data;
        let Some(entity) = data.entity(kind, index) else {
            return serde_json::Value::Null;
        };
        let mut value = serde_json::to_value(Localized {
            kind,
            entity: &entity,
            texts: self.texts(locale, kind, entity.id()),
        })
        .unwrap_or_default();
        if let Some(object) = value.as_object_mut() {
            // A municipality's own `kind` (town, municipality, amt) would shadow the
            // entity kind: it is given as `municipality_kind`.
            if let EntityRef::Municipality(municipality) = entity {
                let own = municipality.kind.as_str();
                object.insert("municipality_kind".into(), own.into());
            }
            object.insert("kind".into(), kind.as_str().into());
            let references = self.named_references(locale, kind, index);
            object.insert(
                "references".into(),
                serde_json::to_value(references).unwrap_or_default(),
            );
        }
        value
    }
}

impl Directory {
    /// Ids of the entities of `kind` that match `filter`, in the order the kind's own
    /// listing uses (fields of action by number). Kinds without filters list everything.
    pub fn list(&self, kind: Kind, filter: &Filter) -> Result<Vec<String>> {
        fn own<T: HasId>(items: Vec<&T>) -> Vec<String> {
            items.into_iter().map(|item| item.id().to_owned()).collect()
        }
        Ok(match kind {
            Kind::Service => own(self.services(filter)?),
            Kind::Measure => own(self.measures(filter)?),
            Kind::Field => own(self.fields_of_action(filter)?),
            Kind::Organization => own(self.organizations(filter)?),
            Kind::Contact => own(self.contacts(filter)?),
            Kind::Municipality => own(self.municipalities(filter)?),
            other => ids(&self.data, other)
                .into_iter()
                .map(str::to_owned)
                .collect(),
        })
    }

    /// [`Directory::list`] with each entity's texts and named references, as JSON.
    pub fn list_json(
        &self,
        locale: &Locale,
        kind: Kind,
        filter: &Filter,
    ) -> Result<Vec<serde_json::Value>> {
        self.list_json_at(locale, kind, filter, None)
    }

    /// [`Directory::list_json`], services with their state at `at` (`hours_now`, see
    /// [`Directory::hours_now`]) and, with `filter.near`, their `distance_km` and
    /// `distance`.
    pub fn list_json_at(
        &self,
        locale: &Locale,
        kind: Kind,
        filter: &Filter,
        at: Option<jiff::Timestamp>,
    ) -> Result<Vec<serde_json::Value>> {
        // Each listed id's index in one map: a search per id was quadratic at 100,000.
        let index_of: rustc_hash::FxHashMap<&str, usize> = ids(&self.data, kind)
            .into_iter()
            .enumerate()
            .map(|(i, id)| (id, i))
            .collect();
        let distances = match kind {
            Kind::Service => self.service_distances(filter)?,
            _ => None,
        };
        let mut items = Vec::new();
        for id in self.list(kind, filter)? {
            let Some(&index) = index_of.get(id.as_str()) else {
                continue;
            };
            let mut item = self.entity_json(locale, kind, index);
            if let (Some(object), Kind::Service) = (item.as_object_mut(), kind) {
                if let Some(km) = distances.as_ref().and_then(|d| d.get(id.as_str())) {
                    let rounded = (km * 1000.0).round() / 1000.0;
                    object.insert("distance_km".into(), rounded.into());
                    object.insert("distance".into(), self.format_distance(locale, *km).into());
                }
                if let Some(at) = at {
                    let now = self.hours_now(locale, &format!("service:{id}"), at)?;
                    object.insert("hours_now".into(), serde_json::to_value(now)?);
                }
            }
            items.push(item);
        }
        Ok(items)
    }
}
