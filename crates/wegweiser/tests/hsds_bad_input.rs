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
fn what_has_no_place_is_reported_not_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("services.json");
    // A second address, a later note, a cost without amount, a service id twice with
    // another name, a list item that is no record, and an unused translation.
    std::fs::write(&file, r#"[
  {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Kurs", "status": "active",
   "cost_options": [{"id": "1fdf4d39-3d80-484d-9f92-a8ffa08621e7", "option": "kostenlos"}],
   "schedules": [
     {"id": "48102e86-bb50-41c4-8f1e-e269368c41d1", "freq": "WEEKLY", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00", "notes": "eins"},
     {"id": "58102e86-bb50-41c4-8f1e-e269368c41d1", "freq": "WEEKLY", "byday": "TU", "opens_at": "09:00", "closes_at": "12:00", "notes": "zwei"}],
   "service_at_locations": [{"id": "e94c9f38-1e8f-4564-91d4-d53501ab1765", "location": {
     "id": "3a19ff88-4620-4d17-9830-ac1d859eb5d5", "location_type": "physical", "addresses": [
       {"id": "74706e55-df26-4b84-80fe-ecc30b5befb4", "address_1": "Markt 1", "city": "Forst", "postal_code": "03149", "address_type": "physical"},
       {"id": "84706e55-df26-4b84-80fe-ecc30b5befb4", "address_1": "Postfach 5", "city": "Forst", "postal_code": "03149", "address_type": "postal"}]}}],
   "languages": [42]},
  {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Anderer Kurs", "status": "active"}
]"#).unwrap();
    std::fs::write(dir.path().join("translations.json"), r#"[{"table": "service", "record_id": "ac148810-d857-441c-9679-408f346de14b", "field": "fees", "locale": "en", "text": "Free", "status": "translated"}]"#).unwrap();
    let report = import_path(&file, &ImportOptions::default())
        .unwrap()
        .report;
    let unmapped: Vec<String> = report
        .unmapped
        .iter()
        .map(|u| format!("{}.{}", u.table, u.field))
        .collect();
    for expected in [
        "address.address_1",
        "schedule.notes",
        "cost_option.option",
        "translation.service.fees",
    ] {
        assert!(
            unmapped.contains(&expected.to_owned()),
            "{expected} in {unmapped:?}"
        );
    }
    let messages: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("appears again with another `name`")),
        "{messages:#?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m
                .starts_with("services.json:11:18: error: `$[0].languages[0]` is not a record")),
        "{messages:#?}"
    );
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
