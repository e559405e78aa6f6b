//! Listing entities with filters: by municipality (an Amt with its members), field of
//! action, language offered, and visibility.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use super::Directory;
use crate::error::Result;
use crate::model::*;

/// Filters shared by the list commands and bindings. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    /// Municipality id, German or Sorbian name; an Amt includes its member municipalities.
    pub municipality: Option<String>,
    /// Field of action id.
    pub field: Option<String>,
    /// A language the service is offered in (contacts: spoken).
    pub offered_in: Option<String>,
    /// Include internal contacts (never in public exports).
    #[serde(default)]
    pub include_internal: bool,
    /// Services: only those one can walk into then (RFC 3339, or local time of the
    /// directory: `2026-12-24T10:00`).
    #[serde(default)]
    pub open_at: Option<String>,
    /// Services: nearest first from a point (`51.57,14.37`) or a municipality.
    #[serde(default)]
    pub near: Option<String>,
    /// With `near`: only services at most this many kilometres away.
    #[serde(default)]
    pub within_km: Option<f64>,
}

impl Directory {
    /// Services matching `filter`, in file order.
    pub fn services(&self, filter: &Filter) -> Result<Vec<&Service>> {
        let scope = self.scope_of(filter)?;
        if let Some(field) = &filter.field {
            self.check_field(field)?;
        }
        let language = self.language_of(filter)?;
        let open = match &filter.open_at {
            Some(at) => Some(self.services_open_at(self.parse_instant(at)?)?),
            None => None,
        };
        let mut services: Vec<&Service> = self
            .data
            .services
            .iter()
            .filter(|s| filter.field.as_ref().is_none_or(|f| s.fields.contains(f)))
            .filter(|s| {
                scope.as_ref().is_none_or(|scope| {
                    self.service_municipalities(s)
                        .iter()
                        .any(|m| scope.contains(m))
                })
            })
            .filter(|s| language.as_ref().is_none_or(|l| speaks(&s.languages, l)))
            .filter(|s| {
                open.as_ref()
                    .is_none_or(|open| open.contains(s.id.as_str()))
            })
            .collect();
        if let Some(distances) = self.service_distances(filter)? {
            let km = |s: &Service| {
                distances
                    .get(s.id.as_str())
                    .copied()
                    .unwrap_or(f64::INFINITY)
            };
            if let Some(radius) = filter.within_km {
                services.retain(|s| km(s) <= radius);
            }
            // A stable sort: equally far services keep their file order.
            services.sort_by(|a, b| km(a).total_cmp(&km(b)));
        }
        Ok(services)
    }

    /// Measures matching `filter`. Municipality and language apply through the services
    /// that carry a measure out.
    pub fn measures(&self, filter: &Filter) -> Result<Vec<&Measure>> {
        if let Some(field) = &filter.field {
            self.check_field(field)?;
        }
        let services_filter = Filter {
            field: None,
            ..filter.clone()
        };
        let needs_services = filter.municipality.is_some() || filter.offered_in.is_some();
        let services: Vec<&str> = if needs_services {
            self.services(&services_filter)?
                .into_iter()
                .map(|s| s.id.as_str())
                .collect()
        } else {
            Vec::new()
        };
        Ok(self
            .data
            .measures
            .iter()
            .filter(|m| filter.field.as_ref().is_none_or(|f| &m.field == f))
            .filter(|m| {
                !needs_services || m.services.iter().any(|s| services.contains(&s.as_str()))
            })
            .collect())
    }

    /// Fields of action, by number. With a municipality or language filter: those that have
    /// at least one matching service.
    pub fn fields_of_action(&self, filter: &Filter) -> Result<Vec<&FieldOfAction>> {
        let mut fields: Vec<&FieldOfAction> = self.data.fields.iter().collect();
        fields.sort_by_key(|f| f.number);
        if let Some(field) = &filter.field {
            self.check_field(field)?;
            fields.retain(|f| &f.id == field);
        }
        if filter.municipality.is_some() || filter.offered_in.is_some() {
            let services = self.services(&Filter {
                field: None,
                ..filter.clone()
            })?;
            fields.retain(|f| services.iter().any(|s| s.fields.contains(&f.id)));
        }
        Ok(fields)
    }

    /// Fields of action that have no service matching `filter` (for example, no service in
    /// Guben): the gaps of the directory.
    pub fn fields_without_services(&self, filter: &Filter) -> Result<Vec<&FieldOfAction>> {
        let covered = self.fields_of_action(filter)?;
        let mut all: Vec<&FieldOfAction> = self.data.fields.iter().collect();
        all.sort_by_key(|f| f.number);
        all.retain(|f| !covered.iter().any(|c| c.id == f.id));
        Ok(all)
    }

    /// Municipalities; with a municipality filter, that one (and an Amt's members).
    pub fn municipalities(&self, filter: &Filter) -> Result<Vec<&Municipality>> {
        let scope = self.scope_of(filter)?;
        Ok(self
            .data
            .municipalities
            .iter()
            .filter(|m| scope.as_ref().is_none_or(|s| s.contains(&m.id.as_str())))
            .collect())
    }

    /// Contacts; internal ones only with `include_internal`.
    pub fn contacts(&self, filter: &Filter) -> Result<Vec<&Contact>> {
        let scope = self.scope_of(filter)?;
        let language = self.language_of(filter)?;
        let field_services: Option<Vec<&Service>> = match &filter.field {
            Some(field) => {
                self.check_field(field)?;
                Some(
                    self.data
                        .services
                        .iter()
                        .filter(|s| s.fields.contains(field))
                        .collect(),
                )
            }
            None => None,
        };
        Ok(self
            .data
            .contacts
            .iter()
            .filter(|c| filter.include_internal || c.visibility == Visibility::Public)
            .filter(|c| {
                scope.as_ref().is_none_or(|scope| {
                    c.location
                        .as_ref()
                        .and_then(|l| self.data.locations.iter().find(|loc| &loc.id == l))
                        .and_then(|l| l.municipality.as_deref())
                        .is_some_and(|m| scope.contains(&m))
                })
            })
            .filter(|c| language.as_ref().is_none_or(|l| speaks(&c.languages, l)))
            .filter(|c| {
                field_services
                    .as_ref()
                    .is_none_or(|services| services.iter().any(|s| s.contacts.contains(&c.id)))
            })
            .collect())
    }

    /// Organizations; with a municipality filter, those seated there.
    pub fn organizations(&self, filter: &Filter) -> Result<Vec<&Organization>> {
        let scope = self.scope_of(filter)?;
        Ok(self
            .data
            .organizations
            .iter()
            .filter(|o| {
                scope
                    .as_ref()
                    .is_none_or(|s| o.municipality.as_deref().is_some_and(|m| s.contains(&m)))
            })
            .collect())
    }
}

impl Directory {
    /// The municipality ids a filter's municipality stands for (an Amt with its members).
    fn scope_of(&self, filter: &Filter) -> Result<Option<Vec<&str>>> {
        filter
            .municipality
            .as_deref()
            .map(|m| self.municipality_scope(m))
            .transpose()
    }

    /// The language a filter asks for, checked.
    fn language_of(&self, filter: &Filter) -> Result<Option<LanguageIdentifier>> {
        filter
            .offered_in
            .as_deref()
            .map(|l| self.check_language(l))
            .transpose()
    }
}

/// Whether a list of language tags covers `wanted` (`fa` covers `fa-AF` and back).
fn speaks(tags: &[String], wanted: &LanguageIdentifier) -> bool {
    tags.iter()
        .filter_map(|t| t.parse::<LanguageIdentifier>().ok())
        .any(|tag| {
            tag.language == wanted.language
                && (tag.region.is_none() || wanted.region.is_none() || tag.region == wanted.region)
        })
}
