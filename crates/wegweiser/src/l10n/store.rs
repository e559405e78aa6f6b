//! The compact form of a catalog's texts. Most messages are plain text; those are kept
//! as ranges into their file's text, which the directory holds anyway, or joined once if
//! they span lines. Only messages that need Fluent to format (placeables, selectors)
//! stay Fluent syntax, in a small bundle of their own. A parsed syntax tree costs several
//! times the text it was parsed from: a directory of 100,000 services would otherwise
//! keep gigabytes of trees.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::syntax::{patterns, references};

/// How one value or attribute of a message is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Stored {
    /// One line of text, exactly as written: bytes `start..end` of the catalog's file
    /// number `file`.
    Slice { file: u32, start: u32, end: u32 },
    /// Several lines, joined as Fluent joins them.
    Joined(Box<str>),
    /// Placeables or selectors: formatted by the catalog's Fluent bundle.
    Fluent,
}

impl Stored {
    /// How `pattern`, parsed from `source` (file number `file`), is best kept.
    pub(crate) fn of(pattern: &ast::Pattern<&str>, source: &str, file: usize) -> Stored {
        let mut texts = Vec::with_capacity(pattern.elements.len());
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => texts.push(*value),
                ast::PatternElement::Placeable { .. } => return Stored::Fluent,
            }
        }
        if let [text] = texts.as_slice() {
            if let Some(slice) = slice_of(text, source, file) {
                return slice;
            }
        }
        Stored::Joined(texts.concat().into_boxed_str())
    }

    /// The text, if it needs no Fluent; `files` are the catalog's file texts.
    pub(crate) fn plain<'a>(&'a self, files: &'a [Arc<str>]) -> Option<&'a str> {
        match self {
            Stored::Slice { file, start, end } => files
                .get(*file as usize)
                .and_then(|text| text.get(*start as usize..*end as usize)),
            Stored::Joined(text) => Some(text),
            Stored::Fluent => None,
        }
    }
}

/// `text` as a range of `source`, when it is a slice of it and the range fits.
fn slice_of(text: &str, source: &str, file: usize) -> Option<Stored> {
    let start = (text.as_ptr() as usize).checked_sub(source.as_ptr() as usize)?;
    let end = start.checked_add(text.len())?;
    if end > source.len() {
        return None;
    }
    Some(Stored::Slice {
        file: u32::try_from(file).ok()?,
        start: u32::try_from(start).ok()?,
        end: u32::try_from(end).ok()?,
    })
}

/// The Fluent source of what only Fluent can format: the messages in `needed`, the
/// messages they refer to (transitively), and every term. The first definition of an
/// id wins, as in a bundle. `None` when there is nothing.
pub(crate) fn fluent_subset(
    resources: &[&FluentResource],
    needed: &HashSet<String>,
) -> Option<String> {
    let mut messages: HashMap<&str, &ast::Entry<&str>> = HashMap::new();
    let mut terms: Vec<&ast::Entry<&str>> = Vec::new();
    let mut term_ids: HashSet<&str> = HashSet::new();
    for resource in resources {
        for entry in resource.entries() {
            match entry {
                ast::Entry::Message(m) => {
                    messages.entry(m.id.name).or_insert(entry);
                }
                ast::Entry::Term(t) if term_ids.insert(t.id.name) => terms.push(entry),
                _ => {}
            }
        }
    }
    let mut kept: Vec<&str> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut queue: Vec<&str> = needed
        .iter()
        .filter_map(|id| messages.get_key_value(id.as_str()).map(|(k, _)| *k))
        .collect();
    // Terms may refer to messages too.
    for term in &terms {
        queue.extend(referred_messages(term));
    }
    while let Some(id) = queue.pop() {
        let Some(entry) = messages.get(id) else {
            continue; // an unknown reference: Fluent reports it when formatting
        };
        if !seen.insert(id) {
            continue;
        }
        kept.push(id);
        queue.extend(referred_messages(entry));
    }
    if kept.is_empty() {
        return None;
    }
    // In file order is not needed: ids are unique here, and Fluent resolves by id.
    kept.sort_unstable();
    let body: Vec<ast::Entry<&str>> = terms
        .into_iter()
        .cloned()
        .chain(kept.iter().map(|id| messages[id].clone()))
        .collect();
    Some(fluent_syntax::serializer::serialize(&ast::Resource {
        body,
    }))
}

fn referred_messages<'s>(entry: &ast::Entry<&'s str>) -> Vec<&'s str> {
    patterns(entry)
        .into_iter()
        .flat_map(references)
        .filter(|(term, _)| !term)
        .map(|(_, id)| id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(source: &str) -> Vec<Stored> {
        let resource = FluentResource::try_new(source.to_owned()).unwrap();
        let text = resource.source();
        resource
            .entries()
            .flat_map(patterns)
            .map(|p| Stored::of(p, text, 0))
            .collect()
    }

    #[test]
    fn one_line_is_a_range_of_the_file() {
        let source = "a = Sprachkurs in Grodk\n    .keywords = Deutsch\n";
        let files = [Arc::from(source)];
        let kept = stored(source);
        assert_eq!(
            kept[0],
            Stored::Slice {
                file: 0,
                start: 4,
                end: 23
            }
        );
        assert_eq!(kept[0].plain(&files), Some("Sprachkurs in Grodk"));
        assert_eq!(kept[1].plain(&files), Some("Deutsch"));
    }

    #[test]
    fn lines_are_joined_and_placeables_need_fluent() {
        let kept = stored("a =\n    one\n      two\n\nb = in { -district }\n");
        assert_eq!(kept[0], Stored::Joined("one\n  two".into()));
        assert_eq!(kept[1], Stored::Fluent);
    }

    #[test]
    fn the_subset_has_what_fluent_formats_and_what_it_refers_to() {
        let resource = FluentResource::try_new(
            "-district = Spree-Neiße\nplain = text\nhelper = in { -district }\nmain = { helper }!\nother = { $n }\n"
                .to_owned(),
        )
        .unwrap();
        let needed: HashSet<String> = ["main".to_owned()].into();
        let subset = fluent_subset(&[&resource], &needed).unwrap();
        assert!(subset.contains("-district = Spree-Neiße"), "{subset}");
        assert!(subset.contains("main = { helper }!"), "{subset}");
        assert!(subset.contains("helper = in { -district }"), "{subset}");
        assert!(!subset.contains("plain"), "{subset}");
        assert!(!subset.contains("other"), "{subset}");
        assert_eq!(fluent_subset(&[&resource], &HashSet::new()), None);
    }
}
