//! One text file of a directory, and positions in it.

use std::sync::Arc;

/// One text file of a directory, with its path relative to the directory folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    /// Shared with the message store, which keeps ranges into it rather than copies.
    pub text: Arc<str>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        line_col(&self.text, offset)
    }
}

/// 1-based line and column (in characters) of a byte offset into `text`.
pub fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line as u32, column as u32)
}

/// The offset of the line break that ends the line holding `from` (or the text's end).
pub(crate) fn line_end(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |n| from + n)
}

/// Line starts of the text last asked about, so that thousands of problems in one big
/// file cost a binary search each, not a scan from the start. Keyed by the text's address
/// and length, and valid only while those texts live: a load resets it at its start and
/// end ([`reset_line_index`]).
struct LineIndex {
    key: (usize, usize),
    starts: Vec<usize>,
}

thread_local! {
    static LINE_INDEX: std::cell::RefCell<Option<LineIndex>> = const { std::cell::RefCell::new(None) };
}

/// Forgets the line index (texts may be freed and their memory reused after this).
pub(crate) fn reset_line_index() {
    LINE_INDEX.with(|index| *index.borrow_mut() = None);
}

/// [`line_col`] for texts that live through one load, fast for many lookups.
pub(crate) fn indexed_line_col(text: &str, offset: usize) -> (u32, u32) {
    if text.len() < 16 << 10 {
        return line_col(text, offset);
    }
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    LINE_INDEX.with(|index| {
        let mut index = index.borrow_mut();
        let key = (text.as_ptr() as usize, text.len());
        if index.as_ref().is_none_or(|i| i.key != key) {
            let starts = std::iter::once(0)
                .chain(
                    text.bytes()
                        .enumerate()
                        .filter(|(_, b)| *b == b'\n')
                        .map(|(i, _)| i + 1),
                )
                .collect();
            *index = Some(LineIndex { key, starts });
        }
        let starts = &index.as_ref().map(|i| i.starts.as_slice()).unwrap_or(&[0]);
        let line = starts.partition_point(|&start| start <= offset).max(1);
        let start = starts[line - 1];
        let column = text[start..offset].chars().count() + 1;
        (line as u32, column as u32)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\nüx = 1\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        // 'x' comes after the two-byte 'ü'.
        assert_eq!(line_col(text, 5), (2, 2));
        assert_eq!(line_col(text, 999), (3, 1));
    }

    #[test]
    fn the_index_agrees_with_the_scan() {
        let text = "aä\nbb\n\nccc\n".repeat(5_000);
        for offset in [
            0,
            1,
            3,
            4,
            7,
            8,
            12,
            999,
            30_001,
            text.len(),
            text.len() + 5,
        ] {
            assert_eq!(
                indexed_line_col(&text, offset),
                line_col(&text, offset),
                "{offset}"
            );
        }
        reset_line_index();
    }
}
