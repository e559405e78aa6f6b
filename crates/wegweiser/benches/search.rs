//! Criterion benchmarks: building the search index and answering queries, on the sample.
//! The queries are the relevance set's (`tests/relevance/queries.toml`).
//! Run: `cargo bench -p wegweiser --bench search`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use wegweiser::{Directory, RelevanceSet, SearchRequest};

fn queries() -> RelevanceSet {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/relevance/queries.toml");
    let text = std::fs::read_to_string(path).expect("relevance set");
    RelevanceSet::from_toml(&text).expect("relevance set parses")
}

fn indexing(c: &mut Criterion) {
    c.bench_function("load sample", |b| b.iter(|| Directory::sample().unwrap()));
    c.bench_function("build search index (sample)", |b| {
        b.iter_batched(
            || Directory::sample().unwrap(),
            // An empty query lists without the index: build it explicitly.
            |directory| directory.prepare_search().unwrap(),
            BatchSize::SmallInput,
        )
    });
}

fn querying(c: &mut Criterion) {
    let directory = Directory::sample().unwrap();
    let set = queries();
    directory.prepare_search().unwrap();
    c.bench_function("relevance set, all queries (sample)", |b| {
        b.iter(|| {
            for query in &set.queries {
                let request = SearchRequest::new(query.query.clone()).lang(query.lang.clone());
                std::hint::black_box(directory.search(&request).unwrap());
            }
        })
    });
    for (name, query, lang) in [
        ("one word, de", "Beratung", "de"),
        ("typo + prefix, de", "Integrazionskur", "de"),
        ("arabic", "دورة لغة", "ar"),
    ] {
        c.bench_function(&format!("query: {name}"), |b| {
            let request = SearchRequest::new(query).lang(lang);
            b.iter(|| std::hint::black_box(directory.search(&request).unwrap()))
        });
    }
}

criterion_group!(benches, indexing, querying);
criterion_main!(benches);
