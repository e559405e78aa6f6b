//! `directory.json`, the structure as web bundles carry it: read like `directory.toml`,
//! with problems at their line and column in the JSON file. Each file in
//! `fixtures/json/bad` holds one bad input; `NAME.expect` lists the problems it must give
//! (`LINE:COLUMN: severity: code: message`, one per line).

use std::path::{Path, PathBuf};

use wegweiser::{Directory, Problem, SourceFile, SourceFiles};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The minimal directory's Fluent files with `json` as its structure.
fn sources_with(json: String) -> SourceFiles {
    let mut sources = SourceFiles::read_dir(&fixtures().join("minimal")).unwrap();
    sources.structure = Some(SourceFile::new("directory.json", json));
    sources
}

fn describe(problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .map(|p| {
            let code = serde_json::to_value(p.code).unwrap();
            format!(
                "{}:{}: {}: {}: {}",
                p.line,
                p.column,
                p.severity,
                code.as_str().unwrap(),
                p.message
            )
        })
        .collect()
}

#[test]
fn the_json_structure_reads_like_the_toml_one() {
    let json = std::fs::read_to_string(fixtures().join("json/minimal.json")).unwrap();
    let (from_json, problems) = Directory::from_sources_lenient(sources_with(json)).unwrap();
    assert!(problems.is_empty(), "{problems:#?}");
    let from_toml = Directory::load(fixtures().join("minimal")).unwrap();
    assert_eq!(from_json.data(), from_toml.data());
}

#[test]
fn every_json_fixture_reports_exactly_its_problems() {
    let mut failures = Vec::new();
    let mut count = 0;
    for entry in std::fs::read_dir(fixtures().join("json/bad")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        count += 1;
        let expected: Vec<String> = std::fs::read_to_string(path.with_extension("expect"))
            .unwrap_or_else(|_| panic!("{} has no .expect file", path.display()))
            .lines()
            .map(str::to_owned)
            .collect();
        let json = std::fs::read_to_string(&path).unwrap();
        let (_, problems) = Directory::from_sources_lenient(sources_with(json)).unwrap();
        let in_structure: Vec<Problem> = problems
            .into_iter()
            .filter(|p| p.file == "directory.json")
            .collect();
        let found = describe(&in_structure);
        if found != expected {
            failures.push(format!(
                "{}\n  expected: {expected:#?}\n  found:    {found:#?}",
                path.display()
            ));
        }
    }
    assert!(count >= 6, "fixtures missing: found {count}");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_bad_entity_is_skipped_and_the_rest_loads() {
    let json = std::fs::read_to_string(fixtures().join("json/bad/invalid-value.json")).unwrap();
    let (directory, _) = Directory::from_sources_lenient(sources_with(json)).unwrap();
    assert!(directory.location("office-forst").is_err());
    assert!(directory.service("course-forst").is_ok());
}

#[test]
fn any_text_is_a_problem_not_a_panic() {
    for text in [
        "",
        "null",
        "[]",
        "\"directory\"",
        "{",
        "{\"directory\": ",
        "{\"services\": [1, \"x\", null, {}]}",
        "{\"directory\": {\"id\": \"a\\u00\"}}",
        "\u{feff}{}",
        "{\"services\": [{\"id\": \"ü\", \"fields\": [7]}]}",
    ] {
        let (_, problems) = Directory::from_sources_lenient(sources_with(text.into())).unwrap();
        assert!(
            problems
                .iter()
                .any(|p| p.file == "directory.json" && p.is_error()),
            "{text:?}: {problems:#?}"
        );
    }
}

#[test]
fn a_folder_with_both_structure_files_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("directory.toml"), "").unwrap();
    std::fs::write(dir.path().join("directory.json"), "{}").unwrap();
    let error = Directory::load(dir.path()).unwrap_err().to_string();
    assert!(
        error.contains("both directory.toml and directory.json"),
        "{error}"
    );
}
