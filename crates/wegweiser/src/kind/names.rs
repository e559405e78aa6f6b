//! How kinds and ids are written: Fluent message ids, UI labels, parsing kind names.

use std::fmt;
use std::str::FromStr;

use super::table::Kind;
use crate::error::Error;

impl Kind {
    /// The Fluent message id of entity `id`: `service-mbe-forst`.
    pub fn message_id(self, id: &str) -> String {
        format!("{}-{id}", self.as_str())
    }

    /// The UI string naming the kind (`kind-service`).
    pub fn label_id(self) -> String {
        format!("kind-{}", self.as_str())
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

impl TryFrom<String> for Kind {
    type Error = Error;

    fn try_from(text: String) -> Result<Kind, Error> {
        text.parse()
    }
}

/// The longest id (a UUID has 36 characters).
pub const MAX_ID_CHARS: usize = 100;

/// Whether `id` is a valid entity id: at most [`MAX_ID_CHARS`] lowercase ASCII letters,
/// digits and single hyphens, starting with a letter or digit (an imported HSDS record
/// keeps its UUID), so that `<kind>-<id>` is a valid Fluent identifier.
pub fn is_valid_id(id: &str) -> bool {
    id.len() <= MAX_ID_CHARS
        && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
