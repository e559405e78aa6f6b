//! The `wegweiser` command end to end.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::wegweiser;

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../wegweiser/tests/fixtures")
}

#[test]
fn validate_passes_on_the_built_in_sample() {
    let output = wegweiser(&["validate"]);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    // Only the outdated translations the sample ships so that the feature shows.
    let report = stdout(&output);
    let warnings: Vec<&str> = report.lines().collect();
    assert_eq!(warnings.len(), 3, "{report}");
    for (line, locale) in warnings.iter().zip(["ar", "dsb", "uk"]) {
        assert!(
            line.starts_with(&format!("locales/{locale}/services.ftl:116:5: warning: ")),
            "{line}"
        );
    }
    assert!(
        stderr(&output).contains("0 error(s), 3 warning(s)"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn validate_reports_every_problem_with_its_position_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("minimal"), dir.path());
    let toml = dir.path().join("directory.toml");
    let mut text = std::fs::read_to_string(&toml).unwrap();
    text.push_str(
        "\n[[contacts]]\nid = \"fixture\"\nemail = \"nope\"\nwebsite = \"javascript:alert(1)\"\n",
    );
    std::fs::write(&toml, text).unwrap();
    std::fs::write(
        dir.path().join("locales/en/broken.ftl"),
        "contact-fixture = {\n",
    )
    .unwrap();

    let output = wegweiser(&["validate", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<String> = stdout(&output).lines().map(str::to_owned).collect();
    assert_eq!(
        lines,
        [
            "directory.toml:110:6: error: contact `fixture` has no de text: message `contact-fixture` in locales/de/ needs a value",
            "directory.toml:111:9: error: e-mail `nope` of contact `fixture`: an e-mail address needs an @",
            "directory.toml:112:11: error: links may only use http, https, mailto or tel, not `javascript:`",
            "locales/en/broken.ftl:2:1: error: Fluent syntax: Expected an inline expression",
        ]
    );

    let output = wegweiser(&["validate", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let problems: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(problems[1]["code"], "invalid-email");
    assert_eq!(problems[1]["line"], 111);
    assert_eq!(problems[1]["column"], 9);
    assert_eq!(problems[1]["severity"], "error");
}

#[test]
fn list_services_in_arabic_as_json() {
    let output = wegweiser(&["list", "services", "--lang", "ar", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let items: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let items = items.as_array().unwrap();
    assert!(items.len() >= 60);
    let first = &items[0];
    assert_eq!(first["kind"], "service");
    assert_eq!(first["texts"]["name"]["locale"], "ar");
    assert_eq!(first["texts"]["name"]["direction"], "rtl");
    assert!(first["references"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["key"] == "provider"));
}

#[test]
fn list_filters_accept_sorbian_names() {
    let grodk = stdout(&wegweiser(&["list", "services", "--municipality", "Grodk"]));
    let spremberg = stdout(&wegweiser(&[
        "list",
        "services",
        "--municipality",
        "spremberg",
    ]));
    assert_eq!(grodk, spremberg);
    assert!(grodk.contains("Angebote gefunden"), "{grodk}");
    let output = wegweiser(&[
        "list",
        "services",
        "--municipality",
        "Grodk",
        "--lang",
        "dsb",
    ]);
    assert!(stdout(&output).contains("Grodk"), "{}", stdout(&output));
}

#[test]
fn list_each_kind() {
    for what in [
        "services",
        "measures",
        "fields",
        "municipalities",
        "contacts",
        "organizations",
    ] {
        let output = wegweiser(&["list", what]);
        assert!(output.status.success(), "{what}: {}", stderr(&output));
        assert!(stdout(&output).lines().count() >= 3, "{what}");
    }
    let fields = stdout(&wegweiser(&["list", "fields", "--lang", "en"]));
    assert!(
        fields.contains("Education and language") || fields.contains("Education"),
        "{fields}"
    );
}

#[test]
fn show_marks_fallback_text_with_its_locale() {
    let output = wegweiser(&["show", "mbe-forst", "--lang", "pl"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    // No Polish service texts: the German name is shown and marked [de].
    assert!(text.lines().next().unwrap().ends_with("[de]"), "{text}");
    // The UI labels are Polish.
    assert!(text.contains("Oferta"), "{text}");
}

#[test]
fn show_json_has_texts_and_references() {
    let output = wegweiser(&["show", "measure:education-childcare-courses", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert!(value["texts"]["name"]["text"].as_str().is_some());
    assert_eq!(value["kind"], "measure");
    assert!(value["references"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["key"] == "services"));
}

#[test]
fn unknown_ids_and_bad_languages_fail_clearly() {
    let output = wegweiser(&["show", "mbe-frost"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("did you mean `mbe-forst`"),
        "{}",
        stderr(&output)
    );
    let output = wegweiser(&["list", "services", "--lang", "not a tag"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("is not a language tag"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn lang_comes_from_the_environment() {
    let output = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["show", "mbe-forst"])
        .env("LANG", "uk_UA.UTF-8")
        .output()
        .unwrap();
    let text = stdout(&output);
    assert!(
        text.contains("Послуга") || text.contains("послуга"),
        "{text}"
    );
    // A LANG that names no language (C, POSIX) means German.
    let output = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["show", "mbe-forst"])
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    assert!(stdout(&output).contains("Angebot"), "{}", stdout(&output));
}

#[test]
fn l10n_status_prints_coverage_per_locale() {
    let output = wegweiser(&["l10n-status"]);
    assert!(output.status.success());
    let text = stdout(&output);
    for tag in ["de", "dsb", "en", "ar", "uk", "ru", "fa", "tr", "pl"] {
        assert!(
            text.lines().any(|l| l.starts_with(&format!("{tag} "))),
            "{tag} missing:\n{text}"
        );
    }
    assert!(
        text.lines()
            .any(|l| l.starts_with("de ") && l.ends_with("100.0 %")),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&wegweiser(&["l10n-status", "--json"]))).unwrap();
    assert_eq!(json["source_locale"], "de");
    let missing = stdout(&wegweiser(&["l10n-status", "--missing", "pl"]));
    assert!(
        missing.lines().any(|l| l.starts_with("service-")),
        "{missing}"
    );
}

#[test]
fn export_json_round_trips_through_dir() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sample.json");
    let output = wegweiser(&[
        "export",
        "--format",
        "json",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json = std::fs::read_to_string(&file).unwrap();
    let directory = wegweiser::Directory::from_json(&json).unwrap();
    assert!(directory.data().services.len() >= 60);
    assert!(
        !json.contains("\"steering-group\""),
        "internal contact exported"
    );
}

#[test]
fn a_directory_folder_is_read_with_dir() {
    let minimal = fixtures().join("minimal");
    let output = wegweiser(&[
        "--dir",
        minimal.to_str().unwrap(),
        "list",
        "services",
        "--lang",
        "en",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Language and integration course in Forst"),
        "{}",
        stdout(&output)
    );
    // An invalid folder makes other commands fail with a pointer to `validate`.
    let output = wegweiser(&["--dir", "/no/such/dir", "list", "services"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("/no/such/dir"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn schema_prints_the_committed_schema() {
    let printed = stdout(&wegweiser(&["schema"]));
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/directory.schema.json"),
    )
    .unwrap();
    assert_eq!(printed, committed);
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn search_answers_in_the_readers_language_as_json() {
    let output = wegweiser(&[
        "search",
        "دورة لغة",
        "--lang",
        "ar",
        "--json",
        "--limit",
        "3",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert!(value["total"].as_u64().unwrap() >= 3);
    let hit = &value["hits"][0];
    for key in [
        "kind",
        "id",
        "title",
        "title_locale",
        "snippet",
        "highlights",
        "score",
    ] {
        assert!(!hit[key].is_null(), "hit lacks {key}: {hit}");
    }
    assert_eq!(hit["title_locale"], "ar");
    assert!(value["facets"]["kind"].is_object());
}

#[test]
fn search_with_filters_and_sorbian_town_names() {
    let output = wegweiser(&["search", "Sprachkurs Grodk", "--kind", "service"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Spremberg"), "{text}");
    assert!(text.contains('«'), "matches are marked: {text}");
    let output = wegweiser(&[
        "search",
        "Beratung",
        "--municipality",
        "Baršć",
        "--offered-in",
        "ar",
        "--json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["facets"]["municipality"]["forst"], value["total"]);
    // Hostile input is just text.
    let output = wegweiser(&["search", "((( \"AND OR <script>", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn relevance_and_generate_commands() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let output = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .current_dir(&root)
        .args(["relevance", "--json"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert!(report["overall"]["recall_at_5"].as_f64().unwrap() > 0.5);

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("generated");
    let output = wegweiser(&[
        "generate",
        "--services",
        "120",
        "--seed",
        "3",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = wegweiser(&["validate", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stdout(&output));
    let output = wegweiser(&[
        "--dir",
        out.to_str().unwrap(),
        "search",
        "Integrationskurs",
        "--json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert!(value["total"].as_u64().unwrap() > 0);
}

#[test]
fn export_web_writes_a_bundle_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("web");
    let output = wegweiser(&["export", "--format", "web", "--out", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("wegweiser.json")).unwrap())
            .unwrap();
    assert_eq!(manifest["format"], "wegweiser-web/1");
    assert!(out.join("directory.json").is_file());
    for locale in manifest["locales"].as_array().unwrap() {
        let path = out.join(locale["file"]["path"].as_str().unwrap());
        assert!(path.is_file(), "{}", path.display());
    }
    // The folder reads back as a directory.
    let check = wegweiser(&["--dir", out.to_str().unwrap(), "validate"]);
    assert!(check.status.success(), "{}", stderr(&check));

    let no_out = wegweiser(&["export", "--format", "web"]);
    assert_eq!(no_out.status.code(), Some(2));
    assert!(stderr(&no_out).contains("--out DIR"), "{}", stderr(&no_out));
    let internal = wegweiser(&[
        "export",
        "--format",
        "web",
        "--include-internal",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(internal.status.code(), Some(2));
}
