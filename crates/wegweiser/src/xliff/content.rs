//! A text as XLIFF carries it: plain text with protected inline codes, converted from and
//! to Fluent patterns. A placeable (`{ -district }`) becomes a code the translator moves
//! but cannot edit; a pattern with a selector travels whole, as Fluent source.

use fluent_syntax::ast;

/// One piece of a segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    /// A placeable, as its Fluent source (`{ -district }`).
    Code(String),
}

/// A segment's content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Content {
    pub parts: Vec<Part>,
    /// The parts are one Fluent pattern, selectors included, to be edited as Fluent.
    pub whole_pattern: bool,
}

impl Content {
    /// The content of a Fluent pattern.
    pub fn of_pattern(pattern: &ast::Pattern<&str>) -> Content {
        let selects = pattern.elements.iter().any(|e| {
            matches!(
                e,
                ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { .. }
                }
            )
        });
        if selects {
            return Content {
                parts: vec![Part::Text(pattern_source(pattern))],
                whole_pattern: true,
            };
        }
        let mut parts: Vec<Part> = Vec::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => match parts.last_mut() {
                    Some(Part::Text(text)) => text.push_str(value),
                    _ => parts.push(Part::Text((*value).to_owned())),
                },
                ast::PatternElement::Placeable { .. } => {
                    let single = ast::Pattern {
                        elements: vec![element.clone()],
                    };
                    parts.push(Part::Code(pattern_source(&single)));
                }
            }
        }
        Content {
            parts,
            whole_pattern: false,
        }
    }

    /// Plain text, no codes.
    pub fn text(text: &str) -> Content {
        Content {
            parts: vec![Part::Text(text.to_owned())],
            whole_pattern: false,
        }
    }

    /// The codes, in order.
    pub fn codes(&self) -> Vec<&str> {
        self.parts
            .iter()
            .filter_map(|p| match p {
                Part::Code(code) => Some(code.as_str()),
                Part::Text(_) => None,
            })
            .collect()
    }

    /// The Fluent source of this content as a message value: text escaped where Fluent
    /// would read it as syntax, codes as they are, lines after the first indented.
    pub fn to_fluent(&self) -> String {
        if self.whole_pattern {
            let text: String = self
                .parts
                .iter()
                .map(|p| match p {
                    Part::Text(t) | Part::Code(t) => t.as_str(),
                })
                .collect();
            return indent(text.trim());
        }
        let mut source = String::new();
        for part in &self.parts {
            match part {
                Part::Code(code) => source.push_str(code),
                Part::Text(text) => source.push_str(&escape(text)),
            }
        }
        indent(source.trim_end())
    }
}

/// A pattern's Fluent source, as it would follow `id = `.
fn pattern_source(pattern: &ast::Pattern<&str>) -> String {
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let text = fluent_syntax::serializer::serialize(&resource);
    let value = text.strip_prefix("x =").unwrap_or(&text);
    // The serializer puts a multi-line value on its own lines, indented by 4.
    let value = value.strip_prefix(' ').unwrap_or(value);
    let lines: Vec<&str> = value.trim_end_matches('\n').lines().collect();
    let lines: Vec<&str> = lines
        .iter()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect();
    lines.join("\n").trim_start_matches('\n').to_owned()
}

/// Braces as string literals; a line that starts with `[`, `*` or `.` too, since Fluent
/// would read it as a variant or an attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut line_start = true;
    for c in text.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '[' | '*' | '.' if line_start => out.push_str(&format!("{{\"{c}\"}}")),
            _ => out.push(c),
        }
        line_start = c == '\n' || (line_start && c == ' ');
    }
    out
}

/// A value on one line stays there; more lines go below `id =`, indented by 4.
fn indent(value: &str) -> String {
    if !value.contains('\n') {
        return value.to_owned();
    }
    let mut out = String::new();
    for line in value.lines() {
        out.push_str("\n    ");
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(source: &str) -> Content {
        let resource = fluent_syntax::parser::parse(source).unwrap();
        let ast::Entry::Message(message) = &resource.body[0] else {
            panic!("a message")
        };
        Content::of_pattern(message.value.as_ref().unwrap())
    }

    #[test]
    fn placeables_become_codes_and_come_back() {
        let c = content("a = Im Landkreis { -district } und { \"{\" }\n");
        assert_eq!(c.codes(), ["{ -district }", "{ \"{\" }"]);
        assert_eq!(c.to_fluent(), "Im Landkreis { -district } und { \"{\" }");
    }

    #[test]
    fn text_that_looks_like_syntax_is_escaped() {
        let c = Content::text("Zeile {eins}\n[zwei]\n.drei");
        let fluent = format!("x = {}\n", c.to_fluent());
        let parsed = fluent_syntax::parser::parse(fluent.as_str()).unwrap();
        let bundle_text = {
            let mut bundle = fluent_bundle::FluentBundle::default();
            bundle.set_use_isolating(false);
            bundle
                .add_resource(fluent_bundle::FluentResource::try_new(fluent.clone()).unwrap())
                .unwrap();
            let message = bundle.get_message("x").unwrap();
            bundle
                .format_pattern(message.value().unwrap(), None, &mut Vec::new())
                .into_owned()
        };
        assert_eq!(parsed.body.len(), 1);
        assert_eq!(bundle_text, "Zeile {eins}\n[zwei]\n.drei");
    }

    #[test]
    fn selectors_travel_as_whole_patterns() {
        let c = content("a = { $n ->\n    [one] ein Angebot\n   *[other] { $n } Angebote\n}\n");
        assert!(c.whole_pattern);
        let fluent = format!("x = {}\n", c.to_fluent());
        assert!(
            fluent_syntax::parser::parse(fluent.as_str()).is_ok(),
            "{fluent}"
        );
    }
}
