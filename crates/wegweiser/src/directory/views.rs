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
        let all = ids(&self.data, kind);
        Ok(self
            .list(kind, filter)?
            .iter()
            .filter_map(|id| all.iter().position(|candidate| candidate == id))
            .map(|index| self.entity_json(locale, kind, index))
            .collect())
    }
}
