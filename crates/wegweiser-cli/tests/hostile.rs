//! The command against hostile data and careless use: nothing from data reaches the
//! terminal raw, nothing is overwritten that wegweiser did not write, and the exit status
//! tells the truth even when the reader stops early.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::wegweiser;

fn minimal() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../wegweiser/tests/fixtures/minimal")
}

/// A copy of the minimal directory in a temporary folder.
fn copy_of_minimal() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut pending = vec![(minimal(), dir.path().to_path_buf())];
    while let Some((from, to)) = pending.pop() {
        std::fs::create_dir_all(&to).unwrap();
        for entry in std::fs::read_dir(&from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                pending.push((entry.path(), target));
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    dir
}

fn has_control(bytes: &[u8]) -> bool {
    bytes.iter().any(|&b| b == 0x1b || b == 0x07 || b == 0)
}

#[test]
fn control_characters_from_data_are_never_printed_raw() {
    let dir = copy_of_minimal();
    let hostile = "-title = Course\u{1b}]0;owned\u{7}\u{1b}[2J\n";
    std::fs::write(dir.path().join("locales/en/hostile.ftl"), hostile).unwrap();
    // Problem messages quote what they found: here a key with an escape sequence.
    let mut structure = std::fs::read_to_string(dir.path().join("directory.toml")).unwrap();
    structure.push_str("\n[[target_groups]]\nid = \"youth\"\n\"k\\u001b[2J\" = 1\n");
    std::fs::write(dir.path().join("directory.toml"), structure).unwrap();
    let path = dir.path().to_str().unwrap();
    let output = wegweiser(&["validate", path]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        !has_control(&output.stdout),
        "{:?}",
        String::from_utf8_lossy(&output.stdout)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("U+001B"), "{text}");
    assert!(text.contains("unknown key `k\\u001b[2J`"), "{text}");

    // An id from the command line echoed in an error message.
    let clean = minimal();
    let output = wegweiser(&["--dir", clean.to_str().unwrap(), "show", "x\u{1b}[2Jy"]);
    assert!(
        !has_control(&output.stderr),
        "{:?}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("\\u001b[2J"));
}

#[test]
fn validate_fails_even_when_the_reader_stops_early() {
    // Enough errors to overflow a pipe's buffer, so the write really fails.
    let dir = copy_of_minimal();
    let mut structure = std::fs::read_to_string(dir.path().join("directory.toml")).unwrap();
    for n in 0..3000 {
        structure.push_str(&format!(
            "\n[[contacts]]\nid = \"bad-{n}\"\nemail = \"nope\"\n"
        ));
    }
    std::fs::write(dir.path().join("directory.toml"), structure).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["validate", dir.path().to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Like `| head -1`: read a little, then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    assert_eq!(child.wait().unwrap().code(), Some(1));
}

#[test]
fn writers_refuse_folders_they_did_not_write() {
    let dir = copy_of_minimal();
    let path = dir.path().to_str().unwrap();
    let before = std::fs::read_to_string(dir.path().join("directory.toml")).unwrap();

    // The source folder as the web export's target.
    let output = wegweiser(&["--dir", path, "export", "--format", "web", "--out", path]);
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("is a directory folder"), "{message}");
    assert!(!dir.path().join("wegweiser.json").exists());

    // An existing directory as generate's target.
    let output = wegweiser(&["generate", "--services", "3", "--out", path]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("directory.toml")).unwrap(),
        before
    );

    // Its own output is replaced, and what it no longer writes is gone.
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("web");
    let target = target.to_str().unwrap();
    for _ in 0..2 {
        let output = wegweiser(&["--dir", path, "export", "--format", "web", "--out", target]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    // A single-file export replaces only an export.
    let file = out.path().join("notes.json");
    std::fs::write(&file, "my notes").unwrap();
    let output = wegweiser(&["--dir", path, "export", "--out", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "my notes");
    let output = wegweiser(&[
        "--dir",
        path,
        "export",
        "--out",
        file.to_str().unwrap(),
        "--force",
    ]);
    assert!(output.status.success());
}

#[test]
fn generate_refuses_absurd_sizes() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("g");
    for services in ["18446744073709551615", "200001"] {
        let output = wegweiser(&[
            "generate",
            "--services",
            services,
            "--out",
            target.to_str().unwrap(),
        ]);
        assert_eq!(output.status.code(), Some(2), "{services}");
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(message.contains("more than the 200000"), "{message}");
    }
}
