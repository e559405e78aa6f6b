//! Terminal output: standard output that is safe from data and survives a closed pipe,
//! aligned tables, and texts marked with the locale they fell back to.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;
use wegweiser::{Locale, LocalizedText};

/// Standard output that never passes a control character from data to the terminal
/// (each is written as a visible `\uXXXX`, which is also valid inside JSON strings), and
/// that stops writing when the pipe closes (`wegweiser validate … | head`) while the
/// command still ends with its own exit status.
pub struct Out {
    inner: io::BufWriter<io::Stdout>,
    closed: bool,
}

impl Out {
    pub fn stdout() -> Out {
        Out {
            inner: io::BufWriter::new(io::stdout()),
            closed: false,
        }
    }

    fn closed_pipe(&mut self, result: io::Result<()>) -> io::Result<()> {
        match result {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        // Formatting hands over whole strings; a split character is passed on as it is.
        let valid = match std::str::from_utf8(buf) {
            Ok(text) => text,
            Err(e) => std::str::from_utf8(&buf[..e.valid_up_to()]).unwrap_or_default(),
        };
        let safe = wegweiser::printable(valid);
        let mut result = self.inner.write_all(safe.as_bytes());
        if result.is_ok() {
            result = self.inner.write_all(&buf[valid.len()..]);
        }
        self.closed_pipe(result)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = self.inner.flush();
        self.closed_pipe(result)
    }
}

impl Drop for Out {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// A text, followed by `[de]` when it fell back to another locale than the one shown.
pub fn marked(text: &LocalizedText, locale: &Locale) -> String {
    if text.fallback && text.locale != locale.primary().to_string() && text.locale != "und" {
        format!("{} [{}]", text.text, text.locale)
    } else {
        text.text.clone()
    }
}

/// Prints rows as aligned columns. `right` says which columns align right.
pub fn table(
    out: &mut impl Write,
    header: &[String],
    rows: &[Vec<String>],
    right: &[bool],
) -> io::Result<()> {
    let columns = header
        .len()
        .max(rows.iter().map(Vec::len).max().unwrap_or(0));
    let mut widths = vec![0; columns];
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.width());
        }
    }
    let mut print = |row: &[String]| -> io::Result<()> {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[i] - cell.width());
            if i > 0 {
                line.push_str("  ");
            }
            if right.get(i).copied().unwrap_or(false) {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                if i + 1 < row.len() {
                    line.push_str(&pad);
                }
            }
        }
        writeln!(out, "{}", line.trim_end())
    };
    if !header.is_empty() {
        print(header)?;
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        print(&rule)?;
    }
    for row in rows {
        print(row)?;
    }
    Ok(())
}
