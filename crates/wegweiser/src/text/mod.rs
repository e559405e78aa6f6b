//! Small text helpers that loading, lookups, validation and search all use: folding
//! diacritics away, counting edits between words, and keeping control characters from
//! readers. A leaf: it imports nothing of the
//! crate.

mod controls;
mod distance;
mod fold;

pub use controls::{describe_unsafe, find_unsafe, find_unsafe_in_file, is_unsafe_char, printable};
pub use distance::closest;
#[cfg(feature = "search")]
pub use distance::within_distance;
pub use fold::fold;
#[cfg(feature = "search")]
pub use fold::fold_latin;
