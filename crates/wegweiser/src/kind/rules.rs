//! What the Fluent message of each kind must and may have.

use super::table::Kind;

/// The prefix of the attribute that gives a closure's reason: `.closure-summer-2026`.
pub const CLOSURE_NOTE: &str = "closure-";

/// What a kind's Fluent message must and may have.
struct TextRules {
    /// The message needs a value in the source locale.
    value_required: bool,
    required: &'static [&'static str],
    optional: &'static [&'static str],
}

impl Kind {
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
            Kind::Organization => rules(true, &[], &["description", "alternate-name"]),
            Kind::Location => rules(false, &[], &["directions", "description"]),
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
                    "alternate-name",
                    "alert",
                    "interpretation-services",
                    "wait-time",
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

    /// Whether a message of this kind may have the attribute: a fixed one, or the reason
    /// for one of a service's closures (`.closure-<id>`).
    pub fn allows_attribute(self, name: &str) -> bool {
        self.attributes().any(|a| a == name)
            || (self == Kind::Service
                && name
                    .strip_prefix(CLOSURE_NOTE)
                    .is_some_and(|id| !id.is_empty()))
    }

    /// Every attribute a message of this kind may have.
    pub fn attributes(self) -> impl Iterator<Item = &'static str> {
        let rules = self.text_rules();
        rules.required.iter().chain(rules.optional).copied()
    }
}
