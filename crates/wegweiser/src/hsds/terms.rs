//! The taxonomies wegweiser writes into HSDS: its fields of action and target groups, and
//! the facts HSDS has no column for (appointments, step-free access, links between
//! records), all as HSDS `taxonomy_term`s linked by `attribute`s, which keeps the export
//! valid HSDS.

use super::ids::derive;
use crate::model::{Appointment, StepFree};

/// One of wegweiser's taxonomies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Taxonomy {
    Fields,
    TargetGroups,
    Appointment,
    Cost,
    StepFree,
    Links,
}

impl Taxonomy {
    pub const ALL: [Taxonomy; 6] = [
        Taxonomy::Fields,
        Taxonomy::TargetGroups,
        Taxonomy::Appointment,
        Taxonomy::Cost,
        Taxonomy::StepFree,
        Taxonomy::Links,
    ];

    /// Its `taxonomy.name`, by which an import recognizes it.
    pub fn name(self) -> &'static str {
        match self {
            Taxonomy::Fields => "wegweiser-fields",
            Taxonomy::TargetGroups => "wegweiser-target-groups",
            Taxonomy::Appointment => "wegweiser-appointment",
            Taxonomy::Cost => "wegweiser-cost",
            Taxonomy::StepFree => "wegweiser-step-free",
            Taxonomy::Links => "wegweiser-links",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Taxonomy::Fields => "The fields of action of the integration concept a service serves",
            Taxonomy::TargetGroups => "The people a service is for",
            Taxonomy::Appointment => "Whether a service needs an appointment",
            Taxonomy::Cost => "Whether a service is free (its price, if any, is in fees_description)",
            Taxonomy::StepFree => "Whether a place or a service can be reached without steps",
            Taxonomy::Links => {
                "Links HSDS has no column for: the further services of a contact, the contact whose office hours a schedule holds"
            }
        }
    }

    pub fn uuid(self) -> String {
        derive("taxonomy", self.name())
    }

    pub fn from_name(name: &str) -> Option<Taxonomy> {
        Taxonomy::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// One term of a wegweiser taxonomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// A field of action with its number in the concept.
    Field(String, u32),
    TargetGroup(String),
    Appointment(Appointment),
    /// Free (`true`) or not.
    Cost(bool),
    StepFree(StepFree),
    /// On a contact: it also serves the service whose id is the attribute's value.
    AlsoServes,
    /// On a schedule: the office hours of the contact whose id is the attribute's value.
    OfficeHoursOf,
}

const APPOINTMENTS: [Appointment; 3] = [
    Appointment::Required,
    Appointment::Recommended,
    Appointment::NotNeeded,
];
const STEP_FREE: [StepFree; 3] = [StepFree::Yes, StepFree::No, StepFree::Unknown];

impl Term {
    /// The fixed terms (all but fields and target groups).
    pub fn fixed() -> Vec<Term> {
        APPOINTMENTS
            .into_iter()
            .map(Term::Appointment)
            .chain([Term::Cost(true), Term::Cost(false)])
            .chain(STEP_FREE.into_iter().map(Term::StepFree))
            .chain([Term::AlsoServes, Term::OfficeHoursOf])
            .collect()
    }

    pub fn taxonomy(&self) -> Taxonomy {
        match self {
            Term::Field(..) => Taxonomy::Fields,
            Term::TargetGroup(_) => Taxonomy::TargetGroups,
            Term::Appointment(_) => Taxonomy::Appointment,
            Term::Cost(_) => Taxonomy::Cost,
            Term::StepFree(_) => Taxonomy::StepFree,
            Term::AlsoServes | Term::OfficeHoursOf => Taxonomy::Links,
        }
    }

    /// Its `taxonomy_term.code`, unique in the table: `field:1:education`,
    /// `target-group:adults`.
    pub fn code(&self) -> String {
        match self {
            Term::Field(id, number) => format!("field:{number}:{id}"),
            Term::TargetGroup(id) => format!("target-group:{id}"),
            Term::Appointment(value) => format!("appointment:{}", value.as_str()),
            Term::Cost(true) => "cost:free".into(),
            Term::Cost(false) => "cost:paid".into(),
            Term::StepFree(value) => format!("step-free:{}", value.as_str()),
            Term::AlsoServes => "link:also-serves".into(),
            Term::OfficeHoursOf => "link:office-hours-of".into(),
        }
    }

    pub fn parse(code: &str) -> Option<Term> {
        let (prefix, value) = code.split_once(':')?;
        Some(match prefix {
            "field" => {
                let (number, id) = value.split_once(':')?;
                Term::Field(id.to_owned(), number.parse().ok()?)
            }
            "target-group" => Term::TargetGroup(value.to_owned()),
            "appointment" => Term::Appointment(*APPOINTMENTS.iter().find(|a| a.as_str() == value)?),
            "cost" if value == "free" => Term::Cost(true),
            "cost" if value == "paid" => Term::Cost(false),
            "step-free" => Term::StepFree(*STEP_FREE.iter().find(|s| s.as_str() == value)?),
            "link" if value == "also-serves" => Term::AlsoServes,
            "link" if value == "office-hours-of" => Term::OfficeHoursOf,
            _ => return None,
        })
    }

    pub fn uuid(&self) -> String {
        derive("taxonomy-term", &self.key())
    }

    /// Its id without the field's number, which may change: the key of its UUID.
    fn key(&self) -> String {
        match self {
            Term::Field(id, _) => format!("field:{id}"),
            other => other.code(),
        }
    }

    /// The UI string that names a fixed term, or an English name for the links.
    pub fn ui_name(&self) -> Result<String, &'static str> {
        match self {
            Term::Appointment(value) => Ok(format!("appointment-{}", value.as_str())),
            Term::Cost(true) => Ok("cost-free".into()),
            Term::Cost(false) => Ok("cost-paid".into()),
            Term::StepFree(value) => Ok(format!("step-free-{}", value.as_str())),
            Term::AlsoServes => Err("also serves"),
            Term::OfficeHoursOf => Err("office hours of"),
            Term::Field(..) | Term::TargetGroup(_) => Err(""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back() {
        let mut terms = Term::fixed();
        terms.push(Term::Field("education".into(), 1));
        terms.push(Term::TargetGroup("adults".into()));
        for term in terms {
            assert_eq!(Term::parse(&term.code()), Some(term.clone()), "{term:?}");
        }
        assert_eq!(Term::parse("appointment:maybe"), None);
        assert_eq!(
            Term::parse("field:education"),
            None,
            "a field has its number"
        );
        assert_eq!(Term::parse("nothing"), None);
    }
}
