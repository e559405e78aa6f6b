//! Fluent messages of every locale of a directory, with per-message fallback along a
//! chain and problems with file, line and column.

use std::collections::{BTreeMap, HashSet};

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::chain::LocaleChain;
use super::freshness::{unit_key, Freshness};
use super::nesting::{limit_nesting, MAX_FLUENT_NESTING};
use super::positions::scan_positions;
use super::store::{fluent_subset, Stored};
use super::tag::parse_locale;
use super::text::{Direction, LocalizedText};
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::{indexed_line_col, SourceFile, SourceFiles};

/// Fluent syntax errors reported per file; a file with more is broken as a whole.
pub const MAX_SYNTAX_ERRORS_PER_FILE: usize = 100;

/// Where a message stands in its file, and what it has.
#[derive(Debug, Clone)]
pub(crate) struct MessageInfo {
    /// Shared by the messages of a file (a large directory has a million messages).
    pub file: Arc<str>,
    pub offset: usize,
    pub value: Option<Stored>,
    /// Attribute names with their byte offsets; the names are shared across messages.
    pub attributes: Vec<(Arc<str>, usize, Stored)>,
    pub machine_translated: bool,
}

impl MessageInfo {
    pub(crate) fn has_value(&self) -> bool {
        self.value.is_some()
    }

    /// The value (`None`) or an attribute, if the message has it.
    pub(crate) fn stored(&self, attribute: Option<&str>) -> Option<&Stored> {
        match attribute {
            None => self.value.as_ref(),
            Some(name) => self
                .attributes
                .iter()
                .find(|(a, _, _)| &**a == name)
                .map(|(_, _, stored)| stored),
        }
    }

    pub(crate) fn has(&self, attribute: Option<&str>) -> bool {
        self.stored(attribute).is_some()
    }
}

/// The Fluent messages of one locale.
pub(crate) struct LocaleCatalog {
    pub locale: LanguageIdentifier,
    /// Only the messages that need Fluent to format ([`Stored::Fluent`]).
    pub bundle: FluentBundle<FluentResource>,
    pub messages: HashMap<String, MessageInfo>,
    /// The texts of this locale's files, which plain messages are ranges of.
    pub files: Vec<Arc<str>>,
    /// The parsed files, for validation; [`Catalog::forget_syntax`] drops them.
    pub resources: Vec<(String, Arc<FluentResource>)>,
    /// What `l10n.lock` says of the translations (`outdated.rs`).
    pub freshness: Freshness,
}

/// Attribute names, one shared copy of each ("description", "keywords", …).
#[derive(Default)]
struct Names(HashMap<String, Arc<str>>);

impl Names {
    fn get(&mut self, name: &str) -> Arc<str> {
        if let Some(shared) = self.0.get(name) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = Arc::from(name);
        self.0.insert(name.to_owned(), Arc::clone(&shared));
        shared
    }
}

/// Fluent messages in several locales, with per-message fallback.
pub(crate) struct Catalog {
    pub locales: Vec<LocaleCatalog>,
    /// Stamp → source text, from the source locale's `l10n.lock` (`outdated.rs`).
    pub source_texts: BTreeMap<String, String>,
}

impl Catalog {
    /// Builds catalogs from Fluent files at `locales/<locale>/<name>.ftl`. Every problem is
    /// returned; whatever parsed is kept.
    pub(crate) fn from_files(files: &[SourceFile], problems: &mut Vec<Problem>) -> Catalog {
        let mut by_locale: BTreeMap<String, Vec<&SourceFile>> = BTreeMap::new();
        for file in files {
            if let Some(locale) = SourceFiles::locale_of(&file.path) {
                by_locale.entry(locale.to_owned()).or_default().push(file);
            }
        }
        // Locales parse and index independently: one per core.
        let built = crate::parallel::map(by_locale.into_iter().collect(), |(folder, files)| {
            let mut found = Vec::new();
            let catalog = LocaleCatalog::for_folder(&folder, &files, &mut found);
            (catalog, found)
        });
        let mut locales = Vec::new();
        for (catalog, found) in built {
            problems.extend(found);
            locales.extend(catalog);
        }
        Catalog {
            locales,
            source_texts: BTreeMap::new(),
        }
    }

    /// Drops the syntax trees, which only validation reads: formatting needs only the
    /// compact store, and the trees cost several times the text.
    pub(crate) fn forget_syntax(&mut self) {
        for locale in &mut self.locales {
            locale.resources = Vec::new();
        }
    }

    pub(crate) fn locale(&self, locale: &LanguageIdentifier) -> Option<&LocaleCatalog> {
        self.locales.iter().find(|c| &c.locale == locale)
    }

    pub(crate) fn available(&self) -> Vec<LanguageIdentifier> {
        self.locales.iter().map(|c| c.locale.clone()).collect()
    }

    /// Formats a message (or one attribute of it) in the first locale of `chain` that has it.
    pub(crate) fn format(
        &self,
        chain: &LocaleChain,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<LocalizedText> {
        for locale in chain.locales() {
            let Some(catalog) = self.locale(locale) else {
                continue;
            };
            let Some(info) = catalog.messages.get(id) else {
                continue;
            };
            let Some(stored) = info.stored(attribute) else {
                continue;
            };
            let text = match stored.plain(&catalog.files) {
                Some(text) => text.to_owned(),
                None => {
                    let message = catalog.bundle.get_message(id)?;
                    let pattern = match attribute {
                        None => message.value()?,
                        Some(name) => message.get_attribute(name)?.value(),
                    };
                    let mut errors = Vec::new();
                    catalog
                        .bundle
                        .format_pattern(pattern, args, &mut errors)
                        .into_owned()
                }
            };
            let outdated = !catalog.freshness.outdated.is_empty()
                && catalog
                    .freshness
                    .outdated
                    .contains_key(&unit_key(id, attribute));
            return Some(LocalizedText {
                text,
                outdated,
                locale: locale.to_string(),
                direction: Direction::of(locale),
                fallback: chain.is_fallback(locale),
                machine_translated: info.machine_translated,
            });
        }
        None
    }
}

impl LocaleCatalog {
    /// The catalog of folder `locales/<folder>/`, unless the name is no language tag.
    fn for_folder(
        folder: &str,
        files: &[&SourceFile],
        problems: &mut Vec<Problem>,
    ) -> Option<LocaleCatalog> {
        let locale = match parse_locale(folder) {
            Ok(locale) if locale == folder => locale,
            Ok(locale) => {
                problems.push(file_problem(
                    files[0],
                    0,
                    ProblemCode::InvalidLocale,
                    format!("locale folder `{folder}` should be named `{locale}`"),
                ));
                locale
            }
            Err(_) => {
                problems.push(file_problem(
                    files[0],
                    0,
                    ProblemCode::InvalidLocale,
                    format!(
                        "locale folder `{folder}` is not a language tag: its files are skipped"
                    ),
                ));
                return None;
            }
        };
        Some(LocaleCatalog::from_files(locale, files, problems))
    }

    fn from_files(
        locale: LanguageIdentifier,
        files: &[&SourceFile],
        problems: &mut Vec<Problem>,
    ) -> LocaleCatalog {
        let mut bundle = FluentBundle::new_concurrent(vec![locale.clone()]);
        // Isolation marks keep placeables readable inside right-to-left text; in
        // left-to-right text they would only be noise in terminals and search.
        bundle.set_use_isolating(Direction::of(&locale) == Direction::Rtl);
        let mut messages: HashMap<String, MessageInfo> = HashMap::default();
        let mut resources = Vec::new();
        let mut names = Names::default();
        let mut needs_fluent: HashSet<String> = HashSet::new();
        let mut texts = Vec::new();
        for (number, file) in files.iter().enumerate() {
            texts.push(Arc::clone(&file.text));
            let (text, too_deep) = limit_nesting(&file.text);
            for deep in &too_deep {
                let message = if deep.unclosed {
                    "Fluent syntax: this placeable is not closed before the next entry starts; this entry is skipped".to_owned()
                } else {
                    format!("Fluent syntax: placeables nested more than {MAX_FLUENT_NESTING} deep; this entry is skipped")
                };
                problems.push(file_problem(
                    file,
                    deep.offset,
                    ProblemCode::FluentSyntax,
                    message,
                ));
            }
            let resource = match FluentResource::try_new(text.into_owned()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    let more = errors.len().saturating_sub(MAX_SYNTAX_ERRORS_PER_FILE);
                    for (i, error) in errors.iter().take(MAX_SYNTAX_ERRORS_PER_FILE).enumerate() {
                        let mut message = format!("Fluent syntax: {}", error.kind);
                        if more > 0 && i + 1 == MAX_SYNTAX_ERRORS_PER_FILE {
                            message.push_str(&format!(
                                " ({more} more syntax errors in this file are not shown)"
                            ));
                        }
                        problems.push(file_problem(
                            file,
                            error.pos.start,
                            ProblemCode::FluentSyntax,
                            message,
                        ));
                    }
                    resource
                }
            };
            let positions = scan_positions(&file.text);
            let whole_file_machine = positions.whole_file_machine;
            let path: Arc<str> = Arc::from(file.path.as_str());
            let source = resource.source();
            for entry in resource.entries() {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let id = message.id.name.to_owned();
                let offset = positions.message(&id).unwrap_or(0);
                // Offsets into the parsed text are offsets into the file: blanking keeps them.
                let info = MessageInfo {
                    file: Arc::clone(&path),
                    offset,
                    value: message
                        .value
                        .as_ref()
                        .map(|v| Stored::of(v, source, number)),
                    attributes: message
                        .attributes
                        .iter()
                        .map(|a| {
                            let at = positions.attribute(&id, a.id.name).unwrap_or(offset);
                            let stored = Stored::of(&a.value, source, number);
                            (names.get(a.id.name), at, stored)
                        })
                        .collect(),
                    machine_translated: whole_file_machine
                        || positions.machine.contains(message.id.name),
                };
                if let Some(first) = messages.get(&id) {
                    let (line, _) = line_col_in(files, &first.file, first.offset);
                    problems.push(file_problem(
                        file,
                        offset,
                        ProblemCode::DuplicateMessage,
                        format!(
                            "message `{id}` is defined twice in locale `{locale}` (first at {}:{line}); the first one is used",
                            first.file
                        ),
                    ));
                    continue;
                }
                let mut patterns = info
                    .value
                    .iter()
                    .chain(info.attributes.iter().map(|a| &a.2));
                if patterns.any(|stored| *stored == Stored::Fluent) {
                    needs_fluent.insert(id.clone());
                }
                messages.insert(id, info);
            }
            resources.push((file.path.clone(), Arc::new(resource)));
        }
        let parsed: Vec<&FluentResource> = resources.iter().map(|(_, r)| &**r).collect();
        if let Some(subset) = fluent_subset(&parsed, &needs_fluent) {
            // Serialized from trees that parsed: it parses again, without errors.
            let resource = match FluentResource::try_new(subset) {
                Ok(resource) | Err((resource, _)) => resource,
            };
            let _ = bundle.add_resource(resource);
        }
        LocaleCatalog {
            locale,
            bundle,
            messages,
            files: texts,
            resources,
            freshness: Freshness::default(),
        }
    }
}

fn line_col_in(files: &[&SourceFile], path: &str, offset: usize) -> (u32, u32) {
    files
        .iter()
        .find(|f| f.path == path)
        .map(|f| indexed_line_col(&f.text, offset))
        .unwrap_or((1, 1))
}

pub(crate) fn file_problem(
    file: &SourceFile,
    offset: usize,
    code: ProblemCode,
    message: String,
) -> Problem {
    let (line, column) = indexed_line_col(&file.text, offset);
    Problem {
        file: file.path.clone(),
        line,
        column,
        severity: Severity::Error,
        code,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a bundle holding the whole file formats, for every value and attribute.
    fn formatted_by_fluent(locale: &str, text: &str) -> Vec<(String, Option<String>, String)> {
        let locale = parse_locale(locale).unwrap();
        let mut bundle = FluentBundle::new_concurrent(vec![locale.clone()]);
        bundle.set_use_isolating(Direction::of(&locale) == Direction::Rtl);
        let resource = FluentResource::try_new(text.to_owned()).unwrap();
        let mut units = Vec::new();
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                if m.value.is_some() {
                    units.push((m.id.name.to_owned(), None));
                }
                for a in &m.attributes {
                    units.push((m.id.name.to_owned(), Some(a.id.name.to_owned())));
                }
            }
        }
        bundle.add_resource(resource).unwrap();
        let args = test_args();
        units
            .into_iter()
            .map(|(id, attribute)| {
                let message = bundle.get_message(&id).unwrap();
                let pattern = match &attribute {
                    None => message.value().unwrap(),
                    Some(name) => message.get_attribute(name).unwrap().value(),
                };
                let text = bundle.format_pattern(pattern, Some(&args), &mut Vec::new());
                (id, attribute, text.into_owned())
            })
            .collect()
    }

    fn test_args() -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("count", 3);
        args.set("n", 1);
        args
    }

    fn assert_same_as_fluent(locale: &str, text: &str) {
        let file = SourceFile::new(format!("locales/{locale}/x.ftl"), text);
        let mut problems = Vec::new();
        let mut catalog = Catalog::from_files(&[file], &mut problems);
        catalog.forget_syntax();
        let chain = LocaleChain::only(parse_locale(locale).unwrap());
        let args = test_args();
        let expected = formatted_by_fluent(locale, text);
        assert!(!expected.is_empty());
        for (id, attribute, text) in expected {
            let ours = catalog.format(&chain, &id, attribute.as_deref(), Some(&args));
            assert_eq!(
                ours.map(|t| t.text),
                Some(text),
                "{locale}: {id} {attribute:?}"
            );
        }
    }

    #[test]
    fn the_compact_store_formats_exactly_as_fluent() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/fluent");
        for name in ["compact.ftl", "crlf.ftl"] {
            let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
            for locale in ["de", "ar"] {
                assert_same_as_fluent(locale, &text);
            }
        }
    }

    #[cfg(feature = "sample")]
    #[test]
    fn the_sample_formats_exactly_as_fluent() {
        for file in crate::source::sample_files().fluent {
            let locale = SourceFiles::locale_of(&file.path).unwrap().to_owned();
            assert_same_as_fluent(&locale, &file.text);
        }
    }

    #[test]
    fn plain_texts_are_ranges_and_only_placeables_are_fluent() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/fluent/compact.ftl"
        ))
        .unwrap();
        let file = SourceFile::new("locales/de/x.ftl", text);
        let catalog = Catalog::from_files(&[file], &mut Vec::new());
        let de = &catalog.locales[0];
        let kind = |id: &str, attribute: Option<&str>| match de.messages[id].stored(attribute) {
            Some(Stored::Slice { .. }) => "slice",
            Some(Stored::Joined(_)) => "joined",
            Some(Stored::Fluent) => "fluent",
            None => "none",
        };
        assert_eq!(kind("one-line", None), "slice");
        assert_eq!(kind("one-line", Some("keywords")), "slice");
        assert_eq!(kind("multi-line", None), "joined");
        assert_eq!(kind("with-term", None), "fluent");
        assert_eq!(kind("only-attributes", None), "none");
        // The bundle holds only what needs Fluent and what that refers to.
        assert!(de.bundle.get_message("with-term").is_some());
        assert!(
            de.bundle.get_message("one-line").is_some(),
            "with-message refers to it"
        );
        assert!(de.bundle.get_message("multi-line").is_none());
    }
}
