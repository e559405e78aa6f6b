//! Characters a text from data must not carry to a reader: control characters, which a
//! terminal obeys (ESC starts a command that can retitle or clear it), and the bidi
//! overrides that make text show in another order than it is stored (spoofing).

use std::borrow::Cow;

/// True for a character that must not reach a reader raw: C0 controls but tab and line
/// feed (a carriage return would let text overwrite its line), DEL, C1 controls, and
/// the bidi embeddings and overrides U+202A–U+202E. The isolates U+2066–U+2069 stay
/// allowed: Fluent itself uses them.
pub fn is_unsafe_char(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}')
}

/// The first unsafe character in `text`, with its byte offset.
pub fn find_unsafe(text: &str) -> Option<(usize, char)> {
    find_from(text, |_, _| true)
}

/// [`find_unsafe`] for a whole file: Windows line ends (CR LF) are no problem there.
pub fn find_unsafe_in_file(text: &str) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    find_from(text, |i, c| {
        !(c == '\r' && bytes.get(i + 1) == Some(&b'\n'))
    })
}

/// Bytes first (texts are long and clean): only a control byte, DEL, or the lead byte
/// of a C1 control (0xC2) or of U+202A–U+202E (0xE2) needs a closer look.
fn find_from(text: &str, keep: impl Fn(usize, char) -> bool) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(n) = bytes[from..].iter().position(|&b| {
        (b < 0x20 && b != b'\t' && b != b'\n') || b == 0x7f || b == 0xc2 || b == 0xe2
    }) {
        let at = from + n;
        if let Some(c) = text[at..].chars().next() {
            if is_unsafe_char(c) && keep(at, c) {
                return Some((at, c));
            }
        }
        from = at + 1;
        while from < bytes.len() && !text.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// `text` with every unsafe character written as a visible `\uXXXX` escape. The escape
/// is valid inside a JSON string too, so the same function makes JSON output safe.
pub fn printable(text: &str) -> Cow<'_, str> {
    if find_unsafe(text).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe_char(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// How an unsafe character is named in a problem message.
pub fn describe_unsafe(c: char) -> String {
    let what = match c {
        '\u{1b}' => "ESC, which starts terminal commands",
        '\u{0}' => "NUL",
        '\r' => "a carriage return, which lets text overwrite its line",
        '\u{202a}'..='\u{202e}' => {
            "a bidi override, which shows text in another order than it is stored"
        }
        _ => "a control character",
    };
    format!("U+{:04X} ({what})", c as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_obey() {
        assert_eq!(
            printable("a\u{1b}]0;owned\u{7}b"),
            "a\\u001b]0;owned\\u0007b"
        );
        assert_eq!(printable("\u{202e}gnp.exe"), "\\u202egnp.exe");
        assert!(matches!(
            printable("Grüße\tعربي\n\u{2068}x\u{2069}"),
            Cow::Borrowed(_)
        ));
        assert_eq!(find_unsafe("ok\u{9b}"), Some((2, '\u{9b}')));
        assert_eq!(printable("a\rb"), "a\\u000db");
        assert_eq!(find_unsafe_in_file("a\r\nb\rc"), Some((4, '\r')));
    }
}
