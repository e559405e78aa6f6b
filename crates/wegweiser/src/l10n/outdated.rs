//! Applying the locale's stamps (`freshness.rs`) to a catalog: which translations are
//! outdated, and the warnings that say so where the translation stands.

use unic_langid::LanguageIdentifier;

use super::catalog::{file_problem, Catalog};
use super::chain::LocaleChain;
use super::freshness::{lock_problem, split_key, stamp_of, Freshness, Lock};
use super::tag::parse_locale;
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::{SourceFile, SourceFiles};

impl Catalog {
    /// Reads the lock files and marks every stamped translation whose source text has
    /// changed since as outdated. Each outdated translation is a warning at its place
    /// in its `.ftl` file; a stamp for a text the source no longer has (an entity
    /// renamed or removed) is a warning at its line in the lock.
    pub(crate) fn apply_locks(
        &mut self,
        locks: &[SourceFile],
        fluent: &[SourceFile],
        source: &LanguageIdentifier,
        problems: &mut Vec<Problem>,
    ) {
        let source_chain = LocaleChain::only(source.clone());
        for file in locks {
            let Some(tag) = SourceFiles::locale_of(&file.path) else {
                continue;
            };
            let lock = Lock::parse(file, problems);
            let Ok(locale) = parse_locale(tag) else {
                continue; // the locale folder's own problem says why
            };
            if &locale == source {
                // Its lock keeps the source texts stamps were taken of, for diffs.
                if let Some(stamp) = lock.stamps.values().next() {
                    problems.push(lock_problem(
                        file,
                        stamp.offset,
                        ProblemCode::LocaleMismatch,
                        format!("the source locale `{tag}` is not stamped: its texts are what translations are made from; delete [made-from] here"),
                    ));
                }
                self.source_texts = lock.source_texts;
                continue;
            }
            let mut freshness = Freshness::default();
            for (key, stamp) in &lock.stamps {
                let (message, attribute) = split_key(key);
                let Some(current) = self.format(&source_chain, message, attribute, None) else {
                    problems.push(lock_problem(
                        file,
                        stamp.offset,
                        ProblemCode::UnknownEntity,
                        format!("`{key}` is stamped here, but the source locale `{source}` has no such text: was its entity renamed or removed? Stamp the new id (`wegweiser l10n stamp --locale {tag}`) and delete this line"),
                    ));
                    continue;
                };
                if stamp_of(&current.text) == stamp.stamp {
                    continue;
                }
                freshness.outdated.insert(key.clone(), stamp.stamp.clone());
                let place = self
                    .locale(&locale)
                    .and_then(|c| c.messages.get(message))
                    .and_then(|info| {
                        let offset = match attribute {
                            None => info.offset,
                            Some(name) => info
                                .attributes
                                .iter()
                                .find(|(a, _, _)| &**a == name)
                                .map_or(info.offset, |(_, at, _)| *at),
                        };
                        fluent
                            .iter()
                            .find(|f| *f.path == *info.file)
                            .map(|f| (f, offset))
                    });
                if let Some((ftl, offset)) = place {
                    let mut problem = file_problem(
                        ftl,
                        offset,
                        ProblemCode::OutdatedTranslation,
                        format!("`{key}` in `{tag}` was translated from a {source} text that has changed since: review it, then `wegweiser l10n stamp --locale {tag} {message}`"),
                    );
                    problem.severity = Severity::Warning;
                    problems.push(problem);
                }
            }
            if let Some(catalog) = self.locales.iter_mut().find(|c| c.locale == locale) {
                catalog.freshness = freshness;
            }
        }
    }
}
