//! Checks across the whole directory: ids, references, values, and the Fluent texts
//! against the entities they belong to.

use std::collections::{HashMap, HashSet};

use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::checks::{check_email, check_url, normalize_phone};
use crate::kind::{ids, is_valid_id, references, Kind};
use crate::l10n::{file_problem, parse_locale, scan_positions, Catalog};
use crate::model::{DirectoryData, MunicipalityKind, OpeningHours};
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::SourceFile;
use crate::structure::{closest, Locator, Seg};

pub(crate) struct Checker<'a, 't> {
    pub data: &'a DirectoryData,
    pub locator: &'a Locator<'t>,
    pub problems: &'a mut Vec<Problem>,
}

impl Checker<'_, '_> {
    fn report(&mut self, path: &[Seg<'_>], severity: Severity, code: ProblemCode, message: String) {
        let span = self.locator.span(path);
        self.problems
            .push(self.locator.problem(span, severity, code, message));
    }

    fn entity_path(&self, kind: Kind, index: usize) -> Vec<Seg<'static>> {
        self.locator.entity_path(kind.array(), index)
    }

    /// Runs every structural check.
    pub(crate) fn check_structure(&mut self, has_metadata: bool) {
        if has_metadata {
            self.check_metadata();
        }
        self.check_ids();
        self.check_references();
        self.check_values();
    }

    fn check_metadata(&mut self) {
        let meta = &self.data.directory;
        let path = |key: &'static str| [Seg::Key("directory"), Seg::Key(key)];
        for (i, tag) in meta.locales.iter().enumerate() {
            if parse_locale(tag).ok().map(|l| l.to_string()).as_ref() != Some(tag) {
                self.report(
                    &[Seg::Key("directory"), Seg::Key("locales"), Seg::Index(i)],
                    Severity::Error,
                    ProblemCode::InvalidLocale,
                    format!("`{tag}` is not a language tag in canonical form (like `de`, `dsb`, `fa-AF`)"),
                );
            }
        }
        if !meta.locales.contains(&meta.source_locale) {
            self.report(
                &path("locales"),
                Severity::Error,
                ProblemCode::LocaleMismatch,
                format!(
                    "`locales` must include the source locale `{}`",
                    meta.source_locale
                ),
            );
        }
        if meta.country_code.is_empty()
            || meta.country_code.len() > 3
            || !meta.country_code.bytes().all(|b| b.is_ascii_digit())
            || meta.country_code.starts_with('0')
        {
            self.report(
                &path("country_code"),
                Severity::Error,
                ProblemCode::InvalidValue,
                format!(
                    "country_code `{}` must be a calling code without + (like \"49\")",
                    meta.country_code
                ),
            );
        }
        if !is_valid_id(&meta.id) {
            self.report(
                &path("id"),
                Severity::Error,
                ProblemCode::InvalidId,
                id_message(&meta.id),
            );
        }
    }

    fn check_ids(&mut self) {
        for kind in Kind::ALL {
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for (index, id) in ids(self.data, kind).into_iter().enumerate() {
                let mut path = self.entity_path(kind, index);
                path.push(Seg::Key("id"));
                if !is_valid_id(id) {
                    self.report(
                        &path,
                        Severity::Error,
                        ProblemCode::InvalidId,
                        id_message(id),
                    );
                }
                if let Some(first) = seen.get(id) {
                    let mut first_path = self.entity_path(kind, *first);
                    first_path.push(Seg::Key("id"));
                    let (line, _) = self
                        .locator
                        .file()
                        .line_col(self.locator.span(&first_path).start);
                    self.report(
                        &path,
                        Severity::Error,
                        ProblemCode::DuplicateId,
                        format!("duplicate {kind} id `{id}` (first defined on line {line}): give each {kind} its own id"),
                    );
                } else {
                    seen.insert(id, index);
                }
            }
        }
    }

    fn check_references(&mut self) {
        let known: HashMap<Kind, HashSet<&str>> = Kind::ALL
            .into_iter()
            .map(|k| (k, ids(self.data, k).into_iter().collect()))
            .collect();
        for kind in Kind::ALL {
            for index in 0..ids(self.data, kind).len() {
                for reference in references(self.data, kind, index) {
                    let mut path = self.entity_path(kind, index);
                    path.push(Seg::Key(reference.key));
                    if let Some(i) = reference.index {
                        path.push(Seg::Index(i));
                    }
                    let targets = &known[&reference.target];
                    if !targets.contains(reference.id) {
                        let hint = closest(reference.id, targets.iter().copied())
                            .map(|s| format!(" (did you mean `{s}`?)"))
                            .unwrap_or_default();
                        self.report(
                            &path,
                            Severity::Error,
                            ProblemCode::UnknownReference,
                            format!(
                                "`{}` of {kind} `{}` names {} `{}`, which does not exist{hint}",
                                reference.key,
                                ids(self.data, kind)[index],
                                reference.target,
                                reference.id
                            ),
                        );
                    }
                }
            }
        }
        // An Amt reference must name an Amt.
        for (index, municipality) in self.data.municipalities.iter().enumerate() {
            let Some(amt) = &municipality.amt else {
                continue;
            };
            let target = self.data.municipalities.iter().find(|m| &m.id == amt);
            if let Some(target) = target.filter(|t| t.kind != MunicipalityKind::Amt) {
                let mut path = self.entity_path(Kind::Municipality, index);
                path.push(Seg::Key("amt"));
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::UnknownReference,
                    format!(
                        "`amt` of `{}` names `{}`, which is a {}, not an Amt",
                        municipality.id,
                        target.id,
                        target.kind.as_str()
                    ),
                );
            }
        }
    }

    fn check_values(&mut self) {
        let data = self.data;
        let country = data.directory.country_code.clone();
        let demo = data.directory.demo;
        for (index, contact) in data.contacts.iter().enumerate() {
            let base = self.entity_path(Kind::Contact, index);
            let at = |key: &'static str, i: Option<usize>| {
                let mut p = base.clone();
                p.push(Seg::Key(key));
                if let Some(i) = i {
                    p.push(Seg::Index(i));
                }
                p
            };
            for (i, phone) in contact.phones.iter().enumerate() {
                if let Err(why) = normalize_phone(phone, &country) {
                    self.report(
                        &at("phones", Some(i)),
                        Severity::Error,
                        ProblemCode::InvalidPhone,
                        format!(
                            "phone `{phone}` of contact `{}` does not normalize to E.164: {why}",
                            contact.id
                        ),
                    );
                }
            }
            if let Some(email) = &contact.email {
                if let Err(why) = check_email(email) {
                    self.report(
                        &at("email", None),
                        Severity::Error,
                        ProblemCode::InvalidEmail,
                        format!("e-mail `{email}` of contact `{}`: {why}", contact.id),
                    );
                } else if demo && !email.to_ascii_lowercase().ends_with(".example") {
                    self.report(
                        &at("email", None),
                        Severity::Warning,
                        ProblemCode::DemoData,
                        format!(
                            "demo data should use e-mail addresses under .example, not `{email}`"
                        ),
                    );
                }
            }
            if let Some(website) = &contact.website {
                self.check_link(&at("website", None), website);
            }
            if demo && contact.person_name.is_some() {
                self.report(
                    &at("person_name", None),
                    Severity::Warning,
                    ProblemCode::DemoData,
                    "demo data should name roles, not persons: remove person_name".into(),
                );
            }
            self.check_languages(&base, "languages", &contact.languages);
            self.check_hours(&base, "office_hours", &contact.office_hours);
        }
        for (index, service) in data.services.iter().enumerate() {
            let base = self.entity_path(Kind::Service, index);
            if let Some(website) = &service.website {
                let mut path = base.clone();
                path.push(Seg::Key("website"));
                self.check_link(&path, website);
            }
            self.check_languages(&base, "languages", &service.languages);
            self.check_hours(&base, "opening_hours", &service.opening_hours);
        }
        for (index, organization) in data.organizations.iter().enumerate() {
            if let Some(website) = &organization.website {
                let mut path = self.entity_path(Kind::Organization, index);
                path.push(Seg::Key("website"));
                self.check_link(&path, website);
            }
        }
        for (index, location) in data.locations.iter().enumerate() {
            let base = self.entity_path(Kind::Location, index);
            if location.municipality.is_none() && location.locality.is_none() {
                self.report(
                    &base,
                    Severity::Error,
                    ProblemCode::InvalidValue,
                    format!("location `{}` needs `municipality` (in the region) or `locality` (outside it)", location.id),
                );
            }
            if let Some(c) = location.coordinates {
                if !(-90.0..=90.0).contains(&c.lat) || !(-180.0..=180.0).contains(&c.lon) {
                    let mut path = base.clone();
                    path.push(Seg::Key("coordinates"));
                    self.report(
                        &path,
                        Severity::Error,
                        ProblemCode::InvalidValue,
                        format!(
                            "coordinates of `{}` are out of range (lat -90..90, lon -180..180)",
                            location.id
                        ),
                    );
                }
            }
        }
        for (index, set) in data.synonyms.iter().enumerate() {
            if parse_locale(&set.locale).is_err() {
                self.report(
                    &[Seg::Key("synonyms"), Seg::Index(index), Seg::Key("locale")],
                    Severity::Error,
                    ProblemCode::InvalidLocale,
                    format!(
                        "`{}` is not a language tag (like `de`, `ar`, `fa-AF`)",
                        set.locale
                    ),
                );
            }
            for (i, word) in set.words.iter().enumerate() {
                if word.trim().is_empty() || word.trim().contains(char::is_whitespace) {
                    self.report(
                        &[
                            Seg::Key("synonyms"),
                            Seg::Index(index),
                            Seg::Key("words"),
                            Seg::Index(i),
                        ],
                        Severity::Error,
                        ProblemCode::InvalidValue,
                        format!("synonym `{word}` must be a single word"),
                    );
                }
            }
        }
        for (index, measure) in data.measures.iter().enumerate() {
            if let Some(frame) = &measure.time_frame {
                if frame.end.is_some_and(|end| end < frame.start) {
                    let mut path = self.entity_path(Kind::Measure, index);
                    path.push(Seg::Key("time_frame"));
                    self.report(
                        &path,
                        Severity::Error,
                        ProblemCode::Inconsistent,
                        format!(
                            "time frame of measure `{}` ends before it starts",
                            measure.id
                        ),
                    );
                }
            }
        }
    }

    fn check_link(&mut self, path: &[Seg<'_>], link: &str) {
        if let Err(why) = check_url(link) {
            self.report(path, Severity::Error, ProblemCode::InvalidUrl, why);
        }
    }

    fn check_languages(&mut self, base: &[Seg<'_>], key: &'static str, tags: &[String]) {
        for (i, tag) in tags.iter().enumerate() {
            if parse_locale(tag).is_err() || tag.contains('_') {
                let mut path = base.to_vec();
                path.extend([Seg::Key(key), Seg::Index(i)]);
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::InvalidLocale,
                    format!("`{tag}` is not a language tag (like `de`, `ar`, `fa-AF`)"),
                );
            }
        }
    }

    fn check_hours(&mut self, base: &[Seg<'_>], key: &'static str, hours: &[OpeningHours]) {
        for (i, spec) in hours.iter().enumerate() {
            let mut path = base.to_vec();
            path.extend([Seg::Key(key), Seg::Index(i)]);
            if spec.days.is_empty() {
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::InvalidValue,
                    "opening hours need at least one day".into(),
                );
            }
            if spec.opens >= spec.closes {
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::Inconsistent,
                    format!(
                        "opens at {} but closes at {}: closing must come after opening",
                        spec.opens, spec.closes
                    ),
                );
            }
            if let (Some(from), Some(through)) = (spec.valid_from, spec.valid_through) {
                if through < from {
                    self.report(
                        &path,
                        Severity::Error,
                        ProblemCode::Inconsistent,
                        format!("valid_through {through} is before valid_from {from}"),
                    );
                }
            }
        }
    }

    /// Checks the Fluent texts against the entities: unknown entities and attributes,
    /// variables, references, and the source locale's required texts.
    pub(crate) fn check_texts(&mut self, catalog: &Catalog, files: &[SourceFile]) {
        let data = self.data;
        let source: Option<LanguageIdentifier> = data.directory.source_locale.parse().ok();
        let mut entity_messages: HashMap<String, Option<Kind>> = HashMap::new();
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

        for locale in &catalog.locales {
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
                        self.problems.push(problem);
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
                        file.text.find(&format!("-{id}")).unwrap_or(0)
                    } else {
                        positions.message(id).unwrap_or(0)
                    };
                    if !is_term {
                        match entity_messages.get(id) {
                            None => {
                                let hint = closest(id, entity_messages.keys().map(String::as_str))
                                    .map(|s| format!(" (did you mean `{s}`?)"))
                                    .unwrap_or_default();
                                self.problems.push(file_problem(
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
                                    if !allowed.contains(&name) {
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
                                                allowed.iter().map(|a| format!(".{a}")).collect::<Vec<_>>().join(", ")
                                            ),
                                        );
                                        problem.severity = Severity::Warning;
                                        self.problems.push(problem);
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
                                self.problems.push(file_problem(file, at, code, message));
                            }
                        }
                    }
                }
            }
        }

        // Every entity needs its text in the source locale.
        let source_catalog = source.as_ref().and_then(|s| catalog.locale(s));
        let source_tag = data.directory.source_locale.clone();
        let directory_ok = source_catalog
            .and_then(|c| c.messages.get("directory"))
            .is_some_and(|m| m.has_value && m.has(Some("region")));
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
                if kind.needs_text() && !info.is_some_and(|i| i.has_value) {
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

fn id_message(id: &str) -> String {
    format!("`{id}` is not a valid id: use lowercase letters a–z, digits and single hyphens, starting with a letter")
}

enum Found<'s> {
    Variable(&'s str),
    Message(&'s str),
    Term(&'s str),
}

fn walk_pattern<'s>(pattern: &ast::Pattern<&'s str>, found: &mut Vec<Found<'s>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, found);
        }
    }
}

fn walk_expression<'s>(expression: &ast::Expression<&'s str>, found: &mut Vec<Found<'s>>) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, found),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, found);
            for variant in variants {
                walk_pattern(&variant.value, found);
            }
        }
    }
}

fn walk_inline<'s>(inline: &ast::InlineExpression<&'s str>, found: &mut Vec<Found<'s>>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => found.push(Found::Variable(id.name)),
        ast::InlineExpression::MessageReference { id, .. } => found.push(Found::Message(id.name)),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            found.push(Found::Term(id.name));
            if let Some(arguments) = arguments {
                walk_arguments(arguments, found);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, found)
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, found),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments<'s>(arguments: &ast::CallArguments<&'s str>, found: &mut Vec<Found<'s>>) {
    for argument in &arguments.positional {
        walk_inline(argument, found);
    }
    for argument in &arguments.named {
        walk_inline(&argument.value, found);
    }
}
