//! Translation status: per locale and per text, what is translated, machine-translated,
//! outdated (its source changed since) or missing (and so shown in a fallback locale).

use serde::{Deserialize, Serialize};

use super::Directory;
use crate::kind::{ids, Kind};
use crate::l10n::parse_locale;

/// The state of one text in one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextStatus {
    /// The source text itself.
    Source,
    Translated,
    MachineTranslated,
    /// Made from a source text that has changed since (`l10n.lock`): shown, with a note.
    Outdated,
    /// Not there: shown in a fallback locale.
    Missing,
}

/// One text: a message value (`attribute` `None`) or one attribute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextState {
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    pub status: TextStatus,
    /// For an outdated text: the source text it was translated from, when the source
    /// locale's `l10n.lock` recorded it, and today's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_before: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_now: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocaleStatus {
    pub locale: String,
    /// Texts the source locale has.
    pub total: usize,
    pub translated: usize,
    pub machine_translated: usize,
    /// Present, but made from a source text that has changed since.
    pub outdated: usize,
    pub missing: usize,
    /// Share of texts present in this locale (human or machine), 0.0 to 1.0.
    pub coverage: f64,
    pub texts: Vec<TextState>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct L10nStatus {
    pub source_locale: String,
    pub locales: Vec<LocaleStatus>,
}

impl Directory {
    /// Coverage of every locale the directory declares, measured against the source texts.
    pub fn l10n_status(&self) -> L10nStatus {
        let source = self.source_locale().clone();
        // Every text unit of the source: (message, attribute).
        let mut units: Vec<(String, Option<String>)> = Vec::new();
        let mut message_ids = vec!["directory".to_owned()];
        for kind in Kind::ALL {
            message_ids.extend(
                ids(self.data(), kind)
                    .into_iter()
                    .map(|id| kind.message_id(id)),
            );
        }
        let source_catalog = self.catalog().locale(&source);
        for message in &message_ids {
            let Some(info) = source_catalog.and_then(|c| c.messages.get(message)) else {
                continue;
            };
            if info.has_value() {
                units.push((message.clone(), None));
            }
            units.extend(
                info.attributes
                    .iter()
                    .map(|(a, _, _)| (message.clone(), Some(a.to_string()))),
            );
        }

        let mut locales: Vec<String> = self.metadata().locales.clone();
        for available in self.locales() {
            let tag = available.to_string();
            if !locales.contains(&tag) {
                locales.push(tag);
            }
        }
        let locales = locales
            .into_iter()
            .map(|tag| {
                let parsed = parse_locale(&tag).ok();
                let catalog = parsed.as_ref().and_then(|l| self.catalog().locale(l));
                let is_source = parsed.as_ref() == Some(&source);
                let texts: Vec<TextState> = units
                    .iter()
                    .map(|(message, attribute)| {
                        let info = catalog.and_then(|c| c.messages.get(message));
                        let status = match info {
                            Some(_) if is_source => TextStatus::Source,
                            Some(info) if info.has(attribute.as_deref()) => {
                                let key = crate::l10n::unit_key(message, attribute.as_deref());
                                let freshness = &catalog.map(|c| &c.freshness);
                                if freshness.is_some_and(|f| f.outdated.contains_key(&key)) {
                                    TextStatus::Outdated
                                } else if info.machine_translated {
                                    TextStatus::MachineTranslated
                                } else {
                                    TextStatus::Translated
                                }
                            }
                            _ => TextStatus::Missing,
                        };
                        let (source_before, source_now) = if status == TextStatus::Outdated {
                            let key = crate::l10n::unit_key(message, attribute.as_deref());
                            let stamp = catalog.and_then(|c| c.freshness.outdated.get(&key));
                            (
                                stamp
                                    .and_then(|s| self.recorded_source_text(s))
                                    .map(str::to_owned),
                                self.source_text(message, attribute.as_deref()),
                            )
                        } else {
                            (None, None)
                        };
                        TextState {
                            message: message.clone(),
                            attribute: attribute.clone(),
                            status,
                            source_before,
                            source_now,
                        }
                    })
                    .collect();
                let count = |s: TextStatus| texts.iter().filter(|t| t.status == s).count();
                let total = texts.len();
                let translated = count(TextStatus::Translated) + count(TextStatus::Source);
                let machine_translated = count(TextStatus::MachineTranslated);
                let outdated = count(TextStatus::Outdated);
                let missing = count(TextStatus::Missing);
                LocaleStatus {
                    locale: tag,
                    total,
                    translated,
                    machine_translated,
                    outdated,
                    missing,
                    coverage: if total == 0 {
                        1.0
                    } else {
                        (total - missing) as f64 / total as f64
                    },
                    texts,
                }
            })
            .collect();
        L10nStatus {
            source_locale: source.to_string(),
            locales,
        }
    }
}
