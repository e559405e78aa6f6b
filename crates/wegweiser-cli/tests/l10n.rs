//! `wegweiser l10n stamp` and `l10n-status --outdated`: a translator's review loop on a
//! copy of the sample, and the refusals of a command that writes.

mod common;

use common::wegweiser;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The sample written into a fresh folder.
fn sample_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let sources = wegweiser::Directory::sample_sources();
    for file in sources
        .structure
        .iter()
        .chain(&sources.fluent)
        .chain(&sources.locks)
    {
        let path = dir.path().join(&file.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &*file.text).unwrap();
    }
    dir
}

fn run(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--dir", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    wegweiser(&all)
}

fn outdated(dir: &std::path::Path, locale: &str) -> Vec<String> {
    let output = run(dir, &["l10n-status", "--outdated", locale]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    text(&output.stdout).lines().map(str::to_owned).collect()
}

#[test]
fn review_loop_stamp_edit_list_stamp() {
    let dir = sample_copy();
    for locale in ["ar", "uk"] {
        let output = run(dir.path(), &["l10n", "stamp", "--locale", locale]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        assert!(text(&output.stdout).contains(&format!("locales/{locale}/l10n.lock")));
    }
    assert!(outdated(dir.path(), "ar").is_empty());

    let german = dir.path().join("locales/de/services.ftl");
    let before = std::fs::read_to_string(&german).unwrap();
    let after = before.replacen("Kostenlos und vertraulich.", "Kostenlos, vertraulich.", 1);
    assert_ne!(before, after);
    std::fs::write(&german, after).unwrap();

    let listed = outdated(dir.path(), "ar");
    assert!(!listed.is_empty());
    assert!(
        listed.iter().all(|l| l.ends_with(".cost-note")),
        "{listed:?}"
    );
    let validate = run(dir.path(), &["validate"]);
    let report = text(&validate.stdout);
    let warning = report
        .lines()
        .find(|l| l.starts_with("locales/ar/services.ftl:") && l.contains("was translated from"));
    assert!(warning.is_some(), "{report}");

    // A minor edit: every locale's stamps move, nothing is outdated.
    let output = run(dir.path(), &["l10n", "stamp", "--minor"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(outdated(dir.path(), "ar").is_empty());
    assert!(outdated(dir.path(), "uk").is_empty());
}

#[test]
fn stamping_refuses_what_it_did_not_write_and_the_sample() {
    let dir = sample_copy();
    let lock = dir.path().join("locales/tr/l10n.lock");
    std::fs::write(&lock, "my own notes\n").unwrap();
    let output = run(dir.path(), &["l10n", "stamp", "--locale", "tr"]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(
        text(&output.stderr).contains("--force"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(std::fs::read_to_string(&lock).unwrap(), "my own notes\n");

    let output = run(dir.path(), &["l10n", "stamp", "--locale", "tr", "--force"]);
    assert!(output.status.success(), "{}", text(&output.stderr));

    let output = run(dir.path(), &["l10n", "stamp", "--locale", "de"]);
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).contains("source locale"),
        "{}",
        text(&output.stderr)
    );

    let output = wegweiser(&["l10n", "stamp", "--locale", "ar"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("--dir"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn diff_shows_the_source_text_before_and_now() {
    let output = wegweiser(&["l10n", "diff", "--locale", "uk"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let report = text(&output.stdout);
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines[0], "service-mbe-forst.description", "{report}");
    assert!(
        lines[1].starts_with("  - ") && lines[1].ends_with("Wohnung und Familie."),
        "{report}"
    );
    assert!(
        lines[2].starts_with("  + ") && lines[2].contains("Briefen von Ämtern"),
        "{report}"
    );
    assert!(lines[3].starts_with("1 outdated in uk"), "{report}");

    let output = wegweiser(&["l10n", "diff", "--locale", "xx"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn xliff_out_and_back_and_a_broken_file_changes_nothing() {
    let dir = sample_copy();
    let xlf = dir.path().join("ar.xlf");
    let xlf_arg = xlf.to_str().unwrap();
    let output = run(
        dir.path(),
        &[
            "l10n", "export", "--format", "xliff", "--locale", "ar", "--out", xlf_arg,
        ],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("1 units for ar"),
        "{}",
        text(&output.stdout)
    );
    let exported = std::fs::read_to_string(&xlf).unwrap();
    assert!(
        exported.contains("<unit id=\"service-mbe-forst.description\">"),
        "{exported}"
    );

    // The agency translates: the target gets a new Arabic text.
    let start = exported.find("<target>").unwrap();
    let end = exported.find("</target>").unwrap();
    let translated = format!(
        "{}<target>نص عربي جديد.{}",
        &exported[..start],
        &exported[end..]
    );
    std::fs::write(&xlf, &translated).unwrap();
    let output = run(dir.path(), &["l10n", "import", xlf_arg]);
    assert!(
        output.status.success(),
        "{}{}",
        text(&output.stdout),
        text(&output.stderr)
    );
    let arabic = std::fs::read_to_string(dir.path().join("locales/ar/services.ftl")).unwrap();
    assert!(
        arabic.contains("    .description = نص عربي جديد.\n"),
        "written in place"
    );
    assert!(
        outdated(dir.path(), "ar").is_empty(),
        "and stamped as current"
    );

    // A broken file: reported with its position, no file touched.
    let before = std::fs::read_to_string(dir.path().join("locales/ar/services.ftl")).unwrap();
    std::fs::write(&xlf, translated.replace("</target>", "</targt>")).unwrap();
    let output = run(dir.path(), &["l10n", "import", xlf_arg]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stdout).contains("XML syntax"),
        "{}",
        text(&output.stdout)
    );
    assert!(
        text(&output.stdout).contains("ar.xlf:"),
        "{}",
        text(&output.stdout)
    );
    let after = std::fs::read_to_string(dir.path().join("locales/ar/services.ftl")).unwrap();
    assert_eq!(before, after);

    // Export refuses to overwrite a file it did not write.
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "mine").unwrap();
    let output = run(
        dir.path(),
        &[
            "l10n",
            "export",
            "--locale",
            "ar",
            "--out",
            notes.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "mine");
}

#[test]
fn counts_per_kind_of_entity() {
    let output = wegweiser(&["--lang", "en", "l10n-status", "--by-kind"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let report = text(&output.stdout);
    let row = report
        .lines()
        .find(|l| l.starts_with("ar ") && l.contains("Service"))
        .unwrap_or_else(|| panic!("{report}"));
    let cells: Vec<&str> = row.split_whitespace().collect();
    // locale, kind, translated, machine, outdated, missing, coverage
    assert_eq!(cells[4], "1", "{row}");
}
