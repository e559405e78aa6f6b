//! The references each kind of entity makes to others.

use super::table::{Entity, Kind, Reference};
use crate::model::*;

/// Every reference entity `index` of `kind` makes.
pub fn references(data: &DirectoryData, kind: Kind, index: usize) -> Vec<Reference<'_>> {
    data.entity(kind, index)
        .map(|entity| entity.references())
        .unwrap_or_default()
}

/// Collects references, one call per key.
#[derive(Default)]
struct Refs<'a>(Vec<Reference<'a>>);

impl<'a> Refs<'a> {
    fn one(mut self, key: &'static str, target: Kind, id: &'a str) -> Self {
        self.0.push(Reference {
            key,
            index: None,
            target,
            id,
        });
        self
    }

    fn optional(self, key: &'static str, target: Kind, id: &'a Option<String>) -> Self {
        match id {
            Some(id) => self.one(key, target, id),
            None => self,
        }
    }

    fn list(mut self, key: &'static str, target: Kind, ids: &'a [String]) -> Self {
        self.0
            .extend(ids.iter().enumerate().map(|(i, id)| Reference {
                key,
                index: Some(i),
                target,
                id,
            }));
        self
    }
}

impl Entity for Principle {}
impl Entity for TargetGroup {}
impl Entity for FieldOfAction {}

impl Entity for Goal {
    fn references(&self) -> Vec<Reference<'_>> {
        Refs::default().one("field", Kind::Field, &self.field).0
    }
}

impl Entity for Recommendation {
    fn references(&self) -> Vec<Reference<'_>> {
        Refs::default().one("field", Kind::Field, &self.field).0
    }
}

impl Entity for Measure {
    fn references(&self) -> Vec<Reference<'_>> {
        Refs::default()
            .one("field", Kind::Field, &self.field)
            .list("goals", Kind::Goal, &self.goals)
            .list(
                "recommendations",
                Kind::Recommendation,
                &self.recommendations,
            )
            .list(
                "responsible_contacts",
                Kind::Contact,
                &self.responsible_contacts,
            )
            .list(
                "responsible_organizations",
                Kind::Organization,
                &self.responsible_organizations,
            )
            .list("partners", Kind::Organization, &self.partners)
            .list("services", Kind::Service, &self.services)
            .0
    }
}

impl Entity for Municipality {
    fn references(&self) -> Vec<Reference<'_>> {
        Refs::default()
            .optional("amt", Kind::Municipality, &self.amt)
            .0
    }
}

impl Entity for Organization {
    fn references(&self) -> Vec<Reference<'_>> {
        Refs::default()
            .optional("municipality", Kind::Municipality, &self.municipality)
            .0
    }
}

impl Entity for Location {
    fn references(&self) -> Vec<Reference<'_>> {
        Refs::default()
            .optional("municipality", Kind::Municipality, &self.municipality)
            .0
    }
}

impl Entity for Contact {
    fn references(&self) -> Vec<Reference<'_>> {
        Refs::default()
            .optional("organization", Kind::Organization, &self.organization)
            .optional("location", Kind::Location, &self.location)
            .0
    }
}

impl Entity for Service {
    fn references(&self) -> Vec<Reference<'_>> {
        Refs::default()
            .list("fields", Kind::Field, &self.fields)
            .optional("provider", Kind::Organization, &self.provider)
            .list("locations", Kind::Location, &self.locations)
            .list("contacts", Kind::Contact, &self.contacts)
            .list("target_groups", Kind::TargetGroup, &self.target_groups)
            .0
    }
}
