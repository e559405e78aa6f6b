//! The Fluent texts against the entities they belong to: unknown entities and
//! attributes, missing source texts, stray variables and message references.

use std::collections::HashSet;

use rustc_hash::FxHashMap as HashMap;

use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::checker::Checker;
use crate::kind::{ids, Kind};
use crate::l10n::syntax::{walk_pattern, Found};
use crate::l10n::{file_problem, parse_locale, scan_positions, Catalog, LocaleCatalog};
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::SourceFile;
use crate::structure::Seg;
use crate::text::closest;

impl Checker<'_, '_> {
    /// Checks the Fluent texts against the entities: unknown entities and attributes,
    /// variables, references, and the source locale's required texts.
    pub(crate) fn check_texts(&mut self, catalog: &Catalog, files: &[SourceFile]) {
        self.check_fluent_characters(catalog, files);
        self.check_reference_graph(catalog, files);
        let data = self.data;
        let source: Option<LanguageIdentifier> = data.directory.source_locale.parse().ok();
        let mut entity_messages: HashMap<String, Option<Kind>> = HashMap::default();
        entity_messages.insert("directory".into(), None);
        for kind in Kind::ALL {
            for id in ids(data, kind) {
                entity_messages.insert(kind.message_id(id), Some(kind));
            }
        }
        let declared: Vec<String> = data.directory.locales.clone();
        for (i, tag) in declared.iter().enumerate() {
            let has_texts = catalog.locales.iter().any(|l| &l.locale.to_string() == tag);
            if !has_texts && parse_locale(tag).is_ok() {
                self.report(
                    &[Seg::Key("directory"), Seg::Key("locales"), Seg::Index(i)],
                    Severity::Warning,
                    ProblemCode::LocaleMismatch,
                    format!("locale `{tag}` is listed but locales/{tag}/ has no .ftl files: all its texts fall back"),
                );
            }
        }

        let complete = self.complete;
        let found = crate::parallel::map(catalog.locales.iter().collect(), |locale| {
            check_locale(locale, files, &entity_messages, &declared, complete)
        });
        self.problems.extend(found.into_iter().flatten());

        // Every entity needs its text in the source locale.
        let source_catalog = source.as_ref().and_then(|s| catalog.locale(s));
        let source_tag = data.directory.source_locale.clone();
        let directory_ok = source_catalog
            .and_then(|c| c.messages.get("directory"))
            .is_some_and(|m| m.has_value() && m.has(Some("region")));
        if !directory_ok {
            self.report(
                &[Seg::Key("directory")],
                Severity::Error,
                ProblemCode::MissingSourceText,
                format!("the directory needs the message `directory` with a title and `.region` in locales/{source_tag}/"),
            );
        }
        for kind in Kind::ALL {
            for (index, id) in ids(data, kind).into_iter().enumerate() {
                let message_id = kind.message_id(id);
                let info = source_catalog.and_then(|c| c.messages.get(&message_id));
                let mut missing: Vec<String> = Vec::new();
                if kind.needs_text() && !info.is_some_and(|i| i.has_value()) {
                    missing.push("a value".into());
                }
                for attribute in kind.required_attributes() {
                    if !info.is_some_and(|i| i.has(Some(attribute))) {
                        missing.push(format!("`.{attribute}`"));
                    }
                }
                if !missing.is_empty() {
                    let mut path = self.entity_path(kind, index);
                    path.push(Seg::Key("id"));
                    self.report(
                        &path,
                        Severity::Error,
                        ProblemCode::MissingSourceText,
                        format!(
                            "{kind} `{id}` has no {source_tag} text: message `{message_id}` in locales/{source_tag}/ needs {}",
                            missing.join(" and ")
                        ),
                    );
                }
            }
        }
    }
}

/// The checks of one locale's files: unknown entities, attributes, variables and
/// references. Locales are independent: they are checked in parallel.
fn check_locale(
    locale: &LocaleCatalog,
    files: &[SourceFile],
    entity_messages: &HashMap<String, Option<Kind>>,
    declared: &[String],
    complete: bool,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let tag = locale.locale.to_string();
    if !declared.contains(&tag) {
        if let Some((path, _)) = locale.resources.first() {
            let file = files.iter().find(|f| &f.path == path);
            if let Some(file) = file {
                let mut problem = file_problem(
                        file,
                        0,
                        ProblemCode::LocaleMismatch,
                        format!("locale `{tag}` has texts but is not listed in directory.locales: add it there"),
                    );
                problem.severity = Severity::Warning;
                problems.push(problem);
            }
        }
    }
    let terms: HashSet<&str> = locale
        .resources
        .iter()
        .flat_map(|(_, r)| r.entries())
        .filter_map(|e| match e {
            ast::Entry::Term(t) => Some(t.id.name),
            _ => None,
        })
        .collect();
    for (path, resource) in &locale.resources {
        let Some(file) = files.iter().find(|f| &f.path == path) else {
            continue;
        };
        let positions = scan_positions(&file.text);
        for entry in resource.entries() {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name, m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (t.id.name, Some(&t.value), &t.attributes),
                _ => continue,
            };
            let is_term = matches!(entry, ast::Entry::Term(_));
            let offset = if is_term {
                // The id borrows from the parsed text, which keeps the file's
                // offsets: its place without a search (`-` comes before it).
                let source = resource.source();
                (id.as_ptr() as usize)
                    .saturating_sub(source.as_ptr() as usize)
                    .saturating_sub(1)
                    .min(source.len())
            } else {
                positions.message(id).unwrap_or(0)
            };
            if !is_term {
                match entity_messages.get(id) {
                    // The entity may be in the part a syntax error hid.
                    None if !complete => {}
                    None => {
                        let hint = closest(id, entity_messages.keys().map(String::as_str))
                            .map(|s| format!(" (did you mean `{s}`?)"))
                            .unwrap_or_default();
                        problems.push(file_problem(
                                file,
                                offset,
                                ProblemCode::UnknownEntity,
                                format!(
                                    "message `{id}` belongs to no entity{hint}: message ids are <kind>-<id>, e.g. service-mbe-forst"
                                ),
                            ));
                    }
                    Some(kind) => {
                        let allowed: Vec<&str> = match kind {
                            Some(kind) => kind.attributes().collect(),
                            None => vec!["region", "motto", "description", "demo-notice"],
                        };
                        for attribute in attributes.iter() {
                            let name = attribute.id.name;
                            let known = match kind {
                                Some(kind) => kind.allows_attribute(name),
                                None => allowed.contains(&name),
                            };
                            if !known {
                                let at = positions.attribute(id, name).unwrap_or(offset);
                                let hint = closest(name, allowed.iter().copied())
                                    .map(|s| format!(" (did you mean `.{s}`?)"))
                                    .unwrap_or_default();
                                let mut problem = file_problem(
                                    file,
                                    at,
                                    ProblemCode::UnknownAttribute,
                                    format!(
                                        "`{id}` has unknown attribute `.{name}`{hint}; known: {}",
                                        allowed
                                            .iter()
                                            .map(|a| format!(".{a}"))
                                            .collect::<Vec<_>>()
                                            .join(", ")
                                    ),
                                );
                                problem.severity = Severity::Warning;
                                problems.push(problem);
                            }
                        }
                    }
                }
            }
            let mut patterns: Vec<(Option<&str>, &ast::Pattern<&str>)> = Vec::new();
            if let Some(value) = value {
                patterns.push((None, value));
            }
            patterns.extend(attributes.iter().map(|a| (Some(a.id.name), &a.value)));
            for (attribute, pattern) in patterns {
                let at = attribute
                    .and_then(|a| positions.attribute(id, a))
                    .unwrap_or(offset);
                let mut found = Vec::new();
                walk_pattern(pattern, &mut found);
                for reference in found {
                    let problem = match reference {
                            Found::Variable(name) => Some((
                                ProblemCode::UnknownVariable,
                                format!("`{id}` uses variable `${name}`, but data texts get no variables: write the text out"),
                            )),
                            Found::Message(name) if !locale.messages.contains_key(name) => Some((
                                ProblemCode::UnknownMessageReference,
                                format!("`{id}` refers to message `{name}`, which locale `{tag}` does not have"),
                            )),
                            Found::Term(name) if !terms.contains(name) => Some((
                                ProblemCode::UnknownMessageReference,
                                format!("`{id}` refers to term `-{name}`, which locale `{tag}` does not define"),
                            )),
                            _ => None,
                        };
                    if let Some((code, message)) = problem {
                        problems.push(file_problem(file, at, code, message));
                    }
                }
            }
        }
    }
    problems
}
