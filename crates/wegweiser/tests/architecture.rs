//! Keeps the layout of the core honest (see docs/architecture.md): no module imports a
//! module that imports it back, the search engine does not know `Directory`, every
//! `impl Directory` is under `src/directory/`, and no source file outgrows 500 lines.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 500;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn files(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !matches!(name.as_str(), "node_modules" | "pkg" | "tests" | "target") {
                files(&path, extension, out);
            }
        } else if path.extension().and_then(|e| e.to_str()) == Some(extension) {
            out.push(path);
        }
    }
    out.sort();
}

/// The module path of a source file: `src/search/engine.rs` → `search::engine`.
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src()).expect("below src/");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_owned());
    }
    parts
}

/// The code of a file without comments and without its unit tests (tests may reach
/// anywhere).
fn code(file: &Path) -> String {
    let text = std::fs::read_to_string(file).expect("readable source");
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(") && trimmed.contains("test") {
            if let Some(next) = lines.peek() {
                if next.trim_start().starts_with("mod ") {
                    break;
                }
            }
        }
        if trimmed.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every path the code names that starts with `crate::` or `super::`, resolved to
/// absolute segments (`use crate::{a, b::c}` gives `a` and `b::c`).
fn references(module: &[String], is_face: bool, code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (prefix, base) in [
        ("crate::", Vec::new()),
        ("super::", parent_of(module, is_face)),
    ] {
        let mut rest = code;
        while let Some(at) = rest.find(prefix) {
            let before = rest[..at].chars().last();
            rest = &rest[at + prefix.len()..];
            if before.is_some_and(|c| is_ident(c) || c == ':') {
                continue;
            }
            for path in expand(rest) {
                let mut full = base.clone();
                full.extend(path);
                out.push(full);
            }
        }
    }
    out
}

/// The module `super` names in a file: a face (`mod.rs`) is its folder's module.
fn parent_of(module: &[String], is_face: bool) -> Vec<String> {
    let mut parent = module.to_vec();
    if !is_face || !parent.is_empty() {
        parent.pop();
    }
    parent
}

/// The paths at the start of `text`: `a::b::C` or a group `{a, b::c}`.
fn expand(text: &str) -> Vec<Vec<String>> {
    if let Some(group) = text.strip_prefix('{') {
        let end = matching_brace(group);
        let mut out = Vec::new();
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in group[..end].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    out.extend(expand(group[start..i].trim()));
                    start = i + 1;
                }
                _ => {}
            }
        }
        out.extend(expand(group[start..end].trim()));
        return out;
    }
    let mut segments = Vec::new();
    let mut rest = text;
    loop {
        let end = rest.find(|c: char| !is_ident(c)).unwrap_or(rest.len());
        if end == 0 {
            break;
        }
        segments.push(rest[..end].to_owned());
        match rest[end..].strip_prefix("::") {
            Some(next) if next.starts_with('{') => {
                return expand(next)
                    .into_iter()
                    .map(|tail| segments.iter().cloned().chain(tail).collect())
                    .collect();
            }
            Some(next) => rest = next,
            None => break,
        }
    }
    if segments.is_empty() {
        Vec::new()
    } else {
        vec![segments]
    }
}

fn matching_brace(text: &str) -> usize {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return i,
            '}' => depth -= 1,
            _ => {}
        }
    }
    text.len()
}

struct Module {
    path: Vec<String>,
    file: PathBuf,
    code: String,
    is_face: bool,
}

fn modules() -> Vec<Module> {
    let mut sources = Vec::new();
    files(&src(), "rs", &mut sources);
    sources
        .into_iter()
        .map(|file| {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            Module {
                path: module_of(&file),
                code: code(&file),
                is_face: name == "mod.rs" || name == "lib.rs",
                file,
            }
        })
        .collect()
}

/// A cycle in `edges`, if there is one.
fn cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut found = stack[at..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, edges, stack, done) {
                return Some(found);
            }
        }
        stack.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|node| visit(node, edges, &mut Vec::new(), &mut done))
}

#[test]
fn top_level_modules_do_not_import_each_other_back() {
    let modules = modules();
    let top: BTreeSet<String> = modules
        .iter()
        .filter_map(|m| m.path.first().cloned())
        .collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for module in modules.iter().filter(|m| !m.path.is_empty()) {
        let from = &module.path[0];
        for reference in references(&module.path, module.is_face, &module.code) {
            if let Some(to) = reference
                .first()
                .filter(|to| top.contains(*to) && *to != from)
            {
                edges.entry(from.clone()).or_default().insert(to.clone());
            }
        }
    }
    assert!(
        edges.contains_key("directory"),
        "the scan sees imports: {edges:?}"
    );
    assert_eq!(cycle(&edges), None, "a cycle between top-level modules");
}

#[test]
fn files_of_a_folder_do_not_import_each_other_back() {
    let modules = modules();
    // Per folder: its files (not the face) and which siblings each one uses.
    let mut folders: BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for module in modules.iter().filter(|m| !m.is_face && !m.path.is_empty()) {
        let (name, folder) = module.path.split_last().unwrap();
        let uses = folders.entry(folder.to_vec()).or_default();
        let siblings = uses.entry(name.clone()).or_default();
        for reference in references(&module.path, false, &module.code) {
            if reference.len() > folder.len() && reference[..folder.len()] == *folder {
                let sibling = &reference[folder.len()];
                if sibling != name {
                    siblings.insert(sibling.clone());
                }
            }
        }
    }
    assert!(folders.len() > 5, "the scan sees folders: {folders:?}");
    for (folder, uses) in &folders {
        assert_eq!(cycle(uses), None, "a cycle between the files of {folder:?}");
    }
}

#[test]
fn the_search_engine_knows_no_directory() {
    let modules = modules();
    let search: Vec<&Module> = modules
        .iter()
        .filter(|m| m.path.first().map(String::as_str) == Some("search"))
        .collect();
    assert!(search.len() > 5);
    for module in search {
        let names_it = module.code.contains("crate::directory")
            || module
                .code
                .split(|c: char| !is_ident(c))
                .any(|word| word == "Directory");
        assert!(!names_it, "{} names the directory", module.file.display());
    }
}

#[test]
fn every_impl_directory_is_under_src_directory() {
    for module in modules() {
        let code = &module.code;
        let mut rest = code.as_str();
        while let Some(at) = rest.find("impl") {
            let header: String = rest[at..].chars().take_while(|c| *c != '{').collect();
            rest = &rest[at + 4..];
            let words: Vec<&str> = header.split(|c: char| !is_ident(c)).collect();
            let for_directory = match words.iter().position(|w| *w == "for") {
                Some(i) => words[i + 1..].iter().find(|w| !w.is_empty()) == Some(&"Directory"),
                None => words[1..].iter().find(|w| !w.is_empty()) == Some(&"Directory"),
            };
            if for_directory {
                assert_eq!(
                    module.path.first().map(String::as_str),
                    Some("directory"),
                    "{} has `{}`",
                    module.file.display(),
                    header.trim()
                );
            }
        }
    }
}

#[test]
fn no_source_file_is_over_500_lines() {
    let root = root();
    let mut sources = Vec::new();
    for dir in [
        "crates/wegweiser/src",
        "crates/wegweiser-cli/src",
        "bindings/python/src",
        "bindings/wasm/src",
    ] {
        files(&root.join(dir), "rs", &mut sources);
    }
    files(&root.join("bindings/wasm"), "js", &mut sources);
    files(&root.join("scripts"), "mjs", &mut sources);
    files(&root.join("bindings/python/python"), "py", &mut sources);
    assert!(sources.len() > 40, "{sources:?}");
    let long: Vec<String> = sources
        .iter()
        .filter(|path| path.file_name().is_some_and(|n| n != "model.rs"))
        .filter_map(|path| {
            let text = std::fs::read_to_string(path).ok()?;
            // Built files (the bundled component.js) are not sources.
            if text.starts_with("// Generated by") {
                return None;
            }
            let lines = text.lines().count();
            (lines > MAX_LINES).then(|| format!("{}: {lines} lines", path.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these files: {long:#?}");
}

#[test]
fn the_scanner_resolves_paths() {
    let module = vec!["search".to_owned(), "engine".to_owned()];
    let found = references(
        &module,
        false,
        "use super::{index::SearchIndex, query::QueryText};\nuse crate::l10n::{a, b};\nfoo::crate::x",
    );
    let found: Vec<String> = found.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        found,
        [
            "l10n::a",
            "l10n::b",
            "search::index::SearchIndex",
            "search::query::QueryText"
        ]
    );
    let mut edges = BTreeMap::new();
    edges.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    assert_eq!(cycle(&edges), None);
    edges.insert("b".to_owned(), BTreeSet::from(["a".to_owned()]));
    assert!(cycle(&edges).is_some());
}
