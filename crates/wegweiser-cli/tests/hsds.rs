//! `wegweiser export --format hsds` and `wegweiser import`: the files, the report on
//! standard error, exit statuses, and never writing over what the command did not write.

mod common;

use common::wegweiser;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn export_then_import_gives_a_directory_that_validates() {
    let dir = tempfile::tempdir().unwrap();
    let hsds = dir.path().join("hsds");
    let out = wegweiser(&[
        "export",
        "--format",
        "hsds",
        "--lang",
        "uk",
        "--csv-separator",
        ";",
        "--out",
        hsds.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("(HSDS 3.0)"));
    let services = std::fs::read_to_string(hsds.join("services.csv")).unwrap();
    assert!(
        services.starts_with("\u{feff}id;organization_id;"),
        "a byte order mark and semicolons"
    );
    let folder = dir.path().join("imported");
    let out = wegweiser(&[
        "import",
        "--format",
        "hsds",
        hsds.to_str().unwrap(),
        "--out",
        folder.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let summary = text(&out.stderr);
    assert!(
        summary.contains("imported ") && summary.contains("66 service"),
        "{summary}"
    );
    assert!(
        summary.contains("not carried over"),
        "the summary lists what has no place: {summary}"
    );
    assert!(folder.join("import-report.json").is_file());
    let out = wegweiser(&["--dir", folder.to_str().unwrap(), "validate"]);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    // The imported folder is a directory like any other: search it in Ukrainian.
    let out = wegweiser(&[
        "--dir",
        folder.to_str().unwrap(),
        "--lang",
        "uk",
        "search",
        "курс",
    ]);
    assert!(
        out.status.success() && !text(&out.stdout).trim().is_empty(),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_bad_record_is_named_and_the_exit_status_says_so() {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../wegweiser/tests/fixtures/hsds/bad/bad-date"
    );
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("imported");
    let out = wegweiser(&["import", fixture, "--out", folder.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("services.csv:2:6: error: column `assured_date`"),
        "{stderr}"
    );
    assert!(
        folder.join("directory.toml").is_file(),
        "the rest is written"
    );
}

#[test]
fn neither_command_writes_over_what_it_did_not_write() {
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("mine");
    std::fs::create_dir(&mine).unwrap();
    std::fs::write(mine.join("notes.txt"), "my notes").unwrap();
    let target = mine.to_str().unwrap();
    let out = wegweiser(&["export", "--format", "hsds", "--out", target]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("--force") || text(&out.stderr).contains("refuse"),
        "{}",
        text(&out.stderr)
    );
    let hsds = dir.path().join("hsds");
    assert!(wegweiser(&[
        "export",
        "--format",
        "hsds",
        "--out",
        hsds.to_str().unwrap()
    ])
    .status
    .success());
    let out = wegweiser(&["import", hsds.to_str().unwrap(), "--out", target]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(mine.join("notes.txt")).unwrap(),
        "my notes"
    );
    let out = wegweiser(&[
        "export",
        "--format",
        "hsds",
        "--include-internal",
        "--out",
        hsds.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2), "an HSDS export is public");
    let out = wegweiser(&["export", "--format", "hsds"]);
    assert_eq!(out.status.code(), Some(2), "it needs --out");
}

#[test]
fn an_unreadable_json_file_writes_nothing_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("services.json");
    std::fs::write(&file, "[{\"id\": ").unwrap();
    let folder = dir.path().join("imported");
    let out = wegweiser(&[
        "import",
        file.to_str().unwrap(),
        "--out",
        folder.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("services.json:1:"),
        "{}",
        text(&out.stderr)
    );
    assert!(!folder.exists());
}

#[test]
fn an_export_that_cannot_be_valid_hsds_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source");
    let minimal = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../wegweiser/tests/fixtures/minimal"
    );
    let out = wegweiser(&[
        "--dir",
        minimal,
        "export",
        "--format",
        "hsds",
        "--out",
        source.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("warning:") && stderr.contains("state_province"),
        "{stderr}"
    );
}

#[test]
fn an_input_that_is_no_hsds_fails_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = wegweiser(&[
        "import",
        dir.path().to_str().unwrap(),
        "--out",
        dir.path().join("x").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no HSDS data"),
        "{}",
        text(&out.stderr)
    );
}
