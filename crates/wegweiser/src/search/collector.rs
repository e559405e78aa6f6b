//! A tantivy collector of the ids of every matching document, for totals and facet
//! counts over all hits.

use std::sync::Arc;

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

/// Hands only the documents a caller allowed (by a flag per document id) to the inner
/// collector: filters the index cannot express, such as "open now" or "within 10 km".
pub(crate) struct Only<C> {
    pub inner: C,
    pub allowed: Option<Arc<[bool]>>,
}

pub(crate) struct OnlyChild<S> {
    inner: S,
    allowed: Option<Arc<[bool]>>,
}

impl<C: Collector> Collector for Only<C> {
    type Fruit = C::Fruit;
    type Child = OnlyChild<C::Child>;

    fn for_segment(
        &self,
        segment: tantivy::SegmentOrdinal,
        reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(OnlyChild {
            inner: self.inner.for_segment(segment, reader)?,
            allowed: self.allowed.clone(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.inner.requires_scoring()
    }

    fn merge_fruits(
        &self,
        fruits: Vec<<C::Child as SegmentCollector>::Fruit>,
    ) -> tantivy::Result<C::Fruit> {
        self.inner.merge_fruits(fruits)
    }
}

impl<S: SegmentCollector> SegmentCollector for OnlyChild<S> {
    type Fruit = S::Fruit;

    fn collect(&mut self, doc: tantivy::DocId, score: tantivy::Score) {
        if allows(self.allowed.as_deref(), doc) {
            self.inner.collect(doc, score);
        }
    }

    fn harvest(self) -> S::Fruit {
        self.inner.harvest()
    }
}

/// Whether a document id passes a set of flags (none: every document does).
pub(crate) fn allows(allowed: Option<&[bool]>, doc: u32) -> bool {
    allowed.is_none_or(|flags| flags.get(doc as usize).copied().unwrap_or(false))
}

/// Collects every matching document with its score, for orders other than by score.
pub(crate) struct ScoredDocs;

pub(crate) struct SegmentScoredDocs(Vec<(u32, f32)>);

impl Collector for ScoredDocs {
    type Fruit = Vec<(u32, f32)>;
    type Child = SegmentScoredDocs;

    fn for_segment(
        &self,
        _segment: tantivy::SegmentOrdinal,
        _reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<SegmentScoredDocs> {
        Ok(SegmentScoredDocs(Vec::new()))
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(u32, f32)>>) -> tantivy::Result<Vec<(u32, f32)>> {
        Ok(fruits.concat())
    }
}

impl SegmentCollector for SegmentScoredDocs {
    type Fruit = Vec<(u32, f32)>;

    fn collect(&mut self, doc: tantivy::DocId, score: tantivy::Score) {
        self.0.push((doc, score));
    }

    fn harvest(self) -> Vec<(u32, f32)> {
        self.0
    }
}

/// Documents by distance, nearest first (unknown distances last), ties by score.
pub(crate) fn by_distance(hits: &mut [(u32, f32)], distances: &[f64]) {
    let distance = |doc: u32| {
        distances
            .get(doc as usize)
            .copied()
            .unwrap_or(f64::INFINITY)
    };
    hits.sort_by(|a, b| {
        distance(a.0)
            .total_cmp(&distance(b.0))
            .then(b.1.total_cmp(&a.1))
            .then(a.0.cmp(&b.0))
    });
}
