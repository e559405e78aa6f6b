//! Every bad HSDS input of `fixtures/hsds/bad/` gives exactly its one problem, at its
//! place, and the rest of the input still imports.
#![cfg(feature = "hsds")]

use std::path::PathBuf;

use wegweiser::hsds::{import_path, ImportOptions};

fn fixtures() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds/bad");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    folders
}

#[test]
fn each_bad_input_gives_its_one_problem_at_its_place() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 14);
    for folder in fixtures {
        let expect = std::fs::read_to_string(folder.join("expect")).unwrap();
        let expect = expect.trim();
        let json = folder.join("services.json");
        let path = if json.is_file() { json } else { folder.clone() };
        let imported = import_path(&path, &ImportOptions::default());
        let problems = match imported {
            Ok(imported) => imported.report.problems,
            Err(error) => panic!(
                "{}: the import failed as a whole: {error}",
                folder.display()
            ),
        };
        assert_eq!(problems.len(), 1, "{}: {problems:#?}", folder.display());
        let shown = problems[0].to_string();
        assert!(
            shown.starts_with(expect),
            "{}:\n  got      {shown}\n  expected {expect}",
            folder.display()
        );
    }
}

#[test]
fn the_good_part_of_a_bad_input_still_imports() {
    let folder =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds/bad/bad-phone");
    let imported = import_path(&folder, &ImportOptions::default()).unwrap();
    let data = wegweiser::Directory::from_sources(imported.files)
        .unwrap()
        .data()
        .clone();
    assert_eq!(data.services.len(), 1);
    assert_eq!(
        data.contacts.len(),
        1,
        "the contact stays, without the bad number"
    );
    assert!(data.contacts[0].phones.is_empty());
    assert_eq!(imported.report.skipped.len(), 1);
    assert_eq!(imported.report.skipped[0].table, "phone");
}

#[test]
fn an_input_without_hsds_is_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "nothing").unwrap();
    let error = import_path(dir.path(), &ImportOptions::default()).unwrap_err();
    assert!(error.to_string().contains("no HSDS data"), "{error}");
    let missing =
        import_path(&dir.path().join("nothing.json"), &ImportOptions::default()).unwrap_err();
    assert_eq!(missing.code(), "io");
}
