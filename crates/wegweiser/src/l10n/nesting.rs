//! A bound on how deeply Fluent placeables and call arguments nest, checked before the
//! Fluent parser runs: the parser, the resolver and every walk over the syntax tree
//! recurse once per level, so `{ { { … } } }` ten thousand deep would overflow the stack.
//!
//! The scan follows just enough of Fluent's grammar to tell text from expressions (string
//! literals, select expressions and their variants); an entry nested too deeply is
//! blanked out, keeping every byte offset, and reported where it crosses the limit. So is
//! an entry whose placeable is still open where a line starts a new entry: whether the
//! parser reads on there or starts afresh depends on errors the scan cannot see, and
//! blanking the entry makes both start afresh.

use std::borrow::Cow;

use crate::source::line_end;

/// The deepest nesting of placeables, select expressions and call arguments in one
/// Fluent entry. Real translations use three or four levels.
pub const MAX_FLUENT_NESTING: usize = 20;

#[derive(Clone, Copy, PartialEq)]
enum Context {
    /// Inside `{ … }` or `( … )`: an expression.
    Expression { call: bool },
    /// After `->`: variant keys, each followed by a pattern.
    Select,
    /// The pattern of a variant: text with placeables.
    Variant,
}

/// An entry to skip: where it crosses the limit (or opens the placeable still open when
/// the next entry starts), and its byte range.
pub(crate) struct TooDeep {
    pub offset: usize,
    pub entry: std::ops::Range<usize>,
    /// A placeable still open at a line that starts a new entry, not too deep.
    pub unclosed: bool,
}

/// The text with every too-deep entry blanked out, and where each one was.
pub(crate) fn limit_nesting(text: &str) -> (Cow<'_, str>, Vec<TooDeep>) {
    let found = scan(text.as_bytes());
    if found.is_empty() {
        return (Cow::Borrowed(text), found);
    }
    let mut bytes = text.as_bytes().to_vec();
    for deep in &found {
        for byte in &mut bytes[deep.entry.clone()] {
            if *byte != b'\n' && *byte != b'\r' {
                *byte = b' ';
            }
        }
    }
    // Whole lines were replaced by ASCII spaces: still UTF-8.
    let blanked = String::from_utf8(bytes).unwrap_or_default();
    (Cow::Owned(blanked), found)
}

fn scan(text: &[u8]) -> Vec<TooDeep> {
    let mut found = Vec::new();
    let mut stack: Vec<Context> = Vec::new();
    let mut entry_start = 0;
    // Offset where the current entry crossed the limit, if it did.
    let mut crossed: Option<usize> = None;
    // Where the outermost open placeable of the current entry began.
    let mut opened = 0;
    let mut i = 0;
    while i < text.len() {
        let line_start = i == 0 || text[i - 1] == b'\n';
        if line_start && starts_entry(text[i]) {
            // Inside an expression the parser may read on across this line (`F(` newline
            // `F(` …) or give up and start a new entry here: which, a scan cannot know.
            // Blanking the entry makes it start here for both.
            // In a select expression too: a variant key may follow on this line (`x]`).
            let open = matches!(
                stack.last(),
                Some(Context::Expression { .. } | Context::Select)
            );
            if crossed.is_none() && open {
                found.push(TooDeep {
                    offset: opened,
                    entry: entry_start..i,
                    unclosed: true,
                });
            }
            if let Some(offset) = crossed.take() {
                found.push(TooDeep {
                    offset,
                    entry: entry_start..i,
                    unclosed: false,
                });
            }
            // Fluent starts a new entry here whatever came before.
            stack.clear();
            entry_start = i;
            if text[i] == b'#' {
                i = line_end(text, i);
                continue;
            }
        }
        if (crossed.is_some() || stack.is_empty()) && text[i] == b'\n' {
            i += 1;
            continue;
        }
        if crossed.is_some() || stack.is_empty() {
            // Plain text (or an entry already to be blanked): only a placeable or the
            // next line can change anything, so jump there.
            let skip = text[i + 1..]
                .iter()
                .position(|&b| b == b'\n' || (b == b'{' && crossed.is_none()))
                .map_or(text.len() - i, |n| n + 1);
            if text[i] != b'{' || crossed.is_some() {
                i += skip;
                continue;
            }
        }
        let byte = text[i];
        match stack.last().copied() {
            None | Some(Context::Variant) => match byte {
                b'{' => {
                    if stack.is_empty() {
                        opened = i;
                    }
                    stack.push(Context::Expression { call: false })
                }
                b'}' if stack.last() == Some(&Context::Variant) => {
                    // Ends the variant and its select expression.
                    stack.pop();
                    stack.pop();
                }
                b'\n' if stack.last() == Some(&Context::Variant) => {
                    // Only spaces indent, as for the parser: `\t*` is text.
                    let next = skip_spaces(text, i + 1);
                    if matches!(text.get(next), Some(b'[' | b'*' | b'}')) {
                        stack.pop();
                    }
                }
                _ => {}
            },
            Some(Context::Expression { call }) => match byte {
                b'"' => i = string_end(text, i),
                b'{' => stack.push(Context::Expression { call: false }),
                b'(' => stack.push(Context::Expression { call: true }),
                b')' if call => {
                    stack.pop();
                }
                b'}' if !call => {
                    stack.pop();
                }
                b'-' if text.get(i + 1) == Some(&b'>') => {
                    stack.pop();
                    stack.push(Context::Select);
                    i += 1;
                }
                _ => {}
            },
            Some(Context::Select) => match byte {
                b']' => stack.push(Context::Variant),
                b'}' => {
                    stack.pop();
                }
                _ => {}
            },
        }
        if stack.len() > MAX_FLUENT_NESTING {
            crossed = Some(i);
        }
        i += 1;
    }
    if let Some(offset) = crossed {
        found.push(TooDeep {
            offset,
            entry: entry_start..text.len(),
            unclosed: false,
        });
    }
    found
}

/// A line beginning with this starts an entry (message, term or comment).
fn starts_entry(byte: u8) -> bool {
    byte.is_ascii_alphabetic() || byte == b'-' || byte == b'#'
}

fn skip_spaces(text: &[u8], from: usize) -> usize {
    text[from..]
        .iter()
        .position(|&b| b != b' ')
        .map_or(text.len(), |n| from + n)
}

/// The offset of the closing quote of the string literal opening at `from` (or of the
/// line's end: string literals are single-line).
fn string_end(text: &[u8], from: usize) -> usize {
    let mut i = from + 1;
    while i < text.len() {
        match text[i] {
            // The parser rejects an escaped line break: the literal ends with the line.
            b'\\' if text.get(i + 1) != Some(&b'\n') => i += 2,
            b'"' => return i,
            b'\n' => return i - 1,
            _ => i += 1,
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deep(levels: usize) -> String {
        format!("a = {}\"x\"{}\n", "{ ".repeat(levels), " }".repeat(levels))
    }

    #[test]
    fn ordinary_fluent_passes_untouched() {
        let text = "# { ( not counted\nm = Hi { $n ->\n    [one] \"{\" one (x\n   *[other] { NUMBER($n, style: \"}\") }\n}\n    .a = { \"{\" }\n";
        let (out, found) = limit_nesting(text);
        assert!(found.is_empty());
        assert!(matches!(out, Cow::Borrowed(_)));
        let (_, found) = limit_nesting(&deep(MAX_FLUENT_NESTING));
        assert!(found.is_empty());
    }

    #[test]
    fn too_deep_entries_are_blanked_and_located() {
        let text = format!("first = ok\n{}last = ok\n", deep(10_000));
        let (out, found) = limit_nesting(&text);
        assert_eq!(found.len(), 1);
        // The 21st `{` of the second line: "a = " and 20 × "{ ".
        assert_eq!(found[0].offset, 11 + 4 + 2 * MAX_FLUENT_NESTING);
        assert_eq!(out.len(), text.len());
        assert!(out.starts_with("first = ok\n   "));
        assert!(out.ends_with("\nlast = ok\n"));
        assert!(fluent_syntax::parser::parse(out.as_ref()).is_ok());
    }

    #[test]
    fn an_entry_left_open_is_skipped_where_the_next_begins() {
        // Each line starts like an entry, but the parser is still inside the call.
        let calls = format!("a = {{ F(\n{}", "F(\n".repeat(100));
        let (out, found) = limit_nesting(&calls);
        assert!(found[0].unclosed && found[0].entry == (0..9));
        assert!(
            fluent_syntax::parser::parse(out.as_ref()).is_err(),
            "junk, not a crash"
        );
        let terms = format!("a = {{ -t(\n{}", "-t(\n".repeat(100));
        assert!(limit_nesting(&terms).1[0].unclosed);
        // The parser gives up in `a` and starts afresh at `c`, inside the scan's string.
        let recovered = format!("a = {{ {{ x = \"y\"\nb = z\nc = \"w{}\n", "{ ".repeat(100));
        let found = limit_nesting(&recovered).1;
        assert!(
            found.iter().any(|f| !f.unclosed),
            "the deep entry is found too"
        );
        // A backslash at the end of a string literal does not carry it to the next line.
        let escaped = format!("a = {{ \"\\\nb = {}\n", "{ ".repeat(100));
        let found = limit_nesting(&escaped).1;
        assert!(found[0].unclosed && !found[1].unclosed && found[1].entry.start == 9);
    }

    #[test]
    fn what_the_parser_reads_as_variant_text_counts() {
        // A tab is no indent for the parser: `\t*` is text of the variant, not a key.
        let tab = format!("a = {{ $n ->\n *[x] y\n \t*{}", "{ ".repeat(100));
        assert!(!limit_nesting(&tab).1.is_empty());
        let cr = format!("a = {{ $n ->\n *[x] y\n \r[{}", "{ ".repeat(100));
        assert!(!limit_nesting(&cr).1.is_empty());
        // A variant key may continue on the next line, even at column 0.
        let keys = format!("a = {}", "{ $n ->\n*[\nx] ".repeat(100));
        assert!(!limit_nesting(&keys).1.is_empty());
    }

    #[test]
    fn calls_nested_without_braces_count_too() {
        let text = format!("a = {{ {}1{} }}\n", "NUMBER(".repeat(100), ")".repeat(100));
        assert_eq!(limit_nesting(&text).1.len(), 1);
        // Quotes in variant text do not hide braces.
        let text = format!("a = {{ $n ->\n   *[x] \" {}\n}}\n", "{ ".repeat(100));
        assert_eq!(limit_nesting(&text).1.len(), 1);
    }
}
