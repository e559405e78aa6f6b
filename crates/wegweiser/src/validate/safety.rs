//! Text a reader must be able to trust: no control characters or bidi overrides in any
//! value or Fluent text (the CLI would print them to a terminal, a page would show text
//! in another order than stored), and no value of absurd length.

use fluent_syntax::unicode::unescape_unicode_to_string;

use super::checker::Checker;
use crate::kind::Kind;
use crate::l10n::{file_problem, Catalog};
use crate::problem::{ProblemCode, Severity};
use crate::source::SourceFile;
use crate::structure::Seg;
use crate::text::{describe_unsafe, find_unsafe, find_unsafe_in_file};

/// The longest value of the structure file, in characters (a long description belongs
/// in Fluent; a link longer than this is no link a reader can use).
pub const MAX_VALUE_CHARS: usize = 2_000;

impl Checker<'_, '_> {
    /// Every string of the structure: no unsafe characters, at most [`MAX_VALUE_CHARS`].
    pub(super) fn check_strings(&mut self) {
        // One entity at a time: a JSON copy of the whole directory would double its memory.
        let data = self.data;
        if let Ok(value) = serde_json::to_value(&data.directory) {
            self.check_value(&mut vec![Seg::Key("directory")], &value);
        }
        for kind in Kind::ALL {
            for index in 0..data.count(kind) {
                let Some(Ok(value)) = data.entity(kind, index).map(serde_json::to_value) else {
                    continue;
                };
                let mut path = self.entity_path(kind, index);
                self.check_value(&mut path, &value);
            }
        }
        for (index, set) in data.synonyms.iter().enumerate() {
            if let Ok(value) = serde_json::to_value(set) {
                let mut path = self.locator.entity_path("synonyms", index);
                self.check_value(&mut path, &value);
            }
        }
    }

    fn check_value<'a>(&mut self, path: &mut Vec<Seg<'a>>, value: &'a serde_json::Value) {
        match value {
            serde_json::Value::String(text) => {
                if let Some((_, c)) = find_unsafe(text) {
                    self.report(
                        path,
                        Severity::Error,
                        ProblemCode::InvalidValue,
                        format!("this value contains {}: remove it", describe_unsafe(c)),
                    );
                } else if text.contains('\n') {
                    self.report(
                        path,
                        Severity::Error,
                        ProblemCode::InvalidValue,
                        "this value contains a line break: values of the structure are one line (texts go in the Fluent files)".into(),
                    );
                } else if text.chars().count() > MAX_VALUE_CHARS
                    // Links have their own, stricter limit.
                    && !matches!(path.last(), Some(Seg::Key("website")))
                {
                    self.report(
                        path,
                        Severity::Error,
                        ProblemCode::InvalidValue,
                        format!("this value is longer than {MAX_VALUE_CHARS} characters: shorten it (long texts go in the Fluent files)"),
                    );
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    self.check_value(path, item);
                    path.pop();
                }
            }
            serde_json::Value::Object(map) => {
                for (key, item) in map {
                    path.push(Seg::Key(key.as_str()));
                    self.check_value(path, item);
                    path.pop();
                }
            }
            _ => {}
        }
    }

    /// Every Fluent file: no unsafe characters, written raw or as a `\u` escape in a
    /// string literal.
    pub(super) fn check_fluent_characters(&mut self, catalog: &Catalog, files: &[SourceFile]) {
        for file in files {
            if let Some((offset, c)) = find_unsafe_in_file(&file.text) {
                self.problems.push(file_problem(
                    file,
                    offset,
                    ProblemCode::FluentSyntax,
                    format!("the text contains {}: remove it", describe_unsafe(c)),
                ));
            }
        }
        for locale in &catalog.locales {
            for (path, resource) in &locale.resources {
                let Some(file) = files.iter().find(|f| &f.path == path) else {
                    continue;
                };
                // Raw characters are found above; a literal can only add one by escape.
                if !resource.source().contains("\\u") && !resource.source().contains("\\U") {
                    continue;
                }
                let mut literals = Vec::new();
                for entry in resource.entries() {
                    for pattern in crate::l10n::syntax::patterns(entry) {
                        crate::l10n::syntax::string_literals(pattern, &mut literals);
                    }
                }
                for literal in literals {
                    let text = unescape_unicode_to_string(literal);
                    if let Some((_, c)) = find_unsafe(&text) {
                        // The literal borrows from the parsed text, which keeps the file's offsets.
                        let source = resource.source();
                        let offset = (literal.as_ptr() as usize)
                            .checked_sub(source.as_ptr() as usize)
                            .filter(|o| *o <= source.len())
                            .unwrap_or(0);
                        self.problems.push(file_problem(
                            file,
                            offset,
                            ProblemCode::FluentSyntax,
                            format!("a string literal writes {}: remove it", describe_unsafe(c)),
                        ));
                    }
                }
            }
        }
    }
}
