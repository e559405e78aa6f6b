//! Paths into a structure document (`services`, 3, `phones`, 0).

/// One step of a path into the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// "[[services]] #3" (TOML) or "`services` #3" (JSON) style description of a path.
pub(crate) fn describe(path: &[Seg<'_>], toml: bool) -> String {
    match (path, toml) {
        ([Seg::Key(array), Seg::Index(index), ..], true) => format!("[[{array}]] #{}", index + 1),
        ([Seg::Key(array), Seg::Index(index), ..], false) => format!("`{array}` #{}", index + 1),
        ([Seg::Key(table), ..], true) => format!("[{table}]"),
        ([Seg::Key(key), ..], false) => format!("`{key}`"),
        _ => "the document".to_owned(),
    }
}
