//! The facets results are counted by, interned once per directory and counted with
//! plain arrays.

use std::collections::HashMap;

use super::request::Facets;

/// The facets results are counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum FacetName {
    Kind,
    Field,
    Municipality,
    OfferedIn,
    TargetGroup,
    Free,
}

/// The facet value of "free of charge", in the index and in the documents table.
pub(crate) fn free_value(free: bool) -> &'static str {
    if free {
        "yes"
    } else {
        "no"
    }
}

/// Every (facet, value) pair once; documents refer to them by position.
#[derive(Default)]
pub(crate) struct FacetValues {
    values: Vec<(FacetName, String)>,
    lookup: HashMap<(FacetName, String), u32>,
}

impl FacetValues {
    /// The position of a pair, added when new.
    pub(crate) fn intern(&mut self, pair: (FacetName, String)) -> u32 {
        let values = &mut self.values;
        *self.lookup.entry(pair.clone()).or_insert_with(|| {
            values.push(pair);
            (values.len() - 1) as u32
        })
    }

    /// Counts the values of `documents` (each a list of positions), then names them.
    pub(crate) fn count<'a>(&self, documents: impl Iterator<Item = &'a [u32]>) -> Facets {
        let mut counts = vec![0usize; self.values.len()];
        for ids in documents {
            for id in ids {
                counts[*id as usize] += 1;
            }
        }
        let mut facets = Facets::default();
        for ((name, value), count) in self.values.iter().zip(counts) {
            if count == 0 {
                continue;
            }
            let map = match name {
                FacetName::Kind => &mut facets.kind,
                FacetName::Field => &mut facets.field,
                FacetName::Municipality => &mut facets.municipality,
                FacetName::OfferedIn => &mut facets.offered_in,
                FacetName::TargetGroup => &mut facets.target_group,
                FacetName::Free => &mut facets.free,
            };
            map.insert(value.clone(), count);
        }
        facets
    }
}
