//! The kinds of entity a directory holds, their Fluent message prefixes and attributes,
//! and the references between them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::model::DirectoryData;

/// A kind of entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Principle,
    TargetGroup,
    Field,
    Goal,
    Recommendation,
    Measure,
    Municipality,
    Organization,
    Location,
    Contact,
    Service,
}

/// What a kind's Fluent message must and may have.
struct TextRules {
    /// The message needs a value in the source locale.
    value_required: bool,
    required: &'static [&'static str],
    optional: &'static [&'static str],
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Principle,
        Kind::TargetGroup,
        Kind::Field,
        Kind::Goal,
        Kind::Recommendation,
        Kind::Measure,
        Kind::Municipality,
        Kind::Organization,
        Kind::Location,
        Kind::Contact,
        Kind::Service,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Principle => "principle",
            Kind::TargetGroup => "target-group",
            Kind::Field => "field",
            Kind::Goal => "goal",
            Kind::Recommendation => "recommendation",
            Kind::Measure => "measure",
            Kind::Municipality => "municipality",
            Kind::Organization => "organization",
            Kind::Location => "location",
            Kind::Contact => "contact",
            Kind::Service => "service",
        }
    }

    /// The key of its array in `directory.toml`.
    pub fn array(self) -> &'static str {
        match self {
            Kind::Principle => "principles",
            Kind::TargetGroup => "target_groups",
            Kind::Field => "fields",
            Kind::Goal => "goals",
            Kind::Recommendation => "recommendations",
            Kind::Measure => "measures",
            Kind::Municipality => "municipalities",
            Kind::Organization => "organizations",
            Kind::Location => "locations",
            Kind::Contact => "contacts",
            Kind::Service => "services",
        }
    }

    /// The Fluent message id of entity `id`: `service-mbe-forst`.
    pub fn message_id(self, id: &str) -> String {
        format!("{}-{id}", self.as_str())
    }

    /// The UI string naming the kind (`kind-service`).
    pub fn label_id(self) -> String {
        format!("kind-{}", self.as_str())
    }

    fn text_rules(self) -> TextRules {
        let rules = |value_required, required, optional| TextRules {
            value_required,
            required,
            optional,
        };
        match self {
            Kind::Principle => rules(true, &["description"], &[]),
            Kind::TargetGroup => rules(true, &[], &["description"]),
            Kind::Field => rules(true, &["description"], &[]),
            Kind::Goal | Kind::Recommendation => rules(true, &[], &["description"]),
            Kind::Measure => rules(true, &["description"], &["time-frame-note"]),
            Kind::Municipality => rules(false, &[], &["description"]),
            Kind::Organization => rules(true, &[], &["description"]),
            Kind::Location => rules(false, &[], &["directions"]),
            Kind::Contact => rules(true, &[], &["note", "office-hours-note"]),
            Kind::Service => rules(
                true,
                &["description"],
                &[
                    "eligibility",
                    "cost-note",
                    "appointment-note",
                    "hours-note",
                    "accessibility-note",
                    "keywords",
                ],
            ),
        }
    }

    /// Whether every entity of this kind needs a message with a value in the source locale.
    pub fn needs_text(self) -> bool {
        self.text_rules().value_required
    }

    /// Attributes the source locale must have.
    pub fn required_attributes(self) -> &'static [&'static str] {
        self.text_rules().required
    }

    /// Every attribute a message of this kind may have.
    pub fn attributes(self) -> impl Iterator<Item = &'static str> {
        let rules = self.text_rules();
        rules.required.iter().chain(rules.optional).copied()
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = Error;

    /// Accepts `service`, `services`, `target-group`, `target_groups` and so on.
    fn from_str(text: &str) -> Result<Kind, Error> {
        let normalized = text.trim().to_ascii_lowercase().replace('_', "-");
        Kind::ALL
            .into_iter()
            .find(|k| {
                normalized == k.as_str()
                    || normalized == k.array().replace('_', "-")
                    || (*k == Kind::Field
                        && (normalized == "fields-of-action" || normalized == "field-of-action"))
            })
            .ok_or_else(|| {
                Error::InvalidArgument(format!(
                    "unknown kind `{text}`: expected one of {}",
                    Kind::ALL.map(Kind::as_str).join(", ")
                ))
            })
    }
}

/// One reference from an entity to another, with the key it stands under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference<'a> {
    pub key: &'static str,
    /// Position in a list, for list-valued keys.
    pub index: Option<usize>,
    pub target: Kind,
    pub id: &'a str,
}

fn list<'a>(out: &mut Vec<Reference<'a>>, key: &'static str, target: Kind, ids: &'a [String]) {
    out.extend(ids.iter().enumerate().map(|(i, id)| Reference {
        key,
        index: Some(i),
        target,
        id,
    }));
}

fn single<'a>(
    out: &mut Vec<Reference<'a>>,
    key: &'static str,
    target: Kind,
    id: &'a Option<String>,
) {
    if let Some(id) = id {
        out.push(Reference {
            key,
            index: None,
            target,
            id,
        });
    }
}

/// Every reference entity `index` of `kind` makes.
pub fn references(data: &DirectoryData, kind: Kind, index: usize) -> Vec<Reference<'_>> {
    let mut out = Vec::new();
    match kind {
        Kind::Goal => {
            let goal = &data.goals[index];
            out.push(Reference {
                key: "field",
                index: None,
                target: Kind::Field,
                id: &goal.field,
            });
        }
        Kind::Recommendation => {
            let r = &data.recommendations[index];
            out.push(Reference {
                key: "field",
                index: None,
                target: Kind::Field,
                id: &r.field,
            });
        }
        Kind::Measure => {
            let m = &data.measures[index];
            out.push(Reference {
                key: "field",
                index: None,
                target: Kind::Field,
                id: &m.field,
            });
            list(&mut out, "goals", Kind::Goal, &m.goals);
            list(
                &mut out,
                "recommendations",
                Kind::Recommendation,
                &m.recommendations,
            );
            list(
                &mut out,
                "responsible_contacts",
                Kind::Contact,
                &m.responsible_contacts,
            );
            list(
                &mut out,
                "responsible_organizations",
                Kind::Organization,
                &m.responsible_organizations,
            );
            list(&mut out, "partners", Kind::Organization, &m.partners);
            list(&mut out, "services", Kind::Service, &m.services);
        }
        Kind::Municipality => single(
            &mut out,
            "amt",
            Kind::Municipality,
            &data.municipalities[index].amt,
        ),
        Kind::Organization => single(
            &mut out,
            "municipality",
            Kind::Municipality,
            &data.organizations[index].municipality,
        ),
        Kind::Location => single(
            &mut out,
            "municipality",
            Kind::Municipality,
            &data.locations[index].municipality,
        ),
        Kind::Contact => {
            let c = &data.contacts[index];
            single(
                &mut out,
                "organization",
                Kind::Organization,
                &c.organization,
            );
            single(&mut out, "location", Kind::Location, &c.location);
        }
        Kind::Service => {
            let s = &data.services[index];
            list(&mut out, "fields", Kind::Field, &s.fields);
            single(&mut out, "provider", Kind::Organization, &s.provider);
            list(&mut out, "locations", Kind::Location, &s.locations);
            list(&mut out, "contacts", Kind::Contact, &s.contacts);
            list(
                &mut out,
                "target_groups",
                Kind::TargetGroup,
                &s.target_groups,
            );
        }
        Kind::Principle | Kind::TargetGroup | Kind::Field => {}
    }
    out
}

/// The ids of all entities of `kind`, in file order.
pub fn ids(data: &DirectoryData, kind: Kind) -> Vec<&str> {
    fn of<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<&str> {
        items.iter().map(id).collect()
    }
    match kind {
        Kind::Principle => of(&data.principles, |e| &e.id),
        Kind::TargetGroup => of(&data.target_groups, |e| &e.id),
        Kind::Field => of(&data.fields, |e| &e.id),
        Kind::Goal => of(&data.goals, |e| &e.id),
        Kind::Recommendation => of(&data.recommendations, |e| &e.id),
        Kind::Measure => of(&data.measures, |e| &e.id),
        Kind::Municipality => of(&data.municipalities, |e| &e.id),
        Kind::Organization => of(&data.organizations, |e| &e.id),
        Kind::Location => of(&data.locations, |e| &e.id),
        Kind::Contact => of(&data.contacts, |e| &e.id),
        Kind::Service => of(&data.services, |e| &e.id),
    }
}

/// Whether `id` is a valid entity id: lowercase ASCII letters, digits and single hyphens,
/// starting with a letter, so that `<kind>-<id>` is a valid Fluent identifier.
pub fn is_valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
