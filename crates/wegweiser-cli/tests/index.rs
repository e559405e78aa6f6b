//! `wegweiser index`: the saved search index is what later commands search with, the
//! same results as without it; a broken one is reported and searching still works.

mod common;

use common::wegweiser;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn search(cache: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "--index-cache",
        cache,
        "--lang",
        "ar",
        "search",
        "--json",
        "دورة لغة",
    ];
    args.extend_from_slice(extra);
    wegweiser(&args)
}

#[test]
fn searches_use_the_saved_index_and_find_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let cache = cache.to_str().unwrap();
    let fresh = wegweiser(&[
        "--no-index-cache",
        "--lang",
        "ar",
        "search",
        "--json",
        "دورة لغة",
    ]);
    assert!(fresh.status.success(), "{}", text(&fresh.stderr));

    let out = wegweiser(&["--index-cache", cache, "index"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("search index saved in"),
        "{}",
        text(&out.stdout)
    );
    let entries: Vec<_> = std::fs::read_dir(cache).unwrap().flatten().collect();
    assert_eq!(entries.len(), 1);
    let entry = entries[0].path();
    assert!(entry
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("index-spree-neisse-"));

    let cached = search(cache, &[]);
    assert!(cached.status.success(), "{}", text(&cached.stderr));
    assert_eq!(text(&cached.stdout), text(&fresh.stdout));
    assert_eq!(text(&cached.stderr), "", "a usable index gives no warning");

    // A damaged file: the search says so, and finds the same with an index built anew.
    let term = std::fs::read_dir(&entry)
        .unwrap()
        .flatten()
        .map(|f| f.path())
        .find(|p| p.extension().is_some_and(|e| e == "term"))
        .unwrap();
    let mut bytes = std::fs::read(&term).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&term, bytes).unwrap();
    let broken = search(cache, &[]);
    assert!(broken.status.success(), "{}", text(&broken.stderr));
    assert_eq!(text(&broken.stdout), text(&fresh.stdout));
    assert!(
        text(&broken.stderr).contains("run `wegweiser index` again"),
        "{}",
        text(&broken.stderr)
    );

    // Indexing again replaces the damaged entry.
    assert!(wegweiser(&["--index-cache", cache, "index"])
        .status
        .success());
    assert_eq!(text(&search(cache, &[]).stderr), "");
}

#[test]
fn index_refuses_a_cache_entry_it_did_not_write() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let out = wegweiser(&["--index-cache", cache.to_str().unwrap(), "index"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let entry = std::fs::read_dir(&cache)
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();
    // Someone keeps a file of their own in it: it is not replaced.
    std::fs::write(entry.join("notes.txt"), "mine").unwrap();
    std::fs::remove_file(entry.join("wegweiser-index.json")).unwrap();
    let out = wegweiser(&["--index-cache", cache.to_str().unwrap(), "index"]);
    assert!(!out.status.success());
    assert!(entry.join("notes.txt").is_file());
    assert!(
        text(&out.stderr).contains(entry.to_str().unwrap()),
        "{}",
        text(&out.stderr)
    );
}
