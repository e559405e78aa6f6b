use super::*;

fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, bytes) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    dir
}

fn messages(sources: &SourceFiles) -> Vec<String> {
    sources.problems.iter().map(ToString::to_string).collect()
}

#[test]
fn a_bad_byte_is_a_located_problem_and_the_rest_still_reads() {
    let dir = folder(&[
        ("directory.toml", b"[directory]\n"),
        ("locales/de/a.ftl", b"a = A\nb = Gr\xfc\xdfe\n"),
        ("locales/en/a.ftl", b"a = A\n"),
    ]);
    let sources = SourceFiles::read_dir(dir.path()).unwrap();
    assert_eq!(
        messages(&sources),
        ["locales/de/a.ftl:2:7: error: this byte is not UTF-8: save the file as UTF-8 (bad bytes are read as \u{fffd})"]
    );
    assert_eq!(sources.fluent.len(), 2);
    assert_eq!(&*sources.fluent[0].text, "a = A\nb = Gr\u{fffd}\u{fffd}e\n");
}

#[test]
fn both_structure_files_are_a_problem() {
    let dir = folder(&[("directory.toml", b""), ("directory.json", b"{}")]);
    let sources = SourceFiles::read_dir(dir.path()).unwrap();
    assert_eq!(sources.structure.as_ref().unwrap().path, "directory.toml");
    assert!(messages(&sources)[0]
        .starts_with("directory.json:1:1: error: both directory.toml and directory.json"));
}

#[test]
fn locales_as_a_file_is_one_problem() {
    let dir = folder(&[("directory.toml", b""), ("locales", b"de")]);
    let sources = SourceFiles::read_dir(dir.path()).unwrap();
    assert_eq!(
        messages(&sources),
        ["locales:1:1: error: `locales` is not a folder: the texts go in locales/<locale>/*.ftl"]
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_or_device_is_skipped_not_read() {
    let dir = folder(&[("locales/de/a.ftl", b"a = A\n")]);
    let fifo = dir.path().join("locales/de/pipe.ftl");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("directory.toml")).unwrap();
    // Would block forever on the pipe, or read without end from /dev/zero.
    let sources = SourceFiles::read_dir(dir.path()).unwrap();
    assert!(sources.structure.is_none());
    assert_eq!(sources.fluent.len(), 1);
    let error = read_text_file(&fifo).unwrap_err();
    assert!(error.to_string().contains("not a regular file"), "{error}");
    let messages = messages(&sources);
    assert!(
        messages[0]
            .starts_with("directory.toml:1:1: error: `directory.toml` is not a regular file"),
        "{messages:?}"
    );
    assert!(
        messages[1].starts_with("locales/de/pipe.ftl:1:1: error:"),
        "{messages:?}"
    );
}

#[test]
fn a_file_over_the_limit_is_skipped() {
    let dir = folder(&[("directory.toml", b"")]);
    std::fs::create_dir_all(dir.path().join("locales/de")).unwrap();
    let file = std::fs::File::create(dir.path().join("locales/de/big.ftl")).unwrap();
    // Sparse: no disk space used.
    file.set_len(MAX_FILE_BYTES + 1).unwrap();
    let sources = SourceFiles::read_dir(dir.path()).unwrap();
    assert!(sources.fluent.is_empty());
    assert!(
        messages(&sources)[0].contains("larger than the limit of 256 MiB"),
        "{:?}",
        messages(&sources)
    );
}

#[cfg(unix)]
#[test]
fn a_broken_link_or_an_odd_name_is_a_problem_not_a_failure() {
    use std::os::unix::ffi::OsStrExt;
    let dir = folder(&[("directory.toml", b""), ("locales/de/a.ftl", b"a = A\n")]);
    std::os::unix::fs::symlink("/no/such/file", dir.path().join("locales/de/gone.ftl")).unwrap();
    let odd = std::ffi::OsStr::from_bytes(b"b\xff.ftl");
    std::fs::write(dir.path().join("locales/de").join(odd), "b = B\n").unwrap();
    let sources = SourceFiles::read_dir(dir.path()).unwrap();
    assert_eq!(sources.fluent.len(), 1);
    let messages = messages(&sources);
    assert!(
        messages.iter().any(|m| m
            .starts_with("locales/de/gone.ftl:1:1: error: `locales/de/gone.ftl` cannot be read")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("this name is not UTF-8")),
        "{messages:?}"
    );
}

#[test]
fn the_files_together_have_a_budget() {
    let dir = folder(&[
        ("directory.toml", b"0123456789"),
        ("locales/de/a.ftl", b"a = 0123456789\n"),
        ("locales/de/b.ftl", b"b = 0123456789\n"),
    ]);
    // A budget of 30 bytes: the structure and a.ftl fit, b.ftl does not.
    let sources = SourceFiles::read_dir_within(dir.path(), 30).unwrap();
    assert_eq!(sources.fluent.len(), 1);
    assert!(
        messages(&sources)[0].contains("past its limit of 1024 MiB for all files"),
        "{:?}",
        messages(&sources)
    );
}
