//! Translation status: per locale and per text, what is translated, machine-translated,
//! outdated (its source changed since) or missing (and so shown in a fallback locale).

use std::collections::BTreeMap;

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
    /// The kind of entity the text belongs to (`service`, …), or `directory`.
    pub kind: String,
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
    /// The same counts per kind of entity (`service`, `measure`, …, `directory`).
    pub by_kind: BTreeMap<String, TextCounts>,
    pub texts: Vec<TextState>,
}

/// TextCounts of texts by state, and the share present (0.0 to 1.0).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextCounts {
    pub total: usize,
    pub translated: usize,
    pub machine_translated: usize,
    pub outdated: usize,
    pub missing: usize,
    pub coverage: f64,
}

impl LocaleStatus {
    /// The locale's counts as one value, like those of [`LocaleStatus::by_kind`].
    pub fn counts(&self) -> TextCounts {
        TextCounts {
            total: self.total,
            translated: self.translated,
            machine_translated: self.machine_translated,
            outdated: self.outdated,
            missing: self.missing,
            coverage: self.coverage,
        }
    }
}

impl TextCounts {
    fn of<'a>(texts: impl IntoIterator<Item = &'a TextState>) -> TextCounts {
        let mut counts = TextCounts {
            total: 0,
            translated: 0,
            machine_translated: 0,
            outdated: 0,
            missing: 0,
            coverage: 1.0,
        };
        for text in texts {
            counts.total += 1;
            match text.status {
                TextStatus::Source | TextStatus::Translated => counts.translated += 1,
                TextStatus::MachineTranslated => counts.machine_translated += 1,
                TextStatus::Outdated => counts.outdated += 1,
                TextStatus::Missing => counts.missing += 1,
            }
        }
        if counts.total > 0 {
            counts.coverage = (counts.total - counts.missing) as f64 / counts.total as f64;
        }
        counts
    }
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
        let mut units: Vec<(&str, String, Option<String>)> = Vec::new();
        let mut message_ids = vec![("directory", "directory".to_owned())];
        for kind in Kind::ALL {
            message_ids.extend(
                ids(self.data(), kind)
                    .into_iter()
                    .map(|id| (kind.as_str(), kind.message_id(id))),
            );
        }
        let source_catalog = self.catalog().locale(&source);
        for (kind, message) in &message_ids {
            let Some(info) = source_catalog.and_then(|c| c.messages.get(message)) else {
                continue;
            };
            if info.has_value() {
                units.push((kind, message.clone(), None));
            }
            units.extend(
                info.attributes
                    .iter()
                    .map(|(a, _, _)| (*kind, message.clone(), Some(a.to_string()))),
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
                    .map(|(kind, message, attribute)| {
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
                            kind: (*kind).to_owned(),
                            message: message.clone(),
                            attribute: attribute.clone(),
                            status,
                            source_before,
                            source_now,
                        }
                    })
                    .collect();
                let all = TextCounts::of(&texts);
                let mut kinds: BTreeMap<&str, Vec<&TextState>> = BTreeMap::new();
                for text in &texts {
                    kinds.entry(text.kind.as_str()).or_default().push(text);
                }
                let by_kind = kinds
                    .into_iter()
                    .map(|(kind, texts)| (kind.to_owned(), TextCounts::of(texts)))
                    .collect();
                LocaleStatus {
                    locale: tag,
                    total: all.total,
                    translated: all.translated,
                    machine_translated: all.machine_translated,
                    outdated: all.outdated,
                    missing: all.missing,
                    coverage: all.coverage,
                    by_kind,
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
