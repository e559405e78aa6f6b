//! The search index saved between commands: written once, opened while the files are the
//! same, ignored (and built anew) when they changed or the saved files are broken.

use std::path::Path;

use wegweiser::{Directory, IndexOrigin, SearchRequest, SourceFiles, INDEX_MANIFEST};

const QUERIES: [(&str, &str); 4] = [
    ("Sprachkurs Grodk", "de"),
    ("دورة لغة", "ar"),
    ("Integrazionskurs", "de"),
    ("póraźowanje", "dsb"),
];

fn results(directory: &Directory) -> Vec<String> {
    QUERIES
        .iter()
        .map(|(query, lang)| {
            let found = directory
                .search(&SearchRequest::new(*query).lang(*lang))
                .unwrap();
            serde_json::to_string(&found).unwrap()
        })
        .collect()
}

fn cached(cache: &Path) -> Directory {
    let mut directory = Directory::sample().unwrap();
    directory.use_index_cache(cache);
    directory
}

#[test]
fn a_saved_index_is_opened_and_searches_the_same() {
    let cache = tempfile::tempdir().unwrap();
    let built = Directory::sample().unwrap();
    let expected = results(&built);
    let entry = built.write_index_cache(cache.path()).unwrap();
    assert!(entry.join(INDEX_MANIFEST).is_file());
    assert_eq!(built.index_origin(), Some(&IndexOrigin::Built));

    let reopened = cached(cache.path());
    assert_eq!(
        reopened.index_origin(),
        None,
        "nothing is opened before a search"
    );
    assert_eq!(results(&reopened), expected);
    assert_eq!(reopened.index_origin(), Some(&IndexOrigin::Cached));
}

#[test]
fn changed_files_are_indexed_anew_and_replace_the_old_entry() {
    let cache = tempfile::tempdir().unwrap();
    let sample = Directory::sample().unwrap();
    let old_entry = sample.write_index_cache(cache.path()).unwrap();
    // A folder of the same name pattern that wegweiser did not write stays.
    let foreign = cache.path().join("index-spree-neisse-someone-elses");
    std::fs::create_dir(&foreign).unwrap();

    let mut sources: SourceFiles = sample.sources().clone();
    let german = sources
        .fluent
        .iter_mut()
        .find(|f| f.path.starts_with("locales/de/"))
        .unwrap();
    german.text = format!("{}\n# an edit\n", german.text).into();
    let mut edited = Directory::from_sources(sources).unwrap();
    assert_ne!(edited.fingerprint(), sample.fingerprint());
    edited.use_index_cache(cache.path());
    edited.prepare_search().unwrap();
    assert_eq!(edited.index_origin(), Some(&IndexOrigin::Built));

    let new_entry = edited.write_index_cache(cache.path()).unwrap();
    assert_ne!(new_entry, old_entry);
    assert!(!old_entry.exists(), "the entry of the old files is removed");
    assert!(new_entry.is_dir() && foreign.is_dir());
}

/// Writes an entry, breaks it with `damage`, and checks that searching still works, from
/// an index built anew, with the reason given.
fn broken_entry(damage: impl FnOnce(&Path), reason: &str) {
    let cache = tempfile::tempdir().unwrap();
    let sample = Directory::sample().unwrap();
    let expected = results(&sample);
    let entry = sample.write_index_cache(cache.path()).unwrap();
    damage(&entry);
    let directory = cached(cache.path());
    assert_eq!(results(&directory), expected);
    match directory.index_origin() {
        Some(IndexOrigin::Rebuilt { reason: why }) => {
            assert!(why.contains(reason), "{why:?} should say {reason:?}")
        }
        other => panic!("expected a rebuilt index, got {other:?}"),
    }
}

fn manifest(entry: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(entry.join(INDEX_MANIFEST)).unwrap()).unwrap()
}

fn segment_file(entry: &Path, suffix: &str) -> std::path::PathBuf {
    let files = manifest(entry)["files"].as_array().unwrap().clone();
    let name = files
        .iter()
        .filter_map(|f| f.as_str())
        .find(|f| f.ends_with(suffix))
        .unwrap()
        .to_owned();
    entry.join(name)
}

#[test]
fn a_damaged_index_file_is_noticed() {
    broken_entry(
        |entry| {
            let file = segment_file(entry, ".idx");
            let mut bytes = std::fs::read(&file).unwrap();
            let middle = bytes.len() / 2;
            bytes[middle] ^= 0xff;
            std::fs::write(&file, bytes).unwrap();
        },
        "damaged",
    );
}

#[test]
fn a_missing_index_file_is_noticed() {
    broken_entry(
        |entry| std::fs::remove_file(segment_file(entry, ".term")).unwrap(),
        ".term",
    );
}

#[test]
fn a_broken_manifest_is_noticed() {
    broken_entry(
        |entry| std::fs::write(entry.join(INDEX_MANIFEST), "{\"format\": ").unwrap(),
        "EOF while parsing",
    );
}

#[test]
fn a_manifest_that_names_files_outside_its_entry_is_refused() {
    broken_entry(
        |entry| {
            let mut value = manifest(entry);
            value["files"] = serde_json::json!(["../../etc/passwd"]);
            std::fs::write(entry.join(INDEX_MANIFEST), value.to_string()).unwrap();
        },
        "bad file name",
    );
}

#[test]
fn an_entry_of_another_version_is_not_used() {
    broken_entry(
        |entry| {
            let mut value = manifest(entry);
            value["format"] = "wegweiser-index/0".into();
            std::fs::write(entry.join(INDEX_MANIFEST), value.to_string()).unwrap();
        },
        "another version",
    );
}
