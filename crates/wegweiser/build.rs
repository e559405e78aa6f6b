//! Compiles the library's UI strings (`locales/` at the workspace root) and, with the
//! `sample` feature, the Spree-Neiße sample directory into the crate.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.join("../..");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));

    let ui_dir = root.join("locales");
    println!("cargo:rerun-if-changed={}", ui_dir.display());
    let mut code = String::new();
    write_files(&mut code, "UI_FILES", &ui_dir, &ui_dir);

    let sample_dir = root.join("examples/spree-neisse");
    if std::env::var_os("CARGO_FEATURE_SAMPLE").is_some() {
        println!("cargo:rerun-if-changed={}", sample_dir.display());
        let mut files = Vec::new();
        let toml = sample_dir.join("directory.toml");
        if toml.exists() {
            files.push(toml);
        }
        collect_ftl(&sample_dir.join("locales"), &mut files);
        write_list(&mut code, "SAMPLE_FILES", &sample_dir, &files);
    }
    std::fs::write(out.join("embedded.rs"), code).expect("OUT_DIR is writable");
}

fn write_files(code: &mut String, name: &str, base: &Path, dir: &Path) {
    let mut files = Vec::new();
    collect_ftl(dir, &mut files);
    // UI files are named relative to the workspace root, like a directory's files.
    let prefix = base.parent().unwrap_or(base);
    write_list(code, name, prefix, &files);
}

fn collect_ftl(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_ftl(&path, files);
        } else if path.extension().and_then(|e| e.to_str()) == Some("ftl")
            || path.file_name().and_then(|n| n.to_str()) == Some("l10n.lock")
        {
            files.push(path);
        }
    }
}

fn write_list(code: &mut String, name: &str, base: &Path, files: &[PathBuf]) {
    writeln!(code, "pub(crate) static {name}: &[(&str, &str)] = &[").unwrap();
    for file in files {
        let relative = file
            .strip_prefix(base)
            .expect("file below its base")
            .to_string_lossy()
            .replace('\\', "/");
        let absolute = file.canonicalize().expect("file exists");
        writeln!(
            code,
            "    ({relative:?}, include_str!({:?})),",
            absolute.display().to_string()
        )
        .unwrap();
    }
    writeln!(code, "];").unwrap();
}
