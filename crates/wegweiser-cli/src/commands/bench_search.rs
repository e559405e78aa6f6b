//! `wegweiser bench-search` (hidden): times loading, index building and queries natively,
//! for scripts/bench-search.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::relevance::read;
use crate::context::Global;
use crate::failure::Failure;
use crate::output::Out;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value = "crates/wegweiser/tests/relevance/queries.toml")]
    set: PathBuf,
    #[arg(long, default_value_t = 20)]
    rounds: usize,
}

pub fn run(args: &Args, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let set = wegweiser::RelevanceSet::from_toml(&read(&args.set)?)?;
    let rss_before = resident_mb();
    let started = std::time::Instant::now();
    let directory = global.open_uncached()?;
    let load_ms = started.elapsed().as_secs_f64() * 1000.0;
    let rss_loaded = resident_mb();
    let started = std::time::Instant::now();
    // An empty query lists without the full-text index: build it explicitly.
    directory.prepare_search()?;
    let build_ms = started.elapsed().as_secs_f64() * 1000.0;
    let rss_indexed = resident_mb();
    // Ours, then the floor: a plain tantivy TermQuery per query, on the same index.
    let mut latencies = time_queries(&set, args.rounds, |request| directory.search(request))?;
    let mut floor = time_queries(&set, args.rounds, |request| {
        directory.term_query_floor(request)
    })?;
    // The same index saved (`wegweiser index`) and opened by a second load of the data.
    let cache = tempfile::tempdir()?;
    directory.write_index_cache(cache.path())?;
    let mut again = global.open_uncached()?;
    again.use_index_cache(cache.path());
    let started = std::time::Instant::now();
    again.prepare_search()?;
    let cache_open_ms = started.elapsed().as_secs_f64() * 1000.0;
    if again.index_origin() != Some(&wegweiser::IndexOrigin::Cached) {
        return Err(Failure(
            format!("the saved index was not used: {:?}", again.index_origin()),
            2,
        ));
    }
    drop(again);
    let (median_us, p95_us) = quantiles(&mut latencies);
    let (floor_median_us, _) = quantiles(&mut floor);
    let report = serde_json::json!({
        "services": directory.data().services.len(),
        "load_ms": load_ms,
        "build_ms": build_ms,
        "cache_open_ms": cache_open_ms,
        "median_us": median_us,
        "p95_us": p95_us,
        "term_query_median_us": floor_median_us,
        "load_rss_mb": rss_loaded.zip(rss_before).map(|(after, before)| after - before),
        "index_rss_mb": rss_indexed.zip(rss_loaded).map(|(after, before)| after - before),
        "index_file_mb": directory.search_index_bytes()? as f64 / (1024.0 * 1024.0),
    });
    writeln!(out, "{report}")?;
    Ok(ExitCode::SUCCESS)
}

/// Microseconds of `run` for every query of `set`, `rounds` times over; what it returns
/// is dropped after the clock stops.
fn time_queries<T>(
    set: &wegweiser::RelevanceSet,
    rounds: usize,
    mut run: impl FnMut(&wegweiser::SearchRequest) -> wegweiser::Result<T>,
) -> wegweiser::Result<Vec<f64>> {
    let mut latencies = Vec::new();
    for _ in 0..rounds {
        for query in &set.queries {
            let request =
                wegweiser::SearchRequest::new(query.query.clone()).lang(query.lang.clone());
            let started = std::time::Instant::now();
            let found = run(&request)?;
            latencies.push(started.elapsed().as_secs_f64() * 1e6);
            std::hint::black_box(found);
        }
    }
    Ok(latencies)
}

/// The median and the 95th percentile.
fn quantiles(values: &mut [f64]) -> (f64, f64) {
    values.sort_by(f64::total_cmp);
    let at = |q: f64| {
        values
            .get(((values.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    (at(0.5), at(0.95))
}

/// Resident memory of this process in MiB (Linux), to measure what loading costs.
fn resident_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}
