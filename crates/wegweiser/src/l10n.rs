//! Localization with Fluent: catalogs of messages per locale, language negotiation,
//! per-message fallback and the locale every text actually came from.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::error::{Error, Result};
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::{line_col, SourceFile, SourceFiles};

/// Writing direction of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalizedText {
    pub text: String,
    pub locale: String,
    pub direction: Direction,
    pub fallback: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub machine_translated: bool,
}

impl std::fmt::Display for LocalizedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// Parses a BCP 47 tag such as `de`, `dsb`, `fa-AF`.
pub fn parse_locale(tag: &str) -> Result<LanguageIdentifier> {
    let tag = tag.trim();
    // POSIX forms from LANG such as `de_DE.UTF-8`.
    let cleaned = tag
        .split(['.', '@'])
        .next()
        .unwrap_or(tag)
        .replace('_', "-");
    if cleaned.is_empty()
        || cleaned.eq_ignore_ascii_case("c")
        || cleaned.eq_ignore_ascii_case("posix")
    {
        return Err(Error::Locale {
            tag: tag.to_owned(),
        });
    }
    cleaned
        .parse::<LanguageIdentifier>()
        .ok()
        .filter(|id| id.language.as_str() != "und")
        .ok_or_else(|| Error::Locale {
            tag: tag.to_owned(),
        })
}

/// The ordered list of locales texts are looked up in: what was asked for (as far as it
/// is available), its more general forms, then the source locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleChain {
    locales: Vec<LanguageIdentifier>,
    /// The first locale asked for, which may be missing from `locales`.
    wanted: Option<LanguageIdentifier>,
}

impl LocaleChain {
    /// Negotiates `requested` (best first) against `available`, ending in `source`.
    pub fn negotiate(
        requested: &[LanguageIdentifier],
        available: &[LanguageIdentifier],
        source: &LanguageIdentifier,
    ) -> LocaleChain {
        let mut locales: Vec<LanguageIdentifier> = Vec::new();
        for wanted in requested {
            let matches = fluent_langneg::negotiate_languages(
                std::slice::from_ref(wanted),
                available,
                None,
                fluent_langneg::NegotiationStrategy::Filtering,
            );
            for found in matches {
                if !locales.contains(found) {
                    locales.push(found.clone());
                }
            }
        }
        if !locales.contains(source) {
            locales.push(source.clone());
        }
        LocaleChain {
            locales,
            wanted: requested.first().cloned(),
        }
    }

    /// Whether a text in `locale` is a fallback for the reader: not in the language they
    /// asked for first (`fa` text for `fa-AF` is not a fallback).
    pub fn is_fallback(&self, locale: &LanguageIdentifier) -> bool {
        match &self.wanted {
            Some(wanted) => wanted.language != locale.language,
            None => locale != self.primary(),
        }
    }

    /// A chain of exactly one locale: no fallback.
    pub(crate) fn only(locale: LanguageIdentifier) -> LocaleChain {
        LocaleChain {
            wanted: Some(locale.clone()),
            locales: vec![locale],
        }
    }

    /// Parses an HTTP `Accept-Language` header (`dsb, de;q=0.8, *;q=0.1`) and negotiates.
    pub fn from_accept_language(
        header: &str,
        available: &[LanguageIdentifier],
        source: &LanguageIdentifier,
    ) -> LocaleChain {
        let requested = fluent_langneg::accepted_languages::parse(header);
        Self::negotiate(&requested, available, source)
    }

    /// The locales in lookup order.
    pub fn locales(&self) -> &[LanguageIdentifier] {
        &self.locales
    }

    /// The locale texts are wanted in (the first of the chain).
    pub fn primary(&self) -> &LanguageIdentifier {
        &self.locales[0]
    }
}

/// Where a message stands in its file, and what it has.
#[derive(Debug, Clone)]
pub(crate) struct MessageInfo {
    pub file: String,
    pub offset: usize,
    pub has_value: bool,
    /// Attribute names with their byte offsets.
    pub attributes: Vec<(String, usize)>,
    pub machine_translated: bool,
}

impl MessageInfo {
    pub(crate) fn has(&self, attribute: Option<&str>) -> bool {
        match attribute {
            None => self.has_value,
            Some(name) => self.attributes.iter().any(|(a, _)| a == name),
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

/// Fluent messages in several locales, with per-message fallback.
pub(crate) struct Catalog {
    pub locales: Vec<LocaleCatalog>,
}

/// Marker in a comment that says a translation was made by a machine.
const MACHINE_TRANSLATED: &str = "machine-translated";

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
        for file in files {
            let resource = match FluentResource::try_new(file.text.clone()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for error in errors {
                        problems.push(file_problem(
                            file,
                            error.pos.start,
                            ProblemCode::FluentSyntax,
                            format!("Fluent syntax: {}", error.kind),
                        ));
                    }
                    resource
                }
            };
            let positions = scan_positions(&file.text);
            let whole_file_machine = positions.whole_file_machine;
            for entry in resource.entries() {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let id = message.id.name.to_owned();
                let offset = positions.message(&id).unwrap_or(0);
                let info = MessageInfo {
                    file: file.path.clone(),
                    offset,
                    has_value: message.value.is_some(),
                    attributes: message
                        .attributes
                        .iter()
                        .map(|a| {
                            let name = a.id.name.to_owned();
                            let at = positions.attribute(&id, &name).unwrap_or(offset);
                            (name, at)
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
        .map(|f| f.line_col(offset))
        .unwrap_or((1, 1))
}

pub(crate) fn file_problem(
    file: &SourceFile,
    offset: usize,
    code: ProblemCode,
    message: String,
) -> Problem {
    let (line, column) = line_col(&file.text, offset);
    Problem {
        file: file.path.clone(),
        line,
        column,
        severity: Severity::Error,
        code,
        message,
    }
}

/// Byte offsets of messages and attributes, found by scanning lines (the Fluent AST
/// carries no positions). Repeated ids keep every occurrence, in order.
#[derive(Default)]
pub(crate) struct Positions {
    messages: HashMap<String, Vec<usize>>,
    attributes: HashMap<(String, String), usize>,
    /// Messages whose comment says `machine-translated`.
    pub machine: std::collections::HashSet<String>,
    /// A resource comment (`###`) says the whole file is machine-translated.
    pub whole_file_machine: bool,
}

impl Positions {
    pub(crate) fn message(&self, id: &str) -> Option<usize> {
        self.messages.get(id).and_then(|v| v.last().copied())
    }

    pub(crate) fn attribute(&self, id: &str, attribute: &str) -> Option<usize> {
        self.attributes
            .get(&(id.to_owned(), attribute.to_owned()))
            .copied()
    }
}

pub(crate) fn scan_positions(text: &str) -> Positions {
    let mut positions = Positions::default();
    let mut current: Option<String> = None;
    let mut offset = 0;
    // A `#` comment directly above a message belongs to it (Fluent's rule).
    let mut comment_marks_machine = false;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if let Some(comment) = line.strip_prefix('#') {
            let (level, content) = match comment.strip_prefix("##") {
                Some(rest) => (3, rest),
                None => match comment.strip_prefix('#') {
                    Some(rest) => (2, rest),
                    None => (1, comment),
                },
            };
            let marks = content.trim().eq_ignore_ascii_case(MACHINE_TRANSLATED);
            match level {
                3 => positions.whole_file_machine |= marks,
                1 => comment_marks_machine |= marks,
                _ => comment_marks_machine = false,
            }
            current = None;
            continue;
        }
        if line.trim().is_empty() {
            comment_marks_machine = false;
        }
        let identifier = |s: &str| -> Option<(String, usize)> {
            let end = s
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(s.len());
            let (name, rest) = s.split_at(end);
            (!name.is_empty() && rest.trim_start().starts_with('=')).then(|| (name.to_owned(), end))
        };
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            if let Some((name, _)) = identifier(line) {
                positions
                    .messages
                    .entry(name.clone())
                    .or_default()
                    .push(start);
                if std::mem::take(&mut comment_marks_machine) {
                    positions.machine.insert(name.clone());
                }
                current = Some(name);
                continue;
            }
        }
        if line.starts_with('-') {
            comment_marks_machine = false;
            current = None;
            continue;
        }
        let trimmed = line.trim_start();
        if line.starts_with([' ', '\t']) && trimmed.starts_with('.') {
            if let (Some(message), Some((attribute, _))) = (&current, identifier(&trimmed[1..])) {
                let indent = line.len() - trimmed.len();
                positions
                    .attributes
                    .entry((message.clone(), attribute))
                    .or_insert(start + indent);
            }
        } else if !line.trim().is_empty() && !line.starts_with([' ', '\t']) {
            current = None;
        }
    }
    positions
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(tags: &[&str]) -> Vec<LanguageIdentifier> {
        tags.iter().map(|t| t.parse().unwrap()).collect()
    }

    #[test]
    fn chains_end_in_the_source() {
        let available = ids(&["de", "dsb", "fa", "ar", "en"]);
        let de: LanguageIdentifier = "de".parse().unwrap();
        let chain = |wanted: &[&str]| {
            LocaleChain::negotiate(&ids(wanted), &available, &de)
                .locales()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(chain(&["dsb"]), ["dsb", "de"]);
        assert_eq!(chain(&["fa-AF"]), ["fa", "de"]);
        assert_eq!(chain(&["en-GB", "ar"]), ["en", "ar", "de"]);
        assert_eq!(chain(&["zh"]), ["de"]);
    }

    #[test]
    fn posix_locales_are_understood() {
        assert_eq!(parse_locale("de_DE.UTF-8").unwrap().to_string(), "de-DE");
        assert!(parse_locale("C").is_err());
        assert!(parse_locale("not a tag").is_err());
    }

    #[test]
    fn machine_translation_markers() {
        let text = "### machine-translated\n";
        assert!(scan_positions(text).whole_file_machine);
        let text = "# machine-translated\na = A\n\n# machine-translated\n\nb = B\n## machine-translated\nc = C\n# note\n# machine-translated\nd = D\n";
        let p = scan_positions(text);
        assert!(!p.whole_file_machine);
        let mut marked: Vec<&String> = p.machine.iter().collect();
        marked.sort();
        // `b` is separated from its comment by a blank line; `##` is a group comment.
        assert_eq!(marked, ["a", "d"]);
    }

    #[test]
    fn positions_of_messages_and_attributes() {
        let text = "# c\nservice-a = A\n    .description = D\n-term = T\nservice-b =\n    .x = y\n";
        let p = scan_positions(text);
        assert_eq!(p.message("service-a"), Some(4));
        assert_eq!(p.attribute("service-a", "description"), Some(22));
        assert_eq!(
            line_col(text, p.attribute("service-b", "x").unwrap()),
            (6, 5)
        );
    }
}
