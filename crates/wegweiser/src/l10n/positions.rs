//! Where messages and attributes stand in a Fluent file (its AST carries no positions),
//! and which ones a comment marks as machine-translated.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Marker in a comment that says a translation was made by a machine.
const MARKER: &str = "machine-translated";

/// Byte offsets of messages and attributes, found by scanning lines (the Fluent AST
/// carries no positions). A repeated id keeps its last occurrence.
/// Names borrow from the scanned text: a large directory has a million of them.
#[derive(Default)]
pub(crate) struct Positions<'t> {
    /// The last occurrence of each message id.
    messages: HashMap<&'t str, usize>,
    attributes: HashMap<(&'t str, &'t str), usize>,
    /// Messages whose comment says `machine-translated`.
    pub machine: HashSet<&'t str>,
    /// A resource comment (`###`) says the whole file is machine-translated.
    pub whole_file_machine: bool,
}

impl Positions<'_> {
    pub(crate) fn message(&self, id: &str) -> Option<usize> {
        self.messages.get(id).copied()
    }

    pub(crate) fn attribute(&self, id: &str, attribute: &str) -> Option<usize> {
        self.attributes.get(&(id, attribute)).copied()
    }
}

/// The identifier at the start of `s` when `=` follows it (`name =`, `.name =`).
fn identifier(s: &str) -> Option<&str> {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(s.len());
    let (name, rest) = s.split_at(end);
    (!name.is_empty() && rest.trim_start().starts_with('=')).then_some(name)
}

pub(crate) fn scan_positions(text: &str) -> Positions<'_> {
    let mut positions = Positions::default();
    let mut current: Option<&str> = None;
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
            let marks = content.trim().eq_ignore_ascii_case(MARKER);
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
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            if let Some(name) = identifier(line) {
                positions.messages.insert(name, start);
                if std::mem::take(&mut comment_marks_machine) {
                    positions.machine.insert(name);
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
            if let (Some(message), Some(attribute)) = (current, identifier(&trimmed[1..])) {
                let indent = line.len() - trimmed.len();
                positions
                    .attributes
                    .entry((message, attribute))
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
    use crate::source::line_col;

    #[test]
    fn machine_translation_markers() {
        let text = "### machine-translated\n";
        assert!(scan_positions(text).whole_file_machine);
        let text = "# machine-translated\na = A\n\n# machine-translated\n\nb = B\n## machine-translated\nc = C\n# note\n# machine-translated\nd = D\n";
        let p = scan_positions(text);
        assert!(!p.whole_file_machine);
        let mut marked: Vec<&str> = p.machine.iter().copied().collect();
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
