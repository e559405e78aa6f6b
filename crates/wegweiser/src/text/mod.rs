//! Small text helpers that loading, lookups, validation and search all use: folding
//! diacritics away and counting edits between words. A leaf: it imports nothing of the
//! crate.

mod distance;
mod fold;

pub use distance::closest;
#[cfg(feature = "search")]
pub use distance::within_distance;
pub use fold::fold;
#[cfg(feature = "search")]
pub use fold::fold_latin;
