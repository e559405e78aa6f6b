//! A short, stable name for the exact contents of a set of files: it changes when any
//! file, its path or the library version changes, and only then.

use sha1_smol::Sha1;

/// Hex digits kept of the SHA-1 (80 bits): plenty to tell versions of one directory apart.
const FINGERPRINT_HEX_DIGITS: usize = 20;

/// The fingerprint of `files` (path, contents), in the given order, and of this library's
/// version, whose output format may change between versions.
pub fn fingerprint<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> String {
    let mut hash = Sha1::new();
    hash.update(env!("CARGO_PKG_VERSION").as_bytes());
    for (path, bytes) in files {
        // Lengths first, so that no two different sets hash the same bytes.
        hash.update(&(path.len() as u64).to_le_bytes());
        hash.update(path.as_bytes());
        hash.update(&(bytes.len() as u64).to_le_bytes());
        hash.update(bytes);
    }
    let mut hex = hash.digest().to_string();
    hex.truncate(FINGERPRINT_HEX_DIGITS);
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_with_contents_and_paths_only() {
        let a = fingerprint([("a.json", b"1".as_slice()), ("b.ftl", b"x".as_slice())]);
        assert_eq!(a.len(), FINGERPRINT_HEX_DIGITS);
        assert_eq!(
            a,
            fingerprint([("a.json", b"1".as_slice()), ("b.ftl", b"x".as_slice())])
        );
        assert_ne!(
            a,
            fingerprint([("a.json", b"2".as_slice()), ("b.ftl", b"x".as_slice())])
        );
        assert_ne!(
            a,
            fingerprint([("c.json", b"1".as_slice()), ("b.ftl", b"x".as_slice())])
        );
        // Moving a byte from one file to the next is a change too.
        assert_ne!(
            fingerprint([("a", b"12".as_slice()), ("b", b"".as_slice())]),
            fingerprint([("a", b"1".as_slice()), ("b", b"2".as_slice())])
        );
    }
}
