//! Writing output without damaging data: the one way every writer (generated
//! directories, web bundles, exports) puts files on disk.
//!
//! - A folder is built next to its target and renamed into place, so a failed write
//!   leaves the old output as it was, and files of an earlier output do not linger.
//! - Only a new or empty folder, or one that wegweiser wrote before (it lists its files
//!   and their checksums in [`OUTPUT_MARKER`], and nothing was added or edited since),
//!   is replaced. Anything else is refused
//!   unless [`Overwrite::Force`]; then files are written one by one into it.
//! - No symbolic link is followed: not the target itself, not one inside it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use super::files::{SourceFiles, STRUCTURE_FILE, STRUCTURE_JSON_FILE};
use crate::error::{Error, Result};

/// The file in an output folder that lists what wegweiser wrote there.
pub const OUTPUT_MARKER: &str = ".wegweiser-output";
const MARKER_HEADER: &str =
    "# Written by wegweiser: the files it wrote here. It replaces this folder on the next write.";

/// What a writer may replace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Overwrite {
    /// Only what wegweiser wrote itself (and new or empty folders).
    #[default]
    OwnOutput,
    /// Also files it did not write (`--force`); links are still never followed.
    Force,
}

/// Writes `(relative path, contents)` as the folder `dir`.
pub(crate) fn write_folder<'a>(
    dir: &Path,
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    overwrite: Overwrite,
) -> Result<()> {
    // `out/` would make the checks below look through a link named `out`.
    let dir: PathBuf = dir.components().collect();
    let dir = dir.as_path();
    let files: Vec<(&str, &[u8])> = files.into_iter().collect();
    for (relative, _) in &files {
        check_relative(relative)?;
    }
    let mut marker = format!("{MARKER_HEADER}\n");
    for (relative, contents) in &files {
        marker.push_str(&format!("{:016x} {relative}\n", checksum(contents)));
    }
    match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => replace(dir, &files, &marker, false),
        Err(e) => Err(write_error(dir, e)),
        Ok(meta) if meta.file_type().is_symlink() => Err(refused(
            dir,
            "is a symbolic link; wegweiser does not write through links: give the folder itself",
        )),
        Ok(meta) if !meta.is_dir() => Err(refused(dir, "is a file, not a folder")),
        Ok(_) => match owner(dir)? {
            Owner::Empty | Owner::Wegweiser => replace(dir, &files, &marker, true),
            Owner::Other(_) if overwrite == Overwrite::Force => write_into(dir, &files, &marker),
            Owner::Other(reason) => Err(refused(dir, &reason)),
        },
    }
}

/// Writes an export (a JSON document whose first key is `"format": "wegweiser-…"`) to
/// `path` atomically. An existing file is replaced only if it is such an export too, or
/// with [`Overwrite::Force`]; a link is never followed.
pub fn write_export_file(path: &Path, contents: &[u8], overwrite: Overwrite) -> Result<()> {
    write_own_file(
        path,
        contents,
        overwrite,
        is_export,
        "an export of wegweiser",
    )
}

/// Writes a locale's `l10n.lock` like [`write_export_file`]: over a lock file that
/// wegweiser wrote (it starts with [`LOCK_HEADER`](crate::LOCK_HEADER)), not over anything else.
pub fn write_lock_file(path: &Path, contents: &[u8], overwrite: Overwrite) -> Result<()> {
    let ours = |head: &[u8]| head.starts_with(super::files::LOCK_HEADER.as_bytes());
    write_own_file(path, contents, overwrite, ours, "a lock file of wegweiser")
}

/// Writes an XLIFF file like [`write_export_file`]: over an XLIFF 2.0 file, not over
/// anything else unless `overwrite` is [`Overwrite::Force`].
pub fn write_xliff_file(path: &Path, contents: &[u8], overwrite: Overwrite) -> Result<()> {
    let ours = |head: &[u8]| {
        String::from_utf8_lossy(head).contains("urn:oasis:names:tc:xliff:document:2.0")
    };
    write_own_file(path, contents, overwrite, ours, "an XLIFF 2.0 file")
}

/// Replaces a text file of the directory a command edits (`l10n import` writing Fluent
/// files): atomically, and never through a symbolic link.
pub fn write_directory_file(path: &Path, contents: &[u8]) -> Result<()> {
    write_own_file(path, contents, Overwrite::Force, |_| true, "a file")
}

fn write_own_file(
    path: &Path,
    contents: &[u8],
    overwrite: Overwrite,
    ours: impl Fn(&[u8]) -> bool,
    what: &str,
) -> Result<()> {
    let path: PathBuf = path.components().collect();
    let path = path.as_path();
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(write_error(path, e)),
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(refused(
                path,
                "is a symbolic link; wegweiser does not write through links",
            ))
        }
        Ok(meta) if !meta.is_file() => return Err(refused(path, "is not a regular file")),
        Ok(_) if overwrite == Overwrite::Force => {}
        Ok(_) => {
            let mut head = Vec::new();
            let file = File::open(path).map_err(|e| write_error(path, e))?;
            std::io::Read::read_to_end(&mut std::io::Read::take(file, 4096), &mut head)
                .map_err(|e| write_error(path, e))?;
            if !head.is_empty() && !ours(&head) {
                return Err(refused(
                    path,
                    &format!("exists and is not {what}: choose another file, or add --force to replace it"),
                ));
            }
        }
    }
    let temp = temp_path(&parent_of(path), path, "tmp");
    let result = create_new(&temp, contents).and_then(|()| rename(&temp, path));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// `{ "format": "wegweiser-` at the start, whitespace allowed between the tokens.
fn is_export(head: &[u8]) -> bool {
    let mut rest = head;
    for token in [&b"{"[..], b"\"format\"", b":", b"\"wegweiser-"] {
        rest = rest.trim_ascii_start();
        match rest.strip_prefix(token) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    true
}

enum Owner {
    Empty,
    /// An earlier output of ours, unchanged since.
    Wegweiser,
    /// Why it is not ours.
    Other(String),
}

/// Whose folder `dir` is.
fn owner(dir: &Path) -> Result<Owner> {
    let present = list_files(dir)?;
    if present.is_empty() {
        return Ok(Owner::Empty);
    }
    if [STRUCTURE_FILE, STRUCTURE_JSON_FILE]
        .iter()
        .any(|name| present.contains(*name))
        && !present.contains(OUTPUT_MARKER)
    {
        return Ok(Owner::Other(format!(
            "is a directory folder (it holds {STRUCTURE_FILE} or {STRUCTURE_JSON_FILE}): writing here would damage it; choose another folder, or add --force"
        )));
    }
    let listed = match read_marker(dir)? {
        Some(listed) => listed,
        None => {
            return Ok(Owner::Other(format!(
                "is not empty and wegweiser did not write it (there is no {OUTPUT_MARKER}): choose a new or empty folder, or add --force to write into it"
            )))
        }
    };
    for path in present.iter().filter(|path| *path != OUTPUT_MARKER) {
        let unchanged = match listed.get(path) {
            Some(sum) => file_checksum(&dir.join(path)) == Some(*sum),
            None => false,
        };
        if !unchanged {
            let what = if listed.contains_key(path) {
                "was changed since wegweiser wrote it"
            } else {
                "was not written by wegweiser"
            };
            return Ok(Owner::Other(format!(
                "holds `{path}`, which {what}: move it, or add --force to write into the folder and keep what is not ours"
            )));
        }
    }
    Ok(Owner::Wegweiser)
}

/// FNV-1a, 64 bits: enough to notice an edit, stable across Rust versions.
fn checksum(bytes: &[u8]) -> u64 {
    checksum_from(0xcbf2_9ce4_8422_2325, bytes)
}

fn checksum_from(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The checksum of a regular file, read in pieces; `None` for a link, a pipe, a device
/// or anything unreadable (which is then not ours).
fn file_checksum(path: &Path) -> Option<u64> {
    if !fs::symlink_metadata(path).ok()?.is_file() {
        return None;
    }
    let mut file = File::open(path).ok()?;
    let mut buffer = vec![0; 64 << 10];
    let mut hash = checksum(&[]);
    loop {
        match std::io::Read::read(&mut file, &mut buffer) {
            Ok(0) => return Some(hash),
            Ok(n) => hash = checksum_from(hash, &buffer[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

/// The files below `dir` as relative paths with `/`; a link or anything but a file or
/// folder counts as a file, so it is never taken for ours.
fn list_files(dir: &Path) -> Result<BTreeSet<String>> {
    let mut found = BTreeSet::new();
    let mut pending = vec![(dir.to_path_buf(), String::new())];
    while let Some((folder, prefix)) = pending.pop() {
        for entry in fs::read_dir(&folder).map_err(|e| write_error(&folder, e))? {
            let entry = entry.map_err(|e| write_error(&folder, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let relative = format!("{prefix}{name}");
            let kind = entry
                .file_type()
                .map_err(|e| write_error(&entry.path(), e))?;
            if kind.is_dir() {
                pending.push((entry.path(), format!("{relative}/")));
            } else {
                found.insert(relative);
            }
        }
    }
    Ok(found)
}

/// The files an earlier output listed, with their checksums.
fn read_marker(dir: &Path) -> Result<Option<BTreeMap<String, u64>>> {
    let path = dir.join(OUTPUT_MARKER);
    match fs::symlink_metadata(&path) {
        Ok(meta) if meta.is_file() && meta.len() < (64 << 20) => {}
        _ => return Ok(None),
    }
    let text = fs::read_to_string(&path).map_err(|e| write_error(&path, e))?;
    if !text.starts_with(MARKER_HEADER) {
        return Ok(None);
    }
    Ok(Some(
        text.lines()
            .skip(1)
            .filter_map(|line| {
                let (sum, path) = line.split_once(' ')?;
                Some((path.to_owned(), u64::from_str_radix(sum, 16).ok()?))
            })
            .collect(),
    ))
}

/// Builds the output in a new folder beside `dir`, then swaps it in.
fn replace(dir: &Path, files: &[(&str, &[u8])], marker: &str, exists: bool) -> Result<()> {
    let parent = parent_of(dir);
    fs::create_dir_all(&parent).map_err(|e| write_error(&parent, e))?;
    let temp = match temp_dir(&parent, dir) {
        Ok(temp) => temp,
        // A parent we may not write to (or a mount point): file by file, in place.
        Err(_) if exists => return write_into(dir, files, marker),
        Err(error) => return Err(error),
    };
    let built = (|| {
        for (relative, contents) in files {
            let path = temp.join(relative);
            if let Some(folder) = path.parent() {
                fs::create_dir_all(folder).map_err(|e| write_error(folder, e))?;
            }
            create_new(&path, contents)?;
        }
        create_new(&temp.join(OUTPUT_MARKER), marker.as_bytes())
    })();
    if let Err(error) = built {
        let _ = fs::remove_dir_all(&temp);
        return Err(error);
    }
    if !exists {
        return rename(&temp, dir).inspect_err(|_| {
            let _ = fs::remove_dir_all(&temp);
        });
    }
    let old = temp_path(&parent, dir, "old");
    if rename(dir, &old).is_err() {
        let _ = fs::remove_dir_all(&temp);
        return write_into(dir, files, marker);
    }
    if let Err(error) = rename(&temp, dir) {
        // Put the old output back: nothing is lost.
        let _ = fs::rename(&old, dir);
        let _ = fs::remove_dir_all(&temp);
        return Err(error);
    }
    // Something may have been added to the old output while this one was written.
    match owner(&old)? {
        Owner::Empty | Owner::Wegweiser => fs::remove_dir_all(&old).map_err(|e| write_error(&old, e)),
        Owner::Other(_) => Err(refused(
            &old,
            "holds files added while wegweiser wrote: the new output is in place, the earlier one with those files is kept here",
        )),
    }
}

/// `--force` into a folder that is not ours: each file replaced on its own, the other
/// files kept, files our earlier output listed but this one does not removed.
fn write_into(dir: &Path, files: &[(&str, &[u8])], marker: &str) -> Result<()> {
    let earlier = read_marker(dir)?.unwrap_or_default();
    for (relative, contents) in files {
        let path = dir.join(relative);
        ensure_folders(dir, relative)?;
        let temp = temp_path(&parent_of(&path), &path, "tmp");
        if let Err(error) = create_new(&temp, contents).and_then(|()| rename(&temp, &path)) {
            let _ = fs::remove_file(&temp);
            return Err(error);
        }
    }
    let now: BTreeSet<&str> = files.iter().map(|(relative, _)| *relative).collect();
    for (stale, sum) in earlier
        .iter()
        .filter(|(path, _)| !now.contains(path.as_str()))
    {
        // Only a file that is still as we wrote it, reached without links.
        if check_relative(stale).is_ok() && ensure_folders(dir, stale).is_ok() {
            let path = dir.join(stale);
            if file_checksum(&path) == Some(*sum) {
                let _ = fs::remove_file(path);
            }
        }
    }
    let marker_path = dir.join(OUTPUT_MARKER);
    let temp = temp_path(dir, &marker_path, "tmp");
    create_new(&temp, marker.as_bytes()).and_then(|()| rename(&temp, &marker_path))
}

/// Creates the folders of `relative` below `dir`, refusing any that is a link.
fn ensure_folders(dir: &Path, relative: &str) -> Result<()> {
    let mut folder = dir.to_path_buf();
    let parts: Vec<&str> = relative.split('/').collect();
    for part in &parts[..parts.len() - 1] {
        folder.push(part);
        match fs::symlink_metadata(&folder) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err(refused(
                    &folder,
                    "is a symbolic link or a file where a folder belongs; wegweiser does not write through it",
                ))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                fs::create_dir(&folder).map_err(|e| write_error(&folder, e))?
            }
            Err(e) => return Err(write_error(&folder, e)),
        }
    }
    Ok(())
}

/// Paths come from the directory's data (locale tags): never absolute or upward.
fn check_relative(relative: &str) -> Result<()> {
    let path = Path::new(relative);
    let plain = !relative.is_empty()
        && !relative.contains('\\')
        && path.components().all(|c| matches!(c, Component::Normal(_)));
    if plain {
        Ok(())
    } else {
        Err(Error::InvalidArgument(format!(
            "`{relative}` is not a plain relative path: refusing to write it"
        )))
    }
}

/// Writes a file that must not exist yet (so an existing link is never followed).
fn create_new(path: &Path, contents: &[u8]) -> Result<()> {
    let mut file = File::create_new(path).map_err(|e| write_error(path, e))?;
    file.write_all(contents)
        .and_then(|()| file.sync_all())
        .map_err(|e| write_error(path, e))
}

fn rename(from: &Path, to: &Path) -> Result<()> {
    fs::rename(from, to).map_err(|e| write_error(to, e))
}

fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A name beside `target` for a temporary file or an old copy.
fn temp_path(parent: &Path, target: &Path, what: &str) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    parent.join(format!(
        ".{name}.wegweiser-{what}-{}-{n}",
        std::process::id()
    ))
}

fn temp_dir(parent: &Path, target: &Path) -> Result<PathBuf> {
    loop {
        let temp = temp_path(parent, target, "tmp");
        match fs::create_dir(&temp) {
            Ok(()) => return Ok(temp),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(write_error(&temp, e)),
        }
    }
}

fn write_error(path: &Path, source: std::io::Error) -> Error {
    Error::Write {
        path: path.to_path_buf(),
        source,
    }
}

fn refused(path: &Path, reason: &str) -> Error {
    Error::Refused {
        path: path.to_path_buf(),
        reason: reason.to_owned(),
    }
}

impl SourceFiles {
    /// Writes the files as the folder `dir` (a directory folder that loads again).
    pub fn write_to(&self, dir: &Path, overwrite: Overwrite) -> Result<()> {
        write_folder(
            dir,
            self.structure
                .iter()
                .chain(&self.fluent)
                .map(|file| (file.path.as_str(), file.text.as_bytes())),
            overwrite,
        )
    }
}

#[cfg(test)]
mod tests;
