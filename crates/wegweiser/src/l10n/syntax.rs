//! Walking Fluent syntax trees: the patterns of an entry, and what their placeables
//! refer to (variables, messages, terms, string literals).

use fluent_syntax::ast;

/// The value and attribute patterns of a message or term.
pub(crate) fn patterns<'e, 's>(entry: &'e ast::Entry<&'s str>) -> Vec<&'e ast::Pattern<&'s str>> {
    let (value, attributes) = match entry {
        ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
        _ => return Vec::new(),
    };
    value
        .into_iter()
        .chain(attributes.iter().map(|a| &a.value))
        .collect()
}

/// The raw text of every string literal in `pattern` (escapes not yet resolved).
pub(crate) fn string_literals<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    let mut found = Vec::new();
    walk_pattern(pattern, &mut found);
    out.extend(found.into_iter().filter_map(|f| match f {
        Found::Literal(text) => Some(text),
        _ => None,
    }));
}

/// The messages and terms (`-name`) that `pattern` refers to.
pub(crate) fn references<'s>(pattern: &ast::Pattern<&'s str>) -> Vec<(bool, &'s str)> {
    let mut found = Vec::new();
    walk_pattern(pattern, &mut found);
    found
        .into_iter()
        .filter_map(|f| match f {
            Found::Message(name) => Some((false, name)),
            Found::Term(name) => Some((true, name)),
            _ => None,
        })
        .collect()
}

pub(crate) enum Found<'s> {
    Literal(&'s str),
    Variable(&'s str),
    Message(&'s str),
    Term(&'s str),
}

pub(crate) fn walk_pattern<'s>(pattern: &ast::Pattern<&'s str>, found: &mut Vec<Found<'s>>) {
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
        ast::InlineExpression::StringLiteral { value } => found.push(Found::Literal(value)),
        ast::InlineExpression::NumberLiteral { .. } => {}
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
