//! The kinds of entity a directory holds: one table ([`table`]) names each kind, its
//! array in `directory.toml` and its model type, and generates everything that goes over
//! all kinds (the [`Kind`] enum, [`EntityRef`], lookups by kind and index, the list of
//! arrays the structure readers fill). Adding a kind of entity is one line there, plus
//! its text rules and references.

mod names;
mod references;
mod rules;
mod table;

pub use names::{is_valid_id, MAX_ID_CHARS};
pub use references::references;
pub use rules::CLOSURE_NOTE;
pub(crate) use table::{fill_arrays, ArraySource, ENTITY_ARRAYS};
pub use table::{Entity, EntityRef, HasId, Kind, Reference};

use crate::model::DirectoryData;

/// The ids of all entities of `kind`, in file order.
pub fn ids(data: &DirectoryData, kind: Kind) -> Vec<&str> {
    (0..data.count(kind))
        .filter_map(|index| data.entity(kind, index).map(|e| e.id()))
        .collect()
}
