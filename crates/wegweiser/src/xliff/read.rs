//! Reading an XLIFF 2.0 document back: units, their targets with codes resolved through
//! `originalData`, and every problem with its line and column.

use std::collections::{BTreeMap, HashSet};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::content::{Content, Part};
use super::{XliffDocument, XliffUnit, XLIFF_NAMESPACE};
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::line_col;

/// The units of `text` (read from `path`, for problems). What cannot be read is a
/// problem; a document whose structure is broken yields no units at all.
pub fn read_xliff(path: &str, text: &str) -> (XliffDocument, Vec<Problem>) {
    let mut state = State {
        path,
        text,
        problems: Vec::new(),
    };
    let document = state.document().unwrap_or_default();
    (document, state.problems)
}

struct State<'a> {
    path: &'a str,
    text: &'a str,
    problems: Vec<Problem>,
}

/// Where in a unit the reader is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum In {
    Nothing,
    Note,
    Data,
    Source,
    Target,
}

impl State<'_> {
    fn problem(&mut self, offset: usize, message: String) {
        let (line, column) = line_col(self.text, offset);
        self.problems.push(Problem {
            file: self.path.to_owned(),
            line,
            column,
            severity: Severity::Error,
            code: ProblemCode::InvalidValue,
            message,
        });
    }

    fn document(&mut self) -> Option<XliffDocument> {
        let mut reader = Reader::from_str(self.text);
        let mut document = XliffDocument::default();
        let mut seen_root = false;
        let mut unit: Option<XliffUnit> = None;
        let mut data: BTreeMap<String, String> = BTreeMap::new();
        let mut data_id = String::new();
        let mut note_category = String::new();
        let mut place = In::Nothing;
        let mut parts: Vec<Part> = Vec::new();
        let mut codes: Vec<(String, usize)> = Vec::new();
        let mut ids: HashSet<String> = HashSet::new();
        loop {
            let offset = reader.buffer_position() as usize;
            let event = match reader.read_event() {
                Ok(event) => event,
                Err(e) => {
                    let at = reader.error_position() as usize;
                    self.problem(
                        at,
                        format!("XML syntax: {e}; nothing is imported from this file"),
                    );
                    return None;
                }
            };
            match event {
                Event::Start(e) | Event::Empty(e) if !seen_root => {
                    if e.name().as_ref() != b"xliff"
                        || attribute(&e, "version").as_deref() != Some("2.0")
                    {
                        self.problem(
                            offset,
                            "not an XLIFF 2.0 document: the root must be <xliff version=\"2.0\">"
                                .into(),
                        );
                        return None;
                    }
                    if attribute(&e, "xmlns").as_deref() != Some(XLIFF_NAMESPACE) {
                        self.problem(
                            offset,
                            format!("the XLIFF namespace must be {XLIFF_NAMESPACE}"),
                        );
                        return None;
                    }
                    document.source_locale = attribute(&e, "srcLang").unwrap_or_default();
                    let Some(target) = attribute(&e, "trgLang") else {
                        self.problem(
                            offset,
                            "<xliff> has no trgLang: which locale are these translations for?"
                                .into(),
                        );
                        return None;
                    };
                    document.target_locale = target;
                    seen_root = true;
                }
                Event::Start(e) => match e.name().as_ref() {
                    b"file" => document.original = attribute(&e, "original").unwrap_or_default(),
                    b"unit" => {
                        let id = attribute(&e, "id").unwrap_or_default();
                        if id.is_empty() {
                            self.problem(offset, "a <unit> without id: it is skipped".into());
                        } else if !ids.insert(id.clone()) {
                            self.problem(
                                offset,
                                format!("unit `{id}` appears twice: the second is skipped"),
                            );
                        }
                        unit = Some(XliffUnit {
                            id,
                            offset,
                            ..XliffUnit::default()
                        });
                        data.clear();
                    }
                    b"note" => {
                        place = In::Note;
                        note_category = attribute(&e, "category").unwrap_or_default();
                    }
                    b"data" => {
                        place = In::Data;
                        data_id = attribute(&e, "id").unwrap_or_default();
                        data.insert(data_id.clone(), String::new());
                    }
                    b"source" | b"target" => {
                        place = if e.name().as_ref() == b"source" {
                            In::Source
                        } else {
                            In::Target
                        };
                        parts.clear();
                        codes.clear();
                    }
                    b"segment" | b"notes" | b"originalData" | b"ignorable" | b"skeleton" => {}
                    other if matches!(place, In::Source | In::Target) => {
                        let name = String::from_utf8_lossy(other).into_owned();
                        self.problem(offset, format!("<{name}> inside a segment is not supported: write the text plainly and keep each <ph/>"));
                    }
                    _ => {}
                },
                Event::Empty(e)
                    if e.name().as_ref() == b"ph" && matches!(place, In::Source | In::Target) =>
                {
                    let reference = attribute(&e, "dataRef").unwrap_or_default();
                    codes.push((reference, offset));
                    parts.push(Part::Code(String::new()));
                }
                Event::Text(t) => {
                    let text = match t.unescape() {
                        Ok(text) => text.into_owned(),
                        Err(e) => {
                            self.problem(offset, format!("XML text: {e}"));
                            continue;
                        }
                    };
                    match place {
                        In::Note => {
                            if let Some(unit) = unit.as_mut() {
                                match note_category.as_str() {
                                    "wegweiser-state" => unit.state = text,
                                    "previous-source" => unit.previous_source = Some(text),
                                    "format" => {
                                        unit.source.whole_pattern =
                                            text.starts_with("fluent-pattern")
                                    }
                                    _ => {}
                                }
                            }
                        }
                        In::Data => {
                            if let Some(value) = data.get_mut(&data_id) {
                                value.push_str(&text);
                            }
                        }
                        In::Source | In::Target => match parts.last_mut() {
                            Some(Part::Text(existing)) => existing.push_str(&text),
                            _ => parts.push(Part::Text(text)),
                        },
                        In::Nothing => {}
                    }
                }
                Event::End(e) => match e.name().as_ref() {
                    b"note" | b"data" => place = In::Nothing,
                    b"source" | b"target" => {
                        let resolved = self.resolve(&parts, &codes, &data);
                        if let Some(unit) = unit.as_mut() {
                            let content = Content {
                                parts: resolved,
                                whole_pattern: unit.source.whole_pattern,
                            };
                            if place == In::Source {
                                unit.source = content;
                            } else {
                                unit.target = Some(content);
                            }
                        }
                        place = In::Nothing;
                    }
                    b"unit" => {
                        if let Some(unit) = unit.take() {
                            if !unit.id.is_empty()
                                && !document.units.iter().any(|u| u.id == unit.id)
                            {
                                document.units.push(unit);
                            }
                        }
                    }
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        if !seen_root {
            self.problem(0, "empty: no <xliff> element".into());
            return None;
        }
        Some(document)
    }

    /// The parts with each `<ph>` replaced by the Fluent source of its data.
    fn resolve(
        &mut self,
        parts: &[Part],
        codes: &[(String, usize)],
        data: &BTreeMap<String, String>,
    ) -> Vec<Part> {
        let mut codes = codes.iter();
        let mut resolved = Vec::with_capacity(parts.len());
        for part in parts {
            match part {
                Part::Text(text) => resolved.push(Part::Text(text.clone())),
                Part::Code(_) => {
                    let Some((reference, offset)) = codes.next() else {
                        continue;
                    };
                    match data.get(reference) {
                        Some(fluent) => resolved.push(Part::Code(fluent.clone())),
                        None => self.problem(
                            *offset,
                            format!("<ph dataRef=\"{reference}\"> names no <data> of this unit: keep the codes as exported"),
                        ),
                    }
                }
            }
        }
        resolved
    }
}

fn attribute(element: &BytesStart<'_>, name: &str) -> Option<String> {
    element
        .try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}
