//! A tantivy collector of the ids of every matching document, for totals and facet
//! counts over all hits.

use tantivy::collector::{Collector, SegmentCollector};

/// Collects the ids of every matching document (the index has one segment).
pub(crate) struct DocIds;

pub(crate) struct SegmentDocIds(Vec<u32>);

impl Collector for DocIds {
    type Fruit = Vec<u32>;
    type Child = SegmentDocIds;

    fn for_segment(
        &self,
        _segment: tantivy::SegmentOrdinal,
        reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<SegmentDocIds> {
        Ok(SegmentDocIds(Vec::with_capacity(
            reader.max_doc() as usize / 8,
        )))
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<u32>>) -> tantivy::Result<Vec<u32>> {
        Ok(fruits.concat())
    }
}

impl SegmentCollector for SegmentDocIds {
    type Fruit = Vec<u32>;

    fn collect(&mut self, doc: tantivy::DocId, _score: tantivy::Score) {
        self.0.push(doc);
    }

    fn harvest(self) -> Vec<u32> {
        self.0
    }
}
