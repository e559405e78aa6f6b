//! Fluent messages of every locale of a directory, with per-message fallback along a
//! chain and problems with file, line and column.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::chain::LocaleChain;
use super::nesting::{limit_nesting, MAX_FLUENT_NESTING};
use super::positions::scan_positions;
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
    pub has_value: bool,
    /// Attribute names with their byte offsets; the names are shared across messages.
    pub attributes: Vec<(Arc<str>, usize)>,
    pub machine_translated: bool,
}

impl MessageInfo {
    pub(crate) fn has(&self, attribute: Option<&str>) -> bool {
        match attribute {
            None => self.has_value,
            Some(name) => self.attributes.iter().any(|(a, _)| &**a == name),
        }
    }
}

/// The Fluent messages of one locale.
pub(crate) struct LocaleCatalog {
    pub locale: LanguageIdentifier,
    pub bundle: FluentBundle<Arc<FluentResource>>,
    pub messages: HashMap<String, MessageInfo>,
    pub resources: Vec<(String, Arc<FluentResource>)>,
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
        let mut locales = Vec::new();
        for (folder, files) in by_locale {
            let locale = match parse_locale(&folder) {
                Ok(locale) if locale.to_string() == folder => locale,
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
                    continue;
                }
            };
            locales.push(LocaleCatalog::from_files(locale, &files, problems));
        }
        Catalog { locales }
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
            if !info.has(attribute) {
                continue;
            }
            let message = catalog.bundle.get_message(id)?;
            let pattern = match attribute {
                None => message.value()?,
                Some(name) => message.get_attribute(name)?.value(),
            };
            let mut errors = Vec::new();
            let text = catalog.bundle.format_pattern(pattern, args, &mut errors);
            return Some(LocalizedText {
                text: text.into_owned(),
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
    fn from_files(
        locale: LanguageIdentifier,
        files: &[&SourceFile],
        problems: &mut Vec<Problem>,
    ) -> LocaleCatalog {
        let mut bundle = FluentBundle::new_concurrent(vec![locale.clone()]);
        // Isolation marks keep placeables readable inside right-to-left text; in
        // left-to-right text they would only be noise in terminals and search.
        bundle.set_use_isolating(Direction::of(&locale) == Direction::Rtl);
        let mut messages: HashMap<String, MessageInfo> = HashMap::new();
        let mut resources = Vec::new();
        let mut names = Names::default();
        for file in files {
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
            for entry in resource.entries() {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let id = message.id.name.to_owned();
                let offset = positions.message(&id).unwrap_or(0);
                let info = MessageInfo {
                    file: Arc::clone(&path),
                    offset,
                    has_value: message.value.is_some(),
                    attributes: message
                        .attributes
                        .iter()
                        .map(|a| {
                            let at = positions.attribute(&id, a.id.name).unwrap_or(offset);
                            (names.get(a.id.name), at)
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
                messages.insert(id, info);
            }
            let resource = Arc::new(resource);
            // Overriding errors are the duplicates reported above.
            let _ = bundle.add_resource(Arc::clone(&resource));
            resources.push((file.path.clone(), resource));
        }
        LocaleCatalog {
            locale,
            bundle,
            messages,
            resources,
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
