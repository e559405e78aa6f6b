//! TOML syntax errors as a reader wants them: the first one first and at its real place,
//! without the cascade the parser's recovery produces after it.
//!
//! toml's recovery reports every following line of an unclosed array as another error, at
//! the line after the real mistake. A scan of the brackets tells where the unclosed one
//! opened, and where tables start: after an error, the next one is kept only if it lies
//! in a later table, where the parser has really recovered.

use std::ops::Range;

use crate::source::line_end;

/// Syntax errors shown at most; the rest are counted in the last message.
pub(crate) const MAX_SYNTAX_ERRORS: usize = 5;

/// One syntax error to report.
pub(crate) struct SyntaxError {
    pub span: Range<usize>,
    pub message: String,
}

/// Chooses and places the errors to report from the parser's `errors` (span, message).
pub(crate) fn select(text: &str, mut errors: Vec<(Range<usize>, String)>) -> Vec<SyntaxError> {
    errors.sort_by_key(|(span, _)| (span.start, span.end));
    let Some((first_span, first_message)) = errors.first().cloned() else {
        return Vec::new();
    };
    let headers = header_starts(text);
    let mut chosen = vec![match unclosed_before(text, first_span.start) {
        Some((at, bracket)) if line_of(text, at) < line_of(text, first_span.start) => {
            SyntaxError {
                span: at..at + 1,
                message: format!(
                    "TOML syntax: `{bracket}` is never closed: add `{}` (the lines after it are read as part of it)",
                    if bracket == '[' { ']' } else { '}' }
                ),
            }
        }
        _ => SyntaxError {
            span: first_span,
            message: format!("TOML syntax: {}", first_message.trim()),
        },
    }];
    let mut left_out = 0;
    // Errors and headers are both sorted: the next error counts after the next header.
    let mut next_header = headers.partition_point(|&h| h <= errors[0].0.start);
    for (span, message) in errors.into_iter().skip(1) {
        let recovered = headers.get(next_header).is_some_and(|&h| h <= span.start);
        if !recovered {
            continue;
        }
        next_header = headers.partition_point(|&h| h <= span.start);
        if chosen.len() == MAX_SYNTAX_ERRORS {
            left_out += 1;
            continue;
        }
        chosen.push(SyntaxError {
            span,
            message: format!("TOML syntax: {}", message.trim()),
        });
    }
    if left_out > 0 {
        if let Some(last) = chosen.last_mut() {
            last.message.push_str(&format!(
                " ({left_out} more syntax errors after this one: fix these first)"
            ));
        }
    }
    chosen
}

/// The byte range of the table (from its header to the next) that holds `offset`.
pub(crate) fn table_around(text: &str, offset: usize) -> Range<usize> {
    let headers = header_starts(text);
    let start = headers
        .iter()
        .rev()
        .find(|&&h| h <= offset)
        .copied()
        .unwrap_or(0);
    let end = headers
        .iter()
        .find(|&&h| h > offset)
        .copied()
        .unwrap_or(text.len());
    start..end
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// Byte offsets where a `[table]` or `[[array]]` header line starts.
fn header_starts(text: &str) -> Vec<usize> {
    let mut headers = Vec::new();
    walk(text, text.len(), |event| {
        if let Event::Header(at) = event {
            headers.push(at);
        }
    });
    headers
}

/// Where the text nests deepest (arrays, inline tables, dotted keys and headers counted
/// together): where toml's "recursion limit", which has no position, most likely is.
pub(crate) fn deepest(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut open, mut header, mut dots) = (Vec::<usize>::new(), 0usize, 0usize);
    let (mut best, mut at) = (0usize, 0usize);
    walk(text, text.len(), |event| {
        let here = match event {
            Event::Header(start) => {
                let end = line_end(bytes, start);
                header = bytes[start..end].iter().filter(|&&b| b == b'.').count() + 1;
                open.clear();
                dots = 0;
                start
            }
            Event::Open(position, _) => {
                open.push(dots + 1);
                dots = 0;
                position
            }
            Event::Close(_) => {
                open.pop();
                return;
            }
            Event::Dot(position) => {
                dots += 1;
                position
            }
            Event::KeyEnd => {
                dots = 0;
                return;
            }
        };
        let depth = header + open.iter().sum::<usize>() + dots;
        if depth > best {
            (best, at) = (depth, here);
        }
    });
    at
}

/// The innermost `[` or `{` still open at `offset`.
fn unclosed_before(text: &str, offset: usize) -> Option<(usize, char)> {
    let mut open: Vec<(usize, char)> = Vec::new();
    walk(text, offset, |event| match event {
        Event::Open(at, bracket) => open.push((at, bracket)),
        Event::Close(bracket) => {
            if open.last().is_some_and(|(_, b)| *b == bracket) {
                open.pop();
            }
        }
        Event::Header(_) => open.clear(),
        Event::Dot(_) | Event::KeyEnd => {}
    });
    open.pop()
}

enum Event {
    Header(usize),
    Open(usize, char),
    Close(char),
    /// A `.` outside strings (in a key, or a number).
    Dot(usize),
    /// `=`, `,` or a line break: a key ends or a new one begins.
    KeyEnd,
}

/// Walks `text[..end]`, skipping strings and comments, reporting brackets and headers.
fn walk(text: &str, end: usize, mut on: impl FnMut(Event)) {
    let bytes = &text.as_bytes()[..end.min(text.len())];
    let mut depth = 0usize;
    let mut i = 0;
    let mut line_start = true;
    while i < bytes.len() {
        let byte = bytes[i];
        if byte == b'\n' {
            on(Event::KeyEnd);
            line_start = true;
            i += 1;
            continue;
        }
        if line_start && (byte == b' ' || byte == b'\t') {
            i += 1;
            continue;
        }
        let at_line_start = std::mem::take(&mut line_start);
        match byte {
            b'#' => i = line_end(bytes, i),
            b'[' if at_line_start && depth == 0 => {
                on(Event::Header(i));
                i = line_end(bytes, i);
            }
            b'[' | b'{' => {
                depth += 1;
                on(Event::Open(i, byte as char));
                i += 1;
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                on(Event::Close(if byte == b']' { '[' } else { '{' }));
                i += 1;
            }
            b'"' | b'\'' => i = string_end(bytes, i),
            b'.' => {
                on(Event::Dot(i));
                i += 1;
            }
            b'=' | b',' => {
                on(Event::KeyEnd);
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// The offset after the string starting at `from` (basic or literal, one or three quotes).
fn string_end(bytes: &[u8], from: usize) -> usize {
    let quote = bytes[from];
    let triple = bytes[from..].starts_with(&[quote; 3]);
    let mut i = from + if triple { 3 } else { 1 };
    while i < bytes.len() {
        match bytes[i] {
            // An escaped line break continues only a multi-line string.
            b'\\' if quote == b'"' && (triple || bytes.get(i + 1) != Some(&b'\n')) => i += 2,
            b'\n' if !triple => return i,
            b if b == quote => {
                if !triple {
                    return i + 1;
                }
                if bytes[i..].starts_with(&[quote; 3]) {
                    return i + 3;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unclosed_array_is_reported_where_it_opens() {
        let text = "[a]\nx = [\"1\"\ny = 2\n[b]\nz = 3\n";
        let errors = vec![
            (13..14, "missing comma".to_owned()),
            (15..16, "x".to_owned()),
        ];
        let chosen = select(text, errors);
        assert_eq!(chosen.len(), 1);
        assert_eq!(chosen[0].span, 8..9);
        assert!(chosen[0].message.contains("`[` is never closed"));
    }

    #[test]
    fn later_errors_count_only_after_a_new_table() {
        let text = "[a]\nx = 1 1\ny = 2 2\n[b]\nz = 3 3\n";
        let errors = vec![
            (10..11, "one".into()),
            (18..19, "two".into()),
            (30..31, "three".into()),
        ];
        let chosen: Vec<String> = select(text, errors)
            .into_iter()
            .map(|e| e.message)
            .collect();
        assert_eq!(chosen, ["TOML syntax: one", "TOML syntax: three"]);
    }

    #[test]
    fn the_deepest_point_is_found() {
        let text = "[a.b]\nx = 1.5\ny.z = { p = [[[1]]] }\n";
        assert_eq!(&text[deepest(text)..deepest(text) + 2], "[1");
    }

    #[test]
    fn brackets_in_strings_and_comments_do_not_count() {
        let text = "x = \"[\" # [\ny = '''\n[\n'''\nz = [1, 2]\n";
        assert_eq!(unclosed_before(text, text.len()), None);
        assert_eq!(table_around(text, 5), 0..text.len());
    }
}
