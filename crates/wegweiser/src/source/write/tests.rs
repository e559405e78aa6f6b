use super::*;

fn files() -> Vec<(&'static str, &'static [u8])> {
    vec![("a.json", b"{}"), ("locales/de/x.ftl", b"x = X\n")]
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

#[test]
fn writes_a_new_folder_with_its_marker() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("out");
    write_folder(&out, files(), Overwrite::OwnOutput).unwrap();
    assert_eq!(read(&out.join("locales/de/x.ftl")), "x = X\n");
    assert!(read(&out.join(OUTPUT_MARKER)).contains(" locales/de/x.ftl\n"));
    // Nothing is left beside it.
    let names: Vec<_> = fs::read_dir(root.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["out"]);
}

#[test]
fn replaces_its_own_output_and_drops_stale_files() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("out");
    write_folder(&out, files(), Overwrite::OwnOutput).unwrap();
    write_folder(&out, [("b.json", &b"[]"[..])], Overwrite::OwnOutput).unwrap();
    assert!(!out.join("a.json").exists());
    assert!(!out.join("locales").exists());
    assert_eq!(read(&out.join("b.json")), "[]");
}

#[test]
fn refuses_a_folder_it_did_not_write() {
    let root = tempfile::tempdir().unwrap();
    fs::write(root.path().join("notes.txt"), "mine").unwrap();
    let error = write_folder(root.path(), files(), Overwrite::OwnOutput).unwrap_err();
    assert_eq!(error.code(), "refused");
    assert!(error.to_string().contains("add --force"), "{error}");
    assert!(!root.path().join("a.json").exists());
}

#[test]
fn refuses_a_directory_folder_even_with_a_marker_missing() {
    let root = tempfile::tempdir().unwrap();
    fs::write(root.path().join(STRUCTURE_FILE), "[directory]\n").unwrap();
    let error = write_folder(root.path(), files(), Overwrite::OwnOutput).unwrap_err();
    assert!(
        error.to_string().contains("is a directory folder"),
        "{error}"
    );
}

#[test]
fn refuses_its_own_output_once_edited_or_added_to() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("out");
    write_folder(&out, files(), Overwrite::OwnOutput).unwrap();
    fs::write(out.join("a.json"), "{\"edited\": true}").unwrap();
    let error = write_folder(&out, files(), Overwrite::OwnOutput).unwrap_err();
    assert!(error.to_string().contains("was changed since"), "{error}");
    write_folder(&out, files(), Overwrite::Force).unwrap();
    fs::write(out.join("extra.txt"), "mine").unwrap();
    let error = write_folder(&out, files(), Overwrite::OwnOutput).unwrap_err();
    assert!(
        error.to_string().contains("was not written by wegweiser"),
        "{error}"
    );
}

#[test]
fn force_writes_into_a_foreign_folder_and_keeps_its_files() {
    let root = tempfile::tempdir().unwrap();
    fs::write(root.path().join("notes.txt"), "mine").unwrap();
    write_folder(root.path(), files(), Overwrite::Force).unwrap();
    assert_eq!(read(&root.path().join("notes.txt")), "mine");
    assert_eq!(read(&root.path().join("a.json")), "{}");
    // A later forced write removes what the earlier one wrote and this one does not.
    write_folder(root.path(), [("b.json", &b"[]"[..])], Overwrite::Force).unwrap();
    assert!(!root.path().join("a.json").exists());
    assert_eq!(read(&root.path().join("notes.txt")), "mine");
}

#[cfg(unix)]
#[test]
fn never_writes_through_a_link() {
    let root = tempfile::tempdir().unwrap();
    let outside = root.path().join("outside");
    fs::create_dir(&outside).unwrap();
    let out = root.path().join("out");
    fs::create_dir(&out).unwrap();
    // A link to a folder outside, where the output puts `locales/`.
    std::os::unix::fs::symlink(&outside, out.join("locales")).unwrap();
    for overwrite in [Overwrite::OwnOutput, Overwrite::Force] {
        let _ = write_folder(&out, files(), overwrite);
        assert_eq!(fs::read_dir(&outside).unwrap().count(), 0, "{overwrite:?}");
    }
    // A link to a file: replaced by a file, the file it pointed to untouched.
    let target = root.path().join("target.json");
    fs::write(&target, "precious").unwrap();
    let out2 = root.path().join("out2");
    fs::create_dir(&out2).unwrap();
    std::os::unix::fs::symlink(&target, out2.join("a.json")).unwrap();
    let _ = write_folder(&out2, files(), Overwrite::OwnOutput);
    write_folder(&out2, files(), Overwrite::Force).unwrap();
    assert_eq!(read(&target), "precious");
    assert_eq!(read(&out2.join("a.json")), "{}");
    // The target itself a link.
    let link = root.path().join("link");
    std::os::unix::fs::symlink(&outside, &link).unwrap();
    let error = write_folder(&link, files(), Overwrite::Force).unwrap_err();
    assert!(error.to_string().contains("symbolic link"), "{error}");
}

#[test]
fn a_failed_write_leaves_the_old_output() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("out");
    write_folder(&out, files(), Overwrite::OwnOutput).unwrap();
    // The second file cannot be created: its folder name is taken by the first file.
    let clash = [("x", &b"file"[..]), ("x/y.json", &b"{}"[..])];
    assert!(write_folder(&out, clash, Overwrite::OwnOutput).is_err());
    assert_eq!(read(&out.join("a.json")), "{}");
    let names: Vec<_> = fs::read_dir(root.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["out"], "no temporary folder is left");
}

#[test]
fn paths_must_stay_inside() {
    let root = tempfile::tempdir().unwrap();
    for bad in ["../x", "/etc/x", "a/../../x", ""] {
        let error = write_folder(
            &root.path().join("out"),
            [(bad, &b""[..])],
            Overwrite::Force,
        );
        assert!(error.is_err(), "{bad}");
    }
}

#[test]
fn an_export_file_replaces_only_an_export() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("export.json");
    let export = b"{\n  \"format\": \"wegweiser-directory/1\"\n}\n";
    write_export_file(&path, export, Overwrite::OwnOutput).unwrap();
    write_export_file(&path, export, Overwrite::OwnOutput).unwrap();
    fs::write(&path, "my notes").unwrap();
    let error = write_export_file(&path, export, Overwrite::OwnOutput).unwrap_err();
    assert!(
        error.to_string().contains("not an export of wegweiser"),
        "{error}"
    );
    assert_eq!(read(&path), "my notes");
    write_export_file(&path, export, Overwrite::Force).unwrap();
    assert_eq!(read(&path).as_bytes(), export);
}

#[test]
fn a_failed_write_says_write_not_read() {
    let root = tempfile::tempdir().unwrap();
    let file = root.path().join("file");
    fs::write(&file, "x").unwrap();
    // The parent "folder" is a file: nothing can be created below it.
    let error = write_folder(&file.join("out"), files(), Overwrite::OwnOutput).unwrap_err();
    assert_eq!(error.code(), "write");
    assert!(error.to_string().contains("cannot write"), "{error}");
}

#[cfg(unix)]
#[test]
fn a_listed_name_that_became_a_link_is_not_read_through() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("out");
    write_folder(&out, files(), Overwrite::OwnOutput).unwrap();
    // Reading through this link would never end.
    fs::remove_file(out.join("a.json")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", out.join("a.json")).unwrap();
    let error = write_folder(&out, files(), Overwrite::OwnOutput).unwrap_err();
    assert_eq!(error.code(), "refused");
    // `out/` is the same folder, not a way through a link named `out`.
    let link = root.path().join("link");
    std::os::unix::fs::symlink(&out, &link).unwrap();
    let mut slashed = link.into_os_string();
    slashed.push("/");
    let error = write_folder(Path::new(&slashed), files(), Overwrite::Force).unwrap_err();
    assert!(error.to_string().contains("symbolic link"), "{error}");
}
