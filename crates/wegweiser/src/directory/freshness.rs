//! Stamping translations as reviewed: the new contents of a locale's `l10n.lock`.

use std::collections::BTreeMap;

use super::Directory;
use crate::error::{Error, Result};
use crate::l10n::{split_key, stamp_of, unit_key, LocaleChain, Lock};
use crate::source::{SourceFile, SourceFiles, LOCK_FILE};

impl Directory {
    /// The lock files after stamping the translations of `messages` in `locale` (every
    /// translated text when empty) as made from today's source texts: the locale's, and
    /// the source locale's, which keeps the source texts stamps refer to. Stamps of other
    /// texts stay; stamping everything also drops stamps of texts the source no longer
    /// has. Write them with [`crate::write_lock_file`] or the CLI's `l10n stamp`.
    pub fn stamp(&self, locale: &str, messages: &[String]) -> Result<Vec<SourceFile>> {
        let tag = crate::l10n::parse_locale(locale)?;
        if &tag == self.source_locale() {
            return Err(Error::InvalidArgument(format!(
                "`{tag}` is the source locale: translations are stamped, not their source"
            )));
        }
        let catalog = self.catalog().locale(&tag).ok_or_else(|| {
            Error::InvalidArgument(format!("the directory has no texts in `{tag}`"))
        })?;
        for message in messages {
            if !catalog.messages.contains_key(message) {
                return Err(Error::InvalidArgument(format!(
                    "locale `{tag}` has no message `{message}`: stamp only what is translated"
                )));
            }
        }
        let mut stamps = self.stamps_of(&tag.to_string());
        if messages.is_empty() {
            stamps.retain(|key, _| {
                let (message, attribute) = split_key(key);
                self.source_text(message, attribute).is_some()
            });
        }
        let wanted: Vec<&String> = if messages.is_empty() {
            catalog.messages.keys().collect()
        } else {
            messages.iter().collect()
        };
        for message in wanted {
            let info = &catalog.messages[message];
            let attributes = info.attributes.iter().map(|(a, _, _)| Some(&**a));
            let units = info
                .has_value()
                .then_some(None)
                .into_iter()
                .chain(attributes);
            for attribute in units {
                if let Some(source) = self.source_text(message, attribute) {
                    stamps.insert(unit_key(message, attribute), stamp_of(&source));
                }
            }
        }
        let lock = lock_file(&tag.to_string(), &stamps);
        let source = self.source_lock(std::slice::from_ref(&lock));
        Ok(vec![lock, source])
    }

    /// For a source edit that needs no retranslation (a typo, punctuation): the lock
    /// files of every locale whose stamps of `messages` (every outdated text when empty)
    /// are moved to today's source texts. Only stamped texts move; unchanged locks are
    /// left out.
    pub fn stamp_minor(&self, messages: &[String]) -> Result<Vec<SourceFile>> {
        let mut changed = Vec::new();
        for lock in &self.sources().locks {
            let Some(tag) = SourceFiles::locale_of(&lock.path) else {
                continue;
            };
            let mut stamps = self.stamps_of(tag);
            let mut moved = false;
            for (key, stamp) in stamps.iter_mut() {
                let (message, attribute) = split_key(key);
                if !messages.is_empty() && !messages.iter().any(|m| m == message) {
                    continue;
                }
                if let Some(source) = self.source_text(message, attribute) {
                    let now = stamp_of(&source);
                    if *stamp != now {
                        *stamp = now;
                        moved = true;
                    }
                }
            }
            if moved {
                changed.push(lock_file(tag, &stamps));
            }
        }
        if !changed.is_empty() {
            let source = self.source_lock(&changed);
            changed.push(source);
        }
        Ok(changed)
    }

    /// The source locale's lock: the source texts of every stamp in the locale locks
    /// (`changed` replacing the loaded ones), today's text when the stamp is of it, else
    /// the text recorded before.
    pub(super) fn source_lock(&self, changed: &[SourceFile]) -> SourceFile {
        let source_tag = self.source_locale().to_string();
        let mut locks: BTreeMap<&str, &SourceFile> = BTreeMap::new();
        for lock in self.sources().locks.iter().chain(changed) {
            if SourceFiles::locale_of(&lock.path) != Some(source_tag.as_str()) {
                locks.insert(&lock.path, lock);
            }
        }
        let recorded = &self.catalog().source_texts;
        let mut texts = BTreeMap::new();
        for lock in locks.values() {
            for (key, stamp) in Lock::parse(lock, &mut Vec::new()).stamps {
                let (message, attribute) = split_key(&key);
                let now = self
                    .source_text(message, attribute)
                    .filter(|text| stamp_of(text) == stamp.stamp);
                if let Some(text) = now.or_else(|| recorded.get(&stamp.stamp).cloned()) {
                    texts.insert(stamp.stamp, text);
                }
            }
        }
        SourceFile::new(
            format!("locales/{source_tag}/{LOCK_FILE}"),
            Lock::render_source(&texts),
        )
    }

    /// The source text a stamp was taken of, if the source locale's lock recorded it.
    pub(super) fn recorded_source_text(&self, stamp: &str) -> Option<&str> {
        self.catalog().source_texts.get(stamp).map(String::as_str)
    }

    /// The stamps in `locales/<tag>/l10n.lock` as loaded (empty without one).
    pub(super) fn stamps_of(&self, tag: &str) -> BTreeMap<String, String> {
        let path = format!("locales/{tag}/{LOCK_FILE}");
        self.sources()
            .locks
            .iter()
            .find(|f| f.path == path)
            .map(|file| {
                Lock::parse(file, &mut Vec::new())
                    .stamps
                    .into_iter()
                    .map(|(key, s)| (key, s.stamp))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Today's source-locale text of a message value or attribute.
    pub(super) fn source_text(&self, message: &str, attribute: Option<&str>) -> Option<String> {
        let chain = LocaleChain::only(self.source_locale().clone());
        self.catalog()
            .format(&chain, message, attribute, None)
            .map(|t| t.text)
    }
}

pub(super) fn lock_file(tag: &str, stamps: &BTreeMap<String, String>) -> SourceFile {
    SourceFile::new(format!("locales/{tag}/{LOCK_FILE}"), Lock::render(stamps))
}
