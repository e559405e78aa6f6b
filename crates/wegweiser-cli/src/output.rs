//! Terminal output: standard output that survives a closed pipe, aligned tables, and
//! texts marked with the locale they fell back to.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;
use wegweiser::{Locale, LocalizedText};

/// Standard output that treats a closed pipe (`wegweiser list … | head`) as success.
pub struct Out {
    inner: io::BufWriter<io::Stdout>,
}

impl Out {
    pub fn stdout() -> Out {
        Out {
            inner: io::BufWriter::new(io::stdout()),
        }
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.inner.write(buf) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
            other => other,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.inner.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
            other => other,
        }
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
