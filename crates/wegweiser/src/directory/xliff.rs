//! The directory's side of XLIFF (`crate::xliff`): which texts of a locale go out to a
//! translation agency, and how what comes back is checked and written into its Fluent
//! files, without writing anything when one unit is wrong.

use std::collections::BTreeMap;

use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::freshness::lock_file;
use super::status::TextStatus;
use super::Directory;
use crate::error::{Error, Result};
use crate::l10n::{parse_locale, split_key, stamp_of, unit_key};
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::{line_col, SourceFile};
use crate::xliff::{read_xliff, write_xliff, Content, XliffDocument, XliffUnit};

/// What an XLIFF file would change: the Fluent files (and the locale's lock) to write,
/// or the problems that keep anything from being written.
#[derive(Debug, Clone, PartialEq)]
pub struct XliffImport {
    pub locale: String,
    /// Changed and new files, paths relative to the directory; empty when `problems`
    /// has an error.
    pub files: Vec<SourceFile>,
    /// Units imported.
    pub imported: usize,
    pub problems: Vec<Problem>,
}

impl Directory {
    /// The texts of `locale` whose state is in `only` (missing and outdated when empty)
    /// as an XLIFF 2.0 document, the source locale's texts as sources and today's
    /// translations, where there are any, as targets.
    pub fn xliff_export(&self, locale: &str, only: &[TextStatus]) -> Result<String> {
        let tag = parse_locale(locale)?;
        if &tag == self.source_locale() {
            return Err(Error::InvalidArgument(format!(
                "`{tag}` is the source locale: export a locale to translate into"
            )));
        }
        let only = if only.is_empty() {
            &[TextStatus::Missing, TextStatus::Outdated][..]
        } else {
            only
        };
        let status = self.l10n_status();
        let texts = status
            .locales
            .iter()
            .find(|l| l.locale == tag.to_string())
            .map(|l| l.texts.as_slice())
            .unwrap_or_default();
        let mut units = Vec::new();
        for text in texts.iter().filter(|t| only.contains(&t.status)) {
            let attribute = text.attribute.as_deref();
            let Some(source) = self.content(self.source_locale(), &text.message, attribute) else {
                continue;
            };
            let target = match text.status {
                TextStatus::Missing => None,
                _ => self.content(&tag, &text.message, attribute),
            };
            units.push(XliffUnit {
                id: unit_key(&text.message, attribute),
                state: status_name(text.status).to_owned(),
                previous_source: text.source_before.clone(),
                source,
                target,
                offset: 0,
            });
        }
        Ok(write_xliff(&XliffDocument {
            source_locale: self.source_locale().to_string(),
            target_locale: tag.to_string(),
            original: self.metadata().id.clone(),
            units,
        }))
    }

    /// Reads an XLIFF 2.0 file (`path` names it in problems) and works out the Fluent
    /// files that take its translations. Every unit is checked: its id must be a source
    /// text, its codes those of the source, its target valid Fluent, and the directory with
    /// the new files must load without new errors. Translations of today's source text
    /// are stamped as current in the locale's `l10n.lock`.
    pub fn xliff_import(&self, path: &str, text: &str) -> Result<XliffImport> {
        let (document, mut problems) = read_xliff(path, text);
        let at = |offset: usize, message: String| {
            let (line, column) = line_col(text, offset);
            Problem {
                file: path.to_owned(),
                line,
                column,
                severity: Severity::Error,
                code: ProblemCode::InvalidValue,
                message,
            }
        };
        let mut result = XliffImport {
            locale: document.target_locale.clone(),
            files: Vec::new(),
            imported: 0,
            problems: Vec::new(),
        };
        if problems.iter().any(Problem::is_error) {
            result.problems = problems;
            return Ok(result);
        }
        let tag = match parse_locale(&document.target_locale) {
            Ok(tag) if self.metadata().locales.contains(&tag.to_string()) => tag,
            _ => {
                problems.push(at(0, format!("trgLang `{}` is not one of the directory's locales ({}): add it to directory.locales first", document.target_locale, self.metadata().locales.join(", "))));
                result.problems = problems;
                return Ok(result);
            }
        };
        // message → (attribute → Fluent value), and what to stamp.
        let mut updates: BTreeMap<String, Vec<(Option<String>, String)>> = BTreeMap::new();
        let mut stamps = self.stamps_of(&tag.to_string());
        for unit in &document.units {
            let Some(target) = unit.target.as_ref().filter(|t| !is_empty(t)) else {
                continue;
            };
            let (message, attribute) = split_key(&unit.id);
            let Some(source) = self.content(self.source_locale(), message, attribute) else {
                problems.push(at(unit.offset, format!("unit `{}` is no text of the source locale: was it renamed? It is not imported", unit.id)));
                continue;
            };
            let (mut expected, mut found) = (source.codes(), target.codes());
            expected.sort_unstable();
            found.sort_unstable();
            if !source.whole_pattern && expected != found {
                problems.push(at(unit.offset, format!("unit `{}`: the target must keep the codes of the source ({}), it has ({}); put back what was removed", unit.id, expected.join(", "), found.join(", "))));
                continue;
            }
            let value = target.to_fluent();
            let check = format!("x = {value}\n");
            if fluent_syntax::parser::parse(check.as_str()).is_err() {
                problems.push(at(unit.offset, format!("unit `{}`: the target is not a valid Fluent pattern: check the braces and variants", unit.id)));
                continue;
            }
            let current = self.source_text(message, attribute).unwrap_or_default();
            if unit.source == source {
                stamps.insert(unit.id.clone(), stamp_of(&current));
            }
            updates
                .entry(message.to_owned())
                .or_default()
                .push((attribute.map(str::to_owned), value));
            result.imported += 1;
        }
        if problems.iter().any(Problem::is_error) {
            result.problems = problems;
            result.imported = 0;
            return Ok(result);
        }
        // Entries are rewritten from the end of each file backwards, so that the offsets
        // of those before stay true; new entries are appended after them.
        let mut places: Vec<Place<'_>> = updates
            .iter()
            .map(|(message, texts)| {
                let (path, offset) = self.place_of(&tag, message);
                (path, offset, message, texts)
            })
            .collect();
        places.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut files: BTreeMap<String, String> = BTreeMap::new();
        for (path, offset, message, texts) in &places {
            let file = files.entry(path.clone()).or_insert_with(|| {
                self.sources()
                    .fluent
                    .iter()
                    .find(|f| &f.path == path)
                    .map(|f| f.text.to_string())
                    .unwrap_or_default()
            });
            *file = set_texts(file, message, *offset, texts);
        }
        let mut changed: Vec<SourceFile> = files
            .into_iter()
            .map(|(path, text)| SourceFile::new(path, text))
            .collect();
        let lock = lock_file(&tag.to_string(), &stamps);
        changed.push(self.source_lock(std::slice::from_ref(&lock)));
        changed.push(lock);
        // The directory as it would be: no new errors, or nothing is written.
        let mut sources = self.sources().clone();
        for file in &changed {
            sources.replace(file.clone());
        }
        let (_, after) = Directory::from_sources_lenient(sources)?;
        let new_errors: Vec<Problem> = after
            .into_iter()
            .filter(|p| p.is_error() && changed.iter().any(|f| f.path == p.file))
            .collect();
        if !new_errors.is_empty() {
            problems.extend(new_errors);
            result.problems = problems;
            result.imported = 0;
            return Ok(result);
        }
        result.files = changed;
        result.problems = problems;
        Ok(result)
    }

    /// A text as XLIFF content: plain, or from the Fluent pattern.
    fn content(
        &self,
        locale: &LanguageIdentifier,
        message: &str,
        attribute: Option<&str>,
    ) -> Option<Content> {
        let catalog = self.catalog().locale(locale)?;
        let stored = catalog.messages.get(message)?.stored(attribute)?;
        if let Some(text) = stored.plain(&catalog.files) {
            return Some(Content::text(text));
        }
        let fluent = catalog.bundle.get_message(message)?;
        let pattern = match attribute {
            None => fluent.value()?,
            Some(name) => fluent.get_attribute(name)?.value(),
        };
        Some(Content::of_pattern(pattern))
    }

    /// The file a message of `locale` is in (and its offset), or the file it goes in: the
    /// one named like the source locale's file that has it.
    fn place_of(&self, locale: &LanguageIdentifier, message: &str) -> (String, Option<usize>) {
        if let Some(info) = self
            .catalog()
            .locale(locale)
            .and_then(|c| c.messages.get(message))
        {
            return (info.file.to_string(), Some(info.offset));
        }
        let name = self
            .catalog()
            .locale(self.source_locale())
            .and_then(|c| c.messages.get(message))
            .and_then(|info| info.file.rsplit('/').next().map(str::to_owned))
            .unwrap_or_else(|| "translations.ftl".to_owned());
        (format!("locales/{locale}/{name}"), None)
    }
}

/// Where a message's new texts go: file, entry offset (none: appended), id, texts.
type Place<'a> = (
    String,
    Option<usize>,
    &'a String,
    &'a Vec<(Option<String>, String)>,
);

fn is_empty(content: &Content) -> bool {
    content
        .parts
        .iter()
        .all(|p| matches!(p, crate::xliff::Part::Text(t) if t.trim().is_empty()))
}

fn status_name(status: TextStatus) -> &'static str {
    match status {
        TextStatus::Source => "source",
        TextStatus::Translated => "translated",
        TextStatus::MachineTranslated => "machine-translated",
        TextStatus::Outdated => "outdated",
        TextStatus::Missing => "missing",
    }
}

/// `text` with `message`'s value or attributes set to `values` (Fluent sources): the
/// entry at `offset` is rewritten in place, or a new one is appended.
fn set_texts(
    text: &str,
    message: &str,
    offset: Option<usize>,
    values: &[(Option<String>, String)],
) -> String {
    let (start, end) = match offset {
        Some(start) if start < text.len() => (start, entry_end(text, start)),
        _ => (text.len(), text.len()),
    };
    let existing = &text[start..end];
    let parsed = fluent_syntax::parser::parse(existing).unwrap_or_else(|(r, _)| r);
    let mut entry = parsed
        .body
        .into_iter()
        .find_map(|e| match e {
            ast::Entry::Message(m) if m.id.name == message => Some(m),
            _ => None,
        })
        .unwrap_or(ast::Message {
            id: ast::Identifier { name: message },
            value: None,
            attributes: Vec::new(),
            comment: None,
        });
    let sources: Vec<String> = values.iter().map(|(_, v)| format!("x = {v}\n")).collect();
    let parsed: Vec<_> = sources
        .iter()
        .map(|s| fluent_syntax::parser::parse(s.as_str()).unwrap_or_else(|(r, _)| r))
        .collect();
    for ((attribute, _), resource) in values.iter().zip(&parsed) {
        let Some(ast::Entry::Message(new)) = resource.body.first() else {
            continue;
        };
        let Some(pattern) = new.value.clone() else {
            continue;
        };
        match attribute {
            None => entry.value = Some(pattern),
            Some(name) => match entry.attributes.iter_mut().find(|a| a.id.name == name) {
                Some(existing) => existing.value = pattern,
                None => entry.attributes.push(ast::Attribute {
                    id: ast::Identifier {
                        name: name.as_str(),
                    },
                    value: pattern,
                }),
            },
        }
    }
    let rendered = fluent_syntax::serializer::serialize(&ast::Resource {
        body: vec![ast::Entry::Message(entry)],
    });
    let mut out = String::with_capacity(text.len() + rendered.len() + 2);
    out.push_str(&text[..start]);
    if offset.is_none() && !out.is_empty() {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push('\n');
    }
    out.push_str(&rendered);
    out.push_str(&text[end..]);
    out
}

/// Where the entry starting at `start` ends: before the next line that starts in the
/// first column (an entry's later lines are indented), blank lines left outside.
fn entry_end(text: &str, start: usize) -> usize {
    let mut offset = start;
    let mut end = start;
    for (i, line) in text[start..].split_inclusive('\n').enumerate() {
        let first = line.chars().next();
        if i > 0 && first.is_some_and(|c| c != ' ' && c != '\n' && c != '\r') {
            break;
        }
        offset += line.len();
        if !line.trim().is_empty() {
            end = offset;
        }
    }
    end
}
