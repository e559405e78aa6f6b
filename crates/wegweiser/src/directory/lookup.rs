//! Finding entities: by id in one kind or any, municipalities by any of their names,
//! and the municipalities a service takes place in.

use unic_langid::LanguageIdentifier;

use super::Directory;
use crate::error::{Error, Result};
use crate::kind::{ids, HasId, Kind};
use crate::l10n::parse_locale;
use crate::model::*;
use crate::text::{closest, fold};

impl Directory {
    pub fn service(&self, id: &str) -> Result<&Service> {
        find(&self.data.services, id, Kind::Service)
    }

    pub fn measure(&self, id: &str) -> Result<&Measure> {
        find(&self.data.measures, id, Kind::Measure)
    }

    pub fn field(&self, id: &str) -> Result<&FieldOfAction> {
        find(&self.data.fields, id, Kind::Field)
    }

    pub fn organization(&self, id: &str) -> Result<&Organization> {
        find(&self.data.organizations, id, Kind::Organization)
    }

    pub fn contact(&self, id: &str) -> Result<&Contact> {
        find(&self.data.contacts, id, Kind::Contact)
    }

    pub fn location(&self, id: &str) -> Result<&Location> {
        find(&self.data.locations, id, Kind::Location)
    }

    /// Finds an entity by id, in any kind; `kind:id` (`service:mbe-forst`) picks a kind.
    pub fn find(&self, reference: &str) -> Result<(Kind, usize)> {
        let (kind, id) = match reference.split_once(':') {
            Some((kind, id)) => (Some(kind.parse::<Kind>()?), id),
            None => (None, reference),
        };
        let kinds: Vec<Kind> = kind.map_or_else(|| Kind::ALL.to_vec(), |k| vec![k]);
        let mut found: Vec<(Kind, usize)> = Vec::new();
        for kind in &kinds {
            if let Some(index) = ids(&self.data, *kind)
                .iter()
                .position(|candidate| *candidate == id)
            {
                found.push((*kind, index));
            }
        }
        match found.as_slice() {
            [one] => Ok(*one),
            [] => {
                let all: Vec<&str> = kinds.iter().flat_map(|k| ids(&self.data, *k)).collect();
                Err(Error::NotFound {
                    kind: kind.map_or("entity", Kind::as_str),
                    id: id.to_owned(),
                    suggestion: closest(id, all).map(str::to_owned),
                })
            }
            many => Err(Error::InvalidArgument(format!(
                "`{id}` is the id of several entities; write {}",
                many.iter()
                    .map(|(k, _)| format!("`{k}:{id}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ))),
        }
    }

    /// Finds a municipality by id, German or Sorbian name; case and diacritics don't matter
    /// (`Grodk`, `spremberg`, `Barsc`).
    pub fn municipality(&self, name: &str) -> Result<&Municipality> {
        let wanted = fold(name);
        let matches = |m: &&Municipality| {
            fold(&m.id) == wanted
                || fold(&m.name_de) == wanted
                || m.name_dsb.as_deref().is_some_and(|n| fold(n) == wanted)
                // "Forst" for "Forst (Lausitz)", "Baršć" for "Baršć (Łužyca)".
                || fold(&m.name_de).split(" (").next() == Some(wanted.as_str())
                || m.name_dsb.as_deref().is_some_and(|n| fold(n).split(" (").next() == Some(wanted.as_str()))
        };
        self.data
            .municipalities
            .iter()
            .find(matches)
            .ok_or_else(|| {
                let names: Vec<String> = self
                    .data
                    .municipalities
                    .iter()
                    .flat_map(|m| std::iter::once(m.name_de.clone()).chain(m.name_dsb.clone()))
                    .collect();
                Error::NotFound {
                    kind: "municipality",
                    id: name.to_owned(),
                    suggestion: closest(name, names.iter().map(String::as_str)).map(str::to_owned),
                }
            })
    }

    /// The ids a municipality filter stands for: the municipality, and for an Amt its members.
    pub fn municipality_scope(&self, name: &str) -> Result<Vec<&str>> {
        let municipality = self.municipality(name)?;
        let mut scope = vec![municipality.id.as_str()];
        if municipality.kind == MunicipalityKind::Amt {
            scope.extend(
                self.data
                    .municipalities
                    .iter()
                    .filter(|m| m.amt.as_deref() == Some(municipality.id.as_str()))
                    .map(|m| m.id.as_str()),
            );
        }
        Ok(scope)
    }

    /// Municipalities the services of `service` take place in.
    pub fn service_municipalities(&self, service: &Service) -> Vec<&str> {
        let mut out: Vec<&str> = service
            .locations
            .iter()
            .filter_map(|l| self.data.locations.iter().find(|loc| &loc.id == l))
            .filter_map(|l| l.municipality.as_deref())
            .collect();
        out.dedup();
        out
    }

    pub(crate) fn check_field(&self, field: &str) -> Result<()> {
        self.field(field).map(|_| ())
    }

    pub(crate) fn check_language(&self, tag: &str) -> Result<LanguageIdentifier> {
        parse_locale(tag)
    }
}

fn find<'a, T: HasId>(items: &'a [T], id: &str, kind: Kind) -> Result<&'a T> {
    items
        .iter()
        .find(|item| item.id() == id)
        .ok_or_else(|| Error::NotFound {
            kind: kind.as_str(),
            id: id.to_owned(),
            suggestion: closest(id, items.iter().map(HasId::id)).map(str::to_owned),
        })
}
