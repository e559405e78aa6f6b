//! Every bad-input fixture in `fixtures/bad` produces exactly the problems its
//! `# expect:` lines name, at the positions they name.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use wegweiser::{Directory, Problem, ProblemCode, SourceFile, SourceFiles};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn base() -> SourceFiles {
    SourceFiles::read_dir(&fixtures_dir().join("minimal")).expect("minimal fixture reads")
}

struct Outcome {
    /// Problems inside the fixture, as `LINE:COL: severity: message`.
    in_fixture: Vec<String>,
    /// Problems anywhere else (there should be none).
    elsewhere: Vec<String>,
    problems: Vec<Problem>,
    directory: Directory,
}

/// Loads the minimal directory with `fixture` added.
fn load_with(fixture: &Path) -> Outcome {
    let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read_to_string(fixture).unwrap();
    let mut sources = base();
    let (fixture_path, line_offset) = if let Some(stem) = name.strip_suffix(".toml") {
        let structure = sources.structure.as_mut().unwrap();
        let offset = structure.text.lines().count();
        let mut edited = structure.text.to_string();
        if !edited.ends_with('\n') {
            edited.push('\n');
        }
        edited.push_str(&text);
        structure.text = edited.into();
        let _ = stem;
        ("directory.toml".to_owned(), offset as u32)
    } else {
        let stem = name
            .strip_suffix(".ftl")
            .expect("fixtures are .toml or .LOCALE.ftl");
        let (stem, locale) = stem.rsplit_once('.').expect("NAME.LOCALE.ftl");
        let path = format!("locales/{locale}/{stem}.ftl");
        sources.fluent.push(SourceFile::new(path.clone(), text));
        sources.fluent.sort_by(|a, b| a.path.cmp(&b.path));
        (path, 0)
    };
    let (directory, problems) = Directory::from_sources_lenient(sources).expect("loads leniently");
    let expects_missing_text = name == "missing-source-text.toml";
    let mut in_fixture = Vec::new();
    let mut elsewhere = Vec::new();
    for p in &problems {
        if p.file == fixture_path && p.line > line_offset {
            if p.code == ProblemCode::MissingSourceText && !expects_missing_text {
                continue;
            }
            in_fixture.push(format!(
                "{}:{}: {}: {}",
                p.line - line_offset,
                p.column,
                p.severity,
                p.message
            ));
        } else {
            elsewhere.push(p.to_string());
        }
    }
    Outcome {
        in_fixture,
        elsewhere,
        problems,
        directory,
    }
}

fn expectations(fixture: &Path) -> Vec<String> {
    std::fs::read_to_string(fixture)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .map(str::to_owned)
        .collect()
}

fn fixtures() -> Vec<PathBuf> {
    let mut all: Vec<PathBuf> = std::fs::read_dir(fixtures_dir().join("bad"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("toml" | "ftl")))
        .collect();
    all.sort();
    all
}

#[test]
fn the_minimal_directory_is_valid() {
    let (_, problems) = Directory::from_sources_lenient(base()).unwrap();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_fixture_reports_exactly_its_problems() {
    let mut failures = Vec::new();
    for fixture in fixtures() {
        let expected = expectations(&fixture);
        assert!(
            !expected.is_empty(),
            "{} has no # expect: line",
            fixture.display()
        );
        let outcome = load_with(&fixture);
        if outcome.in_fixture != expected || !outcome.elsewhere.is_empty() {
            failures.push(format!(
                "{}\n  expected: {expected:#?}\n  found:    {:#?}\n  elsewhere: {:#?}",
                fixture.file_name().unwrap().to_string_lossy(),
                outcome.in_fixture,
                outcome.elsewhere
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_kind_of_problem_has_a_fixture() {
    let mut seen = BTreeSet::new();
    for fixture in fixtures() {
        for problem in load_with(&fixture).problems {
            seen.insert(format!("{:?}", problem.code));
        }
    }
    // `File` (no directory.toml) is covered by its own test below.
    seen.insert(format!("{:?}", ProblemCode::File));
    let all = [
        ProblemCode::File,
        ProblemCode::TomlSyntax,
        ProblemCode::InvalidValue,
        ProblemCode::UnknownKey,
        ProblemCode::InvalidId,
        ProblemCode::DuplicateId,
        ProblemCode::UnknownReference,
        ProblemCode::InvalidEmail,
        ProblemCode::InvalidUrl,
        ProblemCode::InvalidPhone,
        ProblemCode::InvalidLocale,
        ProblemCode::Inconsistent,
        ProblemCode::FluentSyntax,
        ProblemCode::DuplicateMessage,
        ProblemCode::UnknownEntity,
        ProblemCode::UnknownAttribute,
        ProblemCode::MissingSourceText,
        ProblemCode::UnknownVariable,
        ProblemCode::UnknownMessageReference,
        ProblemCode::LocaleMismatch,
        ProblemCode::DemoData,
    ];
    let missing: Vec<String> = all
        .iter()
        .map(|c| format!("{c:?}"))
        .filter(|c| !seen.contains(c))
        .collect();
    assert!(missing.is_empty(), "no fixture produces {missing:?}");
}

#[test]
fn a_broken_file_in_one_locale_keeps_the_others() {
    let outcome = load_with(&fixtures_dir().join("bad/fluent-syntax.de.ftl"));
    let directory = outcome.directory;
    let english = directory.locale(&["en"]).unwrap();
    let name = directory
        .text(&english, wegweiser::Kind::Service, "course-forst", None)
        .unwrap();
    assert_eq!(name.text, "Language and integration course in Forst");
    // The German file next to the broken one still loads too.
    let german = directory.locale(&["de"]).unwrap();
    let name = directory
        .text(&german, wegweiser::Kind::Service, "course-peitz", None)
        .unwrap();
    assert_eq!(name.text, "Integrationskurs in Peitz");
}

#[test]
fn an_invalid_entity_is_skipped_but_the_rest_loads() {
    let outcome = load_with(&fixtures_dir().join("bad/invalid-date.toml"));
    assert!(outcome.directory.service("fixture").is_err());
    assert!(outcome.directory.service("course-forst").is_ok());
}

#[test]
fn strict_loading_fails_with_every_problem() {
    let dir = tempfile::tempdir().unwrap();
    let mut sources = base();
    let structure = sources.structure.as_mut().unwrap();
    structure.text = format!(
        "{}\n[[contacts]]\nid = \"x\"\nemail = \"nope\"\nphones = [\"12\"]\n",
        structure.text
    )
    .into();
    write_sources(dir.path(), &sources);
    match Directory::load(dir.path()) {
        Err(wegweiser::Error::Invalid { problems }) => {
            let codes: Vec<ProblemCode> = problems.iter().map(|p| p.code).collect();
            assert!(codes.contains(&ProblemCode::InvalidEmail), "{codes:?}");
            assert!(codes.contains(&ProblemCode::InvalidPhone), "{codes:?}");
            assert!(codes.contains(&ProblemCode::MissingSourceText), "{codes:?}");
        }
        other => panic!("expected Error::Invalid, got {other:?}"),
    }
}

#[test]
fn a_folder_without_directory_toml_is_a_problem_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("locales/de")).unwrap();
    std::fs::write(dir.path().join("locales/de/x.ftl"), "directory = X\n").unwrap();
    let problems = Directory::validate_path(dir.path()).unwrap();
    assert_eq!(problems[0].to_string(), "directory.toml:1:1: error: directory.toml is missing: a directory folder needs it (or directory.json) next to locales/");
}

#[test]
fn unreadable_input_is_an_error_that_names_the_path() {
    let error = Directory::load("/no/such/folder").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("/no/such/folder: cannot read"),
        "{error}"
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("directory.toml"), b"id = \"\xff\"\n").unwrap();
    // Not UTF-8: a problem at the bad byte, not an I/O error.
    let problems = Directory::validate_path(dir.path()).unwrap();
    let bad_byte = problems
        .iter()
        .find(|p| p.message.contains("UTF-8"))
        .unwrap();
    assert_eq!(
        bad_byte.to_string(),
        "directory.toml:1:7: error: this byte is not UTF-8: save the file as UTF-8 (bad bytes are read as \u{fffd})"
    );
    let error = Directory::load(dir.path()).unwrap_err();
    assert_eq!(error.code(), "invalid-data", "{error}");
}

#[test]
fn garbage_never_panics() {
    // Arbitrary bytes in both kinds of file: problems, never a panic.
    let inputs = [
        "",
        "[",
        "[[services]]\nid = 5",
        "\u{202e}[directory]\n",
        "a = 1\n[directory]\nid = []",
        "[directory]\nlocales = \"de\"",
    ];
    for input in inputs {
        let sources = SourceFiles {
            structure: Some(SourceFile::new("directory.toml", input)),
            fluent: vec![SourceFile::new("locales/de/x.ftl", input)],
            locks: Vec::new(),
            problems: Vec::new(),
        };
        let (_, problems) = Directory::from_sources_lenient(sources).unwrap();
        assert!(
            problems.iter().any(Problem::is_error),
            "{input:?} gave no error"
        );
    }
}

fn write_sources(dir: &Path, sources: &SourceFiles) {
    let structure = sources.structure.as_ref().unwrap();
    std::fs::write(dir.join(&structure.path), &*structure.text).unwrap();
    for file in &sources.fluent {
        let path = dir.join(&file.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &*file.text).unwrap();
    }
}

/// Runs `work` on a thread with a 512 KiB stack, as a Python thread may have.
fn on_a_small_stack<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(work)
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn deep_nesting_is_refused_even_on_a_small_stack() {
    // Before the nesting limit, 700 levels overflowed a thread's small stack.
    let fixture = fixtures_dir().join("bad/deep-placeables.de.ftl");
    let outcome = on_a_small_stack(move || load_with(&fixture).in_fixture);
    assert_eq!(outcome.len(), 1, "{outcome:?}");
}

#[test]
fn deep_toml_and_json_are_located_problems() {
    let deep_toml = format!("[directory]\nid = {}\n", "[".repeat(100_000));
    let deep_json = format!(
        "{{\"format\": \"wegweiser-directory/1\", \"directory\": {}}}",
        "[".repeat(100_000)
    );
    let run = move || {
        let mut sources = base();
        sources.structure = Some(SourceFile::new("directory.toml", deep_toml));
        let (_, problems) = Directory::from_sources_lenient(sources).unwrap();
        let json = Directory::from_json(&deep_json).unwrap_err();
        (problems, json)
    };
    let (problems, json) = on_a_small_stack(run);
    let first = problems
        .iter()
        .find(|p| p.code == ProblemCode::TomlSyntax)
        .unwrap();
    assert_eq!(
        (first.line, first.file.as_str()),
        (2, "directory.toml"),
        "{first}"
    );
    assert!(problems.len() < 10, "{problems:#?}");
    let wegweiser::Error::Invalid { problems } = json else {
        panic!("{json}")
    };
    assert_eq!(
        (problems[0].line, problems[0].code),
        (1, ProblemCode::JsonSyntax),
        "{problems:?}"
    );
}

#[test]
fn a_locale_listed_twice_is_an_error_at_the_second() {
    let mut sources = base();
    let structure = sources.structure.as_mut().unwrap();
    structure.text = structure
        .text
        .replace(
            "locales = [\"de\", \"en\"]",
            "locales = [\"de\", \"en\", \"de\"]",
        )
        .into();
    let (_, problems) = Directory::from_sources_lenient(sources).unwrap();
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        ["directory.toml:5:24: error: locale `de` is listed twice: remove this one"]
    );
}

#[test]
fn deep_dotted_keys_and_headers_are_located_problems() {
    let dotted = format!(
        "[[services]]\nid = \"x\"\n{} = 1\n",
        vec!["a"; 100_000].join(".")
    );
    let header = format!("[{}]\nb = 1\n", vec!["a"; 100_000].join("."));
    for text in [dotted, header] {
        let run = move || {
            let mut sources = base();
            let structure = sources.structure.as_mut().unwrap();
            structure.text = format!("{}{text}", structure.text).into();
            let (_, problems) = Directory::from_sources_lenient(sources).unwrap();
            problems
        };
        let problems = on_a_small_stack(run);
        let first = problems
            .iter()
            .find(|p| p.code == ProblemCode::TomlSyntax)
            .unwrap();
        // Not 1:1: at the deep key, after the minimal directory's lines.
        assert!(first.line > 100, "{first}");
        assert!(first.message.contains("nest too deeply here"), "{first}");
    }
}

#[test]
fn locales_as_a_file_is_one_problem_not_nine() {
    let dir = tempfile::tempdir().unwrap();
    let minimal = fixtures_dir().join("minimal/directory.toml");
    std::fs::copy(minimal, dir.path().join("directory.toml")).unwrap();
    std::fs::write(dir.path().join("locales"), "de").unwrap();
    let problems = Directory::validate_path(dir.path()).unwrap();
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        ["locales:1:1: error: `locales` is not a folder: the texts go in locales/<locale>/*.ftl"]
    );
}
