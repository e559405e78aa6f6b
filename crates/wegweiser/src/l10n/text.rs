//! Texts that know the locale they came from and their writing direction.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// Writing direction of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn of(locale: &LanguageIdentifier) -> Direction {
        match locale.character_direction() {
            CharacterDirection::RTL => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A text in the locale it actually came from. When `fallback` is true the text is not in
/// the first locale of the chain: a page should mark it with `lang="{locale}"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LocalizedText {
    pub text: String,
    pub locale: String,
    pub direction: Direction,
    pub fallback: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub machine_translated: bool,
    /// The source text changed after this translation was made (`l10n.lock`): it may
    /// say something else now. Show it, with a note.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub outdated: bool,
}

impl std::fmt::Display for LocalizedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl LocalizedText {
    /// A text that has no translation at all, shown as it is (an id): locale `und`.
    pub(crate) fn untranslated(text: &str) -> LocalizedText {
        LocalizedText {
            text: text.to_owned(),
            locale: "und".into(),
            direction: Direction::Ltr,
            fallback: true,
            machine_translated: false,
            outdated: false,
        }
    }
}
