//! `wegweiser index`: builds the search index and saves it in the index cache, so that
//! every later command on the same data opens it instead of indexing again.

use std::io::Write;
use std::process::ExitCode;

use crate::context::Global;
use crate::failure::Failure;
use crate::output::Out;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: &Args, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let Some(cache) = global.index_cache_folder() else {
        return Err(Failure(
            "no cache folder: give --index-cache DIR (or set HOME or XDG_CACHE_HOME)".into(),
            2,
        ));
    };
    let directory = global.open_uncached()?;
    let started = std::time::Instant::now();
    directory.prepare_search()?;
    let built = started.elapsed().as_secs_f64();
    let entry = directory.write_index_cache(&cache)?;
    let bytes: u64 = std::fs::read_dir(&entry)
        .map(|files| {
            files
                .flatten()
                .filter_map(|f| f.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    writeln!(
        out,
        "search index saved in {} ({:.1} MB, built in {built:.1} s); commands reuse it while the data is unchanged",
        entry.display(),
        bytes as f64 / (1024.0 * 1024.0)
    )?;
    Ok(ExitCode::SUCCESS)
}
