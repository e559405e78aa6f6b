//! The texts of entities in a reader's locale, with fallback, and the library's UI
//! strings.

use std::collections::BTreeMap;

use serde::Serialize;
use unic_langid::LanguageIdentifier;

use super::locale::Locale;
use super::Directory;
use crate::kind::{HasId, Kind};
use crate::l10n::{ui_text, Direction, LocalizedText, UiArg};

/// An entity with its texts in the requested locale.
#[derive(Debug, Clone, Serialize)]
pub struct Localized<'a, T: Serialize> {
    pub kind: Kind,
    #[serde(flatten)]
    pub entity: &'a T,
    /// `name` is the message value; the other keys are its attributes.
    pub texts: BTreeMap<String, LocalizedText>,
}

impl Directory {
    /// The text of an entity in the requested locale, falling back along the chain.
    /// `attribute` `None` is the message value (the name).
    pub fn text(
        &self,
        locale: &Locale,
        kind: Kind,
        id: &str,
        attribute: Option<&str>,
    ) -> Option<LocalizedText> {
        if kind == Kind::Municipality && attribute.is_none() {
            return self.municipality_name(locale, id);
        }
        self.texts
            .format(locale.chain(), &kind.message_id(id), attribute, None)
    }

    /// Text of the directory itself: title (`None`), `region`, `motto`, `description`,
    /// `demo-notice`.
    pub fn directory_text(
        &self,
        locale: &Locale,
        attribute: Option<&str>,
    ) -> Option<LocalizedText> {
        self.texts
            .format(locale.chain(), "directory", attribute, None)
    }

    /// The name of an entity, or its id if it has no text at all.
    pub fn name(&self, locale: &Locale, kind: Kind, id: &str) -> LocalizedText {
        self.text(locale, kind, id, None)
            .unwrap_or_else(|| LocalizedText::untranslated(id))
    }

    /// A municipality's official name: Sorbian where Sorbian is asked for and known.
    fn municipality_name(&self, locale: &Locale, id: &str) -> Option<LocalizedText> {
        let municipality = self.data.municipalities.iter().find(|m| m.id == id)?;
        let wanted = locale.requested().first().unwrap_or(locale.primary());
        let wants_sorbian = wanted.language.as_str() == "dsb";
        let (text, tag) = match (&municipality.name_dsb, wants_sorbian) {
            (Some(name), true) => (name.clone(), "dsb"),
            _ => (municipality.name_de.clone(), "de"),
        };
        let tag_id: LanguageIdentifier = tag.parse().ok()?;
        Some(LocalizedText {
            fallback: locale.chain().is_fallback(&tag_id),
            direction: Direction::Ltr,
            locale: tag.into(),
            text,
            machine_translated: false,
            outdated: false,
        })
    }

    /// Every text of an entity in the requested locale, keyed `name` and attribute names.
    pub fn texts(&self, locale: &Locale, kind: Kind, id: &str) -> BTreeMap<String, LocalizedText> {
        let mut out = BTreeMap::new();
        if let Some(name) = self.text(locale, kind, id, None) {
            out.insert("name".to_owned(), name);
        }
        for attribute in kind.attributes() {
            if let Some(text) = self.text(locale, kind, id, Some(attribute)) {
                out.insert(attribute.to_owned(), text);
            }
        }
        out
    }

    /// An entity with its texts, ready to serialize.
    pub fn localize<'a, T: Serialize + HasId>(
        &self,
        locale: &Locale,
        kind: Kind,
        entity: &'a T,
    ) -> Localized<'a, T> {
        Localized {
            kind,
            entity,
            texts: self.texts(locale, kind, entity.id()),
        }
    }

    /// A UI string of the library (`kind-service`, `count-services`, `weekday-mo` …) in the
    /// requested locale, with German as the last fallback.
    pub fn ui(&self, locale: &Locale, id: &str, args: &[(&str, UiArg<'_>)]) -> LocalizedText {
        ui_text(locale.ui_chain(), id, args)
    }
}
