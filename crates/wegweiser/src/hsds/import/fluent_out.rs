//! Imported texts as Fluent files, escaped so that any text reads back as written:
//! braces become string literals, and so do characters Fluent would read as syntax at
//! the start of a line.

use std::collections::BTreeMap;

use super::map::{MessageTexts, Texts};
use crate::kind::Kind;

/// `locales/<locale>/<file>.ftl` → Fluent source: the directory's own message, then
/// every entity's.
pub(super) fn fluent_files(
    texts: &Texts,
    directory: &BTreeMap<String, MessageTexts>,
) -> BTreeMap<String, String> {
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    let messages = directory
        .iter()
        .map(|(locale, message)| ("directory".to_owned(), "concept.ftl", locale, message))
        .chain(texts.iter().flat_map(|((kind, id), locales)| {
            locales.iter().map(move |(locale, message)| {
                (kind.message_id(id), file_of(*kind), locale, message)
            })
        }));
    for (id, file, locale, message) in messages {
        let out = files.entry(format!("locales/{locale}/{file}")).or_insert_with(|| {
            "# Imported from HSDS by wegweiser. Edit freely: the import does not overwrite edits unless --force.\n".to_owned()
        });
        out.push('\n');
        if message.values().any(|(_, machine)| *machine) {
            out.push_str("# machine-translated\n");
        }
        out.push_str(&id);
        match message.get("") {
            Some((value, _)) => out.push_str(&pattern(value, "    ")),
            None => out.push_str(" =\n"),
        }
        for (attribute, (text, _)) in message.iter().filter(|(a, _)| !a.is_empty()) {
            out.push_str(&format!("    .{attribute}"));
            out.push_str(&pattern(text, "        "));
        }
    }
    files
}

fn file_of(kind: Kind) -> &'static str {
    match kind {
        Kind::Service => "services.ftl",
        Kind::Organization | Kind::Contact | Kind::Location | Kind::Municipality => {
            "organizations.ftl"
        }
        _ => "concept.ftl",
    }
}

/// ` = text` for one line, else the lines indented below, each line's first character
/// protected when Fluent would read it as syntax.
pub(super) fn pattern(text: &str, indent: &str) -> String {
    let lines: Vec<String> = text.split('\n').map(escape_line).collect();
    if lines.len() == 1 {
        return format!(" = {}\n", lines[0]);
    }
    let mut out = " =\n".to_owned();
    for line in lines {
        if !line.is_empty() {
            out.push_str(indent);
            out.push_str(&line);
        }
        out.push('\n');
    }
    out
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for (i, c) in line.chars().enumerate() {
        let special_at_start = i == 0 && matches!(c, '[' | '*' | '.' | ' ');
        if c == '{' || c == '}' || special_at_start {
            out.push_str(&format!("{{\"{c}\"}}"));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) -> String {
        let source = format!("m{}", pattern(text, "    "));
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("parses");
        let mut bundle = fluent_bundle::FluentBundle::new(vec!["de".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(fluent_bundle::FluentResource::try_new(source.clone()).unwrap())
            .unwrap();
        drop(resource);
        let message = bundle.get_message("m").unwrap();
        let mut errors = Vec::new();
        bundle
            .format_pattern(message.value().unwrap(), None, &mut errors)
            .into_owned()
    }

    #[test]
    fn any_text_reads_back() {
        for text in [
            "Beratung",
            "{ $x } und {braces}",
            "[nicht] eine Variante",
            "*auch nicht",
            ".kein Attribut",
            "erste Zeile\nzweite Zeile",
            "Absatz\n\nnach einer Leerzeile",
            "Zeile\n [eingerückt\n*Stern\n.Punkt",
            "دورة لغة",
        ] {
            assert_eq!(round_trip(text), text, "{text:?}");
        }
    }
}
